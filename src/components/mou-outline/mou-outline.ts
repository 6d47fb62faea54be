import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../../core/base-styles.js';
import { ConfigController } from '../../core/config.js';
import { FocusController } from '../../core/controllers/focus.js';
import { RemoteController } from '../../core/controllers/remote.js';
import { SubmitController } from '../../core/controllers/submit.js';
import { coreI18n } from '../../core/core-i18n.js';
import { createEnvelope } from '../../core/envelope.js';
import { errorSummary, fieldStyles, type FieldWords } from '../../core/form/fields.js';
import { NoticeController, fieldWords, outcomeStyles } from '../../core/form/outcome.js';
import { heading } from '../../core/heading.js';
import {
  I18nController,
  stringsConverter,
  stringsProblems,
  type Params,
  type StringOverrides
} from '../../core/i18n.js';
import { parseEndpoint } from '../../core/submit.js';
import { TbElement } from '../../core/tb-element.js';
import {
  lintDoc,
  progressOf,
  runChecks,
  sectionState,
  type Finding,
  type Progress,
  type SectionState
} from './checks.js';
import { DraftStore, type Draft } from './drafts.js';
import { diffDocs, exportDoc, importDoc, type SectionDiff } from './exchange.js';
import { applyReplacement, readRules, type WordingRule } from './lint.js';
import { DEFAULT_RULES } from './lint-rules.js';
import * as actions from './actions.js';
import {
  emptyDoc,
  localize,
  partyNames,
  textOf,
  type FieldValue,
  type Lang,
  type MouDoc,
  type Party,
  type SectionDef
} from './model.js';
import { buildOutline } from './outline.js';
import { download, fileNameOf, installPrintSheet, removePrintSheet } from './print.js';
import { reviewView } from './views/review-view.js';
import { DEFAULT_SECTIONS } from './sections-data.js';
import { parseSectionsText, type SectionsResult } from './sections.js';
import { mouStyles } from './styles.js';
import en, { type MouCatalog } from './strings/en.js';
import { readPartnerDetail, type PartnerSelectDetail, type Suggestions } from './suggest.js';
import { controlId, type MouHost } from './views/context.js';
import { documentView } from './views/document-view.js';
import { configView, navView } from './views/nav-view.js';
import { calendarOf, markdownOf } from './outputs.js';
import { draftsView } from './views/drafts-view.js';
import { sectionView } from './views/section-view.js';

/**
 * A guided outline for a memorandum of understanding (MOU) between the library and another organization: one
 * section at a time, with a column per organization where both give something, wording checks that catch
 * contract language ("partnership agreement", "joint venture"), date and goal checks, drafts kept in the browser,
 * files to exchange with the other organization, Markdown, calendar and print outputs, and sending when done.
 *
 * @summary Plan a collaboration with another organization and write its memorandum of understanding.
 *
 * @event tb-submit - Before sending the finished memorandum (cancelable), from the shared submit path.
 * @event tb-submitted - The endpoint accepted the memorandum.
 * @event tb-queued - The memorandum is saved on this computer and will be sent when it can.
 * @event tb-error - The memorandum was not sent (refused, no proof it arrived, or a wrong address).
 * @event tb-change - Answers changed. `detail: { doc }`.
 *
 * @csspart base - The whole element's box.
 * @csspart panel - Boxes: drafts, findings, "not applicable", the party columns.
 * @csspart field - Each form field.
 * @csspart label - Field labels.
 * @csspart hint - Field hints.
 * @csspart error - Field error messages.
 * @csspart document - The preview and print layout.
 * @csspart summary - The one-page summary for a board.
 *
 * @cssproperty --tb-color-accent - Links, buttons, the current section.
 * @cssproperty --tb-color-surface - The element's background.
 */
export class TbMouOutline extends TbElement implements MouHost {
  static override styles = [...baseStyles, fieldStyles, outcomeStyles, mouStyles];

