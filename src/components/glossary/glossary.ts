import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { glossaryContext } from '../../core/context.js';
import { LatestRequest } from '../../core/fetch-cache.js';
import { I18nController, stringsConverter, type StringOverrides } from '../../core/i18n.js';
import { warmMarkdown } from '../../core/markdown.js';
import { TbElement } from '../../core/tb-element.js';
import { yieldToMain } from '../../core/yield.js';
import { collectText, insideSkipped, isSkipped, TermWrapper, undefinedAcronyms } from './annotate.js';
import { wrapInPieces } from './annotate-pieces.js';
import {
  emitGlossaryEvent,
  makeContextValue,
  type GlossaryContextValue,
  type GlossaryCoverage,
  type JargonHandle,
  type JargonSettings
} from './events.js';
export { makeContextValue, type GlossaryHost } from './events.js';
import { adoptLightTermStyles, LightTerms, TERM_ATTR } from './light-terms.js';
import { asLayer, loadGlossary, logProblems, splitSources } from './load.js';
import { Glossary, type AliasTarget, type ParsedGlossary } from './model.js';
import { parseJsonGlossaryInPieces } from './parse-json.js';
import { problemLine, problemText, type ProblemOnly } from './problem-words.js';
import en from './strings/en.js';
import { glossaryStyles } from './styles.js';

/** Anything `<tb-jargon>` can read its glossary from without a context request (set by the annotator). */
/** The JSON glossary format as an object (see src/content/schemas/glossary.schema.json). */
export type GlossaryJson = { name?: string; terms: unknown[] } | unknown[];

const EMPTY = new Glossary([]);

/**
 * Provides a glossary to everything inside it, and can mark up glossary terms in its own text.
 *
 * @summary Plain-language definitions for the technology words on a page.
 *
 * @slot - The page content. With `annotate`, glossary terms in it become light term buttons that turn into
 * `<tb-jargon>` toggletips when used (docs/decisions/011-light-glossary-terms.md).
 *
 * @event tb-glossary-ready - The glossary files are loaded. `detail: { terms, sources, problems }`.
 * @event tb-glossary-report - After annotating: `detail` is the coverage report (see `coverageReport()`).
 *
 * @csspart problems - The notice listing glossary files or lines that could not be read.
 *
 * @cssproperty --tb-color-error - Colour of the problems notice border. Default #d4351c.
 */
export class TbGlossary extends TbElement {
  static override styles = glossaryStyles;

  /** Glossary files, space-separated, most important first: `src="local.md consortium.json"`. Markdown or JSON. */
  @property() src = '';

  /** Leave out the built-in glossary (normally the last layer). */
  @property({ type: Boolean, attribute: 'no-default' }) noDefault = false;

  /** Wrap glossary terms in the text inside: `annotate` (first time each term appears) or `annotate="all"`. */
  @property() annotate: string | null = null;

  /** Page to send "Still confused? Ask IT" to, with `?summary=…&page=…&term=…` added (e.g. the problem report). */
  @property({ attribute: 'ask-url' }) askUrl = '';

  /** Where "Ask IT to explain this" sends a `glossary-suggestion` (https URL or mailto:). */
  @property() endpoint = '';

  /** Address of the page with `<tb-glossary-index>`; each definition then links to its entry there. */
  @property({ attribute: 'index-url' }) indexUrl = '';

  /** Replaces any of the element's words (JSON), for every language or per language: `{"es": {…}}`. */
  @property({ attribute: 'strings', converter: stringsConverter }) strings: StringOverrides | null = null;

  /** Show a definition after the pointer rests on a term for a moment (as well as on click). */
  @property({ type: Boolean, attribute: 'hover-preview' }) hoverPreview = false;

  /** A glossary given directly: a `Glossary` or an object in the JSON format. It goes above every file. */
  @property({ attribute: false }) glossary?: Glossary | GlossaryJson;

  @state() private loaded: Glossary = EMPTY;
  @state() private ready = false;
  @state() private configProblems: ProblemOnly[] = [];

