import { isEmail } from '../../core/text.js';
import { heading, type HeadingLevel } from '../../core/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import { createEnvelope } from '../../core/envelope.js';
import { mailtoHref, parseEndpoint } from '../../core/submit.js';
import type { SubmitState } from '../../core/controllers/submit.js';
import type { ConfigProblem } from '../../core/config.js';
import { format } from './strings.js';
import { collectContext } from './context-info.js';
import { type Incident } from './status.js';
import { choiceKey, type FormValues } from './payload.js';
import { IncidentResult, ChangeGroup, SECTION_GROUPS, COACHING_QUESTION, groupOf } from './report-shared.js';
import { ProblemReportActions } from './report-actions.js';

/** Known problems, and the pieces the views are made of (fields, errors, coaching, panels). */
export abstract class ProblemReportFields extends ProblemReportActions {
  /**
   * A heading `depth` levels below the element's own (`heading-level`, default 2; with `none` the element has no
   * heading and the others start at h2). Classes keep the look whatever the level.
   */
  protected h(depth: 1 | 2, content: unknown, options: { id?: string; tabindex?: number; className?: string } = {}) {
    const main = this.headingLevelOr(2);
    const level = Math.min(6, (main === 'none' ? 1 : main) + depth) as HeadingLevel;
    const className = [depth === 1 ? 'h-sub' : 'h-minor', options.className].filter(Boolean).join(' ');
    return heading(level, content, { ...options, className });
  }

  // ---------------------------------------------------------------- incidents

