/**
 * Light glossary terms: what `<tb-glossary annotate>` wraps each occurrence in. A light term is a plain
 * `<span data-tb-term role="button" tabindex="0" aria-expanded="false" aria-description="explain">`, cloned from
 * one prepared span per entry, with no shadow root and no Lit render. The glossary listens for clicks, Enter,
 * Space and (with hover previews) the pointer on all of them at once, and swaps the one that is used for a full
 * `<tb-jargon>` that opens its definition. One constructed stylesheet, adopted on the terms' root (document or
 * shadow root), makes them look like `<tb-jargon>`'s button. See docs/decisions/011-light-glossary-terms.md.
 */
import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { JargonHandle } from './events.js';
import type { AliasTarget, Glossary, GlossaryEntry } from './model.js';

/** The attribute that marks a light term; its value is the entry id. */
export const TERM_ATTR = 'data-tb-term';
/** The sense a light term stands for (1-based, as `<tb-jargon sense>`), when the matched name picks one. */
const SENSE_ATTR = 'data-tb-sense';
const HOVER_OPEN_DELAY = 400;

/**
 * Looks like `<tb-jargon>`'s term button (styles.ts): dotted underline in the accent colour, solid under the
 * pointer, the focus ring, system colours in forced-colors mode. Public tokens with literal fallbacks, since these
 * rules live in the page's root, outside any element's theme; the dark defaults follow the glossary's dark state.
 */
const lightTermCss = css`
  [data-tb-term] {
    cursor: pointer;
    text-decoration: underline dotted;
    text-decoration-color: var(--tb-color-accent, #1d70b8);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  [data-tb-term]:hover {
    text-decoration-style: solid;
  }
  [data-tb-term]:focus-visible {
    outline: 3px solid var(--tb-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--tb-color-focus-text, #0b0c0c);
  }
  @media (forced-colors: active) {
    [data-tb-term] {
      text-decoration-color: LinkText;
    }
    [data-tb-term]:focus-visible {
      outline-color: Highlight;
    }
  }
`;
// A rule of its own: a browser without custom states drops only this one.
const darkCss = css`
  tb-glossary:state(dark) [data-tb-term] {
    text-decoration-color: var(--tb-color-accent, #8ab4f8);
  }
`;

let sheets: CSSStyleSheet[] | undefined;

/** Adopts the light-term stylesheet on the root `node` is in (once per root). Never throws. */
export function adoptLightTermStyles(node: Node): void {
  const root = node.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  try {
    sheets ??= [lightTermCss, darkCss].map(r => r.styleSheet).filter((s): s is CSSStyleSheet => !!s);
    const adopted = root.adoptedStyleSheets;
    if (!sheets.length || adopted.includes(sheets[0])) return;
    root.adoptedStyleSheets = [...adopted, ...sheets];
  } catch {
    // A root in another document (an element moved into a frame) cannot adopt this document's sheets: the terms
    // still work, with the browser's own focus ring.
  }
}

/** What the light terms need from their `<tb-glossary>`. */
export interface LightTermHost extends ReactiveControllerHost, HTMLElement {
  readonly current: Glossary;
  readonly hoverPreview: boolean;
}

export interface LightTermOptions {
  /** Makes the `<tb-jargon>` a used term turns into (wired to the glossary, entry already found). */
  upgrade: (target: AliasTarget) => JargonHandle;
  /** The word that says what a term does ("explain"), in the glossary's language. */
  word: () => string;
}

/** A `<tb-jargon>` as the light terms drive it (from another copy of Techbridge, it may lack these). */
type Jargon = JargonHandle & {
  show?(mode: 'click' | 'hover'): Promise<void>;
  updateComplete?: Promise<unknown>;
  open?: boolean;
};

/**
 * Makes light terms (`make`) and turns them into `<tb-jargon>` when used. One set of listeners on the glossary
 * for every term inside it.
 */
export class LightTerms implements ReactiveController {
  private readonly templates = new Map<GlossaryEntry, HTMLElement[]>();
  private templatesFor?: Glossary;
  private word = '';
  private hoverTimer = 0;