  /** Address of a sections file of your own (JSON, see src/content/schemas/mou-sections.schema.json). */
  @property({ attribute: 'sections-src' }) sectionsSrc = '';
  /** Where the finished memorandum is sent (https://…, /path or mailto:). Without it, print or save instead. */
  @property() endpoint = '';
  /** Name of a saved draft to open first; by default the most recently saved draft opens. */
  @property() draft = '';
  /** Replaces any of the element's words (JSON), for every language or per language: `{"es": {…}}`. */
  @property({ attribute: 'strings', converter: stringsConverter }) strings: StringOverrides | null = null;
  /** Starts the memorandum with a partner: the same shape as the `tb-partner-select` event's detail. */
  @property({ attribute: false }) prefill: PartnerSelectDetail | null = null;
  /** Wording rules per language, replacing the standard lists: `{ en?: WordingRule[], es?: WordingRule[] }`. */
  @property({ attribute: false }) wordingRules: Partial<Record<Lang, unknown>> | null = null;
  /** Set while printing, so the page's print sheet can show only this element. */
  @property({ type: Boolean, reflect: true }) printing = false;
  /** What prints: the whole memorandum or the board summary. */
  @property({ attribute: 'print-mode', reflect: true }) printMode: 'document' | 'summary' = 'document';

  /** @internal */ @state() doc: MouDoc = emptyDoc();
  /** @internal */ @state() current = 0;
  /** @internal */ @state() naOpen = false;
  /** @internal */ @state() naReason = '';
  /** @internal The error of the "not applicable" reason, for the views. */
  @state() naError = '';
  /** @internal The finding being dismissed and its reason, for the views. */
  @state() dismissing: { key: string; reason: string; error: string } | undefined;
  /** @internal */ @state() draftName = '';
  /** @internal */ @state() drafts: Draft[] = [];
  /** @internal */ @state() saveText = '';
  /** @internal */ @state() importProblem = '';
  /** @internal */ @state() importDiff: { diffs: SectionDiff[]; keptAs: string } | undefined;
  /** @internal */ @state() suggestions: Suggestions | undefined;
  /** @internal */ @state() suggestedPartner = '';
  /** @internal What stops sending, for the error summary in the views. */
  @state() sendErrors: { id: string; text: string }[] = [];

  private readonly i18n = new I18nController(this, { en, es: () => import('./strings/es.js') });
  private readonly core = coreI18n(this);
  private readonly config = new ConfigController(this);
  private readonly focusCtl = new FocusController(this);
  private readonly notices = new NoticeController(this, this.core);
  /** @internal */ readonly sender = new SubmitController(this, {
    types: ['mou'],
    onChange: s => s.kind !== 'sending' && this.focusCtl.focusAfterUpdate('#outcome')
  });
  private readonly remote = new RemoteController<SectionsResult>(this, text => parseSectionsText(text));
  /** @internal */ readonly store = new DraftStore();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private restored = false;
  private computed?: {
    doc: MouDoc;
    lang: Lang;
    sections: SectionDef[];
    rules: readonly WordingRule[];
    findings: Finding[];
    states: Record<string, SectionState>;
    progress: Progress;
  };

