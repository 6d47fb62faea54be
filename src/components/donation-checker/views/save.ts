import { html, nothing, type TemplateResult } from 'lit';
import type { SubmitController } from '../../../core/controllers/submit.js';
import { fallbackActions, failText, waitText } from '../../../core/form/outcome.js';
import { heading } from '../../../core/heading.js';
import type { DonationKey } from '../strings/en.js';
import type { ViewContext } from './context.js';

export interface SaveView {
  sender: SubmitController;
  hasEndpoint: boolean;
  button: DonationKey;
  /** Text to copy or email when it cannot be saved. */
  fallbackText: string;
  mailtoHref?: string;
  onSave: () => void;
}

/** Saving the decision record, told truthfully: "saved" only once the endpoint proved it kept it. */
export function renderSave(ctx: ViewContext, v: SaveView): TemplateResult {
  const t = ctx.say.t.bind(ctx.say);
  const inbox = t('inbox');
  const state = v.sender.state;
  const fallbacks = () => fallbackActions(ctx.core, { text: v.fallbackText, mailtoHref: v.mailtoHref });
  let outcome: TemplateResult | typeof nothing = nothing;
  if (state.kind === 'sent') {
    outcome = html`<div class="tb-outcome tb-outcome--sent save-outcome" id="save-outcome" tabindex="-1">
      <p>${state.reference ? t('savedReference', { reference: state.reference }) : t('saved')}</p>
    </div>`;
  } else if (state.kind === 'queued') {
    outcome = html`<div class="tb-outcome tb-outcome--queued save-outcome" id="save-outcome" tabindex="-1">
      <p class="save-title">${t('notSavedYet')}</p>
      <p>${waitText(ctx.core, state.code, inbox)}</p>
      <p>${state.persistent ? ctx.core.t('waitSaved') : ctx.core.t('waitMemoryOnly')}</p>
      ${
        state.code === 'not-allowed'
          ? html`<p>${ctx.core.t('waitNotAllowedAdvice')}</p>
              ${fallbacks()}`
          : nothing
      }
    </div>`;
  } else if (state.kind === 'failed') {
    outcome = html`<div class="tb-outcome tb-outcome--failed save-outcome" id="save-outcome" tabindex="-1">
      <p class="save-title">${t('notSaved')}</p>
      <p>${failText(ctx.core, state.code, inbox)}</p>
      <p>${ctx.core.t('failAdvice')}</p>
      ${fallbacks()}
    </div>`;
  } else if (state.kind === 'mailto') {
    outcome = html`<div class="tb-outcome save-outcome" id="save-outcome" tabindex="-1">
      <p>${t('mailtoOpened')}</p>
    </div>`;
  }
  const refused = v.sender.refused;
  return html`<section class="save panel" aria-labelledby="save-title">
    ${heading(ctx.level, t('saveHeading'), { offset: 1, id: 'save-title' })}
    ${
      v.hasEndpoint
        ? html`<p class="hint">${t('saveHint', { inbox })}</p>
            <button
              type="button"
              class="tb-button"
              id="save-button"
              ?disabled=${v.sender.busy || state.kind === 'sent'}
              @click=${v.onSave}
            >
              ${v.sender.busy ? t('saving') : t(v.button)}
            </button>`
        : html`<p class="hint">${t('saveNoEndpoint')}</p>`
    }
    ${outcome}
    ${
      refused.length
        ? html`<div class="refused">
            <p>${t('refusedEarlier', { count: refused.length, inbox })}</p>
            <ul>
              ${refused.map(
                entry =>
                  html`<li>
                    <span>${ctx.say.day(entry.envelope.createdAt.slice(0, 10))}</span>
                    <button
                      type="button"
                      class="tb-button tb-button--secondary"
                      @click=${() => void v.sender.retry(entry.id)}
                    >
                      ${ctx.core.t('tryAgain')}
                    </button>
                    <button
                      type="button"
                      class="tb-button tb-button--secondary"
                      @click=${() => void v.sender.discard(entry.id)}
                    >
                      ${ctx.core.t('discard')}
                    </button>
                  </li>`
              )}
            </ul>
          </div>`
        : nothing
    }
  </section>`;
}
