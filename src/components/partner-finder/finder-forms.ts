/** The partner finder, layer 3: its forms (GOV.UK patterns): suggest, correction, outreach note. */
import { html, nothing, type TemplateResult } from 'lit';
import { CORRECTION_FIELDS, OUTREACH_METHODS } from './forms.js';
import type { PartnerOrganization } from './model.js';
import { FormName, FORM_LABELS } from './finder-constants.js';
import type { FinderKey } from './strings/en.js';
import { failText, fallbackActions, waitText } from '../../core/form/outcome.js';
import { FinderActions } from './finder-actions.js';

export abstract class FinderForms extends FinderActions {
  // ---- form rendering (GOV.UK patterns) -------------------------------------------------------------------------

  protected renderErrorSummary(form: FormName) {
    const labels: Record<string, FinderKey> = FORM_LABELS[form];
    const entries = Object.entries(this.formErrors);
    if (!entries.length || this.errorsOf !== form || !this.openFormFor(form)) return nothing;
    return html`<div
      class="error-summary"
      id="pf-${form}-errors"
      role="alert"
      tabindex="-1"
      aria-labelledby="pf-${form}-errors-title"
    >
      ${this.h(2, this.core.t('errorSummaryTitle'), { id: `pf-${form}-errors-title` })}
      <ul>
        ${entries.map(([name, message]) => {
          const label = labels[name] ? this.t(labels[name]) : undefined;
          // The server's "This must be …" names no field; in the summary it needs the field's name.
          const text =
            label && message.startsWith('This ')
              ? `${label.replace(/ \([^)]*\)$/, '')}: ${message.slice(5)}`
              : this.errorText(message) || label;
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

  /** A field's error in the page's language: a catalog key from the checks, or the server's own words. */
  protected errorText(message: string): string {
    return this.i18n.has(message) ? this.t(message as FinderKey) : message;
  }

  protected openFormFor(form: FormName): boolean {
    return form === 'suggest' ? this.view.view === 'suggest' : this.openForm === form;
  }

  protected field(
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
      ${error ? html`<span class="error-message" id="${id}-error" part="error"><span class="visually-hidden">${this.core.t('errorPrefix')}</span> ${this.errorText(error)}</span>` : nothing}
      ${control(id, describedBy, !!error)}
    </div>`;
  }

  protected text(form: FormName, name: string, label: string, hint?: string, type = 'text', autocomplete = 'off') {
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

  protected textarea(form: FormName, name: string, label: string, hint?: string) {
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

  protected select(form: FormName, name: string, label: string, options: [string, string][], hint?: string) {
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

  protected renderOutcome(form: FormName, what: string) {
    const outcome = this.senders[form].state;
    const t = (key: FinderKey) => this.t(key, { what });
    const id = `pf-${form}-outcome`;
    switch (outcome.kind) {
      case 'idle':
      case 'sending':
        return nothing;
      case 'sent':
        return html`<div class="notice success" id=${id} tabindex="-1" role="status">
          <p>
            <strong>${t('sentTitle')}</strong
            >${outcome.reference ? html` ${t('sentReference')} <strong>${outcome.reference}</strong>.` : nothing}
          </p>
        </div>`;
      case 'queued':
        return html`<div class="notice" id=${id} tabindex="-1" role="status">
          <p>
            <strong>${t('queuedTitle')}</strong>
            ${outcome.persistent ? t('queuedPersistent') : t('queuedMemory')}
          </p>
          <p>${waitText(this.core, outcome.code, this.t('inbox'))}</p>
          ${
            outcome.code === 'not-allowed'
              ? html`<p>${this.core.t('waitNotAllowedAdvice')}</p>
                  ${fallbackActions(this.core, { text: this.sentText[form] })}`
              : nothing
          }
        </div>`;
      case 'mailto':
        return html`<div class="notice" id=${id} tabindex="-1" role="status">
          <p>${t('mailtoText')}</p>
        </div>`;
      case 'failed':
        return html`<div class="notice problem" id=${id} tabindex="-1" role="alert">
          <p>
            <strong>${t('failedTitle')}</strong>
            ${failText(this.core, outcome.code, this.t('inbox'))} ${t('failedKept')}
          </p>
          ${fallbackActions(this.core, { text: this.sentText[form] })}
        </div>`;
    }
  }

  protected renderForm(
    form: FormName,
    title: string,
    intro: string,
    fields: TemplateResult,
    send: string,
    what: string
  ) {
    const busy = this.senders[form].busy;
    return html`<div class="panel">
      ${this.h(2, title, { id: `pf-${form}-title`, tabindex: -1 })}
      <p>${intro}</p>
      ${this.renderOutcome(form, what)} ${this.renderErrorSummary(form)}
      <form part="form" novalidate @submit=${(e: SubmitEvent) => this.handleSubmit(e, form)}>
        ${fields}
        <button type="submit" class="primary" part="submit" ?disabled=${busy} aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? this.t('sending') : send}
        </button>
        ${form === 'suggest' ? nothing : html` <button type="button" @click=${() => this.cancelForm(form)}>${this.t('cancel')}</button>`}
      </form>
    </div>`;
  }

  protected renderSuggest() {
    const f: FormName = 'suggest';
    const L = FORM_LABELS[f];
    const t = (key: FinderKey) => this.t(key);
    return html`<div>
      ${this.h(1, this.t('viewSuggest'), { id: 'pf-view-title', tabindex: -1 })}
      ${this.renderForm(
        f,
        this.t('suggestFormTitle'),
        this.t('suggestIntro'),
        html`${this.text(f, 'name', t(L.name))}
        ${this.select(f, 'category', t(L.category), [['', t('notSure')], ...this.chart.categories.map(c => [c.id, c.name] as [string, string])])}
        ${this.text(f, 'website', t(L.website), t('hintWebsite'), 'url')} ${this.text(f, 'city', t(L.city))}
        ${this.textarea(f, 'why', t(L.why), t('hintWhy'))}
        ${this.text(f, 'suggestedBy', t(L.suggestedBy), t('hintSuggestedBy'), 'text', 'name')}`,
        t('suggestSend'),
        t('whatSuggestion')
      )}
    </div>`;
  }

  protected renderCorrection(org: PartnerOrganization) {
    const f: FormName = 'correction';
    const L = FORM_LABELS[f];
    const t = (key: FinderKey) => this.t(key);
    return this.renderForm(
      f,
      this.t('correctionTitle', { name: org.name }),
      t('correctionIntro'),
      html`${this.select(
        f,
        'field',
        t(L.field),
        CORRECTION_FIELDS.map(([v, k]) => [v, t(k)] as [string, string])
      )}
      ${this.textarea(f, 'problem', t(L.problem), t('hintProblem'))}
      ${this.text(f, 'reporter', t(L.reporter), undefined, 'text', 'name')}`,
      t('correctionSend'),
      t('whatCorrection')
    );
  }

  protected renderOutreach(org: PartnerOrganization) {
    const f: FormName = 'outreach';
    const L = FORM_LABELS[f];
    const t = (key: FinderKey) => this.t(key);
    return this.renderForm(
      f,
      this.t('outreachTitle', { name: org.name }),
      t('outreachIntro'),
      html`${this.text(f, 'date', t(L.date), undefined, 'date')}
      ${this.select(f, 'method', t(L.method), [['', t('chooseOne')], ...OUTREACH_METHODS.map(([v, k]) => [v, t(k)] as [string, string])])}
      ${this.textarea(f, 'summary', t(L.summary))} ${this.textarea(f, 'nextStep', t(L.nextStep))}
      ${this.text(f, 'staff', t(L.staff), undefined, 'text', 'name')}`,
      t('outreachSend'),
      t('whatOutreach')
    );
  }
}
