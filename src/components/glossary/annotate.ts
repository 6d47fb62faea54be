/**
 * Wrapping glossary terms found in a page's text in `<tb-jargon>`. One walk over the text nodes, one compiled
 * matcher, and three DOM operations per wrapped term; everything a term needs to open is done later, when it
 * opens. See docs/bench-glossary.md for the figures.
 */
import { TERM_ATTR } from './light-terms.js';
import { isTermUse } from './marks.js';
import type { AliasTarget, Glossary } from './model.js';

/** Elements whose text is never annotated: headings, links, controls, form fields, code, scripts. */
const SKIP_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'button',
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'label',
  'summary',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'dfn',
  'abbr'
]);
/**
 * Roles whose text is never annotated: links, headings and fields, and every role whose children are
 * presentational (WAI-ARIA 1.2, "Children Presentational: True", plus `image`, the ARIA 1.3 name for `img`, and
 * the DPUB and graphics roles of that kind). A term button inside those would be a control hidden inside another
 * control or picture: screen readers never reach it. Tooltips too: their text shows on hover or focus and a
 * button inside it could not be reached.
 */
const SKIP_ROLES = new Set([
  'link',
  'heading',
  'textbox',
  'searchbox',
  'combobox',
  'menuitem',
  'code',
  'tooltip',
  // Children presentational:
  'button',
  'checkbox',
  'img',
  'image',
  'math',
  'menuitemcheckbox',
  'menuitemradio',
  'meter',
  'option',
  'progressbar',
  'radio',
  'scrollbar',
  'separator',
  'slider',
  'switch',
  'tab',
  'doc-pagebreak',
  'graphics-symbol'
]);

/**
 * The same exclusions as CSS selectors, for tools that take selectors (the benchmark gives them to mark.js so
 * both sides skip the same elements). Roles are left out: a selector per role would say little more.
 */
export const SKIP_SELECTORS: readonly string[] = [
  ...SKIP_TAGS,
  'tb-jargon',
  `[${TERM_ATTR}]`,
  '[data-tb-skip]',
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])'
];

/** True when nothing inside `el` may be annotated. */
export function isSkipped(el: Element): boolean {
  const name = el.localName;
  if (SKIP_TAGS.has(name) || name.startsWith('tb-')) return true;
  // Most elements of running text (p, em, li…) carry no attributes: nothing more to ask.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(TERM_ATTR) || el.hasAttribute('data-tb-skip') || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === null) return false;
  // A role attribute may list fallbacks ("switch checkbox"); skip when any of them asks for it.
  return role
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .some(token => SKIP_ROLES.has(token));
}

/** True when `node` is inside an element (below `root`) whose text is never annotated. */
export function insideSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/**
 * Text nodes under `root` in document order, not entering skipped elements. `onJargon` sees every existing
 * `<tb-jargon>` and light term on the way (so hand-written and earlier terms count as already explained).
 */
export function collectText(root: Node, out: Text[], onJargon?: (el: Element) => void): Text[] {
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      if ((node as Text).data.length > 1) out.push(node as Text);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const name = el.localName;
      if (name === 'tb-jargon' || (name === 'span' && el.hasAttribute(TERM_ATTR))) onJargon?.(el);
      else descend = !isSkipped(el) && el.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return out;
}

export interface AnnotateOptions {
  /** Ids of entries already explained; first-only mode adds to it and skips them. Absent: wrap every match. */
  seen?: Set<string>;
  /** Counts every match (wrapped or not), by entry id, for the coverage report. */
  counts?: Map<string, number>;
  /** Makes the wrapper for a match (a `<tb-jargon>` wired to its provider, with the entry already looked up). */
  create: (target: AliasTarget) => HTMLElement;
}

/**
 * True when each child of `parent` becomes its own flex or grid item. A text node split into loose pieces there
 * would fall apart into separate boxes ("Pleaserestarttherouter…"), so the pieces go in one `<span>`.
 */
function laysOutChildren(parent: Node, cache: Map<Node, boolean>): boolean {
  const known = cache.get(parent);
  if (known !== undefined) return known;
  let answer = false;
  // `display: contents` hands its children to its own parent's layout.
  for (let el: Element | null = parent.nodeType === 1 ? (parent as Element) : null; el; el = el.parentElement) {
    const display = getComputedStyle(el).display;
    if (display === 'contents') continue;
    answer = /flex|grid|box/.test(display);
    break;
  }
  cache.set(parent, answer);
  return answer;
}

// Per glossary: the ids of the entries its matcher can find (an entry with `annotate: no` has no pattern).
const findable = new WeakMap<Glossary, readonly string[]>();

/** The ids of the entries the matcher can find that are not in `seen` yet. */
function entriesLeft(glossary: Glossary, seen: ReadonlySet<string>): Set<string> {
  let ids = findable.get(glossary);
  if (!ids) {
    const all = new Set<string>();
    for (let id = 0; id < glossary.patternCount; id++) all.add(glossary.target(id).entry.id);
    findable.set(glossary, (ids = [...all]));
  }
  return new Set(ids.filter(id => !seen.has(id)));
}

