/**
 * The partner finder, layer 1: its properties and state, lifecycle, loading the directory, the page address.
 */
import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fetchText, LatestRequest } from '../../core/fetch-cache.js';
import { parseEndpoint, type Endpoint } from '../../core/submit.js';
import { TbElement } from '../../core/tb-element.js';
import { I18nController, stringsConverter, stringsProblems, type StringOverrides } from '../../core/i18n.js';
import { ConfigController, type ConfigProblem } from '../../core/config.js';
import { coreI18n } from '../../core/core-i18n.js';
import { heading } from '../../core/heading.js';
import en, { type FinderKey } from './strings/en.js';
import { runInPieces, yieldToMain, type Steps } from '../../core/yield.js';
import { DEFAULT_CATEGORIES } from './categories-data.js';
import { indexSteps, search, type DirectoryIndex, type FacetId, type SearchResult, type SortKey } from './filter.js';
import { type FieldErrors } from './forms.js';
import { fileLabel, importDirectory, importValue } from './import/detect.js';
import { problemOf, warningLine } from './directory-words.js';
import { mergeSteps, mergeWarnings, type SourceDirectory } from './merge.js';
import { DetailLoader } from './details-loader.js';
import { localLanguage } from './language-names.js';
import { chartIn, hasChartWords, loadChartWords, type ChartWords } from './chart-words.js';

import type { PreparedRead } from './prepared.js';
import type { CategoryContent, DirectoryProblem, ImportWarning, PartnerOrganization } from './model.js';
import { preloadPapa } from './papa.js';
import { EMPTY_STATE, readState, sameState, writeState, type FinderState } from './url-state.js';
import { FormName, FORM_TYPES, LOAD_PIECE_MS, NARROW_REM, MODES } from './finder-constants.js';
import { SubmitController } from '../../core/controllers/submit.js';
import { NoticeController } from '../../core/form/outcome.js';

/** The catalog's words for the age groups of the `age` filter. */
const AGE_KEYS: Record<string, FinderKey> = {
  children: 'ageChildren',
  teens: 'ageTeens',
  adults: 'ageAdults',
  'older-adults': 'ageOlderAdults'
};

/**
 * Loads a prepared directory's details when needed: pieces in files of their own, or the details written in the
 * core file itself (copying those for 10,000 organizations would take longer than the rest of reading the file).
 */
function detailLoader(
  read: { href: string } & PreparedRead,
  loadText: (url: string) => Promise<string>
): DetailLoader | undefined {
  if (read.detailFiles) return new DetailLoader(read.index, read.href, read.detailFiles, loadText);
  const inline = read.inlineDetails;
  if (!inline) return undefined;
  const label = fileLabel(read.href);
  const spec = { per: inline.per, files: inline.blocks.map(() => label) };
  return new DetailLoader(read.index, read.href, spec, loadText, inline);
}

export abstract class FinderCore extends TbElement {
  /** Defined by the next layer (finder-actions.ts). */
  protected abstract handleBeforePrint: () => void;
  protected abstract handleAfterPrint: () => void;
  /** Address(es) of directory files, separated by spaces: HSDS JSON, a datapackage.json, or a CSV. They are merged. */
  @property() src = '';

  /**
   * Directory data handed over by script: an array of records, HSDS JSON, CSV text, or organizations in this
   * element's own shape (as `tb-partner-select` carries them; every field is checked). Merged with `src`.
   */
  @property({ attribute: false }) partners?: unknown;

  /** Replaces the default chart (src/content/partner-categories.json shape). */
  @property({ attribute: false }) categories?: CategoryContent;

  /** "staff" (default) or "public": public hides named people, their contact details, and outreach notes. */
  @property({ reflect: true }) mode: string = 'staff';

  /** Where suggestions, corrections and outreach notes are sent: an http(s) address or mailto:. None: no sending. */
  @property() endpoint = '';

  /** CSRF token sent with submissions, when the endpoint needs one. */
  @property({ attribute: 'csrf-token' }) csrfToken = '';

