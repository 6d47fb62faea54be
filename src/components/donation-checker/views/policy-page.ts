import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../core/heading.js';
import type { DeviceType, DonationPolicy, PolicyRule, Referral } from '../model.js';
import { appliesTo, clauseText, textFor } from '../policy.js';
import { DEVICE_TYPES } from '../model.js';
import { word } from '../words.js';
import type { ViewContext } from './context.js';

export interface PolicyPageView {
  policy: DonationPolicy;
  referrals: Referral[];
  onPrint: () => void;
}

function ruleExtras(ctx: ViewContext, rule: PolicyRule): TemplateResult[] {
  const t = ctx.say.t.bind(ctx.say);
  const out: TemplateResult[] = [];
  if (rule.kind === 'device-type' && rule.accepted?.length) {
    out.push(
      html`<p>${t('policyAccepted', { list: ctx.say.list(rule.accepted.map(a => word(ctx.say, 'type', a))) })}</p>`
    );
  }
  if (rule.kind === 'data-wiping' && rule.accepted?.length) {
    const list = ctx.say.list(rule.accepted.map(a => word(ctx.say, 'data', a)));
    out.push(html`<p>${t('policyDataAccepted', { list })}</p>`);
  }
  const types = appliesTo(rule);
  if (rule.appliesTo?.length && types.length < DEVICE_TYPES.length) {
    const list = ctx.say.list(types.map((ty: DeviceType) => word(ctx.say, 'type', ty)));
    out.push(html`<p class="hint">${t('policyAppliesTo', { types: list })}</p>`);
  }
  out.push(
    html`<p class="hint">
      ${rule.severity === 'hard' ? t('policyHard') : t('policySoft')} ${rule.fixable ? t('policyFixable') : nothing}
    </p>`
  );
  return out;
}

/** The policy as a readable "what we accept" page, from the same data the checker uses. */
export function renderPolicyPage(ctx: ViewContext, v: PolicyPageView): TemplateResult {
  const t = ctx.say.t.bind(ctx.say);
  const p = v.policy;
  const contact = [p.contact?.email, p.contact?.phone].filter(Boolean).join(', ');
  return html`<article class="policy-page" part="policy" data-output="policy" aria-labelledby="policy-title">
    ${heading(ctx.level, textFor(p.title, ctx.say.lang), { offset: 1, id: 'policy-title' })}
    <p class="hint">${[p.library, t('policyVersion', { version: p.version })].filter(Boolean).join(' · ')}</p>
    ${p.intro ? html`<p>${textFor(p.intro, ctx.say.lang)}</p>` : nothing}
    <ol class="policy-rules">
      ${p.rules.map(
        rule =>
          html`<li class="policy-rule" data-rule=${rule.id}>
            <p>
              <strong class="clause-number">${t('clauseLabel', { clause: rule.clause })}</strong>
              <span class="clause-text">${clauseText(rule, ctx.say.lang, n => ctx.say.number(n))}</span>
            </p>
            ${ruleExtras(ctx, rule)}
          </li>`
      )}
    </ol>
    ${
      v.referrals.length
        ? html`${heading(ctx.level, t('policyReferrals'), { offset: 2 })}
            <ul class="referrals">
              ${v.referrals.map(
                r =>
                  html`<li>
                    <strong>${r.name}</strong>${r.detail ? html`: ${textFor(r.detail, ctx.say.lang)}` : nothing}
                    ${r.phone ? html` ${r.phone}` : nothing}
                    ${r.url && /^https?:\/\//.test(r.url) ? html` <a class="tb-link" href=${r.url}>${r.url}</a>` : nothing}
                  </li>`
              )}
            </ul>`
        : nothing
    }
    ${contact ? html`<p>${t('policyContact', { contact })}</p>` : nothing}
    <p class="screen-only">
      <button type="button" class="tb-button tb-button--secondary" @click=${v.onPrint}>${t('policyPrint')}</button>
    </p>
  </article>`;
}
