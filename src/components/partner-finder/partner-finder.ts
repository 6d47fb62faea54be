import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { createEnvelope } from '../../core/envelope.js';
import { fetchText, LatestRequest } from '../../core/fetch-cache.js';
import { getOutbox } from '../../core/outbox.js';
import { parseEndpoint, submitEnvelope, type Endpoint, type SubmitResult } from '../../core/submit.js';
import { TbElement } from '../../core/tb-element.js';
import { yieldToMain } from '../../core/yield.js';
import { DEFAULT_CATEGORIES } from './categories-data.js';
import { toCsv, toVCard } from './export.js';
import {
  buildIndex,
  FACETS,
  search,
  type DirectoryIndex,
  type FacetId,
  type SearchResult,
  type SortKey
} from './filter.js';
import {
  checkCorrection,
  checkOutreach,
  checkSuggestion,
  CORRECTION_FIELDS,
  correctionData,
  mailBody,
  OUTREACH_METHODS,
  outreachData,
  suggestionData,
  type FieldErrors
} from './forms.js';
import { freshness } from './freshness.js';
import { rankCategories, rankOrganizations } from './goals.js';
import { DirectoryError, fileLabel, importDirectory, importValue } from './import/detect.js';
import { mergeDirectories, mergeWarnings, type SourceDirectory } from './merge.js';
import { DetailLoader } from './details-loader.js';
import type { PreparedRead } from './prepared.js';
import type { CategoryContent, ImportWarning, PartnerOrganization } from './model.js';
import { preloadPapa } from './papa.js';
import { partnerFinderStyles } from './styles.js';
import { publicCopy } from './privacy.js';
import { renderDetailExtras, renderServices } from './views/detail-extras.js';
import { visuallyHidden } from '../../core/styles.js';
import { mailHref, safeHref, telHref, websiteHref } from './text.js';
import { EMPTY_STATE, readState, sameState, writeState, type FinderState, type View } from './url-state.js';

/** Detail of `tb-partner-select`: the organization a person chose to start working with. */
export interface TbPartnerSelectDetail {
  /** In `mode="public"`, without named people. */
  organization: PartnerOrganization;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tb-partner-select': CustomEvent<TbPartnerSelectDetail>;
  }
}

type FormName = 'suggest' | 'correction' | 'outreach';

/** Every field's label, by form: the fields show them and the error summary names its fields with them. */
const FORM_LABELS = {
  suggest: {
    name: 'Name of the organization',
    category: 'Type of partner (optional)',
    website: 'Website (optional)',
    city: 'City or area (optional)',
    why: 'Why would they be a good partner?',
    suggestedBy: 'Your name or email (optional)'
  },
  correction: {
    field: 'What is wrong?',
    problem: 'What should it say?',
    reporter: 'Your name or email (optional)'
  },
  outreach: {
    date: 'Date of contact',
    method: 'How did you make contact?',
    summary: 'What did you talk about?',
    nextStep: 'Next step (optional)',
    staff: 'Your name (optional)'
  }
} satisfies Record<FormName, Record<string, string>>;

interface Outcome {
  status: SubmitResult['status'] | 'sending';
  id?: string;
  message?: string;
  reference?: string;
  persistent?: boolean;
}

const FACET_LABELS: Record<FacetId, string> = {
  category: 'Partner type',
  goal: 'Library goal',
  city: 'City or area',
  audience: 'Who they serve',
  age: 'Ages served',
  language: 'Languages'
};
const FACET_PREVIEW = 8;
/** Below this width (in rem) the element is narrow: the filters start closed, so the results are near the top. */
const NARROW_REM = 40;
const PRINT_LIMIT = 2000;
const MODES = ['staff', 'public'] as const;
const FORM_TYPES: Record<FormName, string> = {
  suggest: 'partner-suggestion',
  correction: 'partner-correction',
  outreach: 'outreach-log'
};

