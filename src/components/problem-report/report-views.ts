import { html, nothing, type TemplateResult } from 'lit';
import { parseEndpoint } from '../../core/submit.js';
import { format } from './strings.js';
import { choiceKey, FREQUENCIES, findGaps, IMPACTS, SCOPES, STARTED, type FormValues } from './payload.js';
import { groupOf, IMAGE_TYPES, formatBytes } from './report-shared.js';
import { ProblemReportFields } from './report-fields.js';

/** The form step and the check step. */
export abstract class ProblemReportViews extends ProblemReportFields {
  protected renderFormStep() {
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

  protected renderMoreDetail() {
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

  protected renderScreenshot() {
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

  protected renderReview() {
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
      ${this.h(1, s.reviewHeading, { id: 'review-heading', tabindex: -1 })}
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
              ${this.h(2, s.gapsHeading)}
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
              ${this.h(2, s.quickHeading, { id: 'quick-heading', tabindex: -1 })}
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

  protected abstract renderContactAsk(): TemplateResult;
}