  constructor(
    private readonly host: LightTermHost,
    private readonly options: LightTermOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ['click', 'keydown', 'pointerover', 'pointerout']) this.host.addEventListener(type, this);
  }

  hostDisconnected(): void {
    for (const type of ['click', 'keydown', 'pointerover', 'pointerout']) this.host.removeEventListener(type, this);
    clearTimeout(this.hoverTimer);
  }

  /** After each glossary update: a language that loaded later gives the terms already made its word. */
  hostUpdated(): void {
    const word = this.options.word();
    if (word === this.word) return;
    const first = this.word === '';
    this.word = word;
    for (const list of this.templates.values()) for (const t of list) t?.setAttribute('aria-description', word);
    if (first) return;
    for (const el of this.host.querySelectorAll(`[${TERM_ATTR}]`)) el.setAttribute('aria-description', word);
  }

  /**
   * A light term for `target`, without its text: a clone of the entry's prepared span (one clone is far cheaper
   * than creating an element and setting five attributes).
   */
  readonly make = (target: AliasTarget): HTMLElement => {
    const glossary = this.host.current;
    if (this.templatesFor !== glossary) {
      this.templates.clear();
      this.templatesFor = glossary;
    }
    let list = this.templates.get(target.entry);
    if (!list) this.templates.set(target.entry, (list = []));
    const slot = target.sense + 1;
    let template = list[slot];
    if (!template) {
      template = document.createElement('span');
      template.setAttribute(TERM_ATTR, target.entry.id);
      if (target.sense >= 0) template.setAttribute(SENSE_ATTR, String(target.sense + 1));
      template.setAttribute('role', 'button');
      template.setAttribute('tabindex', '0');
      template.setAttribute('aria-expanded', 'false');
      template.setAttribute('aria-description', this.word || this.options.word());
      list[slot] = template;
    }
    return template.cloneNode(false) as HTMLElement;
  };

  /**
   * Turns a light term into a `<tb-jargon>` (keeping its text) and returns it; with `open`, opens its definition
   * the way a click does (focus moves into the box; Escape brings it back to the term). Anything that is not a
   * light term of this glossary gives undefined.
   */
  async use(term: Element, open: 'click' | 'hover' | false = 'click'): Promise<HTMLElement | undefined> {
    const id = term.getAttribute(TERM_ATTR);
    const entry = id === null ? undefined : this.host.current.get(id);
    if (!entry || !this.host.contains(term)) return undefined;
    const sense = Number(term.getAttribute(SENSE_ATTR) ?? 0) - 1;
    const jargon = this.options.upgrade({ entry, sense: sense >= 0 ? sense : -1 }) as Jargon;
    jargon.append(...term.childNodes);
    term.replaceWith(jargon);
    // The button exists after the first render, a microtask later: focus moves straight from the span into it.
    await jargon.updateComplete;
    if (open && typeof jargon.show === 'function') await jargon.show(open);
    return jargon;
  }

  handleEvent(event: Event): void {
    const term = lightTermOf(event, this.host);
    if (!term) return;
    switch (event.type) {
      case 'click':
        // The second click of a double-click would close what the first one opened.
        if ((event as MouseEvent).detail > 1) return;
        void this.use(term);
        return;
      case 'keydown': {
        const key = (event as KeyboardEvent).key;
        if ((key !== 'Enter' && key !== ' ') || (event as KeyboardEvent).repeat) return;
        // Space would scroll the page; a button does not.
        event.preventDefault();
        void this.use(term);
        return;
      }
      case 'pointerover':
        return this.preview(term, event as PointerEvent);
      case 'pointerout':
        clearTimeout(this.hoverTimer);
        return;
    }
  }

  /** Hover previews, as `<tb-jargon>` does them: after the pointer rests on the term for a moment. */
  private preview(term: HTMLElement, event: PointerEvent): void {
    if (event.pointerType !== 'mouse' || !this.host.hoverPreview) return;
    clearTimeout(this.hoverTimer);
    this.hoverTimer = window.setTimeout(() => {
      if (term.isConnected && term.matches(':hover')) void this.use(term, 'hover');
    }, HOVER_OPEN_DELAY);
  }
}

/** The light term an event happened on (its target or an ancestor up to the glossary), if any. */
function lightTermOf(event: Event, host: Element): HTMLElement | undefined {
  for (let el = event.target as Element | null; el && el !== host; el = el.parentElement) {
    if (el.nodeType === 1 && el.hasAttribute(TERM_ATTR)) return el as HTMLElement;
  }
  return undefined;
}
