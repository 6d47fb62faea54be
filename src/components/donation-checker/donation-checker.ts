import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConfigController, type ConfigProblem } from '../../core/config.js';
import { coreI18n } from '../../core/core-i18n.js';
import { FocusController } from '../../core/controllers/focus.js';
import { RemoteController } from '../../core/controllers/remote.js';
import { SubmitController } from '../../core/controllers/submit.js';
import { createEnvelope } from '../../core/envelope.js';
import { fieldStyles } from '../../core/form/fields.js';
import { fieldWords, NoticeController, outcomeStyles } from '../../core/form/outcome.js';
import { heading } from '../../core/heading.js';
import { I18nController, stringsConverter, stringsProblems, type StringOverrides } from '../../core/i18n.js';
import { baseStyles } from '../../core/base-styles.js';
import { parseEndpoint } from '../../core/submit.js';
import { TbElement } from '../../core/tb-element.js';
import { addMonths, daysBetween, isIsoDate, todayIso } from './dates.js';
import { decisionRecord } from './decision-record.js';
import { EMPTY_FORM, fillForm, readForm, type FieldId, type FormErrorCode, type FormValues } from './form-state.js';
import { LOT_TEMPLATE_COLUMNS, lotCsv, readLot, summarize, type LotSummary, type RowProblem } from './lots.js';
import type { Decision, DonationPolicy, Offer, Referral } from './model.js';
import { OS_EOL } from './os-eol-data.js';
import { loadPapa } from './papa.js';
import { readPaste } from './paste.js';
import { checkOffer, textFor } from './policy.js';
import { PRESETS } from './presets-data.js';
import { downloadText, printPart } from './print.js';
import { readPolicy, withLimits, type LimitOverrides, type PolicyReading } from './read-policy.js';
import en, { type DonationKey } from './strings/en.js';
import { donationCheckerStyles } from './styles.js';
import type { ViewContext } from './views/context.js';
import { fieldLabel, renderForm } from './views/form.js';
import { renderLot, type LotResult } from './views/lot.js';
import { renderPolicyPage } from './views/policy-page.js';
import { renderResults, type OutputKind } from './views/results.js';
import { renderConfig } from './views/config.js';
import { renderSave } from './views/save.js';
import { declineLetter, itemName, receiptText, staffNote, type Say } from './words.js';

export interface TbDonationDecisionDetail {
  /** One machine: one item. A list of computers: one item per checked row. */
  items: { row?: number; offer: Offer; decision: Decision }[];
  policy: { id: string; version: string };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tb-donation-decision': CustomEvent<TbDonationDecisionDetail>;
  }
}

type Tab = 'check' | 'lot' | 'policy';
const TABS: Tab[] = ['check', 'lot', 'policy'];
const LIMITS: [keyof LimitOverrides, 'maxAgeYears' | 'minRamGb' | 'minStorageGb' | 'minSupportMonths', string][] = [
  ['maxAgeYears', 'maxAgeYears', 'max-age-years'],
  ['minRamGb', 'minRamGb', 'min-ram-gb'],
  ['minStorageGb', 'minStorageGb', 'min-storage-gb'],
  ['minSupportMonths', 'minSupportMonths', 'min-support-months']
];
const KIND_OF_LIMIT: Record<keyof LimitOverrides, string> = {
  maxAgeYears: 'age',
  minRamGb: 'ram',
  minStorageGb: 'storage',
  minSupportMonths: 'os'
};

/**
 * Checks an offered computer (or a list of them) against the library's written donation policy, and shows that
 * policy as a readable "what we accept" page from the same data.
 *
 * @summary Accept, decline or review a computer donation, with the policy's own clauses quoted back.
 *
 * @event tb-donation-decision - A check was made. `detail.items` holds each offer and its decision.
 * @event tb-submit - Before the decision record is saved (cancelable; `detail.envelope` may be amended).
 * @event tb-submitted - The endpoint kept the record (`detail.reference`).
 * @event tb-queued - The record waits on this computer and will be sent later.
 * @event tb-error - The endpoint refused the record.
 *
 * @csspart form - The guided form.
 * @csspart field - Each form field.
 * @csspart label - Each field's label.
 * @csspart hint - Each field's hint.
 * @csspart error - Each field's error message.
 * @csspart submit - The check button.
 * @csspart results - The results of a check (one machine or a list).
 * @csspart outcome - The overall answer.
 * @csspart criterion - One rule's result.
 * @csspart output - A letter, receipt or note.
 * @csspart policy - The "what we accept" page.
 * @csspart help - The "how to find these details" box.
 *
 * @cssproperty --tb-color-surface - The element's background.
 * @cssproperty --tb-color-text - Body text.
 * @cssproperty --tb-color-accent - Links and main buttons.
 * @cssproperty --tb-color-error - Errors and "we cannot accept it".
 * @cssproperty --tb-color-success - "We can accept it".
 * @cssproperty --tb-color-warning - "Someone needs to take a closer look".
 */