  private readonly provider = new ContextProvider(this, {
    context: glossaryContext,
    initialValue: makeContextValue(EMPTY, false, this.settings())
  });
  private readonly i18n = new I18nController(this, { en, es: () => import('./strings/es.js') });
  private readonly latest = new LatestRequest();
  private readonly light = new LightTerms(this, {
    upgrade: target => this.createJargon(target),
    word: () => this.i18n.t('explain')
  });
  private readonly observer = new MutationObserver(records => this.handleMutations(records));
  private seen = new Set<string>();
  private observing = false;
  private reportTimer = 0;
  /** Stops the annotation in pieces under way, if any. */
  private annotating?: AbortController;
  private annotated: Promise<void> = Promise.resolve();

  /** The value provided to the terms inside (the same object other elements get through the context). */
  get contextValue(): GlossaryContextValue {
    return this.provider.value as GlossaryContextValue;
  }

  /** The loaded, layered glossary (empty until `tb-glossary-ready`). */
  get current(): Glossary {
    return this.loaded;
  }

  /** True once the glossary files are loaded. */
  get isReady(): boolean {
    return this.ready;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.ready && this.annotateMode()) this.startObserving();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.latest.cancel();
    this.annotating?.abort();
    this.stopObserving();
    clearTimeout(this.reportTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('noDefault') || changed.has('glossary')) void this.load();
    if (
      changed.has('askUrl') ||
      changed.has('endpoint') ||
      changed.has('indexUrl') ||
      changed.has('hoverPreview') ||
      changed.has('annotate')
    ) {
      this.configProblems = this.checkConfig();
      this.provider.setValue(makeContextValue(this.loaded, this.ready, this.settings()));
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('hoverPreview') && changed.get('hoverPreview') !== undefined) {
      // Terms this glossary wrapped read its settings directly (no context subscription): let them catch up.
      for (const el of this.querySelectorAll('tb-jargon')) (el as JargonHandle).requestUpdate?.();
    }
    if ((changed.has('ready') || changed.has('annotate') || changed.has('loaded')) && this.ready) {
      if (this.annotateMode()) {
        this.annotateInPieces();
        this.startObserving();
      } else {
        this.annotating?.abort();
        this.stopObserving();
      }
    }
  }

  private settings(): JargonSettings {
    return { askUrl: this.askUrl, endpoint: this.endpoint, indexUrl: this.indexUrl, hoverPreview: this.hoverPreview };
  }

  private annotateMode(): 'first' | 'all' | null {
    if (this.annotate === null || this.annotate === undefined) return null;
    return this.annotate.trim().toLowerCase() === 'all' ? 'all' : 'first';
  }

  private checkConfig(): ProblemOnly[] {
    const problems: ProblemOnly[] = [];
    const mode = this.annotate?.trim().toLowerCase();
    if (mode && mode !== 'first' && mode !== 'all') {
      const problem: ProblemOnly = { code: 'annotate-choice', params: { value: this.annotate ?? '' } };
      this.reportConfigError('annotate', problemText(problem));
      problems.push(problem);
    }
    if (this.endpoint) void this.checkEndpoint(this.endpoint);
    return problems;
  }

  /** The submit code loads lazily (most pages never submit), so the endpoint check is a step behind. */
  private async checkEndpoint(value: string): Promise<void> {
    const { parseEndpoint } = await import('../../core/submit.js');
    const endpoint = parseEndpoint(value);
    if (endpoint.kind !== 'invalid' || value !== this.endpoint) return;
    this.reportConfigError('endpoint', endpoint.problem);
    this.configProblems = [
      ...this.configProblems,
      { code: 'endpoint-unusable', params: { value, why: endpoint.code } }
    ];
  }

  private async load(): Promise<void> {
    const value = this.glossary;
    const sources = splitSources(this.src);
    let result;
    try {
      result = await this.latest.run(async signal => {
        const top = await propertyLayer(value, signal);
        const loaded = await loadGlossary(sources, { includeDefault: !this.noDefault, top, signal });
        // What ready sets off (every element using the glossary draws itself again) starts in a turn of its own,
        // not at the end of the last piece of loading.
        await yieldToMain();
        return loaded;
      });
    } catch {
      return; // aborted: a newer load is on its way
    }
    if (result.stale) return;
    const glossary = result.value;
    logProblems(glossary.problems);
    this.loaded = glossary;
    this.ready = true;
    // The terms will be opened on this page: get the Markdown engine going while the page is idle.
    void warmMarkdown({ whenIdle: true });
    this.provider.setValue(makeContextValue(glossary, true, this.settings()));
    emitGlossaryEvent(this, 'tb-glossary-ready', {
      terms: glossary.size,
      sources: glossary.sources,
      problems: glossary.problems.map(p => ({ ...p, text: problemLine(p) }))
    });
  }

  /**
   * Wraps glossary terms in the text inside now (`annotate` does this by itself once the glossary is ready), in
   * the `annotate` mode or the one given. Returns the light terms made (`<span data-tb-term role="button">`),
   * each of which turns into a `<tb-jargon>` when used. Safe to call again: wrapped text is never wrapped twice.
   */
  annotateNow(mode: 'first' | 'all' = this.annotateMode() ?? 'first'): HTMLElement[] {
    if (!this.ready) return [];
    // Everything is done now: a run in pieces has nothing left to do.
    this.annotating?.abort();
    const first = mode !== 'all';
    const wrapper = this.wrapperFor(first);
    const texts = this.textsFor(first);
    this.unobserved(() => wrapper.wrap(texts));
    this.scheduleReport();
    return wrapper.made;
  }

  /**
   * Resolves when the annotation that `annotate` started has finished: the text on screen is wrapped at once, and
   * on a long page the rest follows in pieces that leave the page free to scroll and answer (see
   * docs/decisions/012-annotating-in-pieces.md). Already resolved when there is nothing left to do.
   */
  get annotationComplete(): Promise<void> {
    return this.annotated;
  }

  /** What `annotate` does: the text on screen now, the rest in pieces. */
  private annotateInPieces(): void {
    this.annotating?.abort();
    const job = (this.annotating = new AbortController());
    const first = this.annotateMode() !== 'all';
    const wrapper = this.wrapperFor(first);
    const done = wrapInPieces(this.textsFor(first), wrapper, {
      screenFirst: !first,
      signal: job.signal,
      during: work => this.unobserved(work),
      layout: () => void this.offsetHeight
    });
    this.annotated = done.then(
      () => {
        if (this.annotating === job) this.annotating = undefined;
        this.scheduleReport();
      },
      () => undefined
    );
  }

  /** The text nodes to annotate; in first-only mode, terms already on the page count as explained. */
  private textsFor(first: boolean): Text[] {
    return collectText(this, [], el => {
      if (!first) return;
      const found = this.loaded.lookup(termOf(el));
      if (found) this.seen.add(found.entry.id);
    });
  }

  private wrapperFor(first: boolean): TermWrapper {
    adoptLightTermStyles(this);
    return new TermWrapper(this.loaded, { seen: first ? this.seen : undefined, create: this.light.make });
  }

  /** Runs our own wrapping with the observer off: it is no news to it, and not watching saves a record per term. */
  private unobserved(work: () => void): void {
    const watching = this.observing;
    this.stopObserving();
    try {
      work();
    } finally {
      if (watching) this.startObserving();
    }
  }

  /**
   * Opens the definition of a light term inside (an element, or the first term for a name or id), turning it
   * into a `<tb-jargon>` the way a click does; resolves to that element, or undefined when there is no such term.
   */
  async openTerm(term: Element | string): Promise<HTMLElement | undefined> {
    let el: Element | null | undefined = typeof term === 'string' ? undefined : term;
    if (typeof term === 'string') {
      const id = this.loaded.lookup(term)?.entry.id;
      el = id === undefined ? null : this.querySelector(`[${TERM_ATTR}="${CSS.escape(id)}"]`);
    }
    return el ? this.light.use(el) : undefined;
  }

  private readonly createJargon = (target: AliasTarget): HTMLElement => {
    const el = document.createElement('tb-jargon') as JargonHandle;
    el.setAttribute('term', target.entry.id);
    // The page behind the terms is the page behind this element: one look for all of them, instead of each term
    // reading the computed styles of its ancestors (thousands of style recalculations on a long page).
    if (!el.hasAttribute('theme')) (el as JargonHandle & { theme?: string }).theme = this.themeFor();
    if (target.sense >= 0) el.setAttribute('sense', String(target.sense + 1));
    // A direct line to this glossary and the entry already found: no context request, no look-up. (An element
    // class from another copy of Techbridge may not have it; it then finds the glossary through the context.)
    if (typeof el.annotatedBy === 'function') el.annotatedBy(this, this.loaded, target.entry);
    return el;
  };

  private themeFor(): string {
    const own = String(this.theme ?? 'auto').toLowerCase();
    if (own === 'light' || own === 'dark') return own;
    return this.themeController.dark ? 'dark' : 'light';
  }

  private startObserving(): void {
    if (this.observing || !this.isConnected) return;
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.observing = true;
  }

  private stopObserving(): void {
    this.observer.disconnect();
    this.observing = false;
  }

  private handleMutations(records: MutationRecord[]): void {
    if (!this.ready || !this.annotateMode()) return;
    const first = this.annotateMode() !== 'all';
    const nodes = new Set<Text>();
    const add = (node: Node) => {
      if (!node.isConnected || !this.contains(node) || insideSkipped(node, this)) return;
      if (node.nodeType === 3) {
        nodes.add(node as Text);
      } else if (node.nodeType === 1 && !isSkipped(node as Element)) {
        for (const t of collectText(node, [])) nodes.add(t);
      }
    };
    for (const record of records) {
      if (record.type === 'characterData') add(record.target);
      else record.addedNodes.forEach(add);
    }
    if (!nodes.size) return;
    this.wrapperFor(first).wrap([...nodes]);
    // Our own splitting and wrapping must not come back as new work.
    this.observer.takeRecords();
    this.scheduleReport();
  }

  private scheduleReport(): void {
    clearTimeout(this.reportTimer);
    // After the wrapping, out of the way of the first paint.
    this.reportTimer = window.setTimeout(
      () => emitGlossaryEvent(this, 'tb-glossary-report', this.coverageReport()),
      50
    );
  }

  /**
   * What the glossary covers in this element's text: terms found (with counts), how many terms the glossary
   * defines, and ALL-CAPS words of 2–6 letters it does not define (likely unexplained acronyms).
   */
  coverageReport(): GlossaryCoverage {
    const glossary = this.loaded;
    const counts = new Map<string, number>();
    let wrapped = 0;
    const texts = collectText(this, [], el => {
      wrapped++;
      const found = glossary.lookup(termOf(el));
      if (found) counts.set(found.entry.id, (counts.get(found.entry.id) ?? 0) + 1);
    });
    for (const text of texts) {
      glossary.matcher.find(text.data, id => {
        const key = glossary.target(id).entry.id;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return true;
      });
    }
    const termsFound = [...counts]
      .map(([id, count]) => ({ id, term: glossary.get(id)?.term ?? id, count }))
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
    const possibleAcronyms = [...undefinedAcronyms(texts, glossary)]
      .map(([word, count]) => ({ word, count }))
      .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
    return { termsDefined: glossary.size, termsFound, possibleAcronyms, wrapped };
  }

  override render() {
    // Said in the page's language at render time (numbers too): the readers only give codes.
    const problems = [
      ...this.configProblems.map(p => problemText(p, this.i18n)),
      ...this.loaded.problems.map(p => problemLine(p, this.i18n))
    ];
    return html`<slot></slot>${
        problems.length
          ? html`<details part="problems" class="problems">
              <summary>${this.i18n.t('problemsTitle', { count: problems.length })}</summary>
              <p>${this.i18n.t('problemsIntro')}</p>
              <ul>
                ${problems.map(p => html`<li>${p}</li>`)}
              </ul>
            </details>`
          : nothing
      }`;
  }
}

/** The term a wrapped term (`<tb-jargon>` or light term) stands for: its id, or its text. */
function termOf(el: Element): string {
  return el.getAttribute('term') || el.getAttribute(TERM_ATTR) || el.textContent || '';
}

/**
 * The `glossary` property as the top layer: a built `Glossary` as it is; a plain object read as a JSON glossary,
 * in pieces (5,000 terms given by a script are as big a job as a file of them).
 */
async function propertyLayer(
  value: Glossary | GlossaryJson | undefined,
  signal: AbortSignal
): Promise<ParsedGlossary | undefined> {
  if (value instanceof Glossary) return asLayer(value);
  if (!value) return undefined;
  // Read from a turn of its own, not at the end of whatever task set the property.
  await yieldToMain();
  signal.throwIfAborted();
  const file = 'the glossary property';
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    // Nested too deeply for the stack, or it contains itself: either way it is not a glossary.
    return { source: { name: file, url: '' }, entries: [], problems: [{ file, line: 0, code: 'too-deep-object' }] };
  }
  const top = await parseJsonGlossaryInPieces(text, file, undefined, { signal });
  // The file's wording would say "file"; this came from a script.
  for (const p of top.problems) if (p.code === 'too-deep') p.code = 'too-deep-object';
  return top;
}
