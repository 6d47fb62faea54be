import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { TbElement } from '../../core/tb-element.js';
import { createEnvelope } from '../../core/envelope.js';
import { mailtoHref, parseEndpoint, submitEnvelope } from '../../core/submit.js';
import { getOutbox, type OutboxEntry } from '../../core/outbox.js';
import type { HelpDeskTicket } from '../../core/delivery.js';
import { forgetNotice, watchForNotice } from '../../core/notices.js';
import { outcomeStyles } from '../../core/form/outcome.js';
import { ReportNoticesController } from './notices-controller.js';
import { coreI18n } from '../../core/core-i18n.js';
import { telLink } from '../../core/phone.js';
import { fetchJson, LatestRequest } from '../../core/fetch-cache.js';
import { glossaryContext, type GlossaryLookup } from '../../core/context.js';
import { DEFAULT_PICKERS } from './default-content.js';
import { librarySystemsFor, localizePickers, parsePickers, withLibrarySystems } from './programs.js';
import { styles } from './styles.js';
import { baseStyles } from '../../core/base-styles.js';
import { format, wordsOf, type ProblemReportStrings, type StringKey } from './strings.js';
import en, { type ProblemReportCatalog } from './strings/en.js';
import { I18nController, stringsConverter, stringsProblems, type StringOverrides } from '../../core/i18n.js';
import { CoachingController } from './coaching-controller.js';
import type { CoachingKind } from './coach.js';
import { checkBarcodePattern, createMasker, DEFAULT_BARCODE_PATTERN, type Masker } from './mask.js';
import { collectContext } from './context-info.js';
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
  buildReportData,
  checkPriorityMap,
  choiceKey,
  coerceValues,
  EMPTY_VALUES,
  FREQUENCIES,
  findGaps,
  IMPACTS,
  reportAsText,
  SCOPES,
  STARTED,
  validate,
  type FieldErrors,
  type FormValues,
  type PickerConfig,
  type PriorityMap,
  type ProblemReportData,
  type Screenshot
} from './payload.js';

/** A JSON attribute that did not parse; kept so the element can say so instead of throwing. */
class BadJson {
  constructor(
    readonly raw: string,
    readonly problem: string
  ) {}
}

const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value);
    } catch (error) {
      return new BadJson(value, (error as Error).message);
    }
  },
  toAttribute(value: unknown): string | null {
    return value === undefined || value instanceof BadJson ? null : JSON.stringify(value);
  }
};

type Step = 'form' | 'review' | 'outcome';
type Outcome =
  | { kind: 'sent'; id: string; reference?: string; ticket?: string }
  | { kind: 'queued'; id: string; reason: string; persistent: boolean }
  | { kind: 'failed'; id: string; message: string; fieldErrors?: Record<string, string>; broke?: boolean }
  | { kind: 'local' }
  | { kind: 'mailto' }
  | { kind: 'bot' };

interface DraftRecord {
  v: 1;
  values: FormValues;
  savedAt: number;
}

type IncidentResult = { kind: 'sent' | 'queued' | 'failed' | 'local'; text: string };

/** Fields inside "Add more detail": opened before focusing one of them. */
const MORE_FIELDS = new Set<keyof FormValues>([
  'tryingTo',
  'expected',
  'program',
  'programOther',
  'webPage',
  'started',
  'frequency',
  'tried',
  'triedOther'
]);
/**
 * "Change" links on the check step lead to one of these groups. While a person is changing a group, a "Back to
 * check your report" button sits right after it; afterwards the rows of that group are marked on the check step.
 * Keys are the group names; every field a change link, gap hint or error link can point at belongs to one group.
 */
const CHANGE_GROUPS = {
  summary: ['summary'],
  whatHappened: ['whatHappened'],
  errorMessage: ['errorMessage', 'noErrorMessage'],
  where: ['branch', 'location', 'asset', 'otherComputer'],
  scope: ['scope'],
  impact: ['impact'],
  tryingTo: ['tryingTo'],
  expected: ['expected'],
  program: ['program', 'programOther'],
  webPage: ['webPage'],
  started: ['started'],
  frequency: ['frequency'],
  tried: ['tried', 'triedOther'],
  reporter: ['name', 'contact', 'remember']
} satisfies Record<string, (keyof FormValues)[]>;
type ChangeGroup = keyof typeof CHANGE_GROUPS;

/** Groups marked as a whole section (their fieldset), not field by field. */
const SECTION_GROUPS = new Set<ChangeGroup>(['where', 'reporter']);

/** The catalog key of the question each kind of vague report gets. */
const COACHING_QUESTION: Record<CoachingKind, StringKey> = {
  slow: 'coachSlow',
  down: 'coachDown',
  printer: 'coachPrinter',
  internet: 'coachInternet',
  error: 'coachError',
  crash: 'coachCrash',
  login: 'coachLogin'
};

function groupOf(key: keyof FormValues): ChangeGroup | undefined {
  return (Object.keys(CHANGE_GROUPS) as ChangeGroup[]).find(group =>
    (CHANGE_GROUPS[group] as (keyof FormValues)[]).includes(key)
  );
}

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
/** Keeps a picture plus the rest of the report under the reference server's 5 MiB request limit. */
const MAX_SCREENSHOT_KB = 3500;
const DEFAULT_SCREENSHOT_KB = 2048;

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * A problem report for library staff: symptoms in plain words, where, who is affected, what was tried, an
 * optional picture of the screen, and automatic details about the computer — checked before sending, masked for
 * privacy, and never lost (draft autosave, the outbox, and copy/email/call when it cannot be sent).
 *
 * @summary Report a computer problem as symptoms, with a truthful "sent / saved / not sent" answer.
 *
 * @event tb-submit - Before sending; cancelable; `detail.envelope` may be amended.
 * @event tb-submitted - The endpoint accepted it; `detail.reference`.
 * @event tb-queued - Saved on this computer; it will send automatically.
 * @event tb-error - The endpoint refused it, or the set-up is wrong.
 *
 * @csspart form - The report form.
 * @csspart field - Each question's wrapper.
 * @csspart label - Each question's label or legend.
 * @csspart hint - Hint text under a label.
 * @csspart error - An error message beside a question.
 * @csspart submit - The continue, "back to check your report" and send buttons.
 * @csspart panel - The sent / saved / not sent panels.
 *
 * @cssproperty --tb-color-accent - Links, focus borders, notices. Default #1d70b8.
 * @cssproperty --tb-color-error - Errors. Default #d4351c.
 * @cssproperty --tb-color-success - Send button and "sent" panel. Default #00703c.
 * @cssproperty --tb-color-warning - Coaching, known problems and "saved" panel. Default #f47738.
 * @cssproperty --tb-color-focus - Focus highlight. Default #ffdd00.
 * @cssproperty --tb-color-text - Text. Default #0b0c0c.
 * @cssproperty --tb-color-muted - Hints. Default #505a5f.
 * @cssproperty --tb-color-surface - Inputs. Default #ffffff.
 * @cssproperty --tb-color-panel - Notice backgrounds. Default #f3f2f1.
 * @cssproperty --tb-radius - Corner radius of inputs and buttons. Default 0.
 * @cssproperty --tb-problem-report-max-width - Default 40rem.
 */
export class TbProblemReport extends TbElement {
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

  @consume({ context: glossaryContext, subscribe: true })
  @state()
  glossary?: GlossaryLookup;

  @state() private values: FormValues = { ...EMPTY_VALUES, tried: [] };
  @state() private step: Step = 'form';
  @state() private outcome?: Outcome;
  @state() private errors: FieldErrors = {};
  @state() private busy = false;
  /** Sent within min-fill-seconds by a person (no honeypot): asked to confirm instead of being told "sent". */
  @state() private confirmingQuick = false;
  /** The check step asks "How can IT reach you?" (no contact when it opened); kept while the person types. */
  @state() private askContact = false;
  @state() private moreOpen = false;
  @state() private screenshot?: Screenshot;
  @state() private screenshotMessage?: { kind: 'error' | 'info'; text: string };
  @state() private draftRestored = false;
  @state() private confirmingDiscard = false;
  @state() private notice = '';
  @state() private copyMessage = '';
  @state() private reportOpen = false;
  @state() private outboxPending = 0;
  /** Saved reports the IT inbox later refused: shown until the person sends or deletes them. */
  @state() private refused: OutboxEntry[] = [];
  @state() private refusedCopy: Record<string, string> = {};
  @state() private refusedBusy = '';
  /** Text for the always-present status region (screen readers), for news that does not move focus. */
  @state() private announcement = '';
  @state() private loadedPickers?: PickerConfig;
  @state() private incidents: Incident[] = [];
  @state() private statusProblem = '';
  @state() private incidentOpen = '';
  @state() private incidentNotes: Record<string, string> = {};
  @state() private incidentResults: Record<string, IncidentResult> = {};
  @state() private incidentBusy = false;
  @state() private configProblems: { attribute: string; message: string }[] = [];
  /** The answers a person is changing after pressing "Change" on the check step. */
  @state() private changing?: ChangeGroup;
  /** The answers changed last time, marked on the check step. */
  @state() private changed?: ChangeGroup;