export class TbDonationChecker extends TbElement {
  static override styles = [...baseStyles, fieldStyles, outcomeStyles, ...donationCheckerStyles];

  /** Address of the library's policy as JSON (see docs/donation-checker.md); wins over `preset`. */
  @property({ attribute: 'policy-src' }) policySrc = '';
  /** The policy as an object (or JSON text); wins over `policy-src` and `preset`. */
  @property({ attribute: false }) policy: unknown = undefined;
  /** A built-in policy: `baseline` (the default), `windows11` or `public-access`. */
  @property() preset = '';
  /** What the element shows: `check` (default), `lot` (a list of computers) or `policy` (only the policy page). */
  @property() view = '';
  /** Where decision records are sent (`https://…`, `/path` or `mailto:…`). Without it nothing is sent. */
  @property() endpoint = '';
  /** CSRF token sent with each record; falls back to `<meta name="csrf-token">`. */
  @property({ attribute: 'csrf-token' }) csrfToken = '';
  /** Replaces the policy's age limit (years). */
  @property({ attribute: 'max-age-years' }) maxAgeYears = '';
  /** Replaces the policy's memory minimum (GB). */
  @property({ attribute: 'min-ram-gb' }) minRamGb = '';
  /** Replaces the policy's drive size minimum (GB). */
  @property({ attribute: 'min-storage-gb' }) minStorageGb = '';
  /** Replaces the policy's minimum months of security updates left. */
  @property({ attribute: 'min-support-months' }) minSupportMonths = '';
  /** Checks as if today were this date (YYYY-MM-DD), for training and tests. */
  @property() today = '';
  /** Warn when the update dates are older than this many days (default 180). */
  @property({ attribute: 'stale-after-days' }) staleAfterDays = '';
  /** Places to suggest to a donor we decline; replaces the policy's own list. */
  @property({ attribute: false }) referrals: Referral[] | undefined = undefined;
  /** Replaces any of the element's words (JSON), for every language or per language: `{"es": {…}}`. */
  @property({ attribute: 'strings', converter: stringsConverter }) strings: StringOverrides | null = null;

  @state() private tab: Tab = 'check';
  @state() private values: FormValues = { ...EMPTY_FORM };
  @state() private errors: Partial<Record<FieldId, FormErrorCode>> = {};
  @state() private pasteText = '';
  @state() private pasteError = '';
  @state() private pasteMessage = '';
  @state() private checked: { offer: Offer; decision: Decision } | undefined;
  @state() private donorName = '';
  @state() private donorEmail = '';
  @state() private lotText = '';
  @state() private lotFileText = '';
  @state() private lotError = '';
  @state() private lotMessage = '';
  @state() private lotBusy = false;
  @state() private lot:
    | { results: LotResult[]; problems: RowProblem[]; ignored: string[]; truncatedAt?: number; summary: LotSummary }
    | undefined;

  private readonly i18n = new I18nController(this, { en, es: () => import('./strings/es.js') });
  private readonly core = coreI18n(this);
  private readonly config = new ConfigController(this);
  private readonly focuser = new FocusController(this);
  private readonly notices = new NoticeController(this, this.core);
  private readonly remote = new RemoteController<PolicyReading>(this, text => readPolicy(text));
  private readonly sender = new SubmitController(this, {
    types: ['donation-decision'],
    onChange: s => s.kind !== 'sending' && s.kind !== 'idle' && this.focuser.focusAfterUpdate('#save-outcome')
  });
  private limits: LimitOverrides = {};
  private activePolicy: DonationPolicy | undefined;

