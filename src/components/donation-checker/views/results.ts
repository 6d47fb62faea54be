import { html, nothing, type TemplateResult } from 'lit';
import { textField } from '../../../core/form/fields.js';
import { heading } from '../../../core/heading.js';
import type { CriterionResult, Decision, DonationPolicy } from '../model.js';
import { clauseText } from '../policy.js';
import type { DonationKey } from '../strings/en.js';
import { fixText, reasonText } from '../words.js';
import type { ViewContext } from './context.js';

export type OutputKind = 'letter' | 'receipt' | 'note';

export interface ResultsView {
  decision: Decision;
  policy: DonationPolicy;
  donorName: string;
  donorEmail: string;
  texts: Partial<Record<OutputKind, string>>;
  mailto: Partial<Record<OutputKind, string>>;
  onDonorName: (value: string) => void;
  onDonorEmail: (value: string) => void;
  onPrint: (kind: OutputKind) => void;
  onCopy: (event: Event, text: string) => void;
}

const ICON: Record<CriterionResult['status'], string> = { pass: '✓', fail: '✗', unknown: '?' };

function summaryLines(ctx: ViewContext, d: Decision): string[] {
  const t = ctx.say.t.bind(ctx.say);
  const count = (pick: (r: CriterionResult) => boolean) => d.results.filter(pick).length;
  if (d.outcome === 'accept') return [t('acceptText')];
  if (d.outcome === 'decline')
    return [t('declineText', { count: count(r => r.status === 'fail' && r.severity === 'hard' && !r.fixable) })];
  const lines = [t('reviewText')];
  const unknown = count(r => r.status === 'unknown');
  const fixable = count(r => r.fixable);
  const soft = count(r => r.status === 'fail' && !r.fixable);
  if (unknown) lines.push(t('reviewUnknown', { count: unknown }));
  if (fixable) lines.push(t('reviewFixable', { count: fixable }));
  if (soft) lines.push(t('reviewSoft', { count: soft }));
  return lines;
}

function criterion(ctx: ViewContext, policy: DonationPolicy, r: CriterionResult): TemplateResult {
  const rule = policy.rules.find(x => x.id === r.ruleId);
  const fix = fixText(ctx.say, r);
  return html`<li class="criterion criterion--${r.status}" part="criterion">
    <p class="criterion-head">
      <span class="badge badge--${r.status}"
        ><span aria-hidden="true">${ICON[r.status]}</span> ${ctx.say.t(`status:${r.status}`)}</span
      >
      <span class="clause-number">${ctx.say.t('clauseLabel', { clause: r.clause })}</span>
    </p>
    <p class="reason">${reasonText(ctx.say, r)}</p>
    ${fix ? html`<p class="fix">${fix}</p>` : nothing}
    ${
      rule
        ? html`<blockquote class="quote">
            <span class="visually-hidden">${ctx.say.t('policySays')}</span>
            ${clauseText(rule, ctx.say.lang, n => ctx.say.number(n))}
          </blockquote>`
        : nothing
    }
  </li>`;
}

function output(ctx: ViewContext, v: ResultsView, kind: OutputKind, title: DonationKey): TemplateResult {
  const text = v.texts[kind];
  if (!text) return html``;
  const t = ctx.say.t.bind(ctx.say);
  return html`<section class="output panel" data-output=${kind} aria-labelledby="output-${kind}-title">
    ${heading(ctx.level, t(title), { offset: 2, id: `output-${kind}-title` })}
    <div class="output-text" id="output-${kind}" part="output">${text}</div>
    <div class="output-actions">
      <button type="button" class="tb-button tb-button--secondary" @click=${() => v.onPrint(kind)}>
        ${t('printButton')}
      </button>
      <button type="button" class="tb-button tb-button--secondary" @click=${(e: Event) => v.onCopy(e, text)}>
        ${t('copyButton')}
      </button>
      <span class="copy-status" role="status"></span>
      ${v.mailto[kind] ? html`<a class="tb-link" href=${v.mailto[kind]!}>${t('emailButton')}</a>` : nothing}
    </div>
  </section>`;
}

export function renderResults(ctx: ViewContext, v: ResultsView): TemplateResult {
  const t = ctx.say.t.bind(ctx.say);
  const d = v.decision;
  return html`<section class="results" part="results" aria-labelledby="results-title">
      ${heading(ctx.level, t('resultsHeading'), { offset: 1, id: 'results-title', tabindex: -1 })}
      <div class="outcome outcome--${d.outcome}" part="outcome" id="outcome">
        <p class="outcome-title">${t(`outcome:${d.outcome}`)}</p>
        ${summaryLines(ctx, d).map(line => html`<p>${line}</p>`)}
      </div>
      <ul class="criteria">
        ${d.results.map(r => criterion(ctx, v.policy, r))}
      </ul>
    </section>
    <section class="outputs" aria-labelledby="outputs-title">
      ${heading(ctx.level, t('outputsHeading'), { offset: 1, id: 'outputs-title' })}
      <div class="donor">
        ${textField({
          id: 'donor-name',
          label: t('donorName'),
          value: v.donorName,
          optional: true,
          autocomplete: 'off',
          words: ctx.words,
          onInput: value => v.onDonorName(value)
        })}
        ${textField({
          id: 'donor-email',
          label: t('donorEmail'),
          value: v.donorEmail,
          type: 'email',
          optional: true,
          autocomplete: 'off',
          words: ctx.words,
          onInput: value => v.onDonorEmail(value)
        })}
      </div>
      ${output(ctx, v, 'letter', 'letterHeading')} ${output(ctx, v, 'receipt', 'receiptHeading')}
      ${output(ctx, v, 'note', 'staffNoteHeading')}
    </section>`;
}
