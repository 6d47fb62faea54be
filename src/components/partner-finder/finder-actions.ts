/**
 * The partner finder, layer 2: what people do (search, filters, opening a partner, exports, printing, sending forms).
 */
import { createEnvelope } from '../../core/envelope.js';
import { toCsv, toVCard } from './export.js';
import { type FacetId, type SortKey } from './filter.js';
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
import type { PartnerOrganization } from './model.js';
import { publicCopy } from './privacy.js';
import { type View } from './url-state.js';
import { FormName, FORM_TYPES, TbPartnerSelectDetail } from './finder-constants.js';
import { FinderCore } from './finder-core.js';
import type { FinderKey } from './strings/en.js';
import { DirectoryError, directoryText } from './directory-words.js';

export abstract class FinderActions extends FinderCore {
  // ---- events -------------------------------------------------------------------------------------------------

  protected handleSearchInput = (event: Event) => {
    this.setView({ q: (event.target as HTMLInputElement).value }, 'replace');
  };

  protected handleSearchSubmit = (event: Event) => event.preventDefault();

  protected handleFacetChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const facet = input.dataset.facet as FacetId;
    const current = this.view.filters[facet] ?? [];
    const values = input.checked ? [...current, input.value] : current.filter(v => v !== input.value);
    this.setView({ filters: { ...this.view.filters, [facet]: values.length ? values : undefined } });
  };

  protected removeFilter(facet: FacetId, value: string, index: number) {
    const values = (this.view.filters[facet] ?? []).filter(v => v !== value);
    this.setView({ filters: { ...this.view.filters, [facet]: values.length ? values : undefined } });
    this.focusAfterRender = [
      `.chips li:nth-child(${index + 1}) button`,
      `.chips li:nth-child(${index}) button`,
      `#pf-search`
    ];
  }

  protected removeSearch(index: number) {
    this.setView({ q: '' });
    this.focusAfterRender = [`.chips li:nth-child(${index}) button`, `#pf-search`];
  }

  protected clearFilters = () => {
    this.setView({ filters: {}, q: '' });
    this.focusAfterRender = ['#pf-search'];
  };

  // A drop-down changes with every arrow key: it replaces the address instead of adding a step per option passed.
  protected handleSort = (event: Event) => {
    this.setView({ sort: (event.target as HTMLSelectElement).value as SortKey }, 'replace');
  };

  protected showView(view: View) {
    this.openForm = undefined;
    this.formErrors = {};
    this.setView({ view, org: '' });
    this.focusAfterRender = ['#pf-view-title'];
  }

  protected openOrg(org: PartnerOrganization) {
    this.lastOrgKey = org.key;
    this.openForm = undefined;
    this.senders.correction.reset();
    this.senders.outreach.reset();
    this.setView({ org: org.key });
    this.focusAfterRender = ['#pf-detail-title'];
  }

  protected closeOrg = () => {
    const key = this.view.org || this.lastOrgKey;
    this.openForm = undefined;
    this.setView({ org: '' });
    this.focusAfterRender = [`[data-org="${CSS.escape(key)}"]`, `#pf-search`, `#pf-view-title`];
  };

  protected handleDetailKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !this.openForm) {
      event.preventDefault();
      this.closeOrg();
    }
  };

  protected showMore = () => {
    const first = this.shown;
    this.shown += this.pageLength;
    this.focusAfterRender = [`.cards > li:nth-child(${first + 1}) [data-org]`];
  };

  protected toggleFacet(facet: FacetId) {
    const next = new Set(this.expandedFacets);
    if (next.has(facet)) next.delete(facet);
    else next.add(facet);
    this.expandedFacets = next;
  }

  protected async selectPartner(org: PartnerOrganization) {
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
  protected currentOrganizations(limit = Infinity): PartnerOrganization[] {
    if (!this.index || !this.result) return [];
    const { ids } = this.result;
    const out: PartnerOrganization[] = [];
    for (let k = 0; k < ids.length && k < limit; k++) out.push(this.index.organizations[ids[k]]);
    return out;
  }

  protected download(text: string, name: string, type: string) {
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

  protected handleCsv = async () => {
    let csv: string;
    try {
      csv = await this.exportCsv();
    } catch (error) {
      this.announcement = error instanceof DirectoryError ? directoryText(error, this.i18n) : this.t('csvFailed');
      return;
    }
    this.download(`\uFEFF${csv}`, 'partners.csv', 'text/csv;charset=utf-8');
  };
  protected handleVCard = async () => {
    await this.withDetails();
    this.download(this.exportVCard(), 'partners.vcf', 'text/vcard;charset=utf-8');
  };

  protected handleBeforePrint = () => {
    this.printing = true;
  };

  protected handleAfterPrint = () => {
    this.printing = false;
  };

  protected handlePrint = async () => {
    await this.withDetails();
    this.printing = true;
    await this.updateComplete;
    window.print();
  };

  // ---- forms --------------------------------------------------------------------------------------------------

  protected showForm(form: FormName) {
    this.openForm = form;
    this.formErrors = {};
    this.errorsOf = form;
    this.senders[form].reset();
    this.focusAfterRender = [`#pf-${form}-title`];
  }

  /** Closes a form of the details and puts focus back on the button that opened it. */
  protected cancelForm(form: FormName) {
    this.openForm = undefined;
    this.formErrors = {};
    this.focusAfterRender = [`#pf-open-${form}`, '#pf-detail-title'];
  }

  protected async handleSubmit(event: SubmitEvent, form: FormName) {
    event.preventDefault();
    const el = event.target as HTMLFormElement;
    if (this.senders[form].busy) return;
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
      subject = this.t('mailSuggestSubject', { name: fields.name.trim() });
      body = mailBody([
        [this.t('mailOrganization'), fields.name],
        [this.t('mailType'), this.content.categories.find(c => c.id === fields.category)?.name],
        [this.t('mailWebsite'), fields.website],
        [this.t('mailCity'), fields.city],
        [this.t('mailWhy'), fields.why],
        [this.t('mailSuggestedBy'), fields.suggestedBy]
      ]);
    } else if (form === 'correction' && org) {
      const fields = { field: get('field'), problem: get('problem'), reporter: get('reporter') };
      errors = checkCorrection(fields);
      data = correctionData(org, fields);
      subject = this.t('mailCorrectionSubject', { name: org.name });
      body = mailBody([
        [this.t('mailOrganization'), org.name],
        [this.t('mailListedIn'), org.sources.join(', ')],
        [this.t('mailWhatWrong'), this.optionText(CORRECTION_FIELDS, fields.field)],
        [this.t('mailDetails'), fields.problem],
        [this.t('mailReportedBy'), fields.reporter]
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
      subject = this.t('mailOutreachSubject', { name: org.name });
      body = mailBody([
        [this.t('mailOrganization'), org.name],
        [this.t('mailDate'), fields.date],
        [this.t('mailHow'), this.optionText(OUTREACH_METHODS, fields.method)],
        [this.t('mailSummary'), fields.summary],
        [this.t('mailNextStep'), fields.nextStep],
        [this.t('mailStaff'), fields.staff]
      ]);
    } else return;
    this.formErrors = errors;
    this.errorsOf = form;
    if (Object.keys(errors).length) {
      this.focusAfterRender = [`#pf-${form}-errors`];
      return;
    }
    this.sentText = { ...this.sentText, [form]: `${subject}\n\n${body}` };
    const envelope = createEnvelope(FORM_TYPES[form], data);
    const result = await this.senders[form].submit(envelope, {
      endpoint: this.parsedEndpoint,
      csrfToken: this.csrfToken || undefined,
      mail: { subject, body }
    });
    if (result.status === 'cancelled') return;
    if (result.status === 'failed') {
      const fieldErrors: FieldErrors = {};
      for (const [pointer, message] of Object.entries(result.fieldErrors ?? {})) {
        const name = pointer.replace(/^\/data\//, '').split('/')[0];
        fieldErrors[name] = this.t('errServer', { message });
      }
      this.formErrors = fieldErrors;
    }
    if (result.status === 'sent' || result.status === 'queued' || result.status === 'mailto') el.reset();
    this.focusAfterRender = [`#pf-${form}-outcome`, `#pf-${form}-errors`];
  }

  /** The words of a chosen option, in the page's language. */
  protected optionText(options: [string, FinderKey][], value: string): string | undefined {
    const key = options.find(([v]) => v === value)?.[1];
    return key && this.t(key);
  }

  protected get selectedOrganization(): PartnerOrganization | undefined {
    if (!this.view.org || !this.index) return undefined;
    return this.index.organizations.find(o => o.key === this.view.org);
  }

  protected get canSend(): boolean {
    const kind = this.parsedEndpoint.kind;
    return kind === 'http' || kind === 'mailto';
  }
}