  private readonly i18n = new I18nController<ProblemReportCatalog>(this, {
    en,
    es: () => import('./strings/es.js')
  });
  /** "Sent while you were away" news, shown by the first Techbridge element on the page. */
  private readonly notices = new ReportNoticesController(this, coreI18n(this));
  /** The words in the page's language, with the webmaster's overrides, as a plain object. */
  private readonly s: ProblemReportStrings = wordsOf(key => this.i18n.t(key));
  private loaded = false;
  /** This browser tab's id: drafts are kept per tab. */
  private tab = '';
  /** The person changed something since the form appeared. */
  private touched = false;
  private shownAt = Date.now();
  private honeypot = '';
  /** A draft was brought back: a person typed it earlier, so the minimum fill time does not apply. */
  private typedEarlier = false;
  private lastData?: ProblemReportData;
  private lastText = '';
  private focusAfterUpdate?: string;
  private readonly programsLoad = new LatestRequest();
  private readonly coaching = new CoachingController(this);
  private readonly statusLoad = new LatestRequest();
  private jargonCache = new WeakMap<GlossaryLookup, Map<string, ReturnType<GlossaryLookup['findTerms']>>>();

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
    const outbox = getOutbox();
    outbox.addEventListener('sent', this.handleOutboxSent);
    outbox.addEventListener('failed', this.handleOutboxFailed);
    outbox.addEventListener('change', this.handleOutboxChange);
    void this.readOutbox();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const outbox = getOutbox();
    outbox.removeEventListener('sent', this.handleOutboxSent);
    outbox.removeEventListener('failed', this.handleOutboxFailed);
    outbox.removeEventListener('change', this.handleOutboxChange);
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
      'librarySystems'
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

  private get pickerConfig(): PickerConfig {
    const base = this.loadedPickers ?? DEFAULT_PICKERS;
    const config = { programs: this.pickers?.programs ?? base.programs, tried: this.pickers?.tried ?? base.tried };
    return localizePickers(withLibrarySystems(config, librarySystemsFor(this.librarySystems).systems), this.i18n.lang);
  }

  private get maxScreenshotBytes(): number {
    const kb =
      Number.isFinite(this.screenshotMaxKb) && this.screenshotMaxKb > 0 ? this.screenshotMaxKb : DEFAULT_SCREENSHOT_KB;
    return Math.min(kb, MAX_SCREENSHOT_KB) * 1024;
  }

  private get customPriorityMap(): PriorityMap | undefined {
    const map = this.priorityMap;
    return map && !(map instanceof BadJson) && !checkPriorityMap(map) ? (map as PriorityMap) : undefined;
  }

  private checkConfig() {
    const problems: { attribute: string; message: string }[] = [];
    const endpoint = parseEndpoint(this.endpoint);
    if (endpoint.kind === 'invalid') problems.push({ attribute: 'endpoint', message: endpoint.problem });
    if (this.fallbackEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(this.fallbackEmail.trim())) {
      problems.push({ attribute: 'fallback-email', message: `"${this.fallbackEmail}" is not an email address.` });
    }
    if (this.barcodePattern) {
      const problem = checkBarcodePattern(this.barcodePattern);
      if (problem) {
        problems.push({
          attribute: 'barcode-pattern',
          message: `${problem} The standard 14-digit pattern is used instead.`
        });
      }
    }
    if (this.priorityMap instanceof BadJson) {
      problems.push({ attribute: 'priority-map', message: `it is not valid JSON (${this.priorityMap.problem}).` });
    } else if (this.priorityMap !== undefined) {
      const problem = checkPriorityMap(this.priorityMap);
      if (problem)
        problems.push({ attribute: 'priority-map', message: `${problem} The standard priorities are used.` });
    }
    for (const p of stringsProblems(this.strings)) problems.push({ attribute: p.attribute, message: p.detail });
    if (!Number.isFinite(this.minFillSeconds) || this.minFillSeconds < 0) {
      problems.push({ attribute: 'min-fill-seconds', message: 'it must be a number of seconds, 0 or more.' });
    }
    if (
      !Number.isFinite(this.screenshotMaxKb) ||
      this.screenshotMaxKb <= 0 ||
      this.screenshotMaxKb > MAX_SCREENSHOT_KB
    ) {
      problems.push({
        attribute: 'screenshot-max-kb',
        message: `it must be a number from 1 to ${MAX_SCREENSHOT_KB}; ${formatBytes(this.maxScreenshotBytes)} is used.`
      });
    }
    const unknownSystems = librarySystemsFor(this.librarySystems).problems.map(p => `"${p.detail}"`);
    if (unknownSystems.length)
      problems.push({
        attribute: 'library-systems',
        message: `${unknownSystems.join(', ')} is not one of the library systems we know; it is left out.`
      });
    const loadProblems = this.configProblems.filter(p => p.attribute.endsWith('-src'));
    this.configProblems = [...problems, ...loadProblems];
    for (const p of problems) this.reportConfigError(p.attribute, p.message);
  }

  private setLoadProblem(attribute: string, message: string | undefined) {
    if (!message && !this.configProblems.some(p => p.attribute === attribute)) return;
    this.configProblems = [
      ...this.configProblems.filter(p => p.attribute !== attribute),
      ...(message ? [{ attribute, message }] : [])
    ];
    if (message) this.reportConfigError(attribute, message);
  }

  private async loadPrograms() {
    if (this.loadedPickers) this.loadedPickers = undefined;
    this.setLoadProblem('programs-src', undefined);
    if (!this.programsSrc) return;
    try {
      const result = await this.programsLoad.run(signal =>
        fetchJson<unknown>(this.programsSrc, { signal, what: 'the program list' })
      );
      if (result.stale) return;
      const parsed = parsePickers(result.value);
      const bad = parsed.problems.map(p => `"${p.detail}"`).join(' and ');
      if (bad)
        this.setLoadProblem(
          'programs-src',
          `${bad} must be a list of {"id", "label"} (ids: letters, digits, dashes; labels up to 200 characters). The standard lists are used.`
        );
      this.loadedPickers = parsed.config;
    } catch (error) {
      this.setLoadProblem('programs-src', (error as Error).message);
    }
  }