  /** Prefix of the finder's parameters in the page address (pf → pf-q, pf-cat, …). */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'pf';

  /** "on" (default): searches and filters are kept in the page address. "off": they are not. */
  @property({ attribute: 'url-state' }) urlState = 'on';

  /** How many results to show at first and per "Show more". Default 25. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;

  /** The element's heading. Default: "Find community partners" in the page's language. */
  @property() heading = '';

  /** Replaces any of the element's words (JSON), for every language or per language: `{"es": {…}}`. */
  @property({ attribute: 'strings', converter: stringsConverter }) strings: StringOverrides | null = null;

  protected readonly i18n = new I18nController(this, { en, es: () => import('./strings/es.js') });
  protected readonly core = coreI18n(this);
  /** Problems with the attributes: shown in plain words, logged once for the webmaster. */
  protected readonly config = new ConfigController(this);

  /**
   * A heading `depth` levels below the element's own (`heading-level`, default 2). With `none` the element's own
   * heading is a paragraph and the ones inside start at level 2.
   */
  protected h(depth: number, content: unknown, options: { id?: string; tabindex?: number; className?: string } = {}) {
    const level = this.headingLevelOr(2);
    const className = [`pf-h${depth}`, options.className].filter(Boolean).join(' ');
    if (depth === 0) return heading(level, content, { ...options, className });
    return heading(level === 'none' ? 2 : level, content, { ...options, className, offset: depth });
  }

  /** A word of the element's catalog, in the page's language. */
  protected t(key: FinderKey, params?: Record<string, string | number | undefined>): string {
    return this.i18n.t(key, params);
  }

  @state() protected loading = false;
  @state() protected loadErrors: DirectoryProblem[] = [];
  @state() protected warnings: ImportWarning[] = [];
  @state() protected index?: DirectoryIndex;
  /** Details of a split prepared directory, loaded on demand. */
  protected details?: DetailLoader;
  /** Bumped when details arrive, so the open partner re-renders. */
  @state() protected detailsVersion = 0;
  @state() protected view: FinderState = { ...EMPTY_STATE };
  @state() protected shown = 25;
  @state() protected announcement = '';
  @state() protected expandedFacets = new Set<FacetId>();
  @state() protected openForm?: FormName;
  @state() protected formErrors: FieldErrors = {};
  /** The form `formErrors` belong to: another form never shows them. */
  protected errorsOf?: FormName;
  /** One sender per form: each says what happened to its latest submission, and follows the outbox after. */
  protected readonly senders: Record<FormName, SubmitController> = {
    suggest: this.sender('suggest'),
    correction: this.sender('correction'),
    outreach: this.sender('outreach')
  };
  /** What each form last sent, written out: the "Copy the text" way when it cannot (or may not) go by itself. */
  protected sentText: Partial<Record<FormName, string>> = {};
  /** News on a later visit: a suggestion, correction or note that went, or was refused, after the page closed. */
  protected readonly notices = new NoticeController(this, this.core);

  private sender(form: FormName): SubmitController {
    return new SubmitController(this, {
      types: [FORM_TYPES[form]],
      // Sent or refused later, while the person is still here: take them to the news.
      onChange: (state, previous) => {
        if (previous.kind === 'queued' && state.kind !== 'queued') this.focusAfterRender = [`#pf-${form}-outcome`];
      }
    });
  }
  @state() protected printing = false;
  /** The element is narrower than NARROW_REM (measured on the element itself, not the window). */
  @state() protected narrow = false;
  /** The person opened (true) or closed (false) the filters themselves; undefined until they do. */
  @state() protected filtersChoice?: boolean;

  protected result?: SearchResult;
  protected readonly latest = new LatestRequest();
  protected announceTimer?: ReturnType<typeof setTimeout>;
  protected urlTimer?: ReturnType<typeof setTimeout>;
  /** Selectors to focus after the next render; the first that exists wins. */
  protected focusAfterRender?: string[];
  protected lastOrgKey = '';
  protected lastQuery = '';
  protected resizeObserver?: ResizeObserver;
  /** The `open` last rendered on the filter panel; a panel that differs was opened or closed by the person. */
  protected renderedFiltersOpen?: boolean;
  /** The width has been measured at least once. */
  protected widthKnown = false;

