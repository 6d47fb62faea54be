import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary, textareaField } from '../../../core/form/fields.js';
import { heading } from '../../../core/heading.js';
import { LOT_TEMPLATE_COLUMNS, type LotSummary, type RowProblem } from '../lots.js';
import type { Decision, Offer } from '../model.js';
import type { DonationKey } from '../strings/en.js';
import type { ViewContext } from './context.js';

export interface LotResult {
  row: number;
  offer: Offer;
  decision: Decision;
}

export interface LotView {
  text: string;
  error: string;
  /** A whole-file message (no rows, no known columns, could not load the reader). */
  fileMessage: string;
  results?: LotResult[];
  problems: RowProblem[];
  ignored: string[];
  truncatedAt?: number;
  summary?: LotSummary;
  busy: boolean;
  onText: (text: string) => void;
  onFile: (event: Event) => void;
  onCheck: (event: Event) => void;
  onTemplate: () => void;
  onExport: () => void;
}

function clauses(d: Decision, pick: (r: Decision['results'][number]) => boolean): string {
  return d.results
    .filter(pick)
    .map(r => r.clause)
    .join(', ');
}

export function renderLot(ctx: ViewContext, v: LotView): TemplateResult {
  const t = ctx.say.t.bind(ctx.say);
  const s = v.summary;
  return html`<section class="lot" aria-labelledby="lot-title">
    ${heading(ctx.level, t('lotHeading'), { offset: 1, id: 'lot-title' })}
    <p class="hint">${t('lotHint', { columns: LOT_TEMPLATE_COLUMNS.join(', ') })}</p>
    <p>
      <button type="button" class="tb-button tb-button--secondary" @click=${v.onTemplate}>${t('lotTemplate')}</button>
    </p>
    <form novalidate @submit=${v.onCheck}>
      ${errorSummary({
        errors: v.error ? [{ id: 'lot-file', text: v.error }] : [],
        title: t('errorSummaryTitle'),
        summaryId: 'lot-error-summary'
      })}
      <div class="tb-field ${v.error ? 'tb-field--error' : ''}">
        <label class="tb-label" for="lot-file">${t('lotFileLabel')}</label>
        ${
          v.error
            ? html`<p class="tb-error-message" id="lot-file-error">
                <span class="visually-hidden">${ctx.words.errorPrefix}</span> ${v.error}
              </p>`
            : nothing
        }
        <input
          class="file"
          type="file"
          id="lot-file"
          accept=".csv,text/csv,text/plain"
          aria-describedby=${v.error ? 'lot-file-error' : nothing}
          @change=${v.onFile}
        />
      </div>
      ${textareaField({
        id: 'lot-text',
        label: t('lotTextLabel'),
        value: v.text,
        rows: 6,
        optional: true,
        words: ctx.words,
        onInput: text => v.onText(text)
      })}
      <button type="submit" class="tb-button" ?disabled=${v.busy}>${t('lotButton')}</button>
    </form>
    ${
      v.fileMessage
        ? html`<p class="message message--error" id="lot-message" tabindex="-1">${v.fileMessage}</p>`
        : nothing
    }
    ${
      s && v.results
        ? html`<div class="lot-results" id="lot-results" tabindex="-1" part="results">
            ${heading(ctx.level, t('lotSummaryHeading'), { offset: 2 })}
            <ul class="lot-summary">
              <li>${t('lotRows', { count: v.results.length })}</li>
              <li>${t('lotAccept', { count: s.machines.accept })}</li>
              <li>${t('lotReview', { count: s.machines.review })}</li>
              <li>${t('lotDecline', { count: s.machines.decline })}</li>
            </ul>
            ${v.truncatedAt ? html`<p>${t('lotTruncated', { count: v.truncatedAt })}</p>` : nothing}
            ${
              v.problems.length
                ? html`<p>${t('lotBadRows', { count: new Set(v.problems.map(p => p.row)).size })}</p>
                    <ul class="lot-problems">
                      ${v.problems.map(
                        p =>
                          html`<li>
                            ${t('lotProblem', {
                              row: String(p.row),
                              column: p.column,
                              problem: t(`lotProblem:${p.code}` as DonationKey, { value: p.value })
                            })}
                          </li>`
                      )}
                    </ul>`
                : nothing
            }
            ${v.ignored.length ? html`<p>${t('lotIgnored', { columns: v.ignored.join(', ') })}</p>` : nothing}
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="lot-caption">
              <table>
                <caption id="lot-caption">
                  ${t('lotTableCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('colRow')}</th>
                    <th scope="col">${t('colModel')}</th>
                    <th scope="col">${t('colQuantity')}</th>
                    <th scope="col">${t('colAnswer')}</th>
                    <th scope="col">${t('colNotMet')}</th>
                    <th scope="col">${t('colFixable')}</th>
                    <th scope="col">${t('colUnknown')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${v.results.map(
                    r =>
                      html`<tr>
                        <th scope="row">${r.row}</th>
                        <td>${r.offer.makeModel ?? ''}</td>
                        <td>${ctx.say.number(r.offer.quantity ?? 1)}</td>
                        <td class="answer answer--${r.decision.outcome}">${t(`short:${r.decision.outcome}`)}</td>
                        <td>${clauses(r.decision, x => x.status === 'fail' && !x.fixable)}</td>
                        <td>${clauses(r.decision, x => x.fixable)}</td>
                        <td>${clauses(r.decision, x => x.status === 'unknown')}</td>
                      </tr>`
                  )}
                </tbody>
              </table>
            </div>
            <p>
              <button type="button" class="tb-button tb-button--secondary" @click=${v.onExport}>
                ${t('lotExport')}
              </button>
            </p>
          </div>`
        : nothing
    }
  </section>`;
}