  protected handleIncidentOpen = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset.incident ?? '';
    this.incidentOpen = id;
    this.focusAfterUpdate = `#${CSS.escape(`incident-note-${id}`)}`;
  };

  protected handleIncidentCancel = () => {
    const id = this.incidentOpen;
    this.incidentOpen = '';
    this.focusAfterUpdate = `#${CSS.escape(`incident-button-${id}`)}`;
  };

  protected handleIncidentNote = (event: Event) => {
    const target = event.target as HTMLTextAreaElement;
    this.incidentNotes = { ...this.incidentNotes, [this.incidentOpen]: target.value };
  };

  protected handleIncidentSend = async (event: Event) => {
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
      const result = await this.noteSender.submit(envelope, {
        endpoint,
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

  /** A note that waited on this computer went later: its panel says so. */
  protected handleNoteChange(state: SubmitState) {
    if (state.kind !== 'sent' || !state.late) return;
    for (const [incidentId, result] of Object.entries(this.incidentResults)) {
      if (result.kind === 'queued' && this.incidentQueuedIds.get(incidentId) === state.id) {
        this.incidentResults = {
          ...this.incidentResults,
          [incidentId]: {
            kind: 'sent',
            text: format(this.s.incidentSent, { reference: state.reference ? ` (${state.reference})` : '' })
          }
        };
      }
    }
  }

  // ---------------------------------------------------------------- rendering helpers

  /** Hint text, with glossary terms turned into <tb-jargon> when a glossary and that element are on the page. */
  protected hintText(text: string): string | (string | TemplateResult)[] {
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

  protected describedBy(key: string, hint: boolean, extra = ''): string | typeof nothing {
    const ids = [hint ? `f-${key}-hint` : '', this.errors[key as keyof FormValues] ? `f-${key}-error` : '', extra]
      .filter(Boolean)
      .join(' ');
    return ids || nothing;
  }

  protected renderError(key: keyof FormValues) {
    const message = this.errors[key];
    if (!message) return nothing;
    return html`<p id="f-${key}-error" class="error-message" part="error">
      <span class="visually-hidden">${this.s.errorPrefix}</span> ${message}
    </p>`;
  }

  /** Marks the answers being changed, so they are easy to spot. */
  protected changingClass(group: ChangeGroup): string {
    return this.changing === group ? 'field--changing' : '';
  }

  /** "Back to check your report", right after the answers being changed. It checks them first, like Continue. */
  protected renderReturn(group: ChangeGroup) {
    if (this.changing !== group) return nothing;
    return html`<div class="actions return">
      <button type="button" part="submit" id="return-to-check" @click=${this.handleContinue}>
        ${this.s.returnToCheck}
      </button>
    </div>`;
  }

  /** Required answers are marked "(required)"; optional groups say "(optional)" in their legend. */
  protected isRequired(key: keyof FormValues): boolean {
    return key === 'summary' || key === 'whatHappened' || (key === 'contact' && this.requireContact);
  }

  protected renderText(
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
  protected renderCheckbox(
    key: 'otherComputer' | 'remember',
    label: string,
    hint: string | (string | TemplateResult)[]
  ) {
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

  protected renderRadios(key: 'scope' | 'impact' | 'frequency', legend: string, ids: readonly string[]) {
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

  protected renderCoaching(where: 'form' | 'review' = 'form') {
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

  protected renderConfigProblems() {
    const problems = this.config.problems;
    if (!problems.length) return nothing;
    const core = this.core;
    const t = this.i18n;
    const words: Record<string, (p: ConfigProblem) => string> = {
      'bad-theme': () => core.t('configBadTheme'),
      'bad-heading-level': () => core.t('configBadHeadingLevel'),
      'bad-strings': () => core.t('configBadStrings'),
      'bad-endpoint': () => core.t('configBadEndpoint'),
      'bad-email': () => t.t('configBadEmail'),
      'bad-barcode-pattern': () => t.t('configBadBarcodePattern'),
      'bad-priority-map': () => t.t('configBadPriorityMap'),
      'bad-min-fill-seconds': () => t.t('configBadMinFillSeconds'),
      'bad-screenshot-max-kb': p => t.t('configBadScreenshotMaxKb', p.params),
      'unknown-library-systems': p => t.t('configUnknownLibrarySystems', p.params),
      'bad-programs': () => t.t('configBadPrograms'),
      'load-failed': () => t.t('configLoadFailed')
    };
    return html`<div class="config" part="config">
      <p><strong>${this.s.configProblem}</strong></p>
      <ul>
        ${problems.map(p => html`<li><code>${p.attribute}</code>: ${words[p.code]?.(p) ?? p.detail}</li>`)}
      </ul>
    </div>`;
  }

  protected renderRefused() {
    if (!this.refused.length) return nothing;
    const s = this.s;
    const email = this.fallbackEmail.trim();
    const emailOk = isEmail(email);
    return this.refused.map(entry => {
      const text = this.entryText(entry);
      const { summary, incidentTitle } = entry.envelope.data as { summary?: unknown; incidentTitle?: unknown };
      const title = typeof summary === 'string' ? summary : typeof incidentTitle === 'string' ? incidentTitle : '';
      const subject = `${s.textTitle}: ${title}`.slice(0, 200);
      const busy = this.refusedBusy === entry.id;
      return html`<section
        class="panel panel--failed"
        part="panel"
        data-refused=${entry.id}
        aria-labelledby="refused-${entry.id}-heading"
      >
        ${this.h(1, this.refusedHeadingFor(entry), { id: `refused-${entry.id}-heading`, tabindex: -1 })}
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

  protected renderIncidents() {
    if (!this.incidents.length && !this.statusProblem) return nothing;
    const s = this.s;
    if (!this.incidents.length) return html`<p class="notice">${this.statusProblem}</p>`;
    return html`<section class="incidents-section" aria-labelledby="incidents-heading">
      ${this.h(1, s.incidentsHeading, { id: 'incidents-heading' })}
      <p>${s.incidentsIntro}</p>
      <ul class="incidents">
        ${this.incidents.map(incident => this.renderIncident(incident))}
      </ul>
    </section>`;
  }

  protected renderIncident(incident: Incident) {
    const s = this.s;
    const result = this.incidentResults[incident.id];
    const since = incident.since ? new Date(incident.since) : undefined;
    const open = this.incidentOpen === incident.id;
    return html`<li class="incident">
      ${this.h(2, incident.title, { className: 'incident-title' })}
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

  protected renderErrorSummary() {
    const entries = Object.entries(this.errors) as [keyof FormValues, string][];
    if (!entries.length) return nothing;
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      ${this.h(1, this.s.errorSummaryTitle, { id: 'error-summary-title' })}
      <ul>
        ${entries.map(
          ([key, message]) =>
            html`<li><a href="#f-${key}" data-field=${key} @click=${this.handleFieldLink}>${message}</a></li>`
        )}
      </ul>
    </div>`;
  }

  protected abstract renderCall(): string | TemplateResult;
}