  /** @internal */ get language(): Lang {
    return this.i18n.lang === 'es' ? 'es' : 'en';
  }
  /** @internal */ get words(): FieldWords {
    return fieldWords(this.core);
  }
  /** @internal */ get level(): number {
    const l = this.headingLevelOr(2);
    return l === 'none' ? 0 : l;
  }
  /** @internal */ get sections(): SectionDef[] {
    const s = this.remote.state;
    return s.kind === 'ready' && s.value.ok ? s.value.file.sections : DEFAULT_SECTIONS.sections;
  }
  private rulesCache?: { from: unknown; rules: readonly WordingRule[] };
  /** @internal */ get rules(): readonly WordingRule[] {
    const custom = this.wordingRules?.[this.language];
    if (!custom) return DEFAULT_RULES[this.language];
    if (this.rulesCache?.from !== custom) this.rulesCache = { from: custom, rules: readRules(custom) };
    return this.rulesCache.rules;
  }
  private get analysis() {
    const c = this.computed;
    const { doc, sections, rules } = this;
    const lang = this.language;
    if (c && c.doc === doc && c.lang === lang && c.sections === sections && c.rules === rules) return c;
    const findings = [...lintDoc(sections, doc, rules), ...runChecks(sections, doc)];
    const states = Object.fromEntries(sections.map(s => [s.id, sectionState(s, doc, findings)]));
    this.computed = { doc, lang, sections, rules, findings, states, progress: progressOf(sections, states) };
    return this.computed;
  }
  /** @internal */ get findings() {
    return this.analysis.findings;
  }
  /** @internal */ get states() {
    return this.analysis.states;
  }
  /** @internal */ get progress() {
    return this.analysis.progress;
  }

  t(key: keyof MouCatalog & string, params?: Params): string {
    return this.i18n.t(key, params);
  }

  partyName(party: Party): string {
    return partyNames(this.sections, this.doc)[party] ?? this.t(party === 'a' ? 'partyA' : 'partyB');
  }

  formatDate(iso: string): string {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : this.i18n.date(d, { dateStyle: 'medium' });
  }

  findingText(f: Finding): string {
    if (f.wording) return `${this.t('foundWords', { words: f.wording.match })} ${f.wording.why}`;
    const p: Params = { ...f.params };
    if (f.params?.party) p.party = this.partyName(f.params.party as Party);
    if (f.params?.date) p.date = this.formatDate(f.params.date);
    return this.t(`check-${f.code}` as keyof MouCatalog & string, p);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('tb-partner-select', this.handlePartnerSelect);
    window.addEventListener('pagehide', this.flushSave);
    window.addEventListener('afterprint', this.handleAfterPrint);
    if (!this.restored) void this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('tb-partner-select', this.handlePartnerSelect);
    window.removeEventListener('pagehide', this.flushSave);
    window.removeEventListener('afterprint', this.handleAfterPrint);
    this.flushSave();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sectionsSrc')) void this.remote.load(this.sectionsSrc || null);
    if (changed.has('prefill') && this.prefill) this.startWithPartner(this.prefill);
    const problems = actions.configProblems(this, {
      base: [...this.baseConfigProblems(), ...stringsProblems(this.strings)],
      endpoint: parseEndpoint(this.endpoint),
      remote: this.remote.state,
      wordingRules: this.wordingRules
    });
    this.config.set('attributes', problems);
    if (this.current > this.sections.length) this.current = 0;
  }

  // ——— answers ———

  setValue(sectionId: string, key: string, value: FieldValue): void {
    const answers = { ...this.doc.answers, [sectionId]: { ...this.doc.answers[sectionId], [key]: value } };
    this.update_({ ...this.doc, answers });
  }

  private update_(doc: MouDoc): void {
    this.doc = doc;
    this.importProblem = '';
    this.sendErrors = [];
    this.dispatchEvent(new CustomEvent('tb-change', { detail: { doc }, bubbles: true, composed: true }));
    this.scheduleSave();
  }

  go(index: number): void {
    this.current = Math.max(0, Math.min(index, this.sections.length));
    this.naOpen = false;
    this.naReason = '';
    this.naError = '';
    this.dismissing = undefined;
    this.focusCtl.focusAfterUpdate(this.current === this.sections.length ? '#review-title' : '#section-title');
  }

  focusField(id: string): void {
    this.focusCtl.focusAfterUpdate(`#${CSS.escape(id)}`);
  }

