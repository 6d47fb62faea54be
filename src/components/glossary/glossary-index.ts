import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { glossaryContext } from '../../core/context.js';
import { warmMarkdown } from '../../core/markdown.js';
import { I18nController, stringsConverter, type StringOverrides } from '../../core/i18n.js';
import { TbElement } from '../../core/tb-element.js';
import { yieldToMain } from '../../core/yield.js';
import type { GlossaryContextValue } from './events.js';
import { linkTerms } from './link-terms.js';
import { sharedGlossary } from './load.js';
import { markdownNode } from './markdown-node.js';
import type { Glossary, GlossaryEntry } from './model.js';
import en from './strings/en.js';
import { indexStyles } from './styles.js';

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

/** Lower case, no accents: "Café" and "cafe" are the same search. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The letter an entry is filed under; digits, signs and other alphabets go under "#". */
export function letterOf(term: string): string {
  const first = fold(term)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .charAt(0)
    .toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : '#';
}

/** Entries in the list before the first pause; then more after each turn the browser gets (see `grow`). */
const FIRST_ENTRIES = 20;
/**
 * Time each later step aims at. Well under 50 ms: the browser's garbage collection can land in any step and add
 * 20–30 ms to it while a big glossary is in memory.
 */
const STEP_MS = 10;
/**
 * Entries per box in the list. Each box is laid out only near the screen (`content-visibility: auto`), so adding
 * entries, or rendering a definition, lays out one box rather than every entry above it.
 */
const CHUNK = 50;
/** A glossary with more entries than this starts its list in the next turn, not in the task that loaded it. */
const BIG = 500;

/** Every name of an entry, folded, for the search; made once per entry. */
const namesOf = new WeakMap<GlossaryEntry, string[]>();
function foldedNames(entry: GlossaryEntry): string[] {
  let names = namesOf.get(entry);
  if (!names) {
    const all = [entry.term, entry.shortFor, ...entry.aliases.map(a => a.text)];
    for (const sense of entry.senses) all.push(sense.label, ...sense.aliases.map(a => a.text));
    names = all.map(fold);
    namesOf.set(entry, names);
  }
  return names;
}

const letterCache = new WeakMap<GlossaryEntry, string>();
function letterOfEntry(entry: GlossaryEntry): string {
  let letter = letterCache.get(entry);
  if (letter === undefined) letterCache.set(entry, (letter = letterOf(entry.term)));
  return letter;
}

/** The glossary's entries in A–Z order (folded, like `localeCompare`), sorted once per glossary. */
const sortedOf = new WeakMap<Glossary, GlossaryEntry[]>();
function sortedEntries(glossary: Glossary): GlossaryEntry[] {
  let sorted = sortedOf.get(glossary);
  if (!sorted) {
    sorted = [...glossary.entries].sort(byTerm(glossary));
    sortedOf.set(glossary, sorted);
  }
  return sorted;
}

/** A–Z by the folded term, in the page's collation. */
function byTerm(glossary: Glossary): (a: GlossaryEntry, b: GlossaryEntry) => number {
  const keys = new Map(glossary.entries.map(e => [e, fold(e.term)]));
  const collator = new Intl.Collator();
  return (a, b) => collator.compare(keys.get(a)!, keys.get(b)!);
}

/**
 * The same order as `sortedEntries`, made in pieces with a turn for the page between them (5,000 terms through
 * the collator took 40–70 ms in one go): runs of 500 sorted, then merged two by two. Both sorts are stable, so
 * the order is the same.
 */
async function sortInPieces(glossary: Glossary): Promise<void> {
  if (sortedOf.has(glossary)) return;
  const compare = byTerm(glossary);
  let runs: GlossaryEntry[][] = [];
  for (let i = 0; i < glossary.entries.length; i += 500) {
    runs.push(glossary.entries.slice(i, i + 500).sort(compare));
    await yieldToMain();
  }
  while (runs.length > 1) {
    const next: GlossaryEntry[][] = [];
    for (let j = 0; j < runs.length; j += 2) {
      next.push(j + 1 < runs.length ? merge(runs[j], runs[j + 1], compare) : runs[j]);
      await yieldToMain();
    }
    runs = next;
  }
  if (!sortedOf.has(glossary)) sortedOf.set(glossary, runs[0] ?? []);
}