  /** The policy in use (with any attribute limits), or undefined while it loads or when it is broken. */
  get currentPolicy(): DonationPolicy | undefined {
    return this.activePolicy;
  }

  private get say(): Say {
    const i18n = this.i18n;
    return {
      lang: i18n.lang,
      t: (key, params) => i18n.t(key, params),
      has: key => i18n.has(key),
      number: n => i18n.number(n),
      list: items => i18n.list(items),
      day: iso => i18n.date(new Date(`${iso}T12:00:00`), { dateStyle: 'long' })
    };
  }

  private get todayDate(): string {
    return isIsoDate(this.today) ? this.today : todayIso();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && TABS.includes(this.view as Tab)) this.tab = this.view as Tab;
    if (changed.has('policySrc') && this.policy === undefined) void this.remote.load(this.policySrc || null);
    const problems: ConfigProblem[] = [...this.baseConfigProblems(), ...stringsProblems(this.strings)];
    const endpoint = parseEndpoint(this.endpoint);
    if (endpoint.kind === 'invalid')
      problems.push({ attribute: 'endpoint', code: 'bad-endpoint', detail: endpoint.problem });
    if (this.preset && !(this.preset in PRESETS))
      problems.push({ attribute: 'preset', code: 'configBadPreset', detail: `"${this.preset}" is not a preset.` });
    if (this.view && !TABS.includes(this.view as Tab))
      problems.push({ attribute: 'view', code: 'configBadView', detail: `"${this.view}" is not a view.` });
    if (this.today && !isIsoDate(this.today))
      problems.push({ attribute: 'today', code: 'configBadDate', detail: `"${this.today}" is not a date.` });
    const limits: LimitOverrides = {};
    for (const [key, prop, attribute] of LIMITS) {
      const raw = this[prop].trim();
      if (!raw) continue;
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0)
        problems.push({ attribute, code: 'configBadNumber', detail: `"${raw}" is not a number of zero or more.` });
      else limits[key] = n;
    }
    if (this.staleAfterDays && !(Number(this.staleAfterDays) >= 0))
      problems.push({ attribute: 'stale-after-days', code: 'configBadNumber', detail: `"${this.staleAfterDays}"` });
    this.config.set('attributes', problems);
    this.limits = limits;
    this.resolvePolicy();
  }

  private resolvePolicy(): void {
    let reading: PolicyReading | undefined;
    let source = 'policy';
    if (this.policy !== undefined && this.policy !== null) reading = readPolicy(this.policy);
    else if (this.policySrc) {
      source = 'policy-src';
      const s = this.remote.state;
      if (s.kind === 'ready') reading = s.value;
      else if (s.kind === 'error') {
        this.config.set('policy', [
          { attribute: source, code: 'configPolicyLoad', detail: s.detail, params: { detail: s.status ?? s.code } }
        ]);
        this.activePolicy = undefined;
        return;
      }
    } else reading = { ok: true, policy: PRESETS[(this.preset in PRESETS ? this.preset : 'baseline') as 'baseline'] };
    if (!reading) {
      this.config.set('policy', []);
      this.activePolicy = undefined;
      return;
    }
    if (!reading.ok) {
      this.config.set(
        'policy',
        reading.problems.map(p => ({
          attribute: source,
          code: `policyProblem:${p.code}`,
          detail: `${p.path ? `${p.path}: ` : ''}${p.code}${p.detail ? ` (${p.detail})` : ''}`,
          params: { path: p.path ?? '', detail: p.detail ?? '' }
        }))
      );
      this.activePolicy = undefined;
      return;
    }
    const missing = (Object.keys(this.limits) as (keyof LimitOverrides)[]).filter(
      key => !reading.policy.rules.some(r => r.kind === KIND_OF_LIMIT[key])
    );
    this.config.set(
      'policy',
      missing.map(key => ({
        attribute: LIMITS.find(l => l[0] === key)![2],
        code: 'configNoRule',
        detail: `the policy has no ${KIND_OF_LIMIT[key]} rule.`
      }))
    );
    this.activePolicy = withLimits(reading.policy, this.limits);
  }

  private get ctx(): ViewContext {
    return { say: this.say, core: this.core, words: fieldWords(this.core), level: this.headingLevelOr(2) };
  }

  override render(): TemplateResult {
    const ctx = this.ctx;
    const t = (key: DonationKey, params?: Record<string, string | number>) => this.i18n.t(key, params);
    const policy = this.activePolicy;
    const standalone = this.view === 'policy';
    const loading = !policy && this.policySrc && this.remote.state.kind === 'loading';
    return html`<div class="root" lang=${this.i18n.lang}>
      ${this.notices.render()}
      ${
        standalone
          ? nothing
          : html`${heading(ctx.level, t('title'), { className: 'title' })}
              <p class="intro">${t('intro')}</p>`
      }
      ${this.renderConfig()} ${loading ? html`<p role="status">${t('policyLoading')}</p>` : nothing}
      ${
        standalone
          ? policy
            ? renderPolicyPage({ ...ctx, level: ctx.level }, this.policyView(policy))
            : nothing
          : html`${this.renderTabs()} ${this.renderDataDate()}
            ${this.tab === 'check' ? this.renderCheck(ctx, policy) : nothing}
            ${this.tab === 'lot' ? this.renderLotTab(ctx, policy) : nothing}
            ${this.tab === 'policy' && policy ? renderPolicyPage(ctx, this.policyView(policy)) : nothing}`
      }
      ${this.focuser.liveRegion()}
    </div>`;
  }

  private renderConfig(): TemplateResult | typeof nothing {
    return renderConfig(this.config.problems, this.core, this.say, {
      unusable: !this.activePolicy && this.remote.state.kind !== 'loading'
    });
  }

  private renderTabs(): TemplateResult {
    const label = (tab: Tab) => this.i18n.t(tab === 'check' ? 'viewCheck' : tab === 'lot' ? 'viewLot' : 'viewPolicy');
    return html`<nav aria-label=${this.i18n.t('viewsLabel')}>
      <ul class="views">
        ${TABS.map(
          tab =>
            html`<li>
              <button
                type="button"
                class="tb-button tb-button--secondary"
                aria-pressed=${tab === this.tab ? 'true' : 'false'}
                @click=${() => (this.tab = tab)}
              >
                ${label(tab)}
              </button>
            </li>`
        )}
      </ul>
    </nav>`;
  }

  private renderDataDate(): TemplateResult {
    const asOf = OS_EOL.source.snapshotDate;
    const days = daysBetween(asOf, this.todayDate);
    const limit = this.staleAfterDays && Number(this.staleAfterDays) >= 0 ? Number(this.staleAfterDays) : 180;
    return html`<p class="as-of">${this.i18n.t('dataAsOf', { date: this.say.day(asOf) })}</p>
      ${days > limit ? html`<p class="warning">${this.i18n.t('dataOld', { days })}</p>` : nothing}`;
  }

  private policyView(policy: DonationPolicy) {
    return {
      policy,
      referrals: this.referrals ?? policy.referrals ?? [],
      onPrint: () => printPart(this, 'policy')
    };
  }

  private renderCheck(ctx: ViewContext, policy: DonationPolicy | undefined): TemplateResult {
    const lead = policy?.deploymentLeadMonths ?? 0;
    const form = renderForm(ctx, {
      values: this.values,
      errors: this.errors,
      pasteText: this.pasteText,
      pasteError: this.pasteError,
      pasteMessage: this.pasteMessage,
      defaultDeployment: this.say.day(addMonths(this.todayDate, lead)),
      thisYear: Number(this.todayDate.slice(0, 4)),
      disabled: !policy,
      onField: (id, value) => (this.values = { ...this.values, [id]: value }),
      onPasteInput: text => (this.pasteText = text),
      onPaste: this.handlePaste,
      onCheck: this.handleCheck,
      onClear: this.handleClear
    });
    const checked = this.checked;
    if (!checked || !policy) return form;
    const items = [{ offer: checked.offer, decision: checked.decision }];
    const texts = this.outputTexts(policy, checked);
    return html`${form}
    ${renderResults(ctx, {
      decision: checked.decision,
      policy,
      donorName: this.donorName,
      donorEmail: this.donorEmail,
      texts,
      mailto: {
        letter: texts.letter ? this.mailto(this.i18n.t('letterSubject'), texts.letter) : undefined,
        receipt: texts.receipt ? this.mailto(this.i18n.t('receiptSubject'), texts.receipt) : undefined
      },
      onDonorName: value => (this.donorName = value),
      onDonorEmail: value => (this.donorEmail = value),
      onPrint: (kind: OutputKind) => printPart(this, kind),
      onCopy: this.handleCopy
    })}
    ${this.renderSaveFor(ctx, policy, items, 'saveButton', texts.note ?? '')}`;
  }

  private outputTexts(policy: DonationPolicy, checked: { offer: Offer; decision: Decision }) {
    const input = { ...checked, policy, donorName: this.donorName };
    const referrals = this.referrals ?? policy.referrals ?? [];
    return {
      letter: checked.decision.outcome === 'decline' ? declineLetter(this.say, { ...input, referrals }) : undefined,
      receipt: checked.decision.outcome === 'decline' ? undefined : receiptText(this.say, input),
      note: staffNote(this.say, input)
    } satisfies Partial<Record<OutputKind, string>>;
  }

  private mailto(subject: string, body: string): string {
    const to = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(this.donorEmail.trim()) ? this.donorEmail.trim() : '';
    return `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }

  private renderSaveFor(
    ctx: ViewContext,
    policy: DonationPolicy,
    items: { row?: number; offer: Offer; decision: Decision }[],
    button: DonationKey,
    fallbackText: string
  ): TemplateResult {
    const endpoint = parseEndpoint(this.endpoint);
    return renderSave(ctx, {
      sender: this.sender,
      hasEndpoint: endpoint.kind === 'http' || endpoint.kind === 'mailto',
      button,
      fallbackText,
      onSave: () => void this.save(policy, items, fallbackText)
    });
  }

  private async save(
    policy: DonationPolicy,
    items: { row?: number; offer: Offer; decision: Decision }[],
    note: string
  ): Promise<void> {
    const data = decisionRecord(policy, items, { language: this.i18n.lang, donorName: this.donorName });
    await this.sender.submit(createEnvelope('donation-decision', data), {
      endpoint: parseEndpoint(this.endpoint),
      csrfToken: this.csrfToken || undefined,
      mail: { subject: this.i18n.t('saveHeading'), body: note }
    });
  }

  private renderLotTab(ctx: ViewContext, policy: DonationPolicy | undefined): TemplateResult {
    const view = renderLot(ctx, {
      text: this.lotText,
      error: this.lotError,
      fileMessage: this.lotMessage,
      results: this.lot?.results,
      problems: this.lot?.problems ?? [],
      ignored: this.lot?.ignored ?? [],
      truncatedAt: this.lot?.truncatedAt,
      summary: this.lot?.summary,
      busy: this.lotBusy || !policy,
      onText: text => (this.lotText = text),
      onFile: this.handleLotFile,
      onCheck: this.handleLotCheck,
      onTemplate: () => void downloadText(LOT_TEMPLATE_COLUMNS.join(',') + '\r\n', 'donation-list.csv'),
      onExport: this.handleLotExport
    });
    if (!policy || !this.lot?.results.length) return view;
    const note = this.lot.results
      .map(r => `${r.row}: ${itemName(this.say, r.offer)}: ${this.i18n.t(`short:${r.decision.outcome}`)}`)
      .join('\n');
    return html`${view} ${this.renderSaveFor(ctx, policy, this.lot.results, 'lotSaveButton', note)}`;
  }

  private handlePaste = () => {
    if (!this.pasteText.trim()) {
      this.pasteError = this.i18n.t('pasteEmpty');
      this.pasteMessage = '';
      this.focuser.focusAfterUpdate('#paste');
      return;
    }
    this.pasteError = '';
    const reading = readPaste(this.pasteText);
    const { values, filled } = fillForm(this.values, reading.offer);
    this.values = values;
    this.pasteMessage = filled.length
      ? this.i18n.t('pasteFound', { fields: this.i18n.list(filled.map(id => fieldLabel(this.ctx, id))) })
      : this.i18n.t('pasteFoundNothing');
    this.focuser.focusAfterUpdate('#paste-message');
  };

  private handleCheck = (event: Event) => {
    event.preventDefault();
    const policy = this.activePolicy;
    if (!policy) return;
    const { offer, errors, deployment } = readForm(this.values, Number(this.todayDate.slice(0, 4)));
    this.errors = errors;
    if (Object.keys(errors).length) {
      this.focuser.focusAfterUpdate('#error-summary');
      return;
    }
    const decision = checkOffer(policy, offer, { today: this.todayDate, deploymentDate: deployment, osData: OS_EOL });
    this.checked = { offer, decision };
    this.sender.reset();
    this.emitDecision(policy, [{ offer, decision }]);
    this.focuser.focusAfterUpdate('#results-title');
  };

  private emitDecision(policy: DonationPolicy, items: TbDonationDecisionDetail['items']) {
    this.dispatchEvent(
      new CustomEvent<TbDonationDecisionDetail>('tb-donation-decision', {
        detail: { items, policy: { id: policy.id, version: policy.version } },
        bubbles: true,
        composed: true
      })
    );
  }

  private handleClear = () => {
    this.values = { ...EMPTY_FORM };
    this.errors = {};
    this.checked = undefined;
    this.pasteText = '';
    this.pasteMessage = '';
    this.pasteError = '';
    this.sender.reset();
    this.focuser.focusAfterUpdate('#paste');
  };

  private handleCopy = async (event: Event, text: string) => {
    const status = (event.currentTarget as HTMLElement).parentElement?.querySelector('.copy-status');
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = false;
    }
    if (status) status.textContent = this.i18n.t(ok ? 'copied' : 'copyFailed');
  };

  private handleLotFile = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.lotFileText = '';
    if (!file) return;
    try {
      this.lotFileText = await file.text();
      this.lotError = '';
    } catch {
      this.lotError = this.i18n.t('lotFileFailed');
    }
  };

  private handleLotCheck = async (event: Event) => {
    event.preventDefault();
    const policy = this.activePolicy;
    const text = this.lotFileText || this.lotText;
    this.lotMessage = '';
    if (!policy) return;
    if (!text.trim()) {
      this.lotError = this.i18n.t('lotNothing');
      this.focuser.focusAfterUpdate('#lot-error-summary');
      return;
    }
    this.lotError = '';
    this.lotBusy = true;
    try {
      const papa = await loadPapa();
      const reading = readLot(text, papa);
      if (!reading.ok) {
        const keys = { empty: 'lotEmpty', 'too-large': 'lotTooLarge', 'no-known-columns': 'lotNoColumns' } as const;
        this.lotMessage = this.i18n.t(keys[reading.code]);
        this.lot = undefined;
        this.focuser.focusAfterUpdate('#lot-message');
        return;
      }
      const results = reading.rows.map(({ row, offer }) => ({
        row,
        offer,
        decision: checkOffer(policy, offer, { today: this.todayDate, osData: OS_EOL })
      }));
      this.lot = {
        results,
        problems: reading.problems,
        ignored: reading.ignoredColumns,
        truncatedAt: reading.truncated ? 2000 : undefined,
        summary: summarize(results, reading.problems.length)
      };
      this.sender.reset();
      if (results.length) this.emitDecision(policy, results);
      this.focuser.focusAfterUpdate('#lot-results');
    } catch {
      this.lotMessage = this.i18n.t('lotReadFailed');
      this.focuser.focusAfterUpdate('#lot-message');
    } finally {
      this.lotBusy = false;
    }
  };

  private handleLotExport = async () => {
    if (!this.lot) return;
    const t = (key: DonationKey) => this.i18n.t(key);
    const csv = lotCsv(await loadPapa(), this.lot.results, {
      columns: [
        t('colRow'),
        t('colModel'),
        t('colQuantity'),
        t('colAnswer'),
        t('colNotMet'),
        t('colFixable'),
        t('colUnknown')
      ],
      outcome: o => this.i18n.t(`short:${o}`)
    });
    downloadText(`\uFEFF${csv}`, t('lotExportName'));
  };

  /** The policy title in the page's language (for stories and docs). */
  get policyTitle(): string {
    return this.activePolicy ? textFor(this.activePolicy.title, this.i18n.lang) : '';
  }
}