  toggleNa(open: boolean): void {
    this.naOpen = open;
    this.naError = '';
    if (open) this.focusField('na-reason');
  }
  setNaReason(reason: string): void {
    this.naReason = reason;
  }
  saveNa(section: SectionDef): void {
    const r = actions.markNa(this.doc, section, this.naReason);
    if ('problem' in r) {
      this.naError = this.t(r.problem === 'reason-missing' ? 'naReasonMissing' : 'naRequired');
      this.focusField('na-reason');
      return;
    }
    this.naOpen = false;
    this.naReason = '';
    this.update_(r.doc);
    this.focusField('na-undo');
  }
  clearNa(section: SectionDef): void {
    this.update_(actions.clearNa(this.doc, section.id));
    this.focusField('section-title');
  }

  startDismiss(key: string): void {
    this.dismissing = { key, reason: '', error: '' };
    this.focusField('dismiss-reason');
  }
  setDismissReason(reason: string): void {
    if (this.dismissing) this.dismissing = { ...this.dismissing, reason };
  }
  saveDismiss(): void {
    if (!this.dismissing) return;
    const doc = actions.dismissFinding(this.doc, this.dismissing.key, this.dismissing.reason);
    if (!doc) {
      this.dismissing = { ...this.dismissing, error: this.t('dismissReasonMissing') };
      this.focusField('dismiss-reason');
      return;
    }
    this.dismissing = undefined;
    this.update_(doc);
    this.focusField('section-title');
  }
  cancelDismiss(): void {
    this.dismissing = undefined;
  }
  undismiss(key: string): void {
    this.update_(actions.undismissFinding(this.doc, key));
  }

  replace(f: Finding): void {
    if (!f.wording || !f.fieldKey) return;
    const value = this.doc.answers[f.sectionId]?.[f.fieldKey];
    if (f.row !== undefined && f.column && Array.isArray(value)) {
      const rows = value.map((r, i) =>
        i === f.row ? { ...r, [f.column!]: applyReplacement(r[f.column!] ?? '', f.wording!) } : r
      );
      this.setValue(f.sectionId, f.fieldKey, rows);
    } else if (typeof value === 'string') {
      this.setValue(f.sectionId, f.fieldKey, applyReplacement(value, f.wording));
    }
    this.focusCtl.announce(this.t('replaced', { words: f.wording.match, replacement: f.wording.replacement }));
    this.focusField(controlId(f.sectionId, f.fieldKey, f.row, f.column));
  }

  // ——— drafts ———