function merge<T>(a: T[], b: T[], compare: (x: T, y: T) => number): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compare(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

type Piece = string | Node;
interface Rendered {
  definitions: Piece[];
  more: Piece[];
}

/**
 * An A–Z list of every term in the glossary, with letter links, a search box that filters as you type (aliases
 * and abbreviations too), and one link target per term: `#term-<id>`.
 *
 * @summary The whole glossary, A to Z.
 *
 * @csspart search - The search box area.
 * @csspart letters - The A–Z navigation.
 * @csspart list - The list of terms.
 *
 * @cssproperty --tb-color-accent - Link colour. Default #1d70b8.
 * @cssproperty --tb-color-focus - Focus outline colour. Default #ffdd00.
 * @cssproperty --tb-color-highlight - Background of the term a link points to. Default #fff2a8.
 */
export class TbGlossaryIndex extends TbElement {
  static override styles = indexStyles;

  /** Glossary files of its own (space-separated). Without it, the index shows the glossary around it. */
  @property() src = '';

  /** With its own `src`: leave out the built-in glossary. */
  @property({ type: Boolean, attribute: 'no-default' }) noDefault = false;

  /** Replaces any of the element's words (JSON), for every language or per language: `{"es": {…}}`. */
  @property({ attribute: 'strings', converter: stringsConverter }) strings: StringOverrides | null = null;

  @state() private fromContext?: GlossaryContextValue;
  @state() private own?: Glossary;
  @state() private query = '';
  @state() private announced = '';
  @state() private rendered = new Map<string, Rendered>();
  /** How many entries of the list are on the page: a long list is added in steps, so the page never freezes. */
  @state() private shown = FIRST_ENTRIES;

  private consumer = new ContextConsumer(this, {
    context: glossaryContext,
    subscribe: true,
    callback: value => {
      this.fromContext = value as GlossaryContextValue | undefined;
    }
  });
  private readonly i18n = new I18nController(this, { en, es: () => import('./strings/es.js') });
  private announceTimer = 0;
  private renderedFor?: Glossary;
  /** Definitions are rendered from Markdown as they come into view, not all at load (a big glossary stays quick). */
  private readonly inView = new IntersectionObserver(entries => this.handleInView(entries), { rootMargin: '400px' });
  private readonly waiting = new Set<string>();
  private renderTimer = 0;
  private pendingHash = true;
  private growing = false;
  /** The boxes watched, with how many children each had then. */
  private readonly observed = new WeakMap<Element, number>();

  private get glossary(): Glossary | undefined {
    if (this.src || !this.consumer.value) return this.own;
    return this.fromContext?.ready ? this.fromContext.glossary : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    clearTimeout(this.announceTimer);
    clearTimeout(this.renderTimer);
    this.inView.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('noDefault')) && (this.src || !this.consumer.value)) {
      const src = this.src;
      void sharedGlossary(src, !this.noDefault).then(g => {
        if (src === this.src) this.own = g;
      });
    }
    const glossary = this.glossary;
    if (glossary && glossary !== this.renderedFor) {
      this.renderedFor = glossary;
      this.rendered = new Map();
      this.waiting.clear();
      this.inView.disconnect();
      // A big glossary arrives at the end of its load: it is sorted in pieces, and its first entries wait for a
      // turn of their own.
      this.shown = glossary.size > BIG ? 0 : FIRST_ENTRIES;
      if (glossary.size > BIG && !sortedOf.has(glossary)) {
        void sortInPieces(glossary).then(() => this.requestUpdate());
      }
    }
    if ((changed as PropertyValues).has('query')) this.shown = FIRST_ENTRIES;
  }

  protected override updated(): void {
    // Watch every box of entries that has definitions not rendered yet; the ones in (or near) view are rendered
    // next. A box watched before it was full is watched again: its new entries need the same news.
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.list .chunk')) {
      const size = box.childElementCount;
      if (this.observed.get(box) === size) continue;
      this.observed.set(box, size);
      this.inView.unobserve(box);
      this.inView.observe(box);
    }
    void this.grow();
    if (this.pendingHash && this.glossary && sortedOf.has(this.glossary)) {
      this.pendingHash = false;
      this.goToHash(false);
    }
  }

  /** The number of entries the list has when complete (the search applied). */
  private get total(): number {
    const glossary = this.glossary;
    return glossary && sortedOf.has(glossary) ? this.visible(glossary).length : 0;
  }

  /**
   * Adds the rest of a long list in steps after the first `FIRST_ENTRIES`, giving the browser a turn between
   * steps: each step is sized to take about `STEP_MS`, layout included, from how long the one before took.
   */
  private async grow(): Promise<void> {
    if (this.growing || this.shown >= this.total) return;
    this.growing = true;
    let step = FIRST_ENTRIES;
    try {
      while (this.isConnected && this.shown < this.total) {
        await yieldToMain();
        const start = performance.now();
        this.shown += step;
        await this.updateComplete;
        // The browser's layout of the new entries is part of the step: without it, steps grow until the layout
        // that follows each one is a long task of its own.
        void this.offsetHeight;
        const took = performance.now() - start;
        // Grow by half at most: the cost per entry varies (longer definitions), and a step sized from a lucky
        // one would run long.
        step = Math.round(Math.max(20, Math.min(step * 1.5, 500, took > 0 ? (step * STEP_MS) / took : step * 1.5)));
      }
    } finally {
      this.growing = false;
    }
  }

  private handleInView(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      for (const dd of e.target.querySelectorAll<HTMLElement>('dd[data-id]')) {
        if (!this.rendered.has(dd.dataset.id!)) this.waiting.add(dd.dataset.id!);
      }
      this.inView.unobserve(e.target);
    }
    if (this.waiting.size && !this.renderTimer) this.renderTimer = window.setTimeout(() => void this.renderWaiting());
  }

  /** Renders the waiting definitions, a few at a time, yielding between groups so the page never freezes. */
  private async renderWaiting(): Promise<void> {
    const glossary = this.renderedFor;
    const ids = [...this.waiting];
    this.waiting.clear();
    const done: [string, Rendered][] = [];
    // The Markdown engine's start-up in turns of its own, not in the first group's.
    await warmMarkdown();
    await yieldToMain();
    let since = performance.now();
    for (const id of ids) {
      const entry = glossary?.get(id);
      if (!entry || this.rendered.has(id)) continue;
      // One element per definition, made once: it can leave the page (a search hides it) and come back intact.
      // The jargon a definition still uses links to its own entry on this page.
      const link = (node: string | HTMLElement) => linkTerms(node, glossary!, entry.id, id => `#term-${id}`);
      const definitions = (await Promise.all(entry.senses.map(s => markdownNode(s.definition)))).map(link);
      const more = (await Promise.all(entry.senses.map(s => markdownNode(s.more)))).map(link);
      done.push([id, { definitions, more }]);
      // Short groups: the update that shows them and its layout come on top, in the same task.
      if (performance.now() - since > 12) {
        await new Promise(resolve => setTimeout(resolve));
        since = performance.now();
      }
    }
    this.renderTimer = 0;
    if (this.renderedFor !== glossary || !done.length) return;
    this.rendered = new Map([...this.rendered, ...done]);
    if (this.waiting.size) this.renderTimer = window.setTimeout(() => void this.renderWaiting());
  }

  private entryMatches(entry: GlossaryEntry, query: string): boolean {
    return !query || foldedNames(entry).some(name => name.includes(query));
  }

  private readonly handleInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.announceTimer);
    // Announced after a pause in typing, so a screen reader is not interrupted at every letter.
    this.announceTimer = window.setTimeout(() => (this.announced = this.countText()), 500);
  };

  private readonly handleSubmit = (event: Event) => event.preventDefault();

  private readonly handleHashChange = () => this.goToHash(true);

  private readonly handleJump = (event: MouseEvent) => {
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#')) return;
    event.preventDefault();
    if (href.startsWith('#term-')) history.pushState(null, '', href);
    this.goTo(href.slice(1), true);
  };

  private goToHash(smooth: boolean): void {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // A broken link ("#term-%E0%A4", cut short when pasted) leads nowhere; the page stays usable.
    }
    if (id.startsWith('term-') || id.startsWith('letter-')) this.goTo(id, smooth);
  }

  private async goTo(id: string, smooth: boolean): Promise<void> {
    const find = () => this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    let target = find();
    if (!target && this.query) {
      // The search hides it: clear the search so the link still works.
      this.query = '';
      await this.updateComplete;
      target = find();
    }
    // A long list is still being added: wait for the entry (a deep link to "Zebra" in 5,000 terms).
    while (!target && this.isConnected && this.shown < this.total) {
      await new Promise(resolve => setTimeout(resolve, 16));
      await this.updateComplete;
      target = find();
    }
    if (!target) return;
    this.renderRoot.querySelectorAll('.targeted').forEach(el => el.classList.remove('targeted'));
    if (id.startsWith('term-')) target.classList.add('targeted');
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: smooth && !reduce ? 'smooth' : 'auto', block: 'start' });
    target.focus({ preventScroll: true });
  }

  private visible(glossary: Glossary): GlossaryEntry[] {
    const query = fold(this.query.trim());
    const sorted = sortedEntries(glossary);
    return query ? sorted.filter(e => this.entryMatches(e, query)) : sorted;
  }

  private countText(): string {
    const glossary = this.glossary;
    if (!glossary) return '';
    const n = this.visible(glossary).length;
    const query = this.query.trim();
    if (!query) return this.i18n.t('termCount', { count: glossary.size });
    return n === 0 ? this.i18n.t('noMatch', { query }) : this.i18n.t('matchCount', { count: n, query });
  }

  override render() {
    const glossary = this.glossary;
    const t = this.i18n.t.bind(this.i18n);
    if (!glossary || !sortedOf.has(glossary)) {
      // Not sorted yet: only a big glossary, for a moment (sortInPieces).
      if (glossary && glossary.size <= BIG) sortedEntries(glossary);
      else return html`<p class="loading" role="status">${t('loading')}</p>`;
    }
    const entries = this.visible(glossary);
    // The letters of the whole list (for the A–Z links); the entries on the page so far, by letter.
    const letters = new Set<string>();
    const groups = new Map<string, GlossaryEntry[]>();
    entries.forEach((entry, i) => {
      const letter = letterOfEntry(entry);
      letters.add(letter);
      if (i >= this.shown) return;
      let group = groups.get(letter);
      if (!group) groups.set(letter, (group = []));
      group.push(entry);
    });
    const wanted = this.headingLevelOr(2);
    const level = wanted === 'none' ? 2 : Math.max(2, wanted);
    return html`
      <form class="search" part="search" role="search" @submit=${this.handleSubmit}>
        <label for="q">${t('searchLabel')}</label>
        <p class="hint" id="q-hint">${t('searchHint')}</p>
        <input
          id="q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="q-hint"
          .value=${this.query}
          @input=${this.handleInput}
        />
      </form>
      <p class="count" role="status">${this.announced || t('termCount', { count: glossary.size })}</p>
      <nav class="letters" part="letters" aria-label=${t('byLetter')} @click=${this.handleJump}>
        <ul>
          ${LETTERS.map(letter => {
            const label = letter === '#' ? t('otherLetter') : letter;
            return html`<li>
              ${
                letters.has(letter)
                  ? html`<a href="#letter-${letter === '#' ? 'other' : letter.toLowerCase()}"
                      ><span aria-hidden=${letter === '#' ? 'true' : nothing}>${letter}</span>${
                        letter === '#' ? html`<span class="visually-hidden">${t('otherLetter')}</span>` : nothing
                      }</a
                    >`
                  : html`<span class="disabled"
                      ><span class="visually-hidden">${t('noTermsUnder')} </span
                      ><span aria-hidden="true">${letter}</span><span class="visually-hidden">${label}</span></span
                    >`
              }
            </li>`;
          })}
        </ul>
      </nav>
      <div class="list" part="list" @click=${this.handleJump}>
        ${
          entries.length === 0
            ? html`<p class="empty">${t('noMatchHelp', { query: this.query.trim() })}</p>`
            : repeat(
                LETTERS.filter(l => groups.has(l)),
                letter => letter,
                letter =>
                  // A plain box, not a <section aria-labelledby>: that is a region landmark, and 27 of them
                  // bury the page's real landmarks. The heading is enough to find a letter.
                  html`<div>
                    <div
                      class="letter-heading"
                      role="heading"
                      aria-level=${level}
                      id="letter-${letter === '#' ? 'other' : letter.toLowerCase()}"
                      tabindex="-1"
                    >
                      ${letter === '#' ? t('otherLetter') : letter}
                    </div>
                    ${repeat(
                      chunks(groups.get(letter)!),
                      (_, i) => i,
                      // A full box nothing new has reached is skipped whole: each step that adds entries to a
                      // long list then costs what it adds, not what is already there.
                      chunk =>
                        guard(
                          [
                            glossary,
                            this.i18n.lang,
                            this.strings,
                            this.query,
                            chunk[0].id,
                            chunk.at(-1)!.id,
                            chunk.length,
                            // Only grows for one glossary: it changes when a definition in the box is rendered.
                            this.renderedIn(chunk)
                          ],
                          () =>
                            html`<dl class="chunk">
                              ${repeat(
                                chunk,
                                entry => entry.id,
                                // Drawn again only when its definitions are rendered or its words change.
                                entry =>
                                  guard(
                                    [entry, glossary, this.rendered.get(entry.id), this.i18n.lang, this.strings],
                                    () => this.renderEntry(entry, glossary)
                                  )
                              )}
                            </dl>`
                        )
                    )}
                  </div>`
              )
        }
      </div>
    `;
  }

  /** How many entries of a box have their definitions rendered. */
  private renderedIn(chunk: GlossaryEntry[]): number {
    let n = 0;
    for (const entry of chunk) if (this.rendered.has(entry.id)) n++;
    return n;
  }

  private renderEntry(entry: GlossaryEntry, glossary: Glossary): TemplateResult {
    const rendered = this.rendered.get(entry.id);
    const names = entry.aliases.filter(a => a.kind !== 'term' && a.kind !== 'expansion').map(a => a.text);
    const link = (name: string) => {
      const found = glossary.lookup(name);
      return found ? html`<a href="#term-${found.entry.id}">${name}</a>` : html`${name}`;
    };
    const list = (items: string[]) => items.map((item, i) => html`${i ? ', ' : ''}${link(item)}`);
    // The translated frame around a list of links: "Related: {list}." with the links where {list} is.
    const framed = (key: 'notSameAs' | 'related', items: string[]) => {
      const [before, after = ''] = this.i18n.t(key, { list: '\u0000' }).split('\u0000');
      return html`${before}${list(items)}${after}`;
    };
    return html`<dt id="term-${entry.id}" tabindex="-1">
        <dfn>${entry.term}</dfn
        ><a class="self-link" href="#term-${entry.id}"
          >${this.i18n.t('selfLink')}<span class="visually-hidden">
            ${this.i18n.t('selfLinkTo', { term: entry.term })}</span
          ></a
        >
      </dt>
      <dd data-id=${entry.id}>
        ${entry.shortFor ? html`<p class="names">${this.i18n.t('entryShortFor', { expansion: entry.shortFor })}</p>` : nothing}
        ${names.length ? html`<p class="names">${this.i18n.t('alsoCalled', { list: names.join(', ') })}</p>` : nothing}
        ${
          entry.senses.length === 1
            ? html`${rendered?.definitions[0] ?? entry.senses[0].definition}${rendered?.more[0] ?? entry.senses[0].more}`
            : html`<ol>
                ${entry.senses.map(
                  (sense, i) =>
                    html`<li>
                      <span class="sense-label">${sense.label}.</span>
                      ${rendered?.definitions[i] ?? sense.definition}${rendered?.more[i] ?? sense.more}
                    </li>`
                )}
              </ol>`
        }
        ${
          entry.notConfusedWith.length
            ? html`<p class="related">${framed('notSameAs', entry.notConfusedWith)}</p>`
            : nothing
        }
        ${entry.related.length ? html`<p class="related">${framed('related', entry.related)}</p>` : nothing}
        <p class="source">${this.i18n.t('source', { source: entry.source.name })}</p>
      </dd>`;
  }
}

/** The entries of one letter in boxes of `CHUNK`. */
function chunks(entries: GlossaryEntry[]): GlossaryEntry[][] {
  const out: GlossaryEntry[][] = [];
  for (let i = 0; i < entries.length; i += CHUNK) out.push(entries.slice(i, i + CHUNK));
  return out;
}
