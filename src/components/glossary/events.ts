import type { GlossaryLookup } from '../../core/context.js';
import type { Glossary, GlossaryEntry, GlossaryProblem, GlossarySource } from './model.js';

/** What `<tb-glossary>` provides through `glossaryContext`: the shared lookup plus everything its terms need. */
export interface GlossaryContextValue extends GlossaryLookup {
  /** False while the files load: `has` and `findTerms` then know nothing yet. */
  readonly ready: boolean;
  readonly glossary: Glossary;
  readonly settings: JargonSettings;
}

/** Settings a provider passes down to its terms; a term's own attribute wins. */
export interface JargonSettings {
  askUrl: string;
  endpoint: string;
  indexUrl: string;
  hoverPreview: boolean;
}

/** Detail of `tb-glossary-ready`. */
export interface TbGlossaryReadyDetail {
  terms: number;
  sources: readonly GlossarySource[];
  /** Each problem as a code and values, with `text`: the same in English words ("local.md, line 12: …"). */
  problems: readonly (GlossaryProblem & { text: string })[];
}

/** One term found in the annotated region. */
export interface CoverageTerm {
  id: string;
  term: string;
  /** Every occurrence, wrapped or not. */
  count: number;
}

/** Detail of `tb-glossary-report`, and what `coverageReport()` returns. */
export interface GlossaryCoverage {
  /** Entries the glossary defines. */
  termsDefined: number;
  /** Glossary terms found in the region, most frequent first. */
  termsFound: CoverageTerm[];
  /** ALL-CAPS words of 2–6 letters that the glossary does not define, most frequent first. */
  possibleAcronyms: { word: string; count: number }[];
  /** Terms wrapped in the region: light terms and `<tb-jargon>` elements. */
  wrapped: number;
}

/** Detail of `tb-jargon-toggle`. */
export interface TbJargonToggleDetail {
  term: string;
  open: boolean;
  /** Label of the sense shown first ('' for single-sense terms). */
  sense: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tb-glossary-ready': CustomEvent<TbGlossaryReadyDetail>;
    'tb-glossary-report': CustomEvent<GlossaryCoverage>;
    'tb-jargon-toggle': CustomEvent<TbJargonToggleDetail>;
  }
}

/** Dispatches a bubbling, composed glossary event. */
export function emitGlossaryEvent<K extends 'tb-glossary-ready' | 'tb-glossary-report' | 'tb-jargon-toggle'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail']
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** What a term needs from the `<tb-glossary>` that wrapped it (kept here so the two elements never import each other). */
export interface GlossaryHost {
  readonly contextValue: GlossaryContextValue;
}

/** What `<tb-glossary>` may call on a `<tb-jargon>` it made (from another copy of Techbridge, it may lack it). */
export interface JargonHandle extends HTMLElement {
  annotatedBy?(host: GlossaryHost, glossary: Glossary, entry: GlossaryEntry): void;
  requestUpdate?(): void;
}

export function makeContextValue(glossary: Glossary, ready: boolean, settings: JargonSettings): GlossaryContextValue {
  return {
    ready,
    glossary,
    settings,
    has: term => glossary.has(term),
    findTerms: text => glossary.findTerms(text)
  };
}
