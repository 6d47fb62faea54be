import { isEmail } from '../../core/text.js';
import { html, nothing } from 'lit';
import { mailtoHref } from '../../core/submit.js';
import { telLink } from '../../core/phone.js';
import { format } from './strings.js';
import { ProblemReportViews } from './report-views.js';
import { heading } from '../../core/heading.js';

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
 * @csspart coaching - The kind question about vague words ("You wrote “the copier is broken”…").
 * @csspart contact - "How can IT reach you?" on the check step.
 * @csspart notices - News about reports sent while the person was away.
 * @csspart heading - The element's heading.
 * @csspart config - The message about a set-up problem.
 *
 * @cssproperty --tb-color-surface - The element's own background. Light #ffffff, dark #1e1f22.
 * @cssproperty --tb-color-text - Text. Light #0b0c0c, dark #f3f2f1.
 * @cssproperty --tb-color-text-muted - Hints. Light #505a5f, dark #c0c4c7.
 * @cssproperty --tb-color-border - Field borders. Light #6f777b, dark #8d9499.
 * @cssproperty --tb-color-border-subtle - Dividers. Light #b1b4b6, dark #4a4e54.
 * @cssproperty --tb-color-field - Field backgrounds. Light #ffffff, dark #121315.
 * @cssproperty --tb-color-panel - Panels and notices. Light #f3f2f1, dark #2b2d31.
 * @cssproperty --tb-color-accent - Links and the "changed" tag. Light #1d70b8, dark #8ab4f8.
 * @cssproperty --tb-color-on-accent - Text on the accent and on the send button.
 * @cssproperty --tb-color-focus - Focus highlight. Default #ffdd00.
 * @cssproperty --tb-color-error - Errors.
 * @cssproperty --tb-color-success - Send button and "sent" panel.
 * @cssproperty --tb-color-warning - Coaching, known problems and "saved" panel.
 * @cssproperty --tb-radius - Corner radius of inputs and buttons.
 * @cssproperty --tb-problem-report-max-width - Default 40rem.
 */
export class TbProblemReport extends ProblemReportViews {
  protected override render() {
    const s = this.s;
    return html`
      ${heading(this.headingLevelOr(2), s.heading, { id: 'heading', part: 'heading', tabindex: -1, className: 'h-main', hideWhenNone: true })}
      ${this.notices.render()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.renderConfigProblems()} ${this.renderRefused()}
      ${this.step === 'outcome' ? this.renderOutcome() : this.step === 'review' ? this.renderReview() : this.renderFormStep()}
    `;
  }

  /** "Will get back to you" only when the person said how; the words follow what was given. */
  protected sentNextText(): string {
    const contact = (this.lastData?.reporter.contact ?? this.values.contact).trim();
    return contact ? format(this.s.sentNextContact, { contact }) : this.s.sentNextNoContact;
  }

  /** On the check step, when the IT team has no way to reach the person yet. */
  protected renderContactAsk() {
    const s = this.s;
    return html`<section class="contact-ask" part="contact" aria-labelledby="contact-ask-heading">
      ${this.h(2, html`${s.contactAskHeading} <span class="hint">${s.optional}</span>`, { id: 'contact-ask-heading' })}
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

  protected renderOutcome() {
    const s = this.s;
    const o = this.outcome;
    if (!o) return nothing;
    const heading = (text: string) => this.h(1, text, { id: 'outcome-heading', tabindex: -1 });
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

  protected renderCall() {
    const phone = this.fallbackPhone.trim();
    const tel = telLink(phone);
    const text = format(this.s.callPhone, { phone });
    return tel ? html`<a href=${tel}>${text}</a>` : text;
  }

  protected renderFallbacks(all: boolean) {
    const s = this.s;
    const email = this.fallbackEmail.trim();
    const emailOk = isEmail(email);
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