/**
 * Wraps glossary terms in text nodes, a stretch at a time: `wrap(texts, from, to)` can be called again for the
 * next stretch (annotating a long page in pieces), and first-only mode remembers across calls what it explained.
 */
export class TermWrapper {
  /** The wrappers made so far, in the order they were made. */
  readonly made: HTMLElement[] = [];
  // First-only mode asks "already explained?" for most words of a long page; the answer for a pattern only ever
  // turns from no to yes, so it is kept per pattern and the set of entry ids is asked once per pattern.
  private readonly done?: Uint8Array;
  // First-only mode: once every entry the matcher can find has been explained, the rest of the page has nothing
  // left to wrap (on a long page with a small glossary, that is most of it).
  private readonly left?: Set<string>;
  private readonly layouts = new Map<Node, boolean>();
  // The text node being read: whether a match is a use of the term (not a name, not the everyday word) is
  // decided from its own sentence there (see marks.ts).
  private data = '';

  constructor(
    private readonly glossary: Glossary,
    private readonly options: AnnotateOptions
  ) {
    const { seen, counts } = options;
    if (seen) this.done = new Uint8Array(glossary.patternCount);
    if (seen && !counts) this.left = entriesLeft(glossary, seen);
  }

  /** True when nothing is left to wrap (first-only mode, every findable entry explained). */
  get finished(): boolean {
    return this.left !== undefined && this.left.size === 0;
  }

  private readonly accept = (id: number, start: number, end: number): boolean => {
    const { glossary, done, left } = this;
    const { seen, counts } = this.options;
    if (done?.[id] === 1 && !counts) return false;
    if (!isTermUse(glossary, id, this.data, start, end)) return false;
    if (counts) {
      const key = glossary.target(id).entry.id;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (!seen || !done) return true;
    if (done[id] === 1) return false;
    done[id] = 1;
    const key = glossary.target(id).entry.id;
    if (seen.has(key)) return false;
    seen.add(key);
    left?.delete(key);
    return true;
  };

  /** Wraps the terms in `texts[from]` up to (not including) `texts[to]`. Returns how many wrappers it made. */
  wrap(texts: readonly Text[], from = 0, to = texts.length): number {
    const { glossary, made, layouts } = this;
    const matcher = glossary.matcher;
    const before = made.length;
    const jobs: { text: Text; parent: Node; data: string; matches: ReturnType<typeof matcher.find> }[] = [];
    for (let t = from; t < to; t++) {
      if (this.finished) break;
      const text = texts[t];
      const parent = text.parentNode;
      if (!parent) continue;
      this.data = text.data;
      const matches = matcher.find(this.data, this.accept);
      if (matches.length) jobs.push({ text, parent, data: this.data, matches });
    }
    // Layout is read for every parent before anything changes: one style calculation, not one per term.
    const inSpan = jobs.map(job => laysOutChildren(job.parent, layouts));
    const create = this.options.create;
    jobs.forEach(({ text, parent, data, matches }, n) => {
      // Build the new pieces off-document, then put them in with one insertion per text node.
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < matches.length; i++) {
        const { start, end, id } = matches[i];
        const wrapper = create(glossary.target(id));
        wrapper.appendChild(document.createTextNode(data.slice(start, end)));
        fragment.appendChild(wrapper);
        made.push(wrapper);
        const next = i + 1 < matches.length ? matches[i + 1].start : data.length;
        if (next > end) fragment.appendChild(document.createTextNode(data.slice(end, next)));
      }
      if (inSpan[n]) {
        const span = document.createElement('span');
        if (matches[0].start > 0) span.appendChild(document.createTextNode(data.slice(0, matches[0].start)));
        span.appendChild(fragment);
        parent.replaceChild(span, text);
      } else if (matches[0].start > 0) {
        text.data = data.slice(0, matches[0].start);
        parent.insertBefore(fragment, text.nextSibling);
      } else {
        parent.replaceChild(fragment, text);
      }
    });
    return made.length - before;
  }
}

/** Wraps glossary terms in the given text nodes. Returns the wrappers made, in document order. */
export function wrapTerms(texts: readonly Text[], glossary: Glossary, options: AnnotateOptions): HTMLElement[] {
  const wrapper = new TermWrapper(glossary, options);
  wrapper.wrap(texts);
  return wrapper.made;
}

/** ALL-CAPS words of 2–6 letters that are not in the glossary: likely acronyms nobody has explained. */
const NOT_ACRONYMS = new Set(['I', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'OK', 'AM', 'PM', 'A']);
export function undefinedAcronyms(texts: readonly Text[], glossary: Glossary): Map<string, number> {
  const found = new Map<string, number>();
  const caps = /(?<![\p{L}\p{M}\p{N}])\p{Lu}{2,6}(?:s)?(?![\p{L}\p{M}\p{N}])/gu;
  for (const text of texts) {
    for (const m of text.data.matchAll(caps)) {
      const word = m[0].endsWith('s') ? m[0].slice(0, -1) : m[0];
      if (word.length < 2 || NOT_ACRONYMS.has(word) || glossary.has(word)) continue;
      found.set(word, (found.get(word) ?? 0) + 1);
    }
  }
  return found;
}