  private async loadStatus() {
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

  private get draftStorageKey() {
    return draftKey(this.id, location.pathname, this.tab);
  }

  /**
   * Makes sure this tab's draft is its own: a duplicated tab (which inherits the tab id) gets a new id and leaves
   * the other tab's draft alone; a fresh tab takes over the newest draft of a tab that was closed.
   */
  private async claimDraft() {
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

  private initialValues(): FormValues {
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
  private saveDraft(withPicture = false): boolean {
    const record: DraftRecord = { v: 1, values: this.values, savedAt: Date.now() };
    const saved = writeJson(this.draftStorageKey, record);
    if (withPicture && this.screenshot) writeJson(`${this.draftStorageKey}:picture`, this.screenshot);
    return saved;
  }

  private clearDraft() {
    remove(this.draftStorageKey);
    remove(`${this.draftStorageKey}:picture`);
    this.draftRestored = false;
  }

  private setValue<K extends keyof FormValues>(key: K, value: FormValues[K]) {
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

  private validateAll(): FieldErrors {
    const errors = validate(this.values, this.s, this.fieldLabels());
    if (this.requireContact && !this.values.contact.trim()) errors.contact = this.s.contactRequired;
    return errors;
  }

  private resetForm() {
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

  private initialValuesWithoutDraft(): FormValues {
    remove(this.draftStorageKey);
    const values = this.initialValues();
    this.draftRestored = false;
    return values;
  }

  // ---------------------------------------------------------------- outbox

  private handleOutboxSent = (event: Event) => {
    const { id, reference, ticket } = (
      event as CustomEvent<{ id: string; reference?: string; ticket?: HelpDeskTicket }>
    ).detail;
    // A report sent by another tab only arrives as "sent" (no "change"): recount what is still waiting.
    void this.readOutbox();
    if (this.outcome?.kind === 'queued' && this.outcome.id === id) {
      this.outcome = { kind: 'sent', id, reference, ticket: ticket?.number };
      this.clearDraft();
      // Seen here, in place: no need to tell it again on the next page.
      forgetNotice(id);
      // Late news: take focus only if the person is still here (or nowhere); otherwise just say it.
      if (this.focusIsHereOrNowhere()) this.focusAfterUpdate = '#outcome-heading';
      else {
        const s = this.s;
        this.announcement = `${s.sentHeading}. ${reference ? `${s.sentReference} ${reference}.` : s.sentNoReference}`;
      }
    }
    for (const [incidentId, result] of Object.entries(this.incidentResults)) {
      if (result.kind === 'queued' && this.incidentQueuedIds.get(incidentId) === id) {
        this.incidentResults = {
          ...this.incidentResults,
          [incidentId]: {
            kind: 'sent',
            text: format(this.s.incidentSent, { reference: reference ? ` (${reference})` : '' })
          }
        };
      }
    }
  };

  private focusIsHereOrNowhere(): boolean {
    let active: Element | null = document.activeElement;
    if (!active || active === document.body) return true;
    while (active) {
      if (active === this) return true;
      active = active.shadowRoot?.activeElement ?? null;
    }
    return false;
  }

  private handleOutboxFailed = (event: Event) => {
    const { id, message } = (event as CustomEvent<{ id: string; message: string }>).detail;
    if (this.outcome?.kind === 'queued' && this.outcome.id === id) {
      this.outcome = { kind: 'failed', id, message };
      this.focusAfterUpdate = '#outcome-heading';
      // The report is on screen and back in the draft: the refused copy need not wait in the outbox as well.
      // If the draft cannot be written, the copy stays and is listed as "not accepted".
      if (this.saveDraft(true))
        void getOutbox()
          .remove(id)
          .catch(() => undefined);
      return;
    }
    // A refusal of "try again" is answered by that button; any other one is news.
    void this.readOutbox(this.refusedBusy === id ? undefined : id);
  };

  private handleOutboxChange = () => void this.readOutbox();

  /** Counts what waits, and lists what was refused. `news` is a refusal that just happened: it is announced. */
  private async readOutbox(news?: string) {
    let list: OutboxEntry[];
    try {
      list = (await getOutbox().list()).filter(e => e.envelope.type === 'problem-report');
    } catch {
      list = [];
    }
    this.outboxPending = list.filter(e => e.state === 'pending').length;
    const shown = this.outcome?.kind === 'failed' ? this.outcome.id : '';
    this.refused = list.filter(e => e.state === 'failed' && e.id !== shown);
    const fresh = news && this.refused.find(e => e.id === news);
    if (fresh) this.announcement = this.refusedHeadingFor(fresh);
  }

  private incidentQueuedIds = new Map<string, string>();
  /** Reports sent from this element on this visit: a refusal of one of them is "the report you just sent". */
  private readonly sentHere = new Set<string>();

  private refusedHeadingFor(entry: OutboxEntry): string {
    return this.sentHere.has(entry.id)
      ? this.s.refusedJustNowHeading
      : format(this.s.refusedHeading, { date: this.entryDate(entry) });
  }

  // ---------------------------------------------------------------- building the report

  /** Masks the page's own address and title the same way as the report's text. */
  private maskPage(masker: Masker) {
    return (page: { url: string; title: string }) => ({
      url: masker.maskAddress(page.url),
      title: masker.mask(page.title)
    });
  }

  private makeMasker(): Masker {
    const pattern =
      this.barcodePattern && !checkBarcodePattern(this.barcodePattern) ? this.barcodePattern : DEFAULT_BARCODE_PATTERN;
    return createMasker({ card: this.s.maskCard, email: this.s.maskEmail, phone: this.s.maskPhone }, pattern);
  }

  private buildData(): ProblemReportData {
    const masker = this.makeMasker();
    const context = collectContext(
      url => masker.maskAddress(url),
      new Date(),
      text => masker.mask(text)
    );
    return buildReportData(this.values, {
      strings: this.s,
      pickers: this.pickerConfig,
      masker,
      context,
      priorityMap: this.customPriorityMap,
      screenshot: this.screenshot
    });
  }

  private fieldLabels(): Record<string, string> {
    const s = this.s;
    return {
      summary: s.summaryLabel,
      whatHappened: s.whatHappenedLabel,
      errorMessage: s.errorLabel,
      tryingTo: s.tryingToLabel,
      expected: s.expectedLabel,
      programOther: s.programOtherLabel,
      webPage: s.webPageLabel,
      branch: s.branchLabel,
      location: s.locationLabel,
      asset: s.assetLabel,
      triedOther: s.triedOtherLabel,
      name: s.nameLabel,
      contact: s.contactLabel
    };
  }

  // ---------------------------------------------------------------- handlers

  private handleContinue = (event: Event) => {
    event.preventDefault();
    const errors = this.validateAll();
    this.errors = errors;
    if (Object.keys(errors).length) {
      if (Object.keys(errors).some(key => MORE_FIELDS.has(key as keyof FormValues))) this.moreOpen = true;
      this.focusAfterUpdate = '.error-summary';
      return;
    }
    this.lastData = this.buildData();
    this.lastText = reportAsText(this.lastData, this.s);
    this.changed = this.changing;
    this.changing = undefined;
    this.askContact = !this.values.contact.trim();
    this.confirmingQuick = false;
    this.step = 'review';
    this.focusAfterUpdate = '#review-heading';
  };

  private handleSend = async (event?: Event) => {
    event?.preventDefault();
    if (this.busy) return;
    this.busy = true;
    const confirmed = (event?.currentTarget as HTMLElement | undefined)?.id === 'send-confirmed';
    try {
      await this.send(confirmed);
    } catch {
      // Something below broke (browser storage gone, say). The report is still here and in the draft: say so.
      this.showOutcome({ kind: 'failed', id: '', message: '', broke: true });
    } finally {
      this.busy = false;
    }
  };

  private async send(confirmed = false) {
    // Rebuild: the time and online state belong to the moment of sending.
    const data = this.buildData();
    this.lastData = data;
    this.lastText = reportAsText(data, this.s);
    const tooFast =
      !this.typedEarlier && this.minFillSeconds > 0 && Date.now() - this.shownAt < this.minFillSeconds * 1000;
    if (tooFast && !this.honeypot && !confirmed) {
      // A quick person must never be told "sent" when nothing was: ask them to confirm instead.
      this.confirmingQuick = true;
      this.focusAfterUpdate = '#quick-heading';
      return;
    }
    this.confirmingQuick = false;
    if (this.honeypot) {
      // A filled honeypot is a form-filling robot: say nothing different, send nothing.
      await new Promise(resolve => setTimeout(resolve, 400));
      this.clearDraft();
      this.showOutcome({ kind: 'bot' });
      return;
    }
    const endpoint = parseEndpoint(this.endpoint);
    if (endpoint.kind === 'none' || endpoint.kind === 'invalid') {
      this.showOutcome({ kind: 'local' });
      return;
    }
    const envelope = createEnvelope('problem-report', data as unknown as Record<string, unknown>, {
      maskPage: this.maskPage(this.makeMasker())
    });
    const result = await submitEnvelope(envelope, {
      endpoint,
      host: this,
      csrfToken: this.csrfToken || undefined,
      mail: { subject: `${this.s.textTitle}: ${data.summary}`.slice(0, 200), body: this.lastText }
    });
    switch (result.status) {
      case 'sent':
        this.rememberReporter();
        this.clearDraft();
        this.showOutcome({ kind: 'sent', id: result.id, reference: result.reference, ticket: result.ticket?.number });
        break;
      case 'queued':
        this.rememberReporter();
        // The outbox holds it now; keeping the draft as well would invite a second, duplicate report.
        if (result.persistent) this.clearDraft();
        this.sentHere.add(result.id);
        // If the page is closed before it goes, the next page with any Techbridge element says what became of it.
        if (result.persistent) watchForNotice(result.id, 'problem-report');
        this.showOutcome({ kind: 'queued', id: result.id, reason: result.reason, persistent: result.persistent });
        break;
      case 'failed':
        this.showOutcome({ kind: 'failed', id: result.id, message: result.message, fieldErrors: result.fieldErrors });
        break;
      case 'mailto':
        this.showOutcome({ kind: 'mailto' });
        break;
      case 'cancelled':
        break;
    }
  }

  private showOutcome(outcome: Outcome) {
    this.outcome = outcome;
    this.step = 'outcome';
    this.copyMessage = '';
    this.reportOpen = false;
    this.focusAfterUpdate = '#outcome-heading';
  }

  private rememberReporter() {
    if (!this.remember) return;
    if (this.values.remember)
      writeJson(REMEMBER_KEY, { name: this.values.name, branch: this.values.branch, contact: this.values.contact });
    else remove(REMEMBER_KEY);
  }

  private goToField(key: keyof FormValues) {
    this.step = 'form';
    if (MORE_FIELDS.has(key)) this.moreOpen = true;
    this.focusAfterUpdate = `#f-${key}`;
  }

  private handleFieldLink = (event: Event) => {
    event.preventDefault();
    const key = (event.currentTarget as HTMLElement).dataset.field as keyof FormValues;
    // From the check step, offer a way straight back; error links on the form keep what is being changed.
    if (this.step === 'review') {
      this.changing = groupOf(key);
      this.changed = undefined;
    }
    this.goToField(key);
    // The link may point at a field already on screen: focus it now too.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#f-${key}`)?.focus());
  };

  private handleBack = () => {
    this.changing = undefined;
    this.changed = undefined;
    this.step = 'form';
    this.focusAfterUpdate = '#f-summary';
  };

  private handleInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const key = target.dataset.key as keyof FormValues | undefined;
    if (!key) return;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      if (key === 'tried') {
        const id = target.value;
        const tried = target.checked
          ? [...new Set([...this.values.tried, id])]
          : this.values.tried.filter(t => t !== id);
        this.setValue('tried', tried);
      } else {
        this.setValue(key, target.checked as never);
      }
      return;
    }
    this.setValue(key, target.value as never);
  };

  private handleHoneypot = (event: Event) => {
    this.honeypot = (event.target as HTMLInputElement).value;
  };

  private handleToggleMore = (event: Event) => {
    this.moreOpen = (event.target as HTMLDetailsElement).open;
  };

  private handleDiscard = () => {
    this.confirmingDiscard = true;
    this.focusAfterUpdate = '#discard-yes';
  };

  private handleDiscardYes = () => {
    this.resetForm();
    this.notice = this.s.discarded;
    this.focusAfterUpdate = '#f-summary';
  };

  private handleDiscardNo = () => {
    this.confirmingDiscard = false;
    this.focusAfterUpdate = '#discard';
  };

  private handleNewReport = () => {
    this.resetForm();
    this.notice = '';
    this.focusAfterUpdate = '#f-summary';
  };

  private handleBackToReport = () => {
    this.step = 'review';
    this.focusAfterUpdate = '#review-heading';
  };

  private handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(this.lastText);
      this.copyMessage = this.s.copied;
    } catch {
      this.copyMessage = this.s.copyFailed;
    }
  };

  /** The printout must show the report itself, so the "report as text" section is opened first. */
  private handlePrint = async () => {
    this.reportOpen = true;
    await this.updateComplete;
    window.print();
  };

  private handleToggleReport = (event: Event) => {
    this.reportOpen = (event.target as HTMLDetailsElement).open;
  };

  // ---------------------------------------------------------------- refused reports

  private entryDate(entry: OutboxEntry): string {
    return this.i18n.date(entry.savedAt, { dateStyle: 'medium', timeStyle: 'short' });
  }

  /** The refused report as the IT person would read it; raw data if it cannot be read as a report. */
  private entryText(entry: OutboxEntry): string {
    try {
      return reportAsText(entry.envelope.data as unknown as ProblemReportData, this.s);
    } catch {
      return JSON.stringify(entry.envelope.data, null, 2);
    }
  }

  private refusedEntry(event: Event): OutboxEntry | undefined {
    const id = (event.currentTarget as HTMLElement).dataset.entry;
    return this.refused.find(e => e.id === id);
  }

  private handleRefusedCopy = async (event: Event) => {
    const entry = this.refusedEntry(event);
    if (!entry) return;
    let text: string;
    try {
      await navigator.clipboard.writeText(this.entryText(entry));
      text = this.s.copied;
    } catch {
      text = this.s.copyFailed;
    }
    this.refusedCopy = { ...this.refusedCopy, [entry.id]: text };
  };

  private handleRefusedRetry = async (event: Event) => {
    const entry = this.refusedEntry(event);
    if (!entry || this.refusedBusy) return;
    const date = this.entryDate(entry);
    this.refusedBusy = entry.id;
    try {
      const result = await getOutbox().retry(entry.id, this.csrfToken || undefined);
      if (result.status === 'sent') {
        this.announcement = format(this.s.refusedSent, {
          date,
          reference: result.reference ? format(this.s.refusedSentReference, { reference: result.reference }) : ''
        });
      } else if (result.status === 'failed') {
        this.announcement = this.s.refusedAgain.replace('{date}', date);
      } else {
        this.announcement = format(this.s.refusedQueued, { date });
      }
    } catch {
      this.announcement = this.s.refusedAgain.replace('{date}', date);
    } finally {
      this.refusedBusy = '';
      await this.readOutbox();
      if (!this.refused.some(e => e.id === entry.id)) this.focusSoon('#heading');
    }
  };

  private handleRefusedRemove = async (event: Event) => {
    const entry = this.refusedEntry(event);
    if (!entry) return;
    try {
      await getOutbox().remove(entry.id);
      this.announcement = format(this.s.refusedRemoved, { date: this.entryDate(entry) });
    } catch {
      // It stays listed: nothing was deleted.
    }
    await this.readOutbox();
    this.focusSoon('#heading');
  };

  /** Focuses after the next render, also when nothing else is about to change. */
  private focusSoon(selector: string) {
    this.focusAfterUpdate = selector;
    this.requestUpdate();
  }

  // ---------------------------------------------------------------- screenshot

  private handleFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.takePicture(file);
  };