  protected get content(): CategoryContent {
    return this.categories ?? DEFAULT_CATEGORIES;
  }

  /** The built-in chart's words in the page's language, once loaded (none for English). */
  @state() protected chartWords?: { lang: string; words: ChartWords };
  protected chartLoading?: Promise<void>;
  private chartCache?: { content: CategoryContent; words: ChartWords; chart: CategoryContent };

  /**
   * The chart as people read it: the built-in chart in the page's language (names, examples, goals). A chart the
   * webmaster gives in `categories` is their content and is shown as given. Ids and keywords never change.
   */
  protected get chart(): CategoryContent {
    const content = this.content;
    const loaded = this.chartWords;
    if (this.categories || !loaded || loaded.lang !== this.i18n.lang) return content;
    if (this.chartCache?.content !== content || this.chartCache.words !== loaded.words)
      this.chartCache = { content, words: loaded.words, chart: chartIn(content, loaded.words) };
    return this.chartCache.chart;
  }

  /** Starts loading the chart's words for the page's language when they are needed and not loaded yet. */
  protected loadChartWords(): void {
    const lang = this.i18n.lang;
    if (this.categories || !hasChartWords(lang) || this.chartWords?.lang === lang || this.chartLoading) return;
    const run = loadChartWords(lang).then(words => {
      if (words) this.chartWords = { lang, words };
      if (this.chartLoading === run) this.chartLoading = undefined;
    });
    this.chartLoading = run;
  }

  /**
   * A filter value as people read it: type and goal names from the chart, age groups from the catalog, language
   * names through `Intl`.
   */
  protected facetLabel(facet: FacetId, value: string, label: string): string {
    if (facet === 'category') return this.chart.categories.find(c => c.id === value)?.name ?? label;
    if (facet === 'goal') return this.chart.goals.find(g => g.id === value)?.label ?? label;
    if (facet === 'language') return localLanguage(label, this.i18n.lang);
    const age = facet === 'age' ? AGE_KEYS[value] : undefined;
    return age ? this.t(age) : label;
  }

  protected get publicMode(): boolean {
    return this.mode === 'public';
  }

  protected get parsedEndpoint(): Endpoint {
    return parseEndpoint(this.endpoint);
  }