const numberFormat = new Intl.NumberFormat('en');
const plural = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n === 1 ? one : many}`;

/**
 * Finds compatible community partners: a guide to the Compatible Library Partners Chart on its own, and a
 * searchable, filterable directory when given the library's or the consortium's data (HSDS 3.0 JSON, an HSDS
 * tabular package, or a simple CSV).
 *
 * @summary Find community partners by type, library goal and place, from one or more directories.
 *
 * @event tb-partner-select - A person chose "Start an agreement" on a partner. `detail.organization`.
 * @event tb-submit - A suggestion, correction or outreach note is about to be sent (cancelable).
 * @event tb-submitted - It was received. @event tb-queued - Saved on this computer, will send later.
 * @event tb-error - It was refused, or there is nowhere to send it.
 *
 * @csspart panel - The outer box.
 * @csspart form - Each form (suggest, correction, outreach).
 * @csspart field - A form group.
 * @csspart label - A field label.
 * @csspart hint - A field hint.
 * @csspart error - A field error message.
 * @csspart submit - A form's send button.
 *
 * @cssproperty --tb-color-accent - Links, buttons, card edges. Default #1d70b8.
 * @cssproperty --tb-color-text - Text and field borders. Default #0b0c0c.
 * @cssproperty --tb-color-border - Card and table lines. Default #b1b4b6.
 * @cssproperty --tb-color-muted - Secondary text. Default #505a5f.
 * @cssproperty --tb-color-error - Errors and gaps. Default #d4351c.
 * @cssproperty --tb-color-success - "Checked recently" and success notices. Default #00703c.
 * @cssproperty --tb-color-focus - Focus ring. Default #ffdd00.
 * @cssproperty --tb-color-button - Send buttons. Default #00703c.
 * @cssproperty --tb-space - Spacing unit. Default 1rem.
 */
export class TbPartnerFinder extends TbElement {
  static override styles = [visuallyHidden, partnerFinderStyles];

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

  /** The element's heading. */
  @property() heading = 'Find community partners';

  @state() private loading = false;
  @state() private loadErrors: string[] = [];
  @state() private warnings: ImportWarning[] = [];
  @state() private index?: DirectoryIndex;
  /** Details of a split prepared directory, loaded on demand. */
  private details?: DetailLoader;
  /** Bumped when details arrive, so the open partner re-renders. */
  @state() private detailsVersion = 0;
  @state() private view: FinderState = { ...EMPTY_STATE };
  @state() private shown = 25;
  @state() private announcement = '';
  @state() private expandedFacets = new Set<FacetId>();
  @state() private openForm?: FormName;
  @state() private formErrors: FieldErrors = {};
  /** The form `formErrors` belong to: another form never shows them. */
  private errorsOf?: FormName;
  @state() private outcomes: Partial<Record<FormName, Outcome>> = {};
  @state() private printing = false;
  /** The element is narrower than NARROW_REM (measured on the element itself, not the window). */
  @state() private narrow = false;
  /** The person opened (true) or closed (false) the filters themselves; undefined until they do. */
  @state() private filtersChoice?: boolean;

  private result?: SearchResult;
  private readonly latest = new LatestRequest();
  private announceTimer?: ReturnType<typeof setTimeout>;
  private urlTimer?: ReturnType<typeof setTimeout>;
  /** Selectors to focus after the next render; the first that exists wins. */
  private focusAfterRender?: string[];
  private lastOrgKey = '';
  private lastQuery = '';
  private resizeObserver?: ResizeObserver;
  /** The `open` last rendered on the filter panel; a panel that differs was opened or closed by the person. */
  private renderedFiltersOpen?: boolean;
  /** The width has been measured at least once. */
  private widthKnown = false;

  private get content(): CategoryContent {
    return this.categories ?? DEFAULT_CATEGORIES;
  }

  private get publicMode(): boolean {
    return this.mode === 'public';
  }

  private get parsedEndpoint(): Endpoint {
    return parseEndpoint(this.endpoint);
  }

  private get urlOn(): boolean {
    return this.urlState !== 'off';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    getOutbox().addEventListener('sent', this.handleOutboxSent);
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
    getOutbox().removeEventListener('sent', this.handleOutboxSent);
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
    // The directory can be ready before the first resize report: measure once, so a phone never sees the filters
    // open and then close.
    if (this.index && !this.widthKnown) this.applyWidth(this.getBoundingClientRect().width);
    if (changed.has('src') || changed.has('partners') || changed.has('categories')) void this.load();
    if (changed.has('pageSize') && (!Number.isInteger(this.pageSize) || this.pageSize < 1)) {
      this.reportConfigError(
        'page-size',
        `"${this.getAttribute('page-size')}" is not a whole number above 0; 25 is used.`
      );
    }
    if (changed.has('mode') && !MODES.includes(this.mode as (typeof MODES)[number])) {
      this.reportConfigError('mode', `"${this.mode}" is not "staff" or "public"; public is used, to be safe.`);
    }
    if (changed.has('endpoint') && this.parsedEndpoint.kind === 'invalid') {
      this.reportConfigError('endpoint', (this.parsedEndpoint as { problem: string }).problem);
    }
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

  protected override firstUpdated(): void {
    this.observeWidth();
  }

  /**
   * Watches the element's width through an empty probe at its top: the probe's size changes only with the width,
   * so opening or closing the filters (which changes the height) never feeds back into the observer.
   */
  private observeWidth(): void {
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

  private get sortKey(): SortKey {
    return this.view.sort || (this.view.q.trim() ? 'relevance' : 'name');
  }

  private get effectivePublic(): boolean {
    // An unknown mode is treated as public: showing fewer people is the safe mistake.
    return this.publicMode || !MODES.includes(this.mode as (typeof MODES)[number]);
  }

  // ---- loading ------------------------------------------------------------------------------------------------

  private loading$?: Promise<void>;

  /** Resolves once the directory has loaded (or failed) and the result is on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loading$ || this.detailsLoading) {
      await (this.loading$ ?? this.detailsLoading);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Data warnings are for the webmaster: shown to staff, and in public mode only written to the browser console
   * (once per load), never shown to visitors.
   */
  private logWarnings(): void {
    if (!this.warnings.length || !this.effectivePublic) return;
    const lines = this.warnings.map(w => `${w.file ? `${w.file}: ` : ''}${w.message}`);
    console.warn(
      `<tb-partner-finder>: ${this.warnings.length} notes about the directory files (not shown to visitors in public mode):\n${lines.join('\n')}`
    );
  }

  /** Loads the details of these organizations when a split prepared directory has not yet; re-renders after. */
  private async withDetails(organizations?: readonly PartnerOrganization[]): Promise<void> {
    const details = this.details;
    if (!details || (organizations && organizations.every(o => details.has(o)))) return;
    const run = details.ensure(organizations).then(() => {
      if (this.details === details) this.detailsVersion++;
    });
    this.detailsLoading = run;
    await run;
    if (this.detailsLoading === run) this.detailsLoading = undefined;
  }

  private detailsLoading?: Promise<void>;

  private load(): Promise<void> {
    const run = this.loadNow().finally(() => {
      if (this.loading$ === run) this.loading$ = undefined;
    });
    this.loading$ = run;
    return run;
  }

  private async loadNow(): Promise<void> {
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
        const errors: string[] = [];
        const warnings: ImportWarning[][] = [];
        const loadText = (url: string) => fetchText(url, { signal, what: 'a part of the partner directory' });
        await Promise.all(
          sources.map(async (src, i) => {
            let href = src;
            try {
              href = new URL(src, document.baseURI).href;
              const text = await fetchText(href, { signal, what: 'the partner directory' });
              const result = await importDirectory(text, { url: href, content, loadText });
              directories[i] = { source: fileLabel(href), organizations: result.organizations };
              if (result.prepared) prepared[i] = { href, ...result.prepared };
              warnings[i] = result.warnings;
            } catch (error) {
              if (signal.aborted) throw error;
              errors.push(
                error instanceof DirectoryError || error instanceof Error
                  ? error.message
                  : `We could not load the partner directory from ${href}.`
              );
            }
          })
        );
        if (partners !== undefined) {
          try {
            const result = await importValue(partners, content);
            directories.push({ source: 'partners property', organizations: result.organizations });
            if (result.prepared) prepared[directories.length - 1] = { href: document.baseURI, ...result.prepared };
            warnings.push(result.warnings);
          } catch (error) {
            errors.push(error instanceof Error ? error.message : 'The partners property could not be read.');
          }
        }
        const loaded = directories.flatMap((d, i) => (d ? [i] : []));
        // One prepared directory: its index is ready (no merging, no indexing); details come when needed.
        if (loaded.length === 1 && prepared[loaded[0]]) {
          const only = prepared[loaded[0]];
          const details = only.detailFiles
            ? new DetailLoader(only.index, only.href, only.detailFiles, loadText)
            : undefined;
          return { index: only.index, details, errors, warnings: warnings.flat().filter(Boolean) };
        }
        // Prepared files merged with other data need their details first (identifiers and addresses join records).
        for (const i of loaded) {
          const p = prepared[i];
          if (p?.detailFiles) {
            const loader = new DetailLoader(p.index, p.href, p.detailFiles, loadText);
            await loader.ensure();
            if (loader.problem) errors.push(loader.problem);
          }
        }
        // Reading, merging and indexing each take tens of milliseconds for a large directory: the page gets a turn
        // between them, so it can paint "Loading…" and answer clicks instead of holding still for all three.
        // A newer load (src or partners changed meanwhile) makes this one stale: stop instead of finishing it.
        await yieldToMain();
        signal.throwIfAborted();
        const organizations = mergeDirectories(directories.filter((d): d is SourceDirectory => !!d));
        await yieldToMain();
        signal.throwIfAborted();
        const all = [...warnings.flat().filter(Boolean), ...mergeWarnings(organizations)];
        return { index: buildIndex(organizations, content), details: undefined, errors, warnings: all };
      });
    } catch (error) {
      outcome = {
        stale: false as const,
        value: { index: undefined, details: undefined, errors: [String(error)], warnings: [] }
      };
    }
    if (outcome.stale) return;
    this.index = outcome.value.index;
    this.details = outcome.value.details;
    this.loadErrors = outcome.value.errors;
    this.warnings = outcome.value.warnings;
    this.logWarnings();
    this.loading = false;
    this.shown = this.pageLength;
  }

  private get pageLength(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 25;
  }

  // ---- state and address ----------------------------------------------------------------------------------------

  /** Applies a change of search, filters or view; `push` adds a history entry (replace while typing). */
  private setView(next: Partial<FinderState>, how: 'push' | 'replace' | 'none' = 'push'): void {
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

  private handlePopState = () => {
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

  private handleResize = (entries: ResizeObserverEntry[]) => {
    this.applyWidth(entries[entries.length - 1]?.contentRect.width ?? 0);
  };

  private applyWidth(width: number): void {
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
  private get filtersOpen(): boolean {
    return this.filtersChoice ?? !this.narrow;
  }

  /** Keeps the person's own opening or closing of the filters, so a re-render never undoes it. */
  private syncFiltersChoice = () => {
    const details = this.renderRoot?.querySelector<HTMLDetailsElement>('details.filters');
    // Our own changes (the element got narrower or wider) match what was rendered; only the person's differ.
    if (details && details.open !== this.renderedFiltersOpen) this.filtersChoice = details.open;
  };

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    // Polite and late: a screen reader hears the count once the person pauses, not on every letter.
    this.announceTimer = setTimeout(() => {
      const n = this.result?.ids.length ?? 0;
      const text = n ? `${plural(n, 'partner', 'partners')} found.` : 'No partners found. Try fewer words or filters.';
      // The same words again would not be read out; a trailing no-break space makes the text new.
      this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    }, 700);
  }

  // ---- events -------------------------------------------------------------------------------------------------

  private handleSearchInput = (event: Event) => {
    this.setView({ q: (event.target as HTMLInputElement).value }, 'replace');
  };

  private handleSearchSubmit = (event: Event) => event.preventDefault();

  private handleFacetChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const facet = input.dataset.facet as FacetId;
    const current = this.view.filters[facet] ?? [];
    const values = input.checked ? [...current, input.value] : current.filter(v => v !== input.value);
    this.setView({ filters: { ...this.view.filters, [facet]: values.length ? values : undefined } });
  };

  private removeFilter(facet: FacetId, value: string, index: number) {
    const values = (this.view.filters[facet] ?? []).filter(v => v !== value);
    this.setView({ filters: { ...this.view.filters, [facet]: values.length ? values : undefined } });
    this.focusAfterRender = [
      `.chips li:nth-child(${index + 1}) button`,
      `.chips li:nth-child(${index}) button`,
      `#pf-search`
    ];
  }

  private removeSearch(index: number) {
    this.setView({ q: '' });
    this.focusAfterRender = [`.chips li:nth-child(${index}) button`, `#pf-search`];
  }

  private clearFilters = () => {
    this.setView({ filters: {}, q: '' });
    this.focusAfterRender = ['#pf-search'];
  };

  // A drop-down changes with every arrow key: it replaces the address instead of adding a step per option passed.
  private handleSort = (event: Event) => {
    this.setView({ sort: (event.target as HTMLSelectElement).value as SortKey }, 'replace');
  };

  private showView(view: View) {
    this.openForm = undefined;
    this.formErrors = {};
    this.setView({ view, org: '' });
    this.focusAfterRender = ['#pf-view-title'];
  }

  private openOrg(org: PartnerOrganization) {
    this.lastOrgKey = org.key;
    this.openForm = undefined;
    this.outcomes = { ...this.outcomes, correction: undefined, outreach: undefined };
    this.setView({ org: org.key });
    this.focusAfterRender = ['#pf-detail-title'];
  }

  private closeOrg = () => {
    const key = this.view.org || this.lastOrgKey;
    this.openForm = undefined;
    this.setView({ org: '' });
    this.focusAfterRender = [`[data-org="${CSS.escape(key)}"]`, `#pf-search`, `#pf-view-title`];
  };

  private handleDetailKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !this.openForm) {
      event.preventDefault();
      this.closeOrg();
    }
  };

  private showMore = () => {
    const first = this.shown;
    this.shown += this.pageLength;
    this.focusAfterRender = [`.cards > li:nth-child(${first + 1}) [data-org]`];
  };

  private toggleFacet(facet: FacetId) {
    const next = new Set(this.expandedFacets);
    if (next.has(facet)) next.delete(facet);
    else next.add(facet);
    this.expandedFacets = next;
  }

  private async selectPartner(org: PartnerOrganization) {
    await this.withDetails([org]);
    const organization = this.effectivePublic ? publicCopy(org) : org;
    this.dispatchEvent(
      new CustomEvent<TbPartnerSelectDetail>('tb-partner-select', {
        detail: { organization },
        bubbles: true,
        composed: true
      })
    );
  }

  /** Organizations of the current view, in order. */
  private currentOrganizations(limit = Infinity): PartnerOrganization[] {
    if (!this.index || !this.result) return [];
    const { ids } = this.result;
    const out: PartnerOrganization[] = [];
    for (let k = 0; k < ids.length && k < limit; k++) out.push(this.index.organizations[ids[k]]);
    return out;
  }

  private download(text: string, name: string, type: string) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** The current filtered view as CSV (the same columns the finder reads). Async: the CSV writer loads on first use. */
  async exportCsv(): Promise<string> {
    await this.withDetails();
    return toCsv(this.currentOrganizations(), { publicMode: this.effectivePublic, content: this.content });
  }

  /**
   * The current filtered view as vCards. With a split prepared directory, phones and addresses are included once
   * their details have loaded (the "Download contacts" button waits for them).
   */
  exportVCard(): string {
    return toVCard(this.currentOrganizations(), { publicMode: this.effectivePublic, content: this.content });
  }

  private handleCsv = async () => {
    let csv: string;
    try {
      csv = await this.exportCsv();
    } catch (error) {
      this.announcement = error instanceof Error ? error.message : 'The spreadsheet could not be made.';
      return;
    }
    this.download(`\uFEFF${csv}`, 'partners.csv', 'text/csv;charset=utf-8');
  };
  private handleVCard = async () => {
    await this.withDetails();
    this.download(this.exportVCard(), 'partners.vcf', 'text/vcard;charset=utf-8');
  };

  private handleBeforePrint = () => {
    this.printing = true;
  };

  private handleAfterPrint = () => {
    this.printing = false;
  };

  private handlePrint = async () => {
    await this.withDetails();
    this.printing = true;
    await this.updateComplete;
    window.print();
  };

  // ---- forms --------------------------------------------------------------------------------------------------

  private showForm(form: FormName) {
    this.openForm = form;
    this.formErrors = {};
    this.errorsOf = form;
    this.outcomes = { ...this.outcomes, [form]: undefined };
    this.focusAfterRender = [`#pf-${form}-title`];
  }

  /** Closes a form of the details and puts focus back on the button that opened it. */
  private cancelForm(form: FormName) {
    this.openForm = undefined;
    this.formErrors = {};
    this.focusAfterRender = [`#pf-open-${form}`, '#pf-detail-title'];
  }

  private handleOutboxSent = (event: Event) => {
    const { id, reference } = (event as CustomEvent<{ id: string; reference?: string }>).detail ?? {};
    for (const [form, outcome] of Object.entries(this.outcomes) as [FormName, Outcome | undefined][]) {
      if (outcome?.status === 'queued' && outcome.id === id) {
        this.outcomes = { ...this.outcomes, [form]: { status: 'sent', id, reference } };
      }
    }
  };

  private async handleSubmit(event: SubmitEvent, form: FormName) {
    event.preventDefault();
    const el = event.target as HTMLFormElement;
    if (this.outcomes[form]?.status === 'sending') return;
    const values = Object.fromEntries(
      [...new FormData(el).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : ''])
    ) as Record<string, string>;
    const get = (k: string) => values[k] ?? '';
    const org = this.selectedOrganization;
    let errors: FieldErrors;
    let data: Record<string, unknown>;
    let subject: string;
    let body: string;
    if (form === 'suggest') {
      const fields = {
        name: get('name'),
        category: get('category'),
        website: get('website'),
        city: get('city'),
        why: get('why'),
        suggestedBy: get('suggestedBy')
      };
      errors = checkSuggestion(fields);
      data = suggestionData(fields, this.src);
      subject = `Partner suggestion: ${fields.name.trim()}`;
      body = mailBody([
        ['Organization', fields.name],
        ['Type', this.content.categories.find(c => c.id === fields.category)?.name],
        ['Website', fields.website],
        ['City or area', fields.city],
        ['Why', fields.why],
        ['Suggested by', fields.suggestedBy]
      ]);
    } else if (form === 'correction' && org) {
      const fields = { field: get('field'), problem: get('problem'), reporter: get('reporter') };
      errors = checkCorrection(fields);
      data = correctionData(org, fields);
      subject = `Directory correction: ${org.name}`;
      body = mailBody([
        ['Organization', org.name],
        ['Listed in', org.sources.join(', ')],
        ['What is wrong', CORRECTION_FIELDS.find(([v]) => v === fields.field)?.[1]],
        ['Details', fields.problem],
        ['Reported by', fields.reporter]
      ]);
    } else if (form === 'outreach' && org) {
      const fields = {
        date: get('date'),
        method: get('method'),
        summary: get('summary'),
        nextStep: get('nextStep'),
        staff: get('staff')
      };
      errors = checkOutreach(fields);
      data = outreachData(org, fields);
      subject = `Outreach: ${org.name}`;
      body = mailBody([
        ['Organization', org.name],
        ['Date', fields.date],
        ['How', OUTREACH_METHODS.find(([v]) => v === fields.method)?.[1]],
        ['Summary', fields.summary],
        ['Next step', fields.nextStep],
        ['Staff', fields.staff]
      ]);
    } else return;
    this.formErrors = errors;
    this.errorsOf = form;
    if (Object.keys(errors).length) {
      this.focusAfterRender = [`#pf-${form}-errors`];
      return;
    }
    this.outcomes = { ...this.outcomes, [form]: { status: 'sending' } };
    const envelope = createEnvelope(FORM_TYPES[form], data);
    const result = await submitEnvelope(envelope, {
      endpoint: this.parsedEndpoint,
      host: this,
      csrfToken: this.csrfToken || undefined,
      mail: { subject, body }
    });
    const outcome: Outcome = { status: result.status, id: result.id };
    if (result.status === 'sent') outcome.reference = result.reference;
    if (result.status === 'queued') outcome.persistent = result.persistent;
    if (result.status === 'failed') {
      outcome.message = result.message;
      const fieldErrors: FieldErrors = {};
      for (const [pointer, message] of Object.entries(result.fieldErrors ?? {})) {
        const name = pointer.replace(/^\/data\//, '').split('/')[0];
        fieldErrors[name] = `This ${message}`;
      }
      this.formErrors = fieldErrors;
    }
    this.outcomes = { ...this.outcomes, [form]: outcome };
    if (result.status === 'sent' || result.status === 'queued' || result.status === 'mailto') el.reset();
    this.focusAfterRender = [`#pf-${form}-outcome`, `#pf-${form}-errors`];
  }

  private get selectedOrganization(): PartnerOrganization | undefined {
    if (!this.view.org || !this.index) return undefined;
    return this.index.organizations.find(o => o.key === this.view.org);
  }

  // ---- rendering ----------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const views: [View, string][] = [
      ['list', this.index ? 'Find partners' : 'Partner types'],
      ['goals', 'By library goal'],
      ...(this.index ? ([['gaps', 'Gaps']] as [View, string][]) : []),
      ...(this.canSend ? ([['suggest', 'Suggest a partner']] as [View, string][]) : [])
    ];
    const active = views.some(([v]) => v === this.view.view) ? this.view.view : 'list';
    // A partner opened from any view (the list, or the goal picker) shows its details in that view.
    const detail = this.view.org && this.index ? this.selectedOrganization : undefined;
    return html`
      <div class="width-probe" aria-hidden="true"></div>
      <section part="panel" class="finder" aria-labelledby="pf-heading">
        <h2 id="pf-heading">${this.heading}</h2>
        ${this.renderConfigErrors()} ${this.renderLoadNotice()}
        <ul class="views no-print" aria-label="Views">
          ${views.map(
            ([view, label]) =>
              html`<li>
                <button
                  type="button"
                  aria-pressed=${active === view ? 'true' : 'false'}
                  @click=${() => this.showView(view)}
                >
                  ${label}
                </button>
              </li>`
          )}
        </ul>
        ${
          detail
            ? this.renderDetail(detail, active)
            : active === 'goals'
              ? this.renderGoals()
              : active === 'gaps'
                ? this.renderGaps()
                : active === 'suggest'
                  ? this.renderSuggest()
                  : this.index
                    ? this.renderFinder()
                    : this.renderGuide()
        }
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </section>
    `;
  }

  private get canSend(): boolean {
    const kind = this.parsedEndpoint.kind;
    return kind === 'http' || kind === 'mailto';
  }

  private renderConfigErrors() {
    const problems: string[] = [];
    if (!MODES.includes(this.mode as (typeof MODES)[number])) {
      problems.push(
        `The mode "${this.mode}" is not known; use "staff" or "public". People's names are hidden until it is fixed.`
      );
    }
    const endpoint = this.parsedEndpoint;
    if (endpoint.kind === 'invalid') problems.push(`Sending is switched off: ${endpoint.problem}`);
    if (!problems.length) return nothing;
    return html`<div class="notice problem" role="alert">
      <p>
        <strong>This partner finder is not set up quite right.</strong> Please tell the person who looks after this
        page:
      </p>
      <ul>
        ${problems.map(p => html`<li>${p}</li>`)}
      </ul>
    </div>`;
  }

  private renderLoadNotice() {
    if (this.loading && !this.index) return html`<p class="notice" role="status">Loading the partner directory…</p>`;
    const errors = this.loadErrors;
    // Data warnings are for the people who keep the directory: staff see them, public visitors never do (they go
    // to the console for the webmaster, see logWarnings).
    const warnings = this.effectivePublic ? [] : this.warnings;
    const problems = warnings.filter(w => !w.kind || w.kind === 'problem');
    const notes = warnings.filter(w => w.kind === 'merge' || w.kind === 'unknown-category');
    if (!errors.length && !warnings.length) return nothing;
    const list = (items: ImportWarning[]) => {
      const shown = items.slice(0, 20);
      return html`<ul>
        ${shown.map(w => html`<li>${w.file ? `${w.file}: ` : ''}${w.message}</li>`)}
        ${items.length > shown.length ? html`<li>…and ${numberFormat.format(items.length - shown.length)} more.</li>` : nothing}
      </ul>`;
    };
    return html`<div class="notice ${errors.length ? 'problem' : ''}" id="pf-load-notice">
      ${
        errors.length
          ? html`<p>
                <strong>Some of the directory could not be loaded.</strong>
                ${this.index?.organizations.length ? 'The partners that did load are shown below.' : ''}
              </p>
              <ul>
                ${errors.map(e => html`<li>${e}</li>`)}
              </ul>`
          : nothing
      }
      ${
        problems.length
          ? html`<details>
              <summary>
                ${plural(problems.length, 'problem', 'problems')} in the directory files. The rest loaded normally.
              </summary>
              ${list(problems)}
            </details>`
          : nothing
      }
      ${
        notes.length
          ? html`<details class="notes">
              <summary>
                ${plural(notes.length, 'note', 'notes')} on the directory files (merged entries, unknown types)
              </summary>
              ${list(notes)}
            </details>`
          : nothing
      }
    </div>`;
  }

  private renderGuide() {
    const c = this.content;
    const goal = (id: string) => c.goals.find(g => g.id === id)?.label ?? id;
    return html`<div class="guide">
      <h3 id="pf-view-title" tabindex="-1">Types of partners to look for</h3>
      <p>
        Every community is different. These are the kinds of groups libraries often work with. Open one to see examples,
        what they bring, and what they may need from you.
      </p>
      ${c.categories.map(
        cat =>
          html`<details>
            <summary>${cat.name}</summary>
            ${this.renderCategoryFacts(cat.id)}
            <p><strong>Library goals:</strong> ${cat.goals.map(goal).join(', ')}</p>
          </details>`
      )}
    </div>`;
  }

  private renderCategoryFacts(id: string) {
    const cat = this.content.categories.find(c => c.id === id);
    if (!cat) return nothing;
    return html`<p><strong>Examples:</strong> ${cat.examples.join(', ')}</p>
      <p><strong>They often bring:</strong> ${cat.brings.join(', ')}</p>
      <p><strong>They may need:</strong> ${cat.needs.join(', ')}</p>`;
  }

  private renderFinder() {
    const index = this.index!;
    const result = this.result!;
    const total = result.ids.length;
    const shown = Math.min(this.shown, total);
    const visible = this.currentOrganizations(shown);
    const filtersOpen = (this.renderedFiltersOpen = this.filtersOpen);
    return html`<div class="layout">
      <div class="controls">
        <form class="search" role="search" @submit=${this.handleSearchSubmit}>
          <label for="pf-search">Search partners</label>
          <span class="hint" id="pf-search-hint">Names, what they do, types</span>
          <input
            id="pf-search"
            type="search"
            autocomplete="off"
            aria-describedby="pf-search-hint"
            .value=${this.view.q}
            @input=${this.handleSearchInput}
          />
        </form>
        <details class="filters" ?open=${live(filtersOpen)} @toggle=${this.syncFiltersChoice}>
          <summary>${this.filtersSummary()}</summary>
          ${FACETS.map(f => this.renderFacet(f, index, result))}
        </details>
      </div>
      <div class="results ${this.printing ? 'printing' : ''}">
        <h3 id="pf-view-title" tabindex="-1" class="visually-hidden">Results</h3>
        <div class="toolbar">
          <p class="summary" id="pf-count">
            ${
              total
                ? `Showing ${numberFormat.format(shown)} of ${plural(total, 'partner', 'partners')}`
                : 'No partners match. Try fewer words or remove a filter.'
            }
          </p>
          <div class="sort">
            <label for="pf-sort">Sort by</label>
            <select id="pf-sort" @change=${this.handleSort}>
              ${
                this.view.q.trim()
                  ? html`<option value="relevance" ?selected=${this.sortKey === 'relevance'}>Best match</option>`
                  : nothing
              }
              <option value="name" ?selected=${this.sortKey === 'name'}>Name A to Z</option>
              <option value="verified" ?selected=${this.sortKey === 'verified'}>Most recently checked</option>
            </select>
          </div>
        </div>
        ${this.renderChips()}
        <ul class="cards" aria-labelledby="pf-count">
          ${repeat(
            visible,
            o => o.key,
            o => this.renderCard(o)
          )}
        </ul>
        ${
          total > shown
            ? html`<p class="more">
                <button type="button" @click=${this.showMore}>
                  Show ${numberFormat.format(Math.min(this.pageLength, total - shown))} more
                </button>
              </p>`
            : nothing
        }
        <div class="actions no-print" role="group" aria-label="Save or print these results">
          <button type="button" @click=${this.handleCsv} ?disabled=${!total}>Download spreadsheet (CSV)</button>
          <button type="button" @click=${this.handleVCard} ?disabled=${!total}>Download contacts (vCard)</button>
          <button type="button" @click=${this.handlePrint} ?disabled=${!total}>Print list</button>
        </div>
        ${this.printing ? this.renderPrintList() : nothing}
      </div>
    </div>`;
  }

  /** "Filters", or "Filters (2 on)" when some are chosen, so a closed panel still says what is applied. */
  private filtersSummary(): string {
    const on = FACETS.reduce((n, facet) => n + (this.view.filters[facet]?.length ?? 0), 0);
    return on ? `Filters (${numberFormat.format(on)} on)` : 'Filters';
  }

  private renderFacet(id: FacetId, index: DirectoryIndex, result: SearchResult) {
    const facet = index.facets[id];
    if (!facet.values.length || (id !== 'category' && id !== 'goal' && facet.totals.every(t => t === 0)))
      return nothing;
    const selected = new Set(this.view.filters[id] ?? []);
    const counts = result.counts[id];
    const all = facet.values.map((v, code) => ({ ...v, code, count: counts[code], on: selected.has(v.value) }));
    const expanded = this.expandedFacets.has(id) || all.length <= FACET_PREVIEW + 2;
    // When folded, show the selected values and the biggest ones, and every value as big as the smallest shown:
    // a value is never hidden while another with the same count is on screen.
    const list = expanded ? all : foldedValues(all, Math.max(FACET_PREVIEW, selected.size));
    return html`<fieldset>
      <legend>${FACET_LABELS[id]}</legend>
      ${list.map(v => {
        const inputId = `pf-f-${id}-${v.code}`;
        const disabled = v.count === 0 && !v.on;
        return html`<div class="option ${disabled ? 'zero' : ''}">
          <input
            type="checkbox"
            id=${inputId}
            data-facet=${id}
            .value=${v.value}
            .checked=${v.on}
            ?disabled=${disabled}
            @change=${this.handleFacetChange}
          />
          <label for=${inputId}>${v.label} <span class="count">(${numberFormat.format(v.count)})</span></label>
        </div>`;
      })}
      ${
        all.length > FACET_PREVIEW + 2
          ? html`<button
              type="button"
              class="link"
              aria-expanded=${expanded ? 'true' : 'false'}
              @click=${() => this.toggleFacet(id)}
            >
              ${expanded ? `Show fewer` : `Show all ${all.length}`}<span class="visually-hidden">
                — ${FACET_LABELS[id]}</span
              >
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  private renderChips() {
    const index = this.index!;
    const chips: { facet: FacetId; value: string; label: string }[] = [];
    for (const facet of FACETS) {
      for (const value of this.view.filters[facet] ?? []) {
        const code = index.facets[facet].codeOf.get(value);
        chips.push({ facet, value, label: code === undefined ? value : index.facets[facet].values[code].label });
      }
    }
    const q = this.view.q.trim();
    if (!chips.length && !q) return nothing;
    return html`<ul class="chips" aria-label="Active filters">
      ${chips.map(
        (chip, i) =>
          html`<li>
            <button type="button" @click=${() => this.removeFilter(chip.facet, chip.value, i)}>
              <span class="visually-hidden">Remove filter </span>${FACET_LABELS[chip.facet]}: ${chip.label}
              <span aria-hidden="true">×</span>
            </button>
          </li>`
      )}
      ${
        q
          ? html`<li>
              <button type="button" class="search-chip" @click=${() => this.removeSearch(chips.length)}>
                <span class="visually-hidden">Remove search </span>Search: “${q}”
                <span aria-hidden="true">×</span>
              </button>
            </li>`
          : nothing
      }
      <li><button type="button" class="link" @click=${this.clearFilters}>Clear search and filters</button></li>
    </ul>`;
  }

  private categoryNames(org: PartnerOrganization): string {
    return org.categories.map(id => this.content.categories.find(c => c.id === id)?.name ?? id).join(', ');
  }

  private renderBadge(org: PartnerOrganization) {
    const badge = freshness(org.lastVerified);
    return html`<span class="badge ${badge.tone}">${badge.label}</span>`;
  }

  private renderCard(org: PartnerOrganization, reason?: string) {
    const meta = [this.categoryNames(org) || org.tags.slice(0, 3).join(', '), org.city].filter(Boolean).join(' · ');
    const description = org.description.length > 220 ? `${org.description.slice(0, 217).trimEnd()}…` : org.description;
    return html`<li class="card">
      <h3>
        <button type="button" class="link" data-org=${org.key} @click=${() => this.openOrg(org)}>${org.name}</button>
      </h3>
      ${meta ? html`<p class="meta">${meta}</p>` : nothing} ${reason ? html`<p class="reason">${reason}</p>` : nothing}
      ${description ? html`<p>${description}</p>` : nothing} ${this.renderBadge(org)}
    </li>`;
  }

  private renderDetail(full: PartnerOrganization, from: View) {
    const badge = freshness(full.lastVerified);
    const hidePeople = this.effectivePublic;
    // Public mode: no named people, no phone that belongs to one (see privacy.ts).
    const org = hidePeople ? publicCopy(full) : full;
    const waiting = this.details && !this.details.has(full);
    const goalLabel = (id: string) => this.content.goals.find(g => g.id === id)?.label ?? id;
    const web = websiteHref(org.website);
    const address = org.address;
    const addressLines = address
      ? [
          hidePeople ? undefined : address.attention && `For: ${address.attention}`,
          address.street,
          [address.city ?? org.city, address.region, address.postalCode].filter(Boolean).join(', '),
          address.country
        ].filter(Boolean)
      : org.city
        ? [org.city]
        : [];
    return html`<article class="detail" aria-labelledby="pf-detail-title" @keydown=${this.handleDetailKeydown}>
      <p class="no-print">
        <button type="button" class="link" @click=${this.closeOrg}>
          ${from === 'goals' ? 'Back to partners for this goal' : 'Back to results'}
        </button>
      </p>
      <h3 id="pf-detail-title" tabindex="-1">${org.name}</h3>
      <p>${this.renderBadge(org)}</p>
      <p>${badge.advice}</p>
      ${org.aliases.length ? html`<p>Also known as: ${org.aliases.join(', ')}</p>` : nothing}
      ${waiting ? html`<p class="notice" role="status">${this.details?.problem ?? 'Loading the details…'}</p>` : nothing}
      ${org.description ? html`<p class="description">${org.description}</p>` : nothing}
      <dl>
        ${
          org.categories.length
            ? html`<dt>Partner type</dt>
                <dd>
                  ${org.categories.map(
                    id =>
                      html`<div>
                        <strong>${this.content.categories.find(c => c.id === id)?.name ?? id}</strong>
                        ${this.renderCategoryFacts(id)}
                      </div>`
                  )}
                </dd>`
            : nothing
        }
        ${
          org.goals.length
            ? html`<dt>Library goals</dt>
                <dd>${org.goals.map(goalLabel).join(', ')}</dd>`
            : nothing
        }
        ${
          org.brings.length
            ? html`<dt>They bring</dt>
                <dd>${org.brings.join(', ')}</dd>`
            : nothing
        }
        ${
          org.needs.length
            ? html`<dt>They need</dt>
                <dd>${org.needs.join(', ')}</dd>`
            : nothing
        }
        ${
          org.tags.length
            ? html`<dt>Also listed as</dt>
                <dd>${org.tags.join(', ')}</dd>`
            : nothing
        }
        ${
          addressLines.length
            ? html`<dt>Address</dt>
                <dd>${addressLines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</dd>`
            : nothing
        }
        ${
          org.website
            ? html`<dt>Website</dt>
                <dd>
                  ${web ? html`<a href=${web} rel="noopener noreferrer" target="_blank">${org.website}<span class="visually-hidden"> (opens in a new tab)</span></a>` : org.website}
                </dd>`
            : nothing
        }
        ${
          org.email
            ? html`<dt>Email</dt>
                <dd>${this.renderLink(mailHref(org.email), org.email)}</dd>`
            : nothing
        }
        ${
          org.phones.length
            ? html`<dt>Phone</dt>
                <dd>
                  <ul>
                    ${org.phones.map(
                      p =>
                        html`<li>
                          ${this.renderLink(telHref(p.number, p.extension), p.number)}${p.extension ? ` ext. ${p.extension}` : ''}
                          ${p.type && p.type !== 'voice' ? ` (${p.type})` : ''}
                        </li>`
                    )}
                  </ul>
                </dd>`
            : nothing
        }
        ${
          org.audiences.length
            ? html`<dt>Who they serve</dt>
                <dd>${org.audiences.join(', ')}</dd>`
            : nothing
        }
        ${
          org.languages.length
            ? html`<dt>Languages</dt>
                <dd>${org.languages.join(', ')}</dd>`
            : nothing
        }
        ${renderServices(org.services)} ${renderDetailExtras(org)}
        ${
          !hidePeople && org.contacts.length
            ? html`<dt>People to contact</dt>
                <dd>
                  <ul>
                    ${org.contacts.map(
                      c =>
                        html`<li class="person">
                          <strong>${c.name}</strong
                          >${c.title ? `, ${c.title}` : ''}${c.department ? ` (${c.department})` : ''}
                          ${c.email ? html`<br />${this.renderLink(mailHref(c.email), c.email)}` : nothing}
                          ${c.phones.map(p => html`<br />${this.renderLink(telHref(p.number, p.extension), p.number)}`)}
                        </li>`
                    )}
                  </ul>
                </dd>`
            : nothing
        }
        <dt>Listed in</dt>
        <dd>${org.sources.join(', ')}</dd>
      </dl>
      <div class="actions no-print">
        <button type="button" class="primary" @click=${() => this.selectPartner(full)}>
          Start an agreement with this partner
        </button>
        ${
          this.canSend
            ? html`<button
                  type="button"
                  id="pf-open-correction"
                  @click=${() => this.showForm('correction')}
                  aria-expanded=${this.openForm === 'correction' ? 'true' : 'false'}
                >
                  Report a correction
                </button>
                ${
                  hidePeople
                    ? nothing
                    : html`<button
                        type="button"
                        id="pf-open-outreach"
                        @click=${() => this.showForm('outreach')}
                        aria-expanded=${this.openForm === 'outreach' ? 'true' : 'false'}
                      >
                        Log outreach
                      </button>`
                }`
            : nothing
        }
      </div>
      ${this.canSend ? nothing : html`<p class="hint no-print">To report a mistake in this entry, contact whoever keeps this directory. This page is not set up to send corrections.</p>`}
      ${this.openForm === 'correction' ? this.renderCorrection(org) : nothing}
      ${this.openForm === 'outreach' && !hidePeople ? this.renderOutreach(org) : nothing}
    </article>`;
  }

  /** A link only when the address passed safeHref(); otherwise the text alone. */
  private renderLink(href: string | undefined, text: string) {
    return href && safeHref(href) ? html`<a href=${href}>${text}</a>` : html`${text}`;
  }

  private renderGoals() {
    const content = this.content;
    const goalId = content.goals.some(g => g.id === this.view.goal) ? this.view.goal : '';
    const categories = goalId ? rankCategories(goalId, content) : [];
    const orgs = goalId && this.index ? rankOrganizations(goalId, this.index.organizations, content).slice(0, 30) : [];
    const counts = new Map<string, number>();
    if (this.index) {
      const facet = this.index.facets.category;
      facet.values.forEach((v, code) => counts.set(v.value, facet.totals[code]));
    }
    return html`<div class="goals">
      <h3 id="pf-view-title" tabindex="-1">Partners for a library goal</h3>
      <div class="form-group">
        <label for="pf-goal">What do you want to achieve?</label>
        <select
          id="pf-goal"
          class="wide"
          @change=${(e: Event) => this.setView({ goal: (e.target as HTMLSelectElement).value }, 'replace')}
        >
          <option value="" ?selected=${!goalId}>Choose a goal</option>
          ${content.goals.map(g => html`<option value=${g.id} ?selected=${g.id === goalId}>${g.label}</option>`)}
        </select>
      </div>
      ${
        goalId
          ? html`<h4>Types of partner that serve this goal</h4>
              <ol>
                ${categories.map(
                  r =>
                    html`<li>
                      <strong>${r.category.name}</strong
                      >${this.index ? ` (${plural(counts.get(r.category.id) ?? 0, 'partner', 'partners')} in this directory)` : ''}
                      <br /><span class="reason">${r.reason}</span>
                    </li>`
                )}
              </ol>
              ${
                this.index
                  ? html`<h4>Organizations that serve this goal</h4>
                      ${
                        orgs.length
                          ? html`<ol class="cards">
                              ${orgs.map(r => this.renderCard(r.organization, r.reason))}
                            </ol>`
                          : html`<p>
                              No organizations in this directory serve this goal yet. The types above are where to look.
                            </p>`
                      }`
                  : nothing
              }`
          : nothing
      }
    </div>`;
  }

  private renderGaps() {
    const index = this.index!;
    const facet = index.facets.category;
    const rows = this.content.categories.map(c => ({ c, n: facet.totals[facet.codeOf.get(c.id) ?? -1] ?? 0 }));
    const missing = rows.filter(r => !r.n);
    return html`<div class="gaps">
      <h3 id="pf-view-title" tabindex="-1">Where the gaps are</h3>
      <p>
        ${
          missing.length
            ? `No partners yet in ${plural(missing.length, 'type', 'types')}. The examples show who to look for.`
            : 'Every type of partner has at least one organization in this directory.'
        }
      </p>
      <table>
        <caption>
          Partners in this directory, by type
        </caption>
        <thead>
          <tr>
            <th scope="col">Type of partner</th>
            <th scope="col">Partners, and examples to look for</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ c, n }) =>
              html`<tr class=${n ? '' : 'gap'}>
                <th scope="row">
                  ${
                    n
                      ? html`<button
                          type="button"
                          class="link"
                          @click=${() => {
                            this.setView({ view: 'list', org: '', filters: { category: [c.id] }, q: '' });
                            this.focusAfterRender = ['#pf-view-title'];
                          }}
                        >
                          ${c.name}<span class="visually-hidden">: show these partners</span>
                        </button>`
                      : c.name
                  }
                </th>
                <td>
                  <span class="gap-count">${n ? numberFormat.format(n) : 'None yet'}</span>
                  <span class="gap-examples"
                    >${n ? `Examples: ${c.examples.slice(0, 3).join(', ')}` : `No ${c.name.toLowerCase()} yet. Examples to look for: ${c.examples.slice(0, 4).join(', ')}`}</span
                  >
                </td>
              </tr>`
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderPrintList() {
    const orgs = this.currentOrganizations(PRINT_LIMIT);
    const total = this.result?.ids.length ?? 0;
    const q = this.view.q.trim();
    const filters = FACETS.flatMap(facet =>
      (this.view.filters[facet] ?? []).map(value => {
        const f = this.index?.facets[facet];
        const code = f?.codeOf.get(value);
        return `${FACET_LABELS[facet]}: ${code === undefined ? value : f!.values[code].label}`;
      })
    );
    return html`<div class="print-only">
      <p class="print-summary">
        ${plural(total, 'partner', 'partners')}${q ? `. Search: “${q}”` : ''}${filters.length ? `. ${filters.join('; ')}` : ''}.
      </p>
      ${total > PRINT_LIMIT ? html`<p>The first ${numberFormat.format(PRINT_LIMIT)} of ${numberFormat.format(total)} partners.</p>` : nothing}
      <ol class="print-list">
        ${orgs.map(
          o =>
            html`<li>
              <strong>${o.name}</strong> — ${this.categoryNames(o)}${o.city ? ` · ${o.city}` : ''}<br />
              ${[o.website, o.email, o.phones[0]?.number].filter(Boolean).join(' · ')}
              ${!this.effectivePublic && o.contacts[0] ? html`<br />Contact: ${o.contacts[0].name}` : nothing}
            </li>`
        )}
      </ol>
    </div>`;
  }

  // ---- form rendering (GOV.UK patterns) -------------------------------------------------------------------------

  private renderErrorSummary(form: FormName) {
    const labels: Record<string, string> = FORM_LABELS[form];
    const entries = Object.entries(this.formErrors);
    if (!entries.length || this.errorsOf !== form || !this.openFormFor(form)) return nothing;
    return html`<div
      class="error-summary"
      id="pf-${form}-errors"
      role="alert"
      tabindex="-1"
      aria-labelledby="pf-${form}-errors-title"
    >
      <h4 id="pf-${form}-errors-title">There is a problem</h4>
      <ul>
        ${entries.map(([name, message]) => {
          const label = labels[name];
          // The server's "This must be …" names no field; in the summary it needs the field's name.
          const text =
            label && message.startsWith('This ')
              ? `${label.replace(/ \(optional\)$/, '')}: ${message.slice(5)}`
              : message || label;
          return label
            ? html`<li>
                <a
                  href="#pf-${form}-${name}"
                  @click=${(e: Event) => {
                    e.preventDefault();
                    this.renderRoot.querySelector<HTMLElement>(`#pf-${form}-${name}`)?.focus();
                  }}
                  >${text}</a
                >
              </li>`
            : html`<li>${text}</li>`;
        })}
      </ul>
    </div>`;
  }

  private openFormFor(form: FormName): boolean {
    return form === 'suggest' ? this.view.view === 'suggest' : this.openForm === form;
  }

  private field(
    form: FormName,
    name: string,
    label: string,
    control: (id: string, describedBy: string | undefined, invalid: boolean) => TemplateResult,
    hint?: string
  ) {
    const id = `pf-${form}-${name}`;
    const error = this.errorsOf === form ? this.formErrors[name] : undefined;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return html`<div class="form-group ${error ? 'has-error' : ''}" part="field">
      <label for=${id} part="label">${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint" part="hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error-message" id="${id}-error" part="error"><span class="visually-hidden">Error:</span> ${error}</span>` : nothing}
      ${control(id, describedBy, !!error)}
    </div>`;
  }

  private text(form: FormName, name: string, label: string, hint?: string, type = 'text', autocomplete = 'off') {
    return this.field(
      form,
      name,
      label,
      (id, describedBy, invalid) =>
        html`<input
          id=${id}
          name=${name}
          type=${type}
          autocomplete=${autocomplete}
          aria-describedby=${describedBy ?? nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
        />`,
      hint
    );
  }

  private textarea(form: FormName, name: string, label: string, hint?: string) {
    return this.field(
      form,
      name,
      label,
      (id, describedBy, invalid) =>
        html`<textarea
          id=${id}
          name=${name}
          rows="4"
          aria-describedby=${describedBy ?? nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
        ></textarea>`,
      hint
    );
  }

  private select(form: FormName, name: string, label: string, options: [string, string][], hint?: string) {
    return this.field(
      form,
      name,
      label,
      (id, describedBy, invalid) =>
        html`<select
          id=${id}
          name=${name}
          class="wide"
          aria-describedby=${describedBy ?? nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
        >
          ${options.map(([value, text]) => html`<option value=${value}>${text}</option>`)}
        </select>`,
      hint
    );
  }

  private renderOutcome(form: FormName, what: string) {
    const outcome = this.outcomes[form];
    if (!outcome || outcome.status === 'sending' || outcome.status === 'cancelled') return nothing;
    const id = `pf-${form}-outcome`;
    switch (outcome.status) {
      case 'sent':
        return html`<div class="notice success" id=${id} tabindex="-1" role="status">
          <p>
            <strong>Thank you. Your ${what} was sent.</strong
            >${outcome.reference ? html` Reference: <strong>${outcome.reference}</strong>.` : nothing}
          </p>
        </div>`;
      case 'queued':
        return html`<div class="notice" id=${id} tabindex="-1" role="status">
          <p>
            <strong>Your ${what} is saved on this computer and will be sent automatically</strong>
            ${
              outcome.persistent
                ? 'when the connection comes back. You can close this page.'
                : 'when the connection comes back. Please keep this page open until it is sent.'
            }
          </p>
        </div>`;
      case 'mailto':
        return html`<div class="notice" id=${id} tabindex="-1" role="status">
          <p>
            Your email program should open with the ${what} written out. Nothing is sent until you press send there.
          </p>
        </div>`;
      default:
        return html`<div class="notice problem" id=${id} tabindex="-1" role="alert">
          <p><strong>Your ${what} was not sent.</strong> ${outcome.message ?? ''} What you typed is still here.</p>
        </div>`;
    }
  }

  private renderForm(form: FormName, title: string, intro: string, fields: TemplateResult, send: string, what: string) {
    const busy = this.outcomes[form]?.status === 'sending';
    return html`<div class="panel">
      <h4 id="pf-${form}-title" tabindex="-1">${title}</h4>
      <p>${intro}</p>
      ${this.renderOutcome(form, what)} ${this.renderErrorSummary(form)}
      <form part="form" novalidate @submit=${(e: SubmitEvent) => this.handleSubmit(e, form)}>
        ${fields}
        <button type="submit" class="primary" part="submit" ?disabled=${busy} aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? 'Sending…' : send}
        </button>
        ${form === 'suggest' ? nothing : html` <button type="button" @click=${() => this.cancelForm(form)}>Cancel</button>`}
      </form>
    </div>`;
  }

  private renderSuggest() {
    const f: FormName = 'suggest';
    const L = FORM_LABELS[f];
    return html`<div>
      <h3 id="pf-view-title" tabindex="-1">Suggest a partner</h3>
      ${this.renderForm(
        f,
        'Tell us about an organization',
        'Know a group the library could work with? Tell whoever keeps this directory.',
        html`${this.text(f, 'name', L.name)}
        ${this.select(f, 'category', L.category, [['', 'Not sure'], ...this.content.categories.map(c => [c.id, c.name] as [string, string])])}
        ${this.text(f, 'website', L.website, 'For example, www.example.org', 'url')} ${this.text(f, 'city', L.city)}
        ${this.textarea(f, 'why', L.why, 'What they do, who they serve, what you could do together')}
        ${this.text(f, 'suggestedBy', L.suggestedBy, 'So someone can ask you more', 'text', 'name')}`,
        'Send suggestion',
        'suggestion'
      )}
    </div>`;
  }

  private renderCorrection(org: PartnerOrganization) {
    const f: FormName = 'correction';
    const L = FORM_LABELS[f];
    return this.renderForm(
      f,
      `Report a correction for ${org.name}`,
      'Tell whoever keeps this directory what is wrong or out of date.',
      html`${this.select(f, 'field', L.field, CORRECTION_FIELDS)}
      ${this.textarea(f, 'problem', L.problem, 'For example, the new phone number or address')}
      ${this.text(f, 'reporter', L.reporter, undefined, 'text', 'name')}`,
      'Send correction',
      'correction'
    );
  }

  private renderOutreach(org: PartnerOrganization) {
    const f: FormName = 'outreach';
    const L = FORM_LABELS[f];
    return this.renderForm(
      f,
      `Log outreach to ${org.name}`,
      'Keep a note of your contact, so colleagues know who has talked to them.',
      html`${this.text(f, 'date', L.date, undefined, 'date')}
      ${this.select(f, 'method', L.method, [['', 'Choose one'], ...OUTREACH_METHODS])}
      ${this.textarea(f, 'summary', L.summary)} ${this.textarea(f, 'nextStep', L.nextStep)}
      ${this.text(f, 'staff', L.staff, undefined, 'text', 'name')}`,
      'Save note',
      'outreach note'
    );
  }
}

/** The values a folded filter list shows: selected first, then by count; ties with the last one shown are kept. */
export function foldedValues<T extends { on: boolean; count: number; code: number }>(all: T[], size: number): T[] {
  const ranked = [...all].sort((a, b) => Number(b.on) - Number(a.on) || b.count - a.count || a.code - b.code);
  let end = Math.min(size, ranked.length);
  while (end > 0 && end < ranked.length && !ranked[end].on && ranked[end].count === ranked[end - 1].count) end++;
  return ranked.slice(0, end).sort((a, b) => a.code - b.code);
}
