import { isEmail } from '../../core/text.js';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { TbElement } from '../../core/tb-element.js';
import { parseEndpoint } from '../../core/submit.js';
import type { OutboxEntry } from '../../core/outbox.js';
import { SubmitController, type SubmitState } from '../../core/controllers/submit.js';
import { NoticeController, outcomeStyles } from '../../core/form/outcome.js';
import { coreI18n } from '../../core/core-i18n.js';
import { ConfigController, type ConfigProblem } from '../../core/config.js';
import { fetchJson, LatestRequest } from '../../core/fetch-cache.js';
import { glossaryContext, type GlossaryLookup } from '../../core/context.js';
import { DEFAULT_PICKERS } from './default-content.js';
import { librarySystemsFor, localizePickers, parsePickers, withLibrarySystems } from './programs.js';
import { styles } from './styles.js';
import { baseStyles } from '../../core/base-styles.js';
import { format, wordsOf, type ProblemReportStrings } from './strings.js';
import en, { type ProblemReportCatalog } from './strings/en.js';
import { I18nController, stringsConverter, stringsProblems, type StringOverrides } from '../../core/i18n.js';
import { CoachingController } from './coaching-controller.js';
import { checkBarcodePattern } from './mask.js';
import { parseStatus, type Incident } from './status.js';
import {
  adoptDraft,
  draftKey,
  draftPrefix,
  holdTab,
  newTabId,
  readJson,
  REMEMBER_KEY,
  remove,
  tabId,
  writeJson
} from './draft.js';
import {
  checkPriorityMap,
  coerceValues,
  EMPTY_VALUES,
  reportAsText,
  validate,
  type FieldErrors,
  type FormValues,
  type PickerConfig,
  type PriorityMap,
  type ProblemReportData,
  type Screenshot
} from './payload.js';
import {
  BadJson,
  jsonAttribute,
  Step,
  Outcome,
  DraftRecord,
  IncidentResult,
  ChangeGroup,
  IMAGE_TYPES,
  MAX_SCREENSHOT_KB,
  DEFAULT_SCREENSHOT_KB,
  formatBytes
} from './report-shared.js';

/** State, attributes, lifecycle, configuration, draft and outbox of <tb-problem-report>. */
export abstract class ProblemReportBase extends TbElement {
  static override styles = [...baseStyles, outcomeStyles, styles];

  /** Where reports are POSTed (https URL, path, or `mailto:`). Without it nothing is sent; copy, email and print are offered. */
  @property() endpoint = '';
  /** Email address offered when a report cannot be sent (and used for "email it"). */
  @property({ attribute: 'fallback-email' }) fallbackEmail = '';
  /** Phone number offered when a report cannot be sent, e.g. "555-0100 ext 12". */
  @property({ attribute: 'fallback-phone' }) fallbackPhone = '';
  /** Pre-fills the branch. The page address's `?branch=` wins over it. */
  @property() branch = '';
  /** Pre-fills the desk or room. */
  @property() location = '';
  /** Pre-fills the computer name or asset tag. */
  @property() asset = '';
  /** URL of a JSON file replacing the program list and the "already tried" checklist. */
  @property({ attribute: 'programs-src' }) programsSrc = '';
  /**
   * Adds library systems (Sierra, Polaris, Koha, Evergreen, Symphony, Alma) and computer booking and print release
   * systems to the program list: present and empty for all of them, or a list of ids such as `"sierra papercut"`.
   */
  @property({ attribute: 'library-systems' }) librarySystems?: string | null;
  /** Pre-fills the reporter's name (the page knows who is signed in). A saved draft wins over it. */
  @property({ attribute: 'reporter-name' }) reporterName = '';
  /** Pre-fills how the IT team can reach the reporter (work extension or email). */
  @property({ attribute: 'reporter-contact' }) reporterContact = '';
  /** The reporter as data, `{ name, contact }` (overrides the two attributes). */
  @property({ attribute: false }) reporter?: { name?: string; contact?: string };
  /** A report cannot be sent without a way for the IT team to reach the person. */
  @property({ attribute: 'require-contact', type: Boolean }) requireContact = false;
  /** URL of a JSON file of known problems, shown before the form. */
  @property({ attribute: 'status-src' }) statusSrc = '';
  /** Regular expression (source text) for patron barcodes to hide. Default: 14 digits. */
  @property({ attribute: 'barcode-pattern' }) barcodePattern = '';
  /** JSON (attribute) or object (property): impact → scope → priority. */
  @property({ attribute: 'priority-map', converter: jsonAttribute }) priorityMap?: PriorityMap | unknown;
  /** CSRF token sent with the report; `<meta name="csrf-token">` is used when absent. */
  @property({ attribute: 'csrf-token' }) csrfToken = '';
  /** Reports sent sooner than this after the form appeared are treated as spam (silently dropped). 0 turns it off. */
  @property({ attribute: 'min-fill-seconds', type: Number }) minFillSeconds = 3;
  /** Offers "remember my name and branch on this computer". */
  @property({ type: Boolean }) remember = false;
  /** Largest picture accepted, in KB. Default 2048 (2 MB); at most 3500. */
  @property({ attribute: 'screenshot-max-kb', type: Number }) screenshotMaxKb = DEFAULT_SCREENSHOT_KB;
  /** Replacement words: JSON (attribute) or object (property), keys as in strings.ts. */
  @property({ converter: stringsConverter }) strings: StringOverrides | null = null;
  /** The program list and checklist as data (overrides programs-src). */
  @property({ attribute: false }) pickers?: Partial<PickerConfig>;

