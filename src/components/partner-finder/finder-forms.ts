/** The partner finder, layer 3: its forms (GOV.UK patterns): suggest, correction, outreach note. */
import { html, nothing, type TemplateResult } from 'lit';
import { CORRECTION_FIELDS, OUTREACH_METHODS } from './forms.js';
import type { PartnerOrganization } from './model.js';
import { FormName, FORM_LABELS } from './finder-constants.js';
import { FinderActions } from './finder-actions.js';

export abstract class FinderForms extends FinderActions {
  // ---- form rendering (GOV.UK patterns) -------------------------------------------------------------------------

  protected renderErrorSummary(form: FormName) {
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
      ${error ? html`<span class="error-message" id="${id}-error" part="error"><span class="visually-hidden">Error:</span> ${error}</span>` : nothing}
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

  protected renderForm(
    form: FormName,
    title: string,
    intro: string,
    fields: TemplateResult,
    send: string,
    what: string
  ) {
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

  protected renderSuggest() {
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

  protected renderCorrection(org: PartnerOrganization) {
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

  protected renderOutreach(org: PartnerOrganization) {
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