  /** A draft follows the collaboration's short name until the person names it (or opens one by name). */
  private namedByPerson = false;
  private savedAs = '';
  private get nameOrDefault(): string {
    const project = textOf(this.doc.answers.parties?.project);
    if (this.namedByPerson && this.draftName.trim()) return this.draftName.trim();
    return project || this.draftName.trim() || this.t('untitled');
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), 400);
  }

  private flushSave = () => {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    void this.save();
  };

  /** Saves now under the draft's name (tests and the "Save" button use it; typing saves by itself). */
  async save(): Promise<boolean> {
    this.saveTimer = undefined;
    const name = this.nameOrDefault;
    try {
      const saved = await this.store.save(name, this.doc);
      // Renamed by its short name changing ("Job" → "Job Help Nights"): one draft, not one per keystroke.
      if (this.savedAs && this.savedAs !== name && !this.namedByPerson) await this.store.remove(this.savedAs);
      this.savedAs = name;
      this.draftName = name;
      this.saveText = this.t('savedAt', { time: this.i18n.date(saved.savedAt, { timeStyle: 'short' }) });
      this.drafts = await this.store.list();
      return true;
    } catch {
      this.saveText = this.t('notSaved');
      return false;
    }
  }

  private async restore(): Promise<void> {
    this.restored = true;
    try {
      const drafts = await this.store.list();
      this.drafts = drafts;
      if (this.prefill || Object.keys(this.doc.answers).length) return;
      const chosen = (this.draft && drafts.find(d => d.name === this.draft)) || (!this.draft ? drafts[0] : undefined);
      if (chosen) {
        this.doc = chosen.doc;
        this.draftName = chosen.name;
        this.savedAs = chosen.name;
        this.namedByPerson = chosen.name !== textOf(chosen.doc.answers.parties?.project);
      }
    } catch {
      this.saveText = this.t('notSaved');
    }
  }

  setDraftName(name: string): void {
    this.draftName = name;
    this.namedByPerson = true;
  }
  saveAs(): void {
    void this.save();
  }
  async openDraft(name: string): Promise<void> {
    await this.save();
    const d = await this.store.load(name).catch(() => undefined);
    if (!d) return;
    this.doc = d.doc;
    this.draftName = d.name;
    this.savedAs = d.name;
    this.namedByPerson = true;
    this.importDiff = undefined;
    this.focusCtl.announce(this.t('draftOpened', { name }));
  }
  async deleteDraft(name: string): Promise<void> {
    await this.store.remove(name).catch(() => undefined);
    this.drafts = await this.store.list().catch(() => this.drafts);
    this.focusCtl.announce(this.t('draftDeleted', { name }));
  }
  async newDraft(): Promise<void> {
    const kept = this.nameOrDefault;
    if (Object.keys(this.doc.answers).length) await this.save();
    this.doc = emptyDoc();
    this.draftName = '';
    this.savedAs = '';
    this.namedByPerson = false;
    this.current = 0;
    this.importDiff = undefined;
    this.suggestions = undefined;
    this.focusCtl.announce(this.t('newStarted', { name: kept }));
  }

  exportFile(): void {
    download(
      fileNameOf(this.nameOrDefault, 'mou', 'json'),
      'application/json',
      exportDoc(this.doc, this.nameOrDefault)
    );
  }

  async importFile(file: File): Promise<void> {
    const result = importDoc(await file.text());
    if (!result.ok) {
      this.importProblem = this.t(`import-${result.problem}` as keyof MouCatalog & string);
      this.focusField('import-file');
      return;
    }
    const keptAs = this.t('beforeImportName', { name: this.nameOrDefault });
    await this.store.save(keptAs, this.doc).catch(() => undefined);
    const diffs = diffDocs(this.sections, this.doc, result.doc);
    this.update_(result.doc);
    this.importDiff = { diffs, keptAs };
    this.focusField('diff-title');
  }

  // ——— partner ———

  private handlePartnerSelect = (event: Event) => {
    const detail = readPartnerDetail((event as CustomEvent).detail);
    // The person asked to start an agreement: take them to it (focus scrolls it into view).
    if (detail) void this.startWithPartner(detail).then(() => this.go(0));
  };

  /** Starts (or fills in) a memorandum with a partner chosen in the partner finder. */
  async startWithPartner(raw: PartnerSelectDetail): Promise<void> {
    const detail = readPartnerDetail(raw);
    if (!detail) return;
    const current = partyNames(this.sections, this.doc).b;
    if (
      current &&
      current.toLowerCase() !== detail.partner.name.toLowerCase() &&
      Object.keys(this.doc.answers).length
    ) {
      await this.newDraft();
    }
    const { doc, suggestions } = actions.withPartner(this.sections, this.doc, detail, this.language);
    this.suggestions = suggestions;
    this.suggestedPartner = detail.partner.name;
    if (!this.draftName) this.draftName = detail.partner.name;
    this.update_(doc);
    this.focusCtl.announce(this.t('partnerStarted', { partner: detail.partner.name }));
  }

  // ——— outputs ———

  private get missing(): number {
    return this.progress.requiredMissing.length;
  }
  private get mouTitle(): string {
    return textOf(this.doc.answers.parties?.project) || '';
  }

  markdown(): string {
    return markdownOf(this, this.missing, this.mouTitle);
  }

  calendar(): string {
    return calendarOf(this, this.mouTitle || this.t('title'));
  }

  downloadMarkdown(): void {
    download(fileNameOf(this.nameOrDefault, 'mou', 'md'), 'text/markdown;charset=utf-8', this.markdown());
  }
  downloadCalendar(): void {
    download(fileNameOf(this.nameOrDefault, 'mou', 'ics'), 'text/calendar;charset=utf-8', this.calendar());
  }

  /** Lays the element out for printing (also used by the PDF test), without opening the print dialog. */
  async preparePrint(mode: 'document' | 'summary' = 'document'): Promise<void> {
    installPrintSheet(this.localName, this.t('pageOf'));
    this.printMode = mode;
    this.printing = true;
    await this.updateComplete;
  }

  print(mode: 'document' | 'summary'): void {
    void this.preparePrint(mode).then(() => window.print());
  }

  private handleAfterPrint = () => {
    if (!this.printing) return;
    this.printing = false;
    removePrintSheet();
  };

  // ——— sending ———

  async send(): Promise<void> {
    const errors = actions.sendBlockers(this.sections, this.states).map(b => ({
      id: `nav-${b.sectionId}`,
      text: this.t(b.kind === 'missing' ? 'sendBlockedMissing' : 'sendBlockedWording', {
        title: localize(this.sections.find(s => s.id === b.sectionId)!.title, this.language)
      })
    }));
    this.sendErrors = errors;
    if (errors.length) {
      this.focusCtl.focusAfterUpdate('#send-errors');
      return;
    }
    const data = actions.submission(this, this.mouTitle || this.t('title'), this.markdown());
    await this.sender.submit(createEnvelope('mou', data), {
      endpoint: parseEndpoint(this.endpoint),
      mail: { subject: data.title, body: data.markdown }
    });
  }

  // ——— render ———

  override render() {
    const sections = this.sections;
    const onReview = this.current >= sections.length;
    const section = sections[this.current];
    const blocks = buildOutline(sections, this.doc, this.language);
    const doc = documentView(this, blocks, this.mouTitle, this.missing);
    return html`${this.notices.render()}
      <div class="mou" part="base">
        <div class="screen">
          ${heading(this.headingLevelOr(2), this.t('title'), { className: 'title' })}
          <p class="intro">${this.t('intro')}</p>
          ${configView(this, this.config.problems)}
          ${this.remote.state.kind === 'loading' ? html`<p role="status">${this.t('loading')}</p>` : nothing}
          ${draftsView(this)}
          <div class="layout">
            ${navView(this)}
            <div class="main">
              ${
                onReview
                  ? reviewView(this, {
                      sendErrors: errorSummary({
                        errors: this.sendErrors,
                        title: this.core.t('errorSummaryTitle'),
                        summaryId: 'send-errors'
                      }),
                      document: doc,
                      send: () => void this.send(),
                      sender: this.sender,
                      core: this.core,
                      endpoint: parseEndpoint(this.endpoint),
                      markdown: () => this.markdown()
                    })
                  : html`${sectionView(this, section)}
                      <div class="step-nav">
                        ${this.current > 0 ? html`<button type="button" class="tb-button tb-button--secondary" @click=${() => this.go(this.current - 1)}>${this.t('previous', { title: localize(sections[this.current - 1].title, this.language) })}</button>` : nothing}
                        <button type="button" class="tb-button" @click=${() => this.go(this.current + 1)}>
                          ${this.t('next', { title: this.current + 1 < sections.length ? localize(sections[this.current + 1].title, this.language) : this.t('review') })}
                        </button>
                      </div>
                      <details class="preview">
                        <summary>${this.t('previewTitle')}</summary>
                        ${this.printing ? nothing : doc}
                      </details>`
              }
            </div>
          </div>
        </div>
        <div class="print-only" aria-hidden=${this.printing ? 'false' : 'true'}>
          ${this.printing ? (this.printMode === 'summary' ? actions.summaryFor(this) : doc) : nothing}
        </div>
        ${this.focusCtl.liveRegion()}
      </div>`;
  }
}