  /** The glossary of a surrounding `<tb-glossary>`, if any: jargon in the report gets a plain explanation. */
  @consume({ context: glossaryContext, subscribe: true })
  @state()
  glossary?: GlossaryLookup;

  @state() protected values: FormValues = { ...EMPTY_VALUES, tried: [] };
  @state() protected step: Step = 'form';
  @state() protected outcome?: Outcome;
  @state() protected errors: FieldErrors = {};
  /** The robot check's pause is under way (nothing is sent, but the button waits as if it were). */
  @state() protected holding = false;
  /** Sent within min-fill-seconds by a person (no honeypot): asked to confirm instead of being told "sent". */
  @state() protected confirmingQuick = false;
  /** The check step asks "How can IT reach you?" (no contact when it opened); kept while the person types. */
  @state() protected askContact = false;
  @state() protected moreOpen = false;
  @state() protected screenshot?: Screenshot;
  @state() protected screenshotMessage?: { kind: 'error' | 'info'; text: string };
  @state() protected draftRestored = false;
  @state() protected confirmingDiscard = false;
  @state() protected notice = '';
  @state() protected copyMessage = '';
  @state() protected reportOpen = false;
  @state() protected refusedCopy: Record<string, string> = {};
  @state() protected refusedBusy = '';
  /** Text for the always-present status region (screen readers), for news that does not move focus. */
  @state() protected announcement = '';
  @state() protected loadedPickers?: PickerConfig;
  @state() protected incidents: Incident[] = [];
  @state() protected statusProblem = '';
  @state() protected incidentOpen = '';
  @state() protected incidentNotes: Record<string, string> = {};
  @state() protected incidentResults: Record<string, IncidentResult> = {};
  @state() protected incidentBusy = false;
  /** The answers a person is changing after pressing "Change" on the check step. */
  @state() protected changing?: ChangeGroup;
  /** The answers changed last time, marked on the check step. */
  @state() protected changed?: ChangeGroup;