  protected get urlOn(): boolean {
    return this.urlState !== 'off';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Printing from the browser's menu (or Ctrl+P) prints the whole filtered list, like the "Print list" button.
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
    if (this.hasUpdated) this.observeWidth();
    if (this.urlOn) {
      window.addEventListener('popstate', this.handlePopState);
      this.view = readState(location.search, this.urlPrefix);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.removeEventListener('afterprint', this.handleAfterPrint);
    this.resizeObserver?.disconnect();
    this.latest.cancel();
    clearTimeout(this.announceTimer);
    clearTimeout(this.urlTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.syncFiltersChoice();
    this.loadChartWords();
    // The directory can be ready before the first resize report: measure once, so a phone never sees the filters
    // open and then close.
    if (this.index && !this.widthKnown) this.applyWidth(this.getBoundingClientRect().width);
    if (changed.has('src') || changed.has('partners') || changed.has('categories')) void this.load();
    this.config.set('attributes', this.attributeProblems());
    if ((changed.has('index') || changed.has('view')) && this.details && this.view.org) {
      const open = this.index?.organizations.find(o => o.key === this.view.org);
      if (open && !this.details.has(open)) void this.withDetails([open]);
    }
    if (changed.has('index') || changed.has('view')) {
      if (this.index) {
        const before = this.result;
        this.result = search(this.index, {
          text: this.view.q,
          filters: this.view.filters,
          sort: this.sortKey
        });
        // Announce after any change of search or filters (once the person pauses), even when the count stays.
        const query = writeState({ ...EMPTY_STATE, q: this.view.q.trim(), filters: this.view.filters }, '');
        if (!before || before.ids.length !== this.result.ids.length || changed.has('index') || query !== this.lastQuery)
          this.scheduleAnnouncement();
        this.lastQuery = query;
      } else this.result = undefined;
    }
  }

  /** Every attribute problem, as one shape (see ConfigController); the element says them in the page's language. */
  protected attributeProblems(): ConfigProblem[] {
    const problems: ConfigProblem[] = [...this.baseConfigProblems(), ...stringsProblems(this.strings)];
    if (!MODES.includes(this.mode as (typeof MODES)[number])) {
      const detail = `"${this.mode}" is not "staff" or "public"; public is used, to be safe.`;
      problems.push({ attribute: 'mode', code: 'bad-mode', detail, params: { mode: this.mode } });
    }
    const endpoint = this.parsedEndpoint;
    if (endpoint.kind === 'invalid')
      problems.push({ attribute: 'endpoint', code: 'bad-endpoint', detail: endpoint.problem });
    if (!Number.isInteger(this.pageSize) || this.pageSize < 1) {
      const value = this.getAttribute('page-size') ?? String(this.pageSize);
      const detail = `"${value}" is not a whole number above 0; 25 is used.`;
      problems.push({ attribute: 'page-size', code: 'bad-page-size', detail, params: { value } });
    }
    return problems;
  }

  protected override firstUpdated(): void {
    this.observeWidth();
  }

  /**
   * Watches the element's width through an empty probe at its top: the probe's size changes only with the width,
   * so opening or closing the filters (which changes the height) never feeds back into the observer.
   */
  protected observeWidth(): void {
    const probe = this.renderRoot.querySelector('.width-probe');
    if (!probe) return;
    this.resizeObserver ??= new ResizeObserver(this.handleResize);
    this.resizeObserver.observe(probe);
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      const selectors = this.focusAfterRender;
      this.focusAfterRender = undefined;
      for (const selector of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target) {
          target.focus();
          break;
        }
      }
    }
  }

  protected get sortKey(): SortKey {
    return this.view.sort || (this.view.q.trim() ? 'relevance' : 'name');
  }

  protected get effectivePublic(): boolean {
    // An unknown mode is treated as public: showing fewer people is the safe mistake.
    return this.publicMode || !MODES.includes(this.mode as (typeof MODES)[number]);
  }

  // ---- loading ------------------------------------------------------------------------------------------------

  protected loading$?: Promise<void>;

  /** Resolves once the directory has loaded (or failed) and the result is on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loading$ || this.detailsLoading || this.chartLoading) {
      await (this.loading$ ?? this.detailsLoading ?? this.chartLoading);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Data warnings are for the webmaster: shown to staff, and in public mode only written to the browser console
   * (once per load), never shown to visitors.
   */
  protected logWarnings(): void {
    if (!this.warnings.length || !this.effectivePublic) return;
    const lines = this.warnings.map(w => warningLine(w, this.i18n));
    console.warn(
      `<tb-partner-finder>: ${this.warnings.length} notes about the directory files (not shown to visitors in public mode):\n${lines.join('\n')}`
    );
  }

  /** Loads the details of these organizations when a split prepared directory has not yet; re-renders after. */
  protected async withDetails(organizations?: readonly PartnerOrganization[]): Promise<void> {
    const details = this.details;
    if (!details || (organizations && organizations.every(o => details.has(o)))) return;
    const run = details.ensure(organizations).then(() => {
      if (this.details === details) this.detailsVersion++;
    });
    this.detailsLoading = run;
    await run;
    if (this.detailsLoading === run) this.detailsLoading = undefined;
  }

  protected detailsLoading?: Promise<void>;

  protected load(): Promise<void> {
    const run = this.loadNow().finally(() => {
      if (this.loading$ === run) this.loading$ = undefined;
    });
    this.loading$ = run;
    return run;
  }