  private handlePaste = async (event: ClipboardEvent) => {
    const data = event.clipboardData;
    if (!data) return;
    const image = Array.from(data.files).find(f => f.type.startsWith('image/'));
    const inZone = (event.target as HTMLElement).classList?.contains('paste-zone');
    // In a text box, text wins: programs like Excel put both text and a picture on the clipboard.
    if (!image || (!inZone && data.types.includes('text/plain'))) {
      if (inZone) this.screenshotMessage = { kind: 'error', text: this.s.screenshotPasteNothing };
      return;
    }
    event.preventDefault();
    await this.takePicture(image);
  };

  private async takePicture(file: File) {
    const limit = this.maxScreenshotBytes;
    if (!IMAGE_TYPES.includes(file.type)) {
      this.screenshotMessage = { kind: 'error', text: this.s.screenshotWrongType };
      return;
    }
    if (file.size > limit) {
      this.screenshotMessage = {
        kind: 'error',
        text: format(this.s.screenshotTooBig, { size: formatBytes(file.size), limit: formatBytes(limit) })
      };
      return;
    }
    let dataUrl: string;
    try {
      dataUrl = await readAsDataUrl(file);
    } catch {
      this.screenshotMessage = { kind: 'error', text: this.s.screenshotUnreadable };
      return;
    }
    const name = (file.name || 'screenshot.png').slice(0, 200);
    this.screenshot = { name, type: file.type, bytes: file.size, dataUrl };
    this.screenshotMessage = {
      kind: 'info',
      text: format(this.s.screenshotAdded, { name, size: formatBytes(file.size) })
    };
    writeJson(`${this.draftStorageKey}:picture`, this.screenshot);
  }

  private handleRemovePicture = () => {
    this.screenshot = undefined;
    this.screenshotMessage = undefined;
    remove(`${this.draftStorageKey}:picture`);
    this.focusAfterUpdate = '#f-screenshot';
  };

  // ---------------------------------------------------------------- incidents

