import { html, nothing, type TemplateResult } from 'lit';
import type { SubmitController } from '../../../core/controllers/submit.js';
import type { CoreCatalog } from '../../../core/core-i18n.js';
import { fallbackActions, failText, waitText } from '../../../core/form/outcome.js';
import { heading, type HeadingLevel } from '../../../core/heading.js';
import type { I18nController } from '../../../core/i18n.js';
import type { Endpoint } from '../../../core/submit.js';
import { localize } from '../model.js';
import { boardSummary } from '../outline.js';
import type { MouHost } from './context.js';
import { summaryView } from './document-view.js';

const lvl = (h: MouHost, offset: number): HeadingLevel =>
  (h.level === 0 ? 'none' : Math.min(6, h.level + offset)) as HeadingLevel;

interface ReviewParts {
  sendErrors: unknown;
  document: TemplateResult;
  send: () => void;
  sender: SubmitController;
  core: I18nController<CoreCatalog>;
  endpoint: Endpoint;
  markdown: () => string;
}

function outcome(h: MouHost, p: ReviewParts): TemplateResult | typeof nothing {
  const s = p.sender.state;
  const inbox = h.t('inbox');
  const fallbacks = () => fallbackActions(p.core, { text: p.markdown() });
  switch (s.kind) {
    case 'sent':
      return html`<div class="tb-outcome tb-outcome--sent" id="outcome" tabindex="-1" role="status">
        ${heading(lvl(h, 2), h.t('sentTitle'))}
        ${s.reference ? html`<p>${h.t('sentReference', { reference: s.reference })}</p>` : nothing}
      </div>`;
    case 'queued':
      return html`<div class="tb-outcome tb-outcome--waiting" id="outcome" tabindex="-1">
        ${heading(lvl(h, 2), h.t('waitingTitle'))}
        <p>${waitText(p.core, s.code, inbox)}</p>
        <p>${p.core.t(s.persistent ? 'waitSaved' : 'waitMemoryOnly')}</p>
        ${fallbacks()}
      </div>`;
    case 'failed':
      return html`<div class="tb-outcome tb-outcome--failed" id="outcome" tabindex="-1">
        ${heading(lvl(h, 2), h.t('failedTitle'))}
        <p>${failText(p.core, s.code, inbox)}</p>
        <p>${p.core.t('failAdvice')}</p>
        ${fallbacks()}
      </div>`;
    case 'mailto':
      return html`<div class="tb-outcome" id="outcome" tabindex="-1">
        <p><a class="tb-link" href=${s.href}>${p.core.t('emailInstead')}</a></p>
      </div>`;
    default:
      return nothing;
  }
}

export function reviewView(h: MouHost, p: ReviewParts): TemplateResult {
  const prog = h.progress;
  const errors = prog.errors;
  const canSend = p.endpoint.kind === 'http' || p.endpoint.kind === 'mailto';
  return html`<section class="review" aria-labelledby="review-title">
    ${heading(lvl(h, 1), h.t('reviewTitle'), { id: 'review-title', className: 'section-title', tabindex: -1 })}
    ${
      prog.requiredMissing.length
        ? html`<p class="doc-label">${h.t('missingTitle')}</p>
            <ul class="missing">
              ${prog.requiredMissing.map(id => {
                const i = h.sections.findIndex(s => s.id === id);
                return html`<li>
                  <button type="button" class="tb-link-button" @click=${() => h.go(i)}>
                    ${localize(h.sections[i].title, h.language)}
                  </button>
                </li>`;
              })}
            </ul>`
        : html`<p>${h.t('allRequiredDone')}</p>`
    }
    ${errors ? html`<p class="finding--error">${h.t('errorsLeft', { count: errors })}</p>` : nothing}
    <p class="tb-hint">${h.t('notLegalAdvice')}</p>
    ${summaryView(h, boardSummary(h.sections, h.doc))}
    <ul class="outputs">
      <li>
        <button type="button" class="tb-button tb-button--secondary" @click=${() => h.print('summary')}>
          ${h.t('printSummary')}
        </button>
      </li>
      <li>
        <button type="button" class="tb-button tb-button--secondary" @click=${() => h.print('document')}>
          ${h.t('print')}
        </button>
      </li>
      <li>
        <button type="button" class="tb-button tb-button--secondary" @click=${() => h.downloadMarkdown()}>
          ${h.t('downloadMarkdown')}
        </button>
      </li>
      <li>
        <button type="button" class="tb-button tb-button--secondary" @click=${() => h.downloadCalendar()}>
          ${h.t('downloadCalendar')}
        </button>
      </li>
    </ul>
    ${
      canSend
        ? html`${p.sendErrors}
            <p>
              <button type="button" class="tb-button" id="send" ?disabled=${p.sender.busy} @click=${p.send}>
                ${p.sender.busy ? h.t('sending') : h.t('send')}
              </button>
            </p>
            ${
              p.sender.refused.length
                ? html`<p class="finding--warning">${h.t('refusedEarlier', { count: p.sender.refused.length })}</p>`
                : nothing
            }
            ${outcome(h, p)}`
        : nothing
    }
    <div class="preview-full">${p.document}</div>
  </section>`;
}