  protected async loadNow(): Promise<void> {
    const sources = this.src.split(/\s+/).filter(Boolean);
    const partners = this.partners;
    const content = this.content;
    if (!sources.length && partners === undefined) {
      this.latest.cancel();
      this.index = undefined;
      this.loadErrors = [];
      this.warnings = [];
      this.loading = false;
      return;
    }
    this.loading = true;
    // The CSV reader loads while the files download (an HSDS JSON address is unlikely to need it).
    if (sources.some(s => !/\.json(?:[?#]|$)/i.test(s)) || typeof partners === 'string') preloadPapa();
    let outcome;
    try {
      outcome = await this.latest.run(async signal => {
        const directories: (SourceDirectory | undefined)[] = [];
        const prepared: ({ href: string } & PreparedRead)[] = [];
        const errors: DirectoryProblem[] = [];
        const warnings: ImportWarning[][] = [];
        const loadText = (url: string) => fetchText(url, { signal, what: 'a part of the partner directory' });
        await Promise.all(
          sources.map(async (src, i) => {
            let href = src;
            try {
              href = new URL(src, document.baseURI).href;
              const text = await fetchText(href, { signal, what: 'the partner directory' });
              const result = await importDirectory(text, { url: href, content, loadText, lazyDetails: true });
              directories[i] = { source: fileLabel(href), organizations: result.organizations };
              if (result.prepared) prepared[i] = { href, ...result.prepared };
              warnings[i] = result.warnings;
            } catch (error) {
              if (signal.aborted) throw error;
              errors.push(problemOf(error, href));
            }
          })
        );
        if (partners !== undefined) {
          try {
            const result = await importValue(partners, content, this.t('partnersProperty'), { lazyDetails: true });
            directories.push({ source: this.t('partnersProperty'), organizations: result.organizations });
            if (result.prepared) prepared[directories.length - 1] = { href: document.baseURI, ...result.prepared };
            warnings.push(result.warnings);
          } catch (error) {
            errors.push(problemOf(error, this.t('partnersProperty')));
          }
        }
        const loaded = directories.flatMap((d, i) => (d ? [i] : []));
        // One prepared directory: its index is ready (no merging, no indexing); details come when needed.
        if (loaded.length === 1 && prepared[loaded[0]]) {
          const only = prepared[loaded[0]];
          const details = detailLoader(only, loadText);
          return { index: only.index, details, errors, warnings: warnings.flat().filter(Boolean) };
        }
        // Prepared files merged with other data need their details first (identifiers and addresses join records).
        for (const i of loaded) {
          const loader = prepared[i] && detailLoader(prepared[i], loadText);
          if (loader) {
            await loader.ensure();
            if (loader.problem) errors.push(loader.problem);
          }
        }
        // Reading, merging and indexing each take tens of milliseconds for a large directory: each runs in pieces
        // of about 15 ms (one clock shared with the reading: src/core/yield.ts), so the page can paint
        // "Loading…" and answer clicks between them instead of holding still.
        // A turn before merging, whatever the size, lets the page paint "Loading…" once.
        // A newer load (src or partners changed meanwhile) makes this one stale: stop instead of finishing it.
        await yieldToMain();
        signal.throwIfAborted();
        const read = directories.filter((d): d is SourceDirectory => !!d);
        const organizations = await runInPieces(mergeSteps(read), { signal, budgetMs: LOAD_PIECE_MS });
        const all = [...warnings.flat().filter(Boolean), ...mergeWarnings(organizations)];
        const index = await runInPieces(indexSteps(organizations, content), { signal, budgetMs: LOAD_PIECE_MS });
        return { index, details: undefined, errors, warnings: all };
      });
    } catch (error) {
      outcome = {
        stale: false as const,
        value: { index: undefined, details: undefined, errors: [problemOf(error, sources.join(' '))], warnings: [] }
      };
    }
    if (outcome.stale) return;
    this.index = outcome.value.index;
    if (this.index?.searchTextPending) void this.rebuildSearchText(this.index);
    this.details = outcome.value.details;
    this.loadErrors = outcome.value.errors;
    this.warnings = outcome.value.warnings;
    this.logWarnings();
    this.loading = false;
    this.shown = this.pageLength;
  }

  /**
   * A prepared file's search text, rebuilt in pieces once the first results are on screen (after the next frame), so
   * the first page does not wait for it. A search typed sooner finishes it at once (`search`). Stops when the element
   * shows another directory or leaves the page.
   */
  private async rebuildSearchText(index: DirectoryIndex): Promise<void> {
    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const steps = index.searchTextPending;
    if (!steps) return;
    const current = () => this.index === index && this.isConnected;
    function* whileCurrent(): Steps<void> {
      while (current()) {
        if (steps!.next().done) return;
        yield;
      }
    }
    await runInPieces(whileCurrent(), { budgetMs: LOAD_PIECE_MS });
  }

  protected get pageLength(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 25;
  }

  // ---- state and address ----------------------------------------------------------------------------------------

  /** Applies a change of search, filters or view; `push` adds a history entry (replace while typing). */
  protected setView(next: Partial<FinderState>, how: 'push' | 'replace' | 'none' = 'push'): void {
    const merged: FinderState = { ...this.view, ...next };
    if (sameState(merged, this.view)) return;
    const resetPaging = 'q' in next || 'filters' in next || 'sort' in next;
    this.view = merged;
    if (resetPaging) this.shown = this.pageLength;
    if (!this.urlOn || how === 'none') return;
    clearTimeout(this.urlTimer);
    const write = () => {
      const search = writeState(this.view, location.search, this.urlPrefix);
      const url = `${location.pathname}${search}${location.hash}`;
      if (url === `${location.pathname}${location.search}${location.hash}`) return;
      if (how === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    };
    // Typing replaces the address at most a few times a second (browsers limit history calls).
    if (how === 'replace') this.urlTimer = setTimeout(write, 400);
    else write();
  }

  protected handlePopState = () => {
    const next = readState(location.search, this.urlPrefix);
    const closingDetail = this.view.org && !next.org;
    const openingDetail = next.org && next.org !== this.view.org;
    const returnTo = this.view.org;
    this.view = next;
    this.openForm = undefined;
    this.formErrors = {};
    if (closingDetail) this.focusAfterRender = [`[data-org="${CSS.escape(returnTo)}"]`];
    // Forward into a partner's details: start reading at its name, as when it was opened.
    else if (openingDetail) this.focusAfterRender = ['#pf-detail-title'];
  };

  protected handleResize = (entries: ResizeObserverEntry[]) => {
    this.applyWidth(entries[entries.length - 1]?.contentRect.width ?? 0);
  };

  protected applyWidth(width: number): void {
    // Hidden (display: none) measures 0: keep what we had until the element is shown.
    if (!width) return;
    this.widthKnown = true;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const narrow = width < NARROW_REM * rem;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    // Wide again: the filters show as they always have, unless the person had opened them (then they stay open).
    if (!narrow && this.filtersChoice === false) this.filtersChoice = undefined;
  }

  /** Whether the filter panel is open: the person's own choice, else open when wide and closed when narrow. */
  protected get filtersOpen(): boolean {
    return this.filtersChoice ?? !this.narrow;
  }

  /** Keeps the person's own opening or closing of the filters, so a re-render never undoes it. */
  protected syncFiltersChoice = () => {
    const details = this.renderRoot?.querySelector<HTMLDetailsElement>('details.filters');
    // Our own changes (the element got narrower or wider) match what was rendered; only the person's differ.
    if (details && details.open !== this.renderedFiltersOpen) this.filtersChoice = details.open;
  };

  protected scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    // Polite and late: a screen reader hears the count once the person pauses, not on every letter.
    this.announceTimer = setTimeout(() => {
      const n = this.result?.ids.length ?? 0;
      const text = n ? this.t('found', { count: n }) : this.t('foundNone');
      // The same words again would not be read out; a trailing no-break space makes the text new.
      this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    }, 700);
  }
}