  private handleIncidentOpen = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset.incident ?? '';
    this.incidentOpen = id;
    this.focusAfterUpdate = `#${CSS.escape(`incident-note-${id}`)}`;
  };

  private handleIncidentCancel = () => {
    const id = this.incidentOpen;
    this.incidentOpen = '';
    this.focusAfterUpdate = `#${CSS.escape(`incident-button-${id}`)}`;
  };

  private handleIncidentNote = (event: Event) => {
    const target = event.target as HTMLTextAreaElement;
    this.incidentNotes = { ...this.incidentNotes, [this.incidentOpen]: target.value };
  };

  private handleIncidentSend = async (event: Event) => {
    event.preventDefault();
    const incident = this.incidents.find(i => i.id === this.incidentOpen);
    if (!incident || this.incidentBusy) return;
    this.incidentBusy = true;
    const s = this.s;
    const setResult = (result: IncidentResult) => {
      this.incidentResults = { ...this.incidentResults, [incident.id]: result };
      this.incidentOpen = '';
      this.focusAfterUpdate = `#${CSS.escape(`incident-result-${incident.id}`)}`;
    };
    try {
      const masker = this.makeMasker();
      const context = collectContext(
        url => masker.maskAddress(url),
        new Date(),
        text => masker.mask(text)
      );
      const data = {
        incidentId: incident.id,
        incidentTitle: incident.title,
        note: masker.mask((this.incidentNotes[incident.id] ?? '').trim()).slice(0, 1000),
        where: {
          branch: this.values.branch.trim().slice(0, 120),
          location: masker.mask(this.values.location.trim()).slice(0, 120),
          asset: this.values.asset.trim().slice(0, 120)
        },
        reporter: { name: this.values.name.trim().slice(0, 120) },
        context: { browser: context.browser, os: context.os, localTime: context.localTime, pageUrl: context.pageUrl }
      };
      const endpoint = parseEndpoint(this.endpoint);
      if (endpoint.kind !== 'http' && endpoint.kind !== 'mailto') {
        setResult({ kind: 'local', text: s.incidentNotConnected });
        return;
      }
      const envelope = createEnvelope('incident-note', data, { maskPage: this.maskPage(masker) });
      const result = await submitEnvelope(envelope, {
        endpoint,
        host: this,
        csrfToken: this.csrfToken || undefined,
        mail: { subject: incident.title, body: `${incident.title}\n\n${data.note}` }
      });
      if (result.status === 'sent') {
        setResult({
          kind: 'sent',
          text: format(s.incidentSent, { reference: result.reference ? ` (${result.reference})` : '' })
        });
      } else if (result.status === 'queued') {
        this.incidentQueuedIds.set(incident.id, result.id);
        setResult({ kind: 'queued', text: s.incidentQueued });
      } else if (result.status === 'failed') {
        setResult({ kind: 'failed', text: format(s.incidentFailed, { message: result.message }) });
      } else if (result.status === 'mailto') {
        setResult({ kind: 'local', text: s.mailtoBody });
      }
    } finally {
      this.incidentBusy = false;
    }
  };

  // ---------------------------------------------------------------- rendering helpers

  /** Hint text, with glossary terms turned into <tb-jargon> when a glossary and that element are on the page. */
  private hintText(text: string): string | (string | TemplateResult)[] {
    const glossary = this.glossary;
    if (!glossary || !customElements.get('tb-jargon')) return text;
    let cache = this.jargonCache.get(glossary);
    if (!cache) this.jargonCache.set(glossary, (cache = new Map()));
    let matches = cache.get(text);
    if (!matches) {
      try {
        matches = glossary.findTerms(text);
      } catch {
        matches = [];
      }
      cache.set(text, matches);
    }
    if (!matches.length) return text;
    const parts: (string | TemplateResult)[] = [];
    let at = 0;
    for (const m of matches) {
      if (m.start < at || m.end > text.length || m.end <= m.start) continue;
      parts.push(text.slice(at, m.start), html`<tb-jargon term=${m.term}>${text.slice(m.start, m.end)}</tb-jargon>`);
      at = m.end;
    }
    parts.push(text.slice(at));
    return parts;
  }

  private describedBy(key: string, hint: boolean, extra = ''): string | typeof nothing {
    const ids = [hint ? `f-${key}-hint` : '', this.errors[key as keyof FormValues] ? `f-${key}-error` : '', extra]
      .filter(Boolean)
      .join(' ');
    return ids || nothing;
  }

  private renderError(key: keyof FormValues) {
    const message = this.errors[key];
    if (!message) return nothing;
    return html`<p id="f-${key}-error" class="error-message" part="error">
      <span class="visually-hidden">${this.s.errorPrefix}</span> ${message}
    </p>`;
  }

  /** Marks the answers being changed, so they are easy to spot. */
  private changingClass(group: ChangeGroup): string {
    return this.changing === group ? 'field--changing' : '';
  }

  /** "Back to check your report", right after the answers being changed. It checks them first, like Continue. */
  private renderReturn(group: ChangeGroup) {
    if (this.changing !== group) return nothing;
    return html`<div class="actions return">
      <button type="button" part="submit" id="return-to-check" @click=${this.handleContinue}>
        ${this.s.returnToCheck}
      </button>
    </div>`;
  }

  /** Required answers are marked "(required)"; optional groups say "(optional)" in their legend. */
  private isRequired(key: keyof FormValues): boolean {
    return key === 'summary' || key === 'whatHappened' || (key === 'contact' && this.requireContact);
  }

  private renderText(
    key: keyof FormValues,
    label: string,
    hint: string,
    options: {
      multiline?: boolean;
      mono?: boolean;
      autocomplete?: string;
      rows?: number;
      type?: string;
      after?: unknown;
    } = {}
  ) {
    const value = this.values[key] as string;
    const invalid = !!this.errors[key];
    const group = groupOf(key);
    const changing = group && !SECTION_GROUPS.has(group) ? this.changingClass(group) : '';
    const describedBy = this.describedBy(
      key,
      !!hint,
      key === 'whatHappened' && this.coaching.prompts.length ? 'coaching' : ''
    );
    const control = options.multiline
      ? html`<textarea
          id="f-${key}"
          name=${key}
          data-key=${key}
          class=${options.mono ? 'mono' : ''}
          rows=${options.rows ?? 4}
          spellcheck=${options.mono ? 'false' : 'true'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-required=${this.isRequired(key) ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${value}
          @input=${this.handleInput}
        ></textarea>`
      : html`<input
          id="f-${key}"
          name=${key}
          data-key=${key}
          type=${options.type ?? 'text'}
          autocomplete=${options.autocomplete ?? 'off'}
          spellcheck="false"
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-required=${this.isRequired(key) ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${value}
          @input=${this.handleInput}
        />`;
    return html`<div class="field ${changing} ${invalid ? 'field--error' : ''}" part="field">
      ${
        this.isRequired(key)
          ? html`<div class="label-line">
              <label for="f-${key}" part="label">${label}</label>
              <span class="marker" aria-hidden="true">${this.s.required}</span>
            </div>`
          : html`<label for="f-${key}" part="label">${label}</label>`
      }
      ${hint ? html`<span id="f-${key}-hint" class="hint" part="hint">${this.hintText(hint)}</span>` : nothing}
      ${this.renderError(key)} ${control} ${options.after ?? nothing}
    </div>`;
  }

  /** A single tick box with its hint, for yes/no answers kept in the draft. */
  private renderCheckbox(key: 'otherComputer' | 'remember', label: string, hint: string | (string | TemplateResult)[]) {
    return html`<div class="choice">
      <input
        type="checkbox"
        id="f-${key}"
        data-key=${key}
        aria-describedby="f-${key}-hint"
        .checked=${this.values[key]}
        @change=${this.handleInput}
      />
      <div>
        <label for="f-${key}">${label}</label>
        <span id="f-${key}-hint" class="hint">${hint}</span>
      </div>
    </div>`;
  }

  private renderRadios(key: 'scope' | 'impact' | 'frequency', legend: string, ids: readonly string[]) {
    const group = key === 'frequency' ? 'frequency' : key;
    return html`<fieldset class="field ${this.changingClass(key)}" part="field">
      <legend part="label">${legend} <span class="hint">${this.s.optional}</span></legend>
      ${ids.map(
        (id, index) =>
          html`<div class="choice">
            <input
              type="radio"
              id=${index === 0 ? `f-${key}` : `f-${key}-${id}`}
              name=${key}
              data-key=${key}
              .value=${id}
              .checked=${this.values[key] === id}
              @change=${this.handleInput}
            />
            <label for=${index === 0 ? `f-${key}` : `f-${key}-${id}`}>${this.s[choiceKey(group, id)]}</label>
          </div>`
      )}
    </fieldset>`;
  }

  private renderCoaching(where: 'form' | 'review' = 'form') {
    const prompts = this.coaching.prompts;
    const box = prompts.length
      ? html`<div class="coaching" id=${where === 'form' ? 'coaching' : 'review-coaching'} part="coaching">
          <p><strong>${this.s.coachingHeading}</strong></p>
          ${prompts.map(
            p =>
              html`<p>${format(this.s.coachingYouWrote, { phrase: p.phrase })} ${this.s[COACHING_QUESTION[p.kind]]}</p>`
          )}
          <p class="hint">${this.s.coachingNote}</p>
        </div>`
      : nothing;
    // On the form the live region is always there, so a settled question is announced once when it appears.
    return where === 'form' ? html`<div aria-live="polite">${box}</div>` : box;
  }

  // ---------------------------------------------------------------- render

  protected override render() {
    const s = this.s;
    return html`
      <h2 part="heading" id="heading" tabindex="-1">${s.heading}</h2>
      ${this.notices.render()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.renderConfigProblems()} ${this.renderRefused()}
      ${this.step === 'outcome' ? this.renderOutcome() : this.step === 'review' ? this.renderReview() : this.renderFormStep()}
    `;
  }

  private renderConfigProblems() {
    if (!this.configProblems.length) return nothing;
    return html`<div class="config" part="config">
      <p><strong>${this.s.configProblem}</strong></p>
      <ul>
        ${this.configProblems.map(p => html`<li><code>${p.attribute}</code>: ${p.message}</li>`)}
      </ul>
    </div>`;
  }

  private renderRefused() {
    if (!this.refused.length) return nothing;
    const s = this.s;
    const email = this.fallbackEmail.trim();
    const emailOk = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
    return this.refused.map(entry => {
      const text = this.entryText(entry);
      const summary = (entry.envelope.data as { summary?: unknown }).summary;
      const subject = `${s.textTitle}: ${typeof summary === 'string' ? summary : ''}`.slice(0, 200);
      const busy = this.refusedBusy === entry.id;
      return html`<section
        class="panel panel--failed"
        part="panel"
        data-refused=${entry.id}
        aria-labelledby="refused-${entry.id}-heading"
      >
        <h3 id="refused-${entry.id}-heading" tabindex="-1">${this.refusedHeadingFor(entry)}</h3>
        <p>${s.refusedBody}</p>
        <details class="report-text">
          <summary>${s.reportText}</summary>
          <pre>${text}</pre>
        </details>
        ${
          entry.lastError
            ? html`<details>
                <summary>${s.failedDetails}</summary>
                <p>${entry.lastError}</p>
              </details>`
            : nothing
        }
        <div class="actions">
          <button type="button" data-entry=${entry.id} @click=${this.handleRefusedCopy}>${s.copyReport}</button>
          ${
            emailOk
              ? html`<a class="button secondary" href=${mailtoHref(email, subject, text)}
                  >${format(s.emailReport, { email })}</a
                >`
              : nothing
          }
          ${this.fallbackPhone.trim() ? this.renderCall() : nothing}
          <button
            type="button"
            class="secondary"
            data-entry=${entry.id}
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${this.handleRefusedRetry}
          >
            ${busy ? s.sending : s.refusedTryAgain}
          </button>
          <button
            type="button"
            class="link"
            data-entry=${entry.id}
            aria-describedby="refused-${entry.id}-hint"
            @click=${this.handleRefusedRemove}
          >
            ${s.refusedRemove}
          </button>
        </div>
        <p id="refused-${entry.id}-hint" class="hint">${s.refusedRemoveHint}</p>
        <p role="status" class="hint">${this.refusedCopy[entry.id] ?? ''}</p>
      </section>`;
    });
  }

  private renderIncidents() {
    if (!this.incidents.length && !this.statusProblem) return nothing;
    const s = this.s;
    if (!this.incidents.length) return html`<p class="notice">${this.statusProblem}</p>`;
    return html`<section class="incidents-section" aria-labelledby="incidents-heading">
      <h3 id="incidents-heading">${s.incidentsHeading}</h3>
      <p>${s.incidentsIntro}</p>
      <ul class="incidents">
        ${this.incidents.map(incident => this.renderIncident(incident))}
      </ul>
    </section>`;
  }

  private renderIncident(incident: Incident) {
    const s = this.s;
    const result = this.incidentResults[incident.id];
    const since = incident.since ? new Date(incident.since) : undefined;
    const open = this.incidentOpen === incident.id;
    return html`<li class="incident">
      <h4 class="incident-title">${incident.title}</h4>
      ${incident.details ? html`<p>${incident.details}</p>` : nothing}
      ${
        since
          ? html`<p class="hint">
              ${format(s.incidentSince, { time: this.i18n.date(since, { dateStyle: 'medium', timeStyle: 'short' }) })}
            </p>`
          : nothing
      }
      ${incident.workaround ? html`<p><strong>${s.incidentWorkaround}</strong> ${incident.workaround}</p>` : nothing}
      ${
        result
          ? html`<p id="incident-result-${incident.id}" tabindex="-1" role="status">${result.text}</p>`
          : open
            ? html`<form novalidate @submit=${this.handleIncidentSend}>
                <div class="field" part="field">
                  <label for="incident-note-${incident.id}" part="label">${s.incidentNoteLabel}</label>
                  <span id="incident-note-${incident.id}-hint" class="hint" part="hint">${s.incidentNoteHint}</span>
                  <textarea
                    id="incident-note-${incident.id}"
                    rows="2"
                    aria-describedby="incident-note-${incident.id}-hint"
                    .value=${this.incidentNotes[incident.id] ?? ''}
                    @input=${this.handleIncidentNote}
                  ></textarea>
                </div>
                <div class="actions">
                  <button type="submit" part="submit" ?disabled=${this.incidentBusy}>${s.incidentSend}</button>
                  <button type="button" class="secondary" @click=${this.handleIncidentCancel}>
                    ${s.incidentCancel}
                  </button>
                </div>
              </form>`
            : html`<button
                type="button"
                class="secondary"
                id="incident-button-${incident.id}"
                data-incident=${incident.id}
                @click=${this.handleIncidentOpen}
              >
                ${s.incidentAffectsMe}
              </button>`
      }
    </li>`;
  }

  private renderErrorSummary() {
    const entries = Object.entries(this.errors) as [keyof FormValues, string][];
    if (!entries.length) return nothing;
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${this.s.errorSummaryTitle}</h3>
      <ul>
        ${entries.map(
          ([key, message]) =>
            html`<li><a href="#f-${key}" data-field=${key} @click=${this.handleFieldLink}>${message}</a></li>`
        )}
      </ul>
    </div>`;
  }

  private renderFormStep() {
    const s = this.s;
    const v = this.values;
    const endpoint = parseEndpoint(this.endpoint);
    return html`
      ${this.renderIncidents()} ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${
        this.outboxPending
          ? html`<p class="notice">${this.i18n.t('outboxWaiting', { count: this.outboxPending })}</p>`
          : nothing
      }
      ${this.draftRestored ? html`<p class="notice">${s.draftRestored}</p>` : nothing} ${this.renderErrorSummary()}
      <p>${s.intro}</p>
      ${endpoint.kind === 'none' ? html`<p class="notice">${s.noEndpointNote}</p>` : nothing}
      <form novalidate part="form" @submit=${this.handleContinue} @paste=${this.handlePaste}>
        ${this.renderText('summary', s.summaryLabel, s.summaryHint, { autocomplete: 'off' })}
        ${this.renderReturn('summary')}
        ${this.renderText('whatHappened', s.whatHappenedLabel, s.whatHappenedHint, {
          multiline: true,
          rows: 5,
          after: this.renderCoaching()
        })}
        ${this.renderReturn('whatHappened')}
        ${this.renderText('errorMessage', s.errorLabel, s.errorHint, {
          multiline: true,
          mono: true,
          rows: 3,
          after: html`<div class="choice">
            <input
              type="checkbox"
              id="f-noErrorMessage"
              data-key="noErrorMessage"
              .checked=${v.noErrorMessage}
              @change=${this.handleInput}
            />
            <label for="f-noErrorMessage">${s.errorNone}</label>
          </div>`
        })}
        ${this.renderReturn('errorMessage')}
        <fieldset class=${this.changingClass('where')} part="field">
          <legend part="label">${s.whereLegend} <span class="hint">${s.optional}</span></legend>
          ${this.renderText('branch', s.branchLabel, '', { autocomplete: 'off' })}
          ${this.renderText('location', s.locationLabel, s.locationHint)}
          ${this.renderText('asset', s.assetLabel, s.assetHint)}
          ${this.renderCheckbox('otherComputer', s.otherComputerLabel, this.hintText(s.otherComputerHint))}
        </fieldset>
        ${this.renderReturn('where')} ${this.renderRadios('scope', s.scopeLegend, SCOPES)} ${this.renderReturn('scope')}
        ${this.renderRadios('impact', s.impactLegend, IMPACTS)} ${this.renderReturn('impact')}
        <details ?open=${this.moreOpen} @toggle=${this.handleToggleMore}>
          <summary>${s.moreDetail}</summary>
          <div class="details-body">${this.renderMoreDetail()}</div>
        </details>
        <fieldset class=${this.changingClass('reporter')} part="field">
          <legend part="label">
            ${s.aboutYouLegend} ${this.requireContact ? nothing : html`<span class="hint">${s.optional}</span>`}
          </legend>
          ${this.renderText('name', s.nameLabel, '', { autocomplete: 'name' })}
          ${this.renderText('contact', s.contactLabel, s.contactHint, { autocomplete: 'off' })}
          ${this.remember ? this.renderCheckbox('remember', s.rememberLabel, s.rememberHint) : nothing}
        </fieldset>
        ${this.renderReturn('reporter')}
        <div class="honeypot" aria-hidden="true">
          <label for="f-website">${s.honeypotLabel}</label>
          <input
            id="f-website"
            name="website"
            type="text"
            tabindex="-1"
            autocomplete="off"
            @input=${this.handleHoneypot}
          />
        </div>
        <div class="actions">
          <button type="submit" part="submit" id="continue">${s.continue}</button>
          ${
            this.confirmingDiscard
              ? nothing
              : html`<button type="button" class="link" id="discard" @click=${this.handleDiscard}>${s.discard}</button>`
          }
        </div>
        ${
          this.confirmingDiscard
            ? html`<div class="notice" role="group" aria-labelledby="discard-question">
                <p id="discard-question">${s.discardConfirm}</p>
                <div class="actions">
                  <button type="button" class="secondary" id="discard-yes" @click=${this.handleDiscardYes}>
                    ${s.discardYes}
                  </button>
                  <button type="button" class="secondary" @click=${this.handleDiscardNo}>${s.discardNo}</button>
                </div>
              </div>`
            : nothing
        }
        <p class="hint">${s.draftSaved}</p>
      </form>
    `;
  }

  private renderMoreDetail() {
    const s = this.s;
    const v = this.values;
    const pickers = this.pickerConfig;
    return html`
      ${this.renderText('tryingTo', s.tryingToLabel, s.tryingToHint, { multiline: true, rows: 2 })}
      ${this.renderReturn('tryingTo')} ${this.renderText('expected', s.expectedLabel, '', { multiline: true, rows: 2 })}
      ${this.renderReturn('expected')}
      <div class="field ${this.changingClass('program')}" part="field">
        <label for="f-program" part="label">${s.programLabel}</label>
        <select id="f-program" data-key="program" @change=${this.handleInput}>
          <option value="" ?selected=${!v.program}>${s.programChoose}</option>
          ${pickers.programs.map(p => html`<option value=${p.id} ?selected=${v.program === p.id}>${p.label}</option>`)}
          <option value="other" ?selected=${v.program === 'other'}>${s.programOther}</option>
        </select>
      </div>
      ${v.program === 'other' ? this.renderText('programOther', s.programOtherLabel, '') : nothing}
      ${this.renderReturn('program')} ${this.renderText('webPage', s.webPageLabel, s.webPageHint, { type: 'text' })}
      ${this.renderReturn('webPage')}
      <div class="field ${this.changingClass('started')}" part="field">
        <label for="f-started" part="label">${s.startedLabel}</label>
        <select id="f-started" data-key="started" @change=${this.handleInput}>
          <option value="" ?selected=${!v.started}>${s.startedChoose}</option>
          ${STARTED.map(
            id => html`<option value=${id} ?selected=${v.started === id}>${s[choiceKey('started', id)]}</option>`
          )}
        </select>
      </div>
      ${this.renderReturn('started')} ${this.renderRadios('frequency', s.frequencyLegend, FREQUENCIES)}
      ${this.renderReturn('frequency')}
      <fieldset class="field ${this.changingClass('tried')}" part="field" aria-describedby="f-tried-hint">
        <legend part="label">${s.triedLegend}</legend>
        <span id="f-tried-hint" class="hint" part="hint">${this.hintText(s.triedHint)}</span>
        ${pickers.tried.map(
          (t, index) =>
            html`<div class="choice">
              <input
                type="checkbox"
                id=${index === 0 ? 'f-tried' : `f-tried-${t.id}`}
                data-key="tried"
                .value=${t.id}
                .checked=${v.tried.includes(t.id)}
                @change=${this.handleInput}
              />
              <label for=${index === 0 ? 'f-tried' : `f-tried-${t.id}`}>${t.label}</label>
            </div>`
        )}
      </fieldset>
      ${this.renderText('triedOther', s.triedOtherLabel, '')} ${this.renderReturn('tried')} ${this.renderScreenshot()}
    `;
  }

  private renderScreenshot() {
    const s = this.s;
    const limit = formatBytes(this.maxScreenshotBytes);
    const message = this.screenshotMessage;
    const isError = message?.kind === 'error';
    return html`<fieldset class="field ${isError ? 'field--error' : ''}" part="field">
      <legend part="label">${s.screenshotLegend}</legend>
      <span id="f-screenshot-hint" class="hint" part="hint">${this.hintText(format(s.screenshotHint, { limit }))}</span>
      <div aria-live="polite">
        ${
          message
            ? isError
              ? html`<p id="f-screenshot-error" class="error-message" part="error">
                  <span class="visually-hidden">${s.errorPrefix}</span> ${message.text}
                </p>`
              : html`<p class="hint">${message.text}</p>`
            : nothing
        }
      </div>
      ${
        this.screenshot
          ? html`<div class="shot">
              <img src=${this.screenshot.dataUrl} alt=${format(s.screenshotAlt, { name: this.screenshot.name })} />
              <button type="button" class="secondary" id="f-screenshot" @click=${this.handleRemovePicture}>
                ${s.screenshotRemove}
              </button>
            </div>`
          : html`<div
                class="paste-zone"
                tabindex="0"
                role="group"
                aria-label=${s.screenshotPasteZone}
                aria-describedby="f-screenshot-hint${isError ? ' f-screenshot-error' : ''}"
                @paste=${this.handlePaste}
              >
                ${s.screenshotPasteZone}
              </div>
              <label for="f-screenshot">${s.screenshotChoose}</label>
              <input
                id="f-screenshot"
                class="file-input"
                type="file"
                accept=${IMAGE_TYPES.join(',')}
                aria-describedby="f-screenshot-hint${isError ? ' f-screenshot-error' : ''}"
                @change=${this.handleFile}
              />`
      }
    </fieldset>`;
  }

  private renderReview() {
    const s = this.s;
    const data = this.lastData;
    if (!data) return nothing;
    const changed = (field?: keyof FormValues) => !!field && !!this.changed && groupOf(field) === this.changed;
    const row = (label: string, value: unknown, field?: keyof FormValues, changeLabel = label) => {
      const mono = field === 'errorMessage' && data.errorMessage.status === 'given';
      return html`<div class="review-row ${changed(field) ? 'review-row--changed' : ''}">
        <dt>${label}${changed(field) ? html` <strong class="tag">${s.changedTag}</strong>` : nothing}</dt>
        <dd class=${mono ? 'mono' : ''}>${value || s.notGiven}</dd>
        ${
          field
            ? html`<dd class="change">
                <a href="#f-${field}" data-field=${field} @click=${this.handleFieldLink}
                  >${s.change}<span class="visually-hidden"> ${changeLabel}</span></a
                >
              </dd>`
            : nothing
        }
      </div>`;
    };
    const error =
      data.errorMessage.status === 'given'
        ? data.errorMessage.text
        : data.errorMessage.status === 'none'
          ? s.rowErrorNone
          : '';
    const where = [data.where.branch, data.where.location, data.where.asset].filter(Boolean).join(', ');
    const tried = [...data.tried, ...(data.triedOther ? [data.triedOther] : [])].join('\n');
    const gaps = findGaps(this.values);
    const gapText: Record<string, string> = {
      error: s.gapError,
      program: s.gapProgram,
      asset: s.gapAsset,
      when: s.gapWhen,
      tried: s.gapTried,
      scope: s.gapScope,
      branch: s.gapBranch
    };
    const endpoint = parseEndpoint(this.endpoint);
    return html`
      <h3 id="review-heading" tabindex="-1">${s.reviewHeading}</h3>
      <p>${s.reviewIntro}</p>
      ${this.renderCoaching('review')}
      <dl class="review">
        ${row(s.rowSummary, data.summary, 'summary')} ${row(s.rowWhatHappened, data.whatHappened, 'whatHappened')}
        ${row(s.rowError, error, 'errorMessage')} ${row(s.rowTryingTo, data.tryingTo, 'tryingTo')}
        ${row(s.rowExpected, data.expected, 'expected')} ${row(s.rowProgram, data.program?.label, 'program')}
        ${row(s.rowWebPage, data.webPage, 'webPage')} ${row(s.rowStarted, data.started?.label, 'started')}
        ${row(s.rowFrequency, data.frequency?.label, 'frequency')} ${row(s.rowWhere, where, 'branch')}
        ${data.where.reportedFromAffectedComputer ? nothing : row(s.rowOtherComputer, s.yes, 'otherComputer')}
        ${row(s.rowScope, data.scope?.label, 'scope')} ${row(s.rowImpact, data.impact?.label, 'impact')}
        ${row(s.rowPriority, data.priority)} ${row(s.rowTried, tried, 'tried')}
        ${data.screenshot ? row(s.rowScreenshot, data.screenshot.name) : nothing}
        ${row(s.rowReporter, [data.reporter.name, data.reporter.contact].filter(Boolean).join(', '), 'name')}
      </dl>
      ${
        gaps.length
          ? html`<div class="gaps">
              <h4>${s.gapsHeading}</h4>
              <ul>
                ${gaps.map(
                  g =>
                    html`<li>
                      <a href="#f-${g.field}" data-field=${g.field} @click=${this.handleFieldLink}>${gapText[g.gap]}</a>
                    </li>`
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        data.privacy.maskedCount
          ? html`<p class="notice">${this.i18n.t('maskedNote', { count: data.privacy.maskedCount })}</p>`
          : nothing
      }
      <details>
        <summary>${s.whatWillBeSent}</summary>
        <p>${s.contextNote}</p>
        ${data.where.reportedFromAffectedComputer ? nothing : html`<p>${s.contextOtherComputer}</p>`}
        <pre id="report-text">${this.lastText}</pre>
      </details>
      ${this.askContact ? this.renderContactAsk() : nothing}
      ${
        this.confirmingQuick
          ? html`<div class="panel panel--queued quick" part="panel">
              <h4 id="quick-heading" tabindex="-1">${s.quickHeading}</h4>
              <p>${s.quickBody}</p>
              <button type="button" part="submit" id="send-confirmed" ?disabled=${this.busy} @click=${this.handleSend}>
                ${s.quickSend}
              </button>
            </div>`
          : nothing
      }
      <form novalidate @submit=${this.handleSend}>
        <div class="actions">
          <button
            type="submit"
            part="submit"
            id="send"
            ?disabled=${this.busy}
            aria-disabled=${this.busy ? 'true' : 'false'}
          >
            ${this.busy ? s.sending : endpoint.kind === 'none' || endpoint.kind === 'invalid' ? s.finish : s.send}
          </button>
          <button type="button" class="secondary" @click=${this.handleBack}>${s.back}</button>
        </div>
      </form>
    `;
  }

  /** "Will get back to you" only when the person said how; the words follow what was given. */
  private sentNextText(): string {
    const contact = (this.lastData?.reporter.contact ?? this.values.contact).trim();
    return contact ? format(this.s.sentNextContact, { contact }) : this.s.sentNextNoContact;
  }

  /** On the check step, when the IT team has no way to reach the person yet. */
  private renderContactAsk() {
    const s = this.s;
    return html`<section class="contact-ask" part="contact" aria-labelledby="contact-ask-heading">
      <h4 id="contact-ask-heading">${s.contactAskHeading} <span class="hint">${s.optional}</span></h4>
      <p class="hint" id="contact-ask-intro">${s.contactAskIntro}</p>
      <label for="f-ask-name" part="label">${s.nameLabel}</label>
      <input
        id="f-ask-name"
        data-key="name"
        type="text"
        autocomplete="name"
        .value=${this.values.name}
        @input=${this.handleInput}
      />
      <label for="f-ask-contact" part="label">${s.contactLabel}</label>
      <p class="hint" id="f-ask-contact-hint">${s.contactHint}</p>
      <input
        id="f-ask-contact"
        data-key="contact"
        type="text"
        autocomplete="off"
        aria-describedby="f-ask-contact-hint"
        .value=${this.values.contact}
        @input=${this.handleInput}
      />
    </section>`;
  }

  private renderOutcome() {
    const s = this.s;
    const o = this.outcome;
    if (!o) return nothing;
    const heading = (text: string) => html`<h3 id="outcome-heading" tabindex="-1">${text}</h3>`;
    switch (o.kind) {
      case 'sent':
      case 'bot':
        return html`<div class="panel panel--sent" part="panel" data-outcome="sent">
            ${heading(s.sentHeading)}
            ${
              o.kind === 'sent' && o.reference
                ? html`<p>${s.sentReference} <strong class="reference">${o.reference}</strong></p>`
                : html`<p>${s.sentNoReference}</p>`
            }
            ${o.kind === 'sent' && o.ticket ? html`<p class="ticket">${format(s.sentTicket, { number: o.ticket })}</p>` : nothing}
            <p>${this.sentNextText()}</p>
            ${this.fallbackPhone ? html`<p>${this.renderCall()}</p>` : nothing}
          </div>
          <div class="actions">
            <button type="button" class="secondary" @click=${this.handleNewReport}>${s.newReport}</button>
          </div>`;
      case 'queued':
        return html`<div class="panel panel--queued" part="panel" data-outcome="queued">
            ${heading(o.persistent ? s.queuedHeading : s.queuedMemoryHeading)}
            <p>${format(o.persistent ? s.queuedBody : s.queuedMemoryBody, { reason: o.reason.replace(/\.$/, '') })}</p>
            ${o.persistent ? nothing : html`<p><strong>${s.queuedNotPersistent}</strong></p>`}
            ${this.fallbackPhone.trim() ? html`<p>${s.queuedUrgent} ${this.renderCall()}</p>` : nothing}
            <p class="hint">${s.queuedId} ${o.id.slice(0, 8)}</p>
          </div>
          ${this.renderFallbacks(!o.persistent)}
          <div class="actions">
            <button type="button" class="secondary" @click=${this.handleNewReport}>${s.newReport}</button>
          </div>`;
      case 'failed':
        return html`<div class="panel panel--failed" part="panel" data-outcome="failed">
            ${heading(s.failedHeading)}
            <p>${o.broke ? s.sendBroke : format(s.failedBody, { message: o.message })}</p>
            ${
              // The server's own words ("error 403", field paths) are for the IT team: folded away.
              !o.broke && (o.message || (o.fieldErrors && Object.keys(o.fieldErrors).length))
                ? html`<details>
                    <summary>${s.failedDetails}</summary>
                    ${o.message ? html`<p>${o.message}</p>` : nothing}
                    ${
                      o.fieldErrors && Object.keys(o.fieldErrors).length
                        ? html`<ul>
                            ${Object.entries(o.fieldErrors).map(([at, message]) => html`<li><code>${at}</code> ${message}</li>`)}
                          </ul>`
                        : nothing
                    }
                  </details>`
                : nothing
            }
            <p>${s.failedNext}</p>
          </div>
          ${this.renderFallbacks(true)}
          <div class="actions">
            <button type="button" class="secondary" @click=${this.handleBackToReport}>${s.backToReport}</button>
          </div>`;
      case 'local':
      case 'mailto':
        return html`<div class="panel" part="panel" data-outcome=${o.kind}>
            ${heading(o.kind === 'local' ? s.localHeading : s.mailtoHeading)}
            <p>${o.kind === 'local' ? s.localBody : s.mailtoBody}</p>
          </div>
          ${this.renderFallbacks(true)}
          <div class="actions">
            <button type="button" class="secondary" @click=${this.handleBackToReport}>${s.backToReport}</button>
            <button type="button" class="secondary" @click=${this.handleNewReport}>${s.newReport}</button>
          </div>`;
    }
  }

  private renderCall() {
    const phone = this.fallbackPhone.trim();
    const tel = telLink(phone);
    const text = format(this.s.callPhone, { phone });
    return tel ? html`<a href=${tel}>${text}</a>` : text;
  }

  private renderFallbacks(all: boolean) {
    const s = this.s;
    const email = this.fallbackEmail.trim();
    const emailOk = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
    const subject = `${s.textTitle}: ${this.lastData?.summary ?? ''}`.slice(0, 200);
    return html`<div class="actions">
        <button type="button" id="copy" @click=${this.handleCopy}>${s.copyReport}</button>
        ${
          all && emailOk
            ? html`<a class="button secondary" id="email" href=${mailtoHref(email, subject, this.lastText)}
                >${format(s.emailReport, { email })}</a
              >`
            : nothing
        }
        ${all && this.fallbackPhone.trim() ? this.renderCall() : nothing}
        ${all ? html`<button type="button" class="secondary" @click=${this.handlePrint}>${s.printReport}</button>` : nothing}
      </div>
      <p role="status" class="hint">${this.copyMessage}</p>
      ${all && emailOk && this.lastData?.screenshot ? html`<p class="hint">${s.emailNoPicture}</p>` : nothing}
      <details class="report-text" ?open=${this.reportOpen} @toggle=${this.handleToggleReport}>
        <summary>${s.reportText}</summary>
        <pre>${this.lastText}</pre>
      </details>`;
  }
}
