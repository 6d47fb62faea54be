import { html, nothing, type TemplateResult } from 'lit';
import { heading, type HeadingLevel } from '../../../core/heading.js';
import type { BoardSummary, OutlineBlock, OutlineItem } from '../outline.js';
import { itemFilled } from '../outline.js';
import { listItems, rowsOf, type Party } from '../model.js';
import type { MouHost } from './context.js';

const lvl = (h: MouHost, offset: number): HeadingLevel =>
  (h.level === 0 ? 'none' : Math.min(6, h.level + offset)) as HeadingLevel;

function itemView(item: OutlineItem): TemplateResult | typeof nothing {
  if (!itemFilled(item)) return nothing;
  const v = item.value;
  switch (item.type) {
    case 'list':
      return html`<div class="doc-item">
        <p class="doc-label">${item.label}</p>
        <ul>
          ${listItems(v).map(i => html`<li>${i}</li>`)}
        </ul>
      </div>`;
    case 'rows':
      return html`<div class="doc-item">
        <table class="doc-table">
          <caption>
            ${item.label}
          </caption>
          <thead>
            <tr>
              ${(item.columns ?? []).map(c => html`<th scope="col">${c.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rowsOf(v).map(
              r =>
                html`<tr>
                  ${(item.columns ?? []).map(c => html`<td>${r[c.id] ?? ''}</td>`)}
                </tr>`
            )}
          </tbody>
        </table>
      </div>`;
    case 'confirm':
      return html`<p class="doc-item">✓ ${item.label}</p>`;
    case 'choice':
      return html`<p class="doc-item"><span class="doc-label">${item.label}</span> ${item.choice ?? String(v)}</p>`;
    default:
      return html`<div class="doc-item">
        <p class="doc-label">${item.label}</p>
        <p class="doc-text">${String(v)}</p>
      </div>`;
  }
}

function signatures(h: MouHost, block: OutlineBlock): TemplateResult {
  return html`<div class="signatures">
    ${(['a', 'b'] as Party[]).map(
      p =>
        html`<div class="signature-block">
          <p class="doc-label">${h.partyName(p)}</p>
          ${block.perParty?.[p].map(i => html`<p>${i.label}: ${String(i.value ?? '')}</p>`)}
          <p class="signature-line"><span>${h.t('signature')}</span></p>
          <p class="signature-line signature-line--date"><span>${h.t('signatureDate')}</span></p>
        </div>`
    )}
  </div>`;
}

/** The memorandum as it will print: the live preview and the print layout. */
export function documentView(h: MouHost, blocks: OutlineBlock[], title: string, missing: number): TemplateResult {
  return html`<article class="document" part="document" aria-labelledby="doc-title">
    ${missing ? html`<p class="draft-mark" aria-hidden="true">${h.t('draftMark')}</p>` : nothing}
    ${heading(lvl(h, 1), title || h.t('title'), { id: 'doc-title', className: 'doc-title' })}
    ${title ? html`<p class="doc-subtitle">${h.t('title')}</p>` : nothing}
    ${missing ? html`<p class="draft-note">${h.t('draftNote', { count: missing })}</p>` : nothing}
    ${blocks.map(
      block =>
        html`<section class="doc-section">
          ${heading(lvl(h, 2), block.title, { className: 'doc-heading' })}
          ${
            block.notApplicable !== undefined
              ? html`<p><em>${h.t('notApplicable')}</em> ${block.notApplicable}</p>`
              : block.section.kind === 'signatures'
                ? signatures(h, block)
                : html`${block.shared.map(itemView)}
                  ${
                    block.perParty
                      ? html`<div class="doc-parties">
                          ${(['a', 'b'] as Party[]).map(
                            p =>
                              html`<div class="doc-party">
                                <p class="doc-party-name">${h.partyName(p)}</p>
                                ${
                                  block.perParty![p].some(itemFilled)
                                    ? block.perParty![p].map(itemView)
                                    : html`<p class="doc-empty">${h.t('notFilled')}</p>`
                                }
                              </div>`
                          )}
                        </div>`
                      : nothing
                  }
                  ${
                    !block.perParty && !block.shared.some(itemFilled)
                      ? html`<p class="doc-empty">${h.t('notFilled')}</p>`
                      : nothing
                  }`
          }
        </section>`
    )}
  </article>`;
}

/** One page for a board: parties, purpose, dates, money, contacts, review date. */
export function summaryView(h: MouHost, s: BoardSummary): TemplateResult {
  const given = (v: string) => v || h.t('notGiven');
  const date = (v: string) => (v ? h.formatDate(v) : h.t('notGiven'));
  const money =
    s.money.answer === 'yes'
      ? h.t('summaryMoneyYes')
      : s.money.answer === 'no'
        ? h.t('summaryMoneyNo')
        : h.t('summaryMoneyUnknown');
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    ${heading(lvl(h, 1), h.t('summaryTitle'), { id: 'summary-title', className: 'summary-title' })}
    <p class="summary-name">${s.title || h.t('title')}</p>
    <dl>
      <dt>${h.t('summaryParties')}</dt>
      <dd>${h.partyName('a')}; ${h.partyName('b')}</dd>
      <dt>${h.t('summaryPurpose')}</dt>
      <dd>${given(s.purpose)}</dd>
      <dt>${h.t('summaryTerm')}</dt>
      <dd>${h.t('summaryTermValue', { start: date(s.start), end: date(s.end) })}</dd>
      <dt>${h.t('summaryMoney')}</dt>
      <dd>
        ${money}
        ${(['a', 'b'] as Party[]).map(p => (s.money.items[p] ? html`<br />${h.partyName(p)}: ${s.money.items[p]}` : nothing))}
      </dd>
      <dt>${h.t('summaryContacts')}</dt>
      <dd>
        ${
          s.contacts.length
            ? html`<ul>
                ${s.contacts.map(c => html`<li>${[c.name, c.organization, c.role, c.email, c.phone].filter(Boolean).join(', ')}</li>`)}
              </ul>`
            : h.t('notGiven')
        }
      </dd>
      <dt>${h.t('summaryReview')}</dt>
      <dd>${date(s.review)}</dd>
    </dl>
  </section>`;
}