  protected readonly i18n = new I18nController<ProblemReportCatalog>(this, {
    en,
    es: () => import('./strings/es.js')
  });
  /**
   * Sends reports and notes through the outbox and follows them: the double-submit guard, the late "sent" or
   * "refused" news of the report on screen, and the entries the IT inbox refused (listed on every visit).
   */
  protected readonly sender = new SubmitController(this, {
    types: ['problem-report', 'incident-note'],
    onChange: (state, previous) => this.handleSubmitChange(state, previous)
  });
  /** Follows the latest "affecting me too" note, so a note that waited says "sent" once it goes. */
  protected readonly noteSender = new SubmitController(this, {
    types: ['incident-note'],
    onChange: state => this.handleNoteChange(state)
  });
  /** "Sent while you were away" news, shown by the first Techbridge element on the page. */
  protected readonly core = coreI18n(this);
  protected readonly notices = new NoticeController(this, this.core);
  /** Set-up problems, shown in plain words and logged once for the webmaster. */
  protected readonly config = new ConfigController(this);
  /** The words in the page's language, with the webmaster's overrides, as a plain object. */
  protected readonly s: ProblemReportStrings = wordsOf(key => this.i18n.t(key));
  protected loaded = false;
  /** This browser tab's id: drafts are kept per tab. */
  protected tab = '';
  /** The person changed something since the form appeared. */
  protected touched = false;
  protected shownAt = Date.now();
  protected honeypot = '';
  /** A draft was brought back: a person typed it earlier, so the minimum fill time does not apply. */
  protected typedEarlier = false;
  protected lastData?: ProblemReportData;
  protected lastText = '';
  protected focusAfterUpdate?: string;
  protected readonly programsLoad = new LatestRequest();
  protected readonly coaching = new CoachingController(this);
  protected readonly statusLoad = new LatestRequest();
  protected jargonCache = new WeakMap<GlossaryLookup, Map<string, ReturnType<GlossaryLookup['findTerms']>>>();

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.shownAt = Date.now();
    if (!this.loaded) {
      this.loaded = true;
      this.tab = tabId();
      this.values = this.initialValues();
      void this.claimDraft();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.programsLoad.cancel();
    this.statusLoad.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings') && this.strings && typeof this.strings === 'object') {
      const unknown = Object.keys(this.strings).filter(k => !(k in en) && k !== 'en' && k !== 'es');
      if (unknown.length)
        console.warn(`Techbridge <${this.localName}>: unknown strings ignored: ${unknown.join(', ')}`);
    }
    // Attributes set after the first render fill a field only while it still holds the old pre-filled value.
    for (const key of ['branch', 'location', 'asset'] as const) {
      if (changed.has(key) && changed.get(key) !== undefined) {
        const old = (changed.get(key) as string) ?? '';
        if (this.values[key] === old) this.values = { ...this.values, [key]: this[key] };
      }
    }
    const configKeys = [
      'endpoint',
      'fallbackEmail',
      'barcodePattern',
      'priorityMap',
      'strings',
      'minFillSeconds',
      'screenshotMaxKb',
      'librarySystems',
      'theme',
      'headingLevelAttr'
    ] as const;
    if (configKeys.some(key => changed.has(key))) this.checkConfig();
    const own = changed as PropertyValues;
    if (own.has('values')) {
      // Typing: the prompt settles after a pause. A restored draft or a pre-filled form: at once.
      const v = this.values;
      const text = [v.summary, v.whatHappened, v.tryingTo].join('\n');
      if (this.touched) this.coaching.update(text, v.errorMessage.trim() !== '');
      else this.coaching.settle(text, v.errorMessage.trim() !== '');
    }
    if (own.has('step') && this.step !== 'form') this.coaching.settle();
    this.noticeRefusals();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('programsSrc')) void this.loadPrograms();
    if (changed.has('statusSrc')) void this.loadStatus();
    if (this.focusAfterUpdate) {
      const selector = this.focusAfterUpdate;
      this.focusAfterUpdate = undefined;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  // ---------------------------------------------------------------- configuration

  protected get pickerConfig(): PickerConfig {
    const base = this.loadedPickers ?? DEFAULT_PICKERS;
    const config = { programs: this.pickers?.programs ?? base.programs, tried: this.pickers?.tried ?? base.tried };
    return localizePickers(withLibrarySystems(config, librarySystemsFor(this.librarySystems).systems), this.i18n.lang);
  }

  protected get maxScreenshotBytes(): number {
    const kb =
      Number.isFinite(this.screenshotMaxKb) && this.screenshotMaxKb > 0 ? this.screenshotMaxKb : DEFAULT_SCREENSHOT_KB;
    return Math.min(kb, MAX_SCREENSHOT_KB) * 1024;
  }

  protected get customPriorityMap(): PriorityMap | undefined {
    const map = this.priorityMap;
    return map && !(map instanceof BadJson) && !checkPriorityMap(map) ? (map as PriorityMap) : undefined;
  }

  protected checkConfig() {
    const problems: ConfigProblem[] = [...this.baseConfigProblems()];
    const add = (attribute: string, code: string, detail: string, params?: ConfigProblem['params']) =>
      problems.push({ attribute, code, detail, params });
    const endpoint = parseEndpoint(this.endpoint);
    if (endpoint.kind === 'invalid') add('endpoint', 'bad-endpoint', endpoint.problem);
    if (this.fallbackEmail && !isEmail(this.fallbackEmail)) {
      add('fallback-email', 'bad-email', `"${this.fallbackEmail}" is not an email address.`);
    }
    const barcodeProblem = this.barcodePattern ? checkBarcodePattern(this.barcodePattern) : undefined;
    if (barcodeProblem) {
      add('barcode-pattern', 'bad-barcode-pattern', `${barcodeProblem} The standard 14-digit pattern is used instead.`);
    }
    if (this.priorityMap instanceof BadJson) {
      add('priority-map', 'bad-priority-map', `it is not valid JSON (${this.priorityMap.problem}).`);
    } else if (this.priorityMap !== undefined) {
      const problem = checkPriorityMap(this.priorityMap);
      if (problem) add('priority-map', 'bad-priority-map', `${problem} The standard priorities are used.`);
    }
    problems.push(...stringsProblems(this.strings));
    if (!Number.isFinite(this.minFillSeconds) || this.minFillSeconds < 0) {
      add('min-fill-seconds', 'bad-min-fill-seconds', 'it must be a number of seconds, 0 or more.');
    }
    const kb = this.screenshotMaxKb;
    if (!Number.isFinite(kb) || kb <= 0 || kb > MAX_SCREENSHOT_KB) {
      const size = formatBytes(this.maxScreenshotBytes);
      add(
        'screenshot-max-kb',
        'bad-screenshot-max-kb',
        `it must be a number from 1 to ${MAX_SCREENSHOT_KB}; ${size} is used.`,
        {
          max: MAX_SCREENSHOT_KB,
          size
        }
      );
    }
    const unknownSystems = librarySystemsFor(this.librarySystems).problems.map(p => `"${p.detail}"`);
    if (unknownSystems.length) {
      const names = unknownSystems.join(', ');
      add(
        'library-systems',
        'unknown-library-systems',
        `${names} is not one of the library systems we know; it is left out.`,
        {
          names
        }
      );
    }
    this.config.set('attributes', problems);
  }

  /** A file named by a `*-src` attribute could not be loaded (`load-failed`) or used (`bad-programs`). */
  protected setLoadProblem(attribute: string, problem?: { code: string; detail: string }) {
    this.config.set(attribute, problem ? [{ attribute, ...problem }] : []);
  }

  protected async loadPrograms() {
    if (this.loadedPickers) this.loadedPickers = undefined;
    this.setLoadProblem('programs-src');
    if (!this.programsSrc) return;
    try {
      const result = await this.programsLoad.run(signal =>
        fetchJson<unknown>(this.programsSrc, { signal, what: 'the program list' })
      );
      if (result.stale) return;
      const parsed = parsePickers(result.value);
      const bad = parsed.problems.map(p => `"${p.detail}"`).join(' and ');
      if (bad)
        this.setLoadProblem('programs-src', {
          code: 'bad-programs',
          detail: `${bad} must be a list of {"id", "label"} (ids: letters, digits, dashes; labels up to 200 characters). The standard lists are used.`
        });
      this.loadedPickers = parsed.config;
    } catch (error) {
      this.setLoadProblem('programs-src', { code: 'load-failed', detail: (error as Error).message });
    }
  }

  protected async loadStatus() {
    if (this.incidents.length) this.incidents = [];
    if (this.statusProblem) this.statusProblem = '';
    if (!this.statusSrc) return;
    try {
      const result = await this.statusLoad.run(signal =>
        fetchJson<unknown>(this.statusSrc, { signal, what: 'the list of known problems', force: true })
      );
      if (result.stale) return;
      const { incidents, problems } = parseStatus(result.value);
      if (problems.length) this.reportConfigError('status-src', problems.join('; '));
      this.incidents = incidents;
    } catch (error) {
      // A status feed that is down must not stop anyone reporting: say so gently and carry on.
      this.statusProblem = this.s.statusLoadError;
      this.reportConfigError('status-src', (error as Error).message);
    }
  }

  // ---------------------------------------------------------------- values, draft, prefill

  protected get draftStorageKey() {
    return draftKey(this.id, location.pathname, this.tab);
  }

  /**
   * Makes sure this tab's draft is its own: a duplicated tab (which inherits the tab id) gets a new id and leaves
   * the other tab's draft alone; a fresh tab takes over the newest draft of a tab that was closed.
   */
  protected async claimDraft() {
    if (!(await holdTab(this.tab))) {
      this.tab = newTabId();
      if (this.touched) this.saveDraft(true);
      else if (this.draftRestored) {
        this.screenshot = undefined;
        this.typedEarlier = false;
        this.values = this.initialValuesWithoutDraft();
      }
    }
    if (this.draftRestored || this.touched) return;
    const prefix = draftPrefix(this.id, location.pathname);
    const record = await adoptDraft<DraftRecord>(prefix, this.draftStorageKey);
    if (!record) return;
    if (this.touched) {
      // Typed in the meantime: keep that draft for another time rather than mix the two.
      writeJson(`${prefix}@kept-${Date.now()}`, record);
      return;
    }
    this.values = this.initialValues();
  }

  protected initialValues(): FormValues {
    let values: FormValues = {
      ...EMPTY_VALUES,
      tried: [],
      branch: this.branch,
      location: this.location,
      asset: this.asset,
      name: (this.reporter?.name ?? this.reporterName).slice(0, 200),
      contact: (this.reporter?.contact ?? this.reporterContact).slice(0, 200)
    };
    if (this.remember) {
      const remembered = readJson<{ name?: unknown; branch?: unknown; contact?: unknown }>(REMEMBER_KEY);
      if (remembered) {
        values = coerceValues({ ...values, ...remembered, remember: true }, values);
      }
    }
    const query = new URLSearchParams(location.search);
    const fromQuery: Partial<Record<keyof FormValues, string>> = {};
    const map: [string, keyof FormValues][] = [
      ['asset', 'asset'],
      ['branch', 'branch'],
      ['location', 'location'],
      ['summary', 'summary'],
      ['page', 'webPage'],
      ['program', 'program']
    ];
    for (const [param, key] of map) {
      const value = query.get(param);
      if (value) fromQuery[key] = value.slice(0, 500);
    }
    values = coerceValues(fromQuery, values);
    const draft = readJson<DraftRecord>(this.draftStorageKey);
    if (draft?.v === 1 && draft.values) {
      values = coerceValues(draft.values, values);
      this.draftRestored = true;
      this.typedEarlier = true;
      const shot = readJson<Screenshot>(`${this.draftStorageKey}:picture`);
      if (shot && typeof shot.dataUrl === 'string' && IMAGE_TYPES.includes(shot.type)) this.screenshot = shot;
    }
    return values;
  }

  /** Returns false when the draft could not be written (storage full or blocked). */
  protected saveDraft(withPicture = false): boolean {
    const record: DraftRecord = { v: 1, values: this.values, savedAt: Date.now() };
    const saved = writeJson(this.draftStorageKey, record);
    if (withPicture && this.screenshot) writeJson(`${this.draftStorageKey}:picture`, this.screenshot);
    return saved;
  }

  protected clearDraft() {
    remove(this.draftStorageKey);
    remove(`${this.draftStorageKey}:picture`);
    this.draftRestored = false;
  }

  protected setValue<K extends keyof FormValues>(key: K, value: FormValues[K]) {
    this.touched = true;
    this.values = { ...this.values, [key]: value };
    this.saveDraft();
    if (this.step === 'review') {
      // Answered on the check step ("How can IT reach you?"): what will be sent follows.
      this.lastData = this.buildData();
      this.lastText = reportAsText(this.lastData, this.s);
    }
    // GOV.UK: an error shown earlier goes away as soon as its answer is fine (new errors wait for Continue).
    if (Object.keys(this.errors).length) {
      const still = this.validateAll();
      this.errors = Object.fromEntries(Object.entries(still).filter(([field]) => field in this.errors)) as FieldErrors;
    }
  }

  protected validateAll(): FieldErrors {
    const errors = validate(this.values, this.s, this.fieldLabels());
    if (this.requireContact && !this.values.contact.trim()) errors.contact = this.s.contactRequired;
    return errors;
  }

  protected resetForm() {
    // A new form: what becomes of the last report is news for the refused list, not for this panel.
    this.sender.reset();
    this.clearDraft();
    this.values = this.initialValuesWithoutDraft();
    this.screenshot = undefined;
    this.screenshotMessage = undefined;
    this.errors = {};
    this.outcome = undefined;
    this.lastData = undefined;
    this.lastText = '';
    this.copyMessage = '';
    this.confirmingDiscard = false;
    this.moreOpen = false;
    this.reportOpen = false;
    this.changing = undefined;
    this.changed = undefined;
    this.step = 'form';
    this.shownAt = Date.now();
    this.honeypot = '';
    this.typedEarlier = false;
  }

  protected initialValuesWithoutDraft(): FormValues {
    remove(this.draftStorageKey);
    const values = this.initialValues();
    this.draftRestored = false;
    return values;
  }

  // ---------------------------------------------------------------- outbox

  /** True while a report is on its way (or the robot check pauses): the send button waits. */
  protected get busy(): boolean {
    return this.holding || this.sender.busy;
  }

  /** How many reports wait on this computer. */
  protected get outboxPending(): number {
    return this.sender.pending;
  }

  /** Saved reports the IT inbox later refused: shown until the person sends or deletes them. */
  protected get refused(): OutboxEntry[] {
    return this.sender.refused;
  }

  /** Late news of the report on screen: it went after waiting, or the IT inbox refused it. */
  protected handleSubmitChange(state: SubmitState, previous: SubmitState) {
    const outcome = this.outcome;
    if (outcome?.kind !== 'queued' || !('id' in state) || outcome.id !== state.id) return;
    if (state.kind === 'sent' && state.late) {
      const { id, reference, ticket } = state;
      this.outcome = { kind: 'sent', id, reference, ticket: ticket?.number };
      this.clearDraft();
      // Late news: take focus only if the person is still here (or nowhere); otherwise just say it.
      if (this.focusIsHereOrNowhere()) this.focusAfterUpdate = '#outcome-heading';
      else {
        const s = this.s;
        this.announcement = `${s.sentHeading}. ${reference ? `${s.sentReference} ${reference}.` : s.sentNoReference}`;
      }
    } else if (state.kind === 'failed' && previous.kind === 'queued') {
      const { id } = state;
      this.outcome = { kind: 'failed', id, message: state.detail ?? '' };
      this.focusAfterUpdate = '#outcome-heading';
      // The report is on screen and back in the draft: the refused copy need not wait in the outbox as well.
      // If the draft cannot be written, the copy stays and is listed as "not accepted".
      if (this.saveDraft(true)) void this.sender.discard(id).catch(() => undefined);
    }
  }

  protected focusIsHereOrNowhere(): boolean {
    let active: Element | null = document.activeElement;
    if (!active || active === document.body) return true;
    while (active) {
      if (active === this) return true;
      active = active.shadowRoot?.activeElement ?? null;
    }
    return false;
  }

  /** The refused entries listed at the last render: one that appears afterwards may be news to announce. */
  private listedRefusals = new Set<string>();

  /**
   * A report sent from this form on this visit that the IT inbox refuses later is news: it is announced (a
   * refusal of "try again" is answered by that button). Older refusals are listed without interrupting.
   */
  protected noticeRefusals() {
    const listed = new Set(this.refused.map(e => e.id));
    const fresh = this.refused.find(
      e => !this.listedRefusals.has(e.id) && this.sentHere.has(e.id) && e.id !== this.refusedBusy
    );
    this.listedRefusals = listed;
    if (fresh) this.announcement = this.refusedHeadingFor(fresh);
  }

  protected incidentQueuedIds = new Map<string, string>();
  /** Reports sent from this element on this visit: a refusal of one of them is "the report you just sent". */
  protected readonly sentHere = new Set<string>();

  protected refusedHeadingFor(entry: OutboxEntry): string {
    if (this.sentHere.has(entry.id)) return this.s.refusedJustNowHeading;
    const heading = entry.envelope.type === 'incident-note' ? this.s.refusedNoteHeading : this.s.refusedHeading;
    return format(heading, { date: this.entryDate(entry) });
  }

  // Defined by the subclasses that build and render the report.
  protected abstract buildData(): ProblemReportData;
  protected abstract fieldLabels(): Record<string, string>;
  protected abstract entryDate(entry: OutboxEntry): string;
  protected abstract handleNoteChange(state: SubmitState): void;
}
