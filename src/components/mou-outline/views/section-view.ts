import { html, nothing, type TemplateResult } from 'lit';
import { checkboxField, radiosField, textField, textareaField } from '../../../core/form/fields.js';
import { heading, type HeadingLevel } from '../../../core/heading.js';
import type { Finding } from '../checks.js';
import {
  PARTIES,
  isPerParty,
  listItems,
  localize,
  localizeList,
  type FieldDef,
  type Party,
  type Row,
  type SectionDef
} from '../model.js';
import { controlId, type MouHost } from './context.js';

const lvl = (h: MouHost, offset: number): HeadingLevel =>
  (h.level === 0 ? 'none' : Math.min(6, h.level + offset)) as HeadingLevel;

function valueOf(h: MouHost, section: SectionDef, field: FieldDef, key: string): string {
  const v = h.doc.answers[section.id]?.[key];
  if (typeof v === 'string') return v;
  return field.default !== undefined ? localize(field.default, h.language) : '';
}

function rowsField(h: MouHost, section: SectionDef, field: FieldDef, key: string, label: string): TemplateResult {
  const stored = h.doc.answers[section.id]?.[key];
  const rows: Row[] = Array.isArray(stored) && stored.length ? stored : [{}];
  const columns = field.columns ?? [];
  const update = (i: number, col: string, value: string) => {
    const next = rows.map(r => ({ ...r }));
    next[i] = { ...next[i], [col]: value };
    h.setValue(section.id, key, next);
  };
  const remove = (i: number) => {
    h.setValue(
      section.id,
      key,
      rows.filter((_, j) => j !== i)
    );
    h.focusField(`${controlId(section.id, key)}-add`);
  };
  const add = () => {
    h.setValue(section.id, key, [...rows, {}]);
    h.focusField(controlId(section.id, key, rows.length, columns[0]?.id));
  };
  return html`<fieldset class="rows" part="field">
    <legend class="tb-label">${label}</legend>
    ${rows.map(
      (row, i) =>
        html`<fieldset class="row">
          <legend>${h.t('row', { number: i + 1 })}</legend>
          <div class="row-cells">
            ${columns.map(col =>
              textField({
                id: controlId(section.id, key, i, col.id),
                label: localize(col.label, h.language),
                type:
                  col.type === 'date' ? 'date' : col.type === 'email' ? 'email' : col.type === 'tel' ? 'tel' : 'text',
                value: row[col.id] ?? '',
                words: h.words,
                onInput: v => update(i, col.id, v)
              })
            )}
          </div>
          ${
            rows.length > 1 || Object.values(row).some(c => c.trim())
              ? html`<button type="button" class="tb-button tb-button--secondary" @click=${() => remove(i)}>
                  ${h.t('removeRow', { number: i + 1 })}
                </button>`
              : nothing
          }
        </fieldset>`
    )}
    <button type="button" class="tb-button tb-button--secondary" id="${controlId(section.id, key)}-add" @click=${add}>
      ${h.t('addRow')}
    </button>
  </fieldset>`;
}

function fieldView(h: MouHost, section: SectionDef, field: FieldDef, party?: Party): TemplateResult {
  const key = party ? `${field.id}@${party}` : field.id;
  const id = controlId(section.id, key);
  const label = localize(field.label, h.language);
  const hint = field.type === 'list' ? h.t('listHint') : localize(field.hint, h.language) || undefined;
  const optional = !field.required;
  const set = (v: string) => h.setValue(section.id, key, v);
  const common = { id, label, hint, optional, words: h.words };
  switch (field.type) {
    case 'textarea':
    case 'list':
      return textareaField({
        ...common,
        value: valueOf(h, section, field, key),
        rows: field.type === 'list' ? 4 : 5,
        onInput: set
      });
    case 'date':
      return textField({ ...common, type: 'date', value: valueOf(h, section, field, key), onInput: set });
    case 'number':
      return textField({
        ...common,
        type: 'text',
        inputmode: 'numeric',
        value: valueOf(h, section, field, key),
        onInput: set,
        className: 'short'
      });
    case 'choice':
      return radiosField({
        ...common,
        name: id,
        inline: true,
        value: valueOf(h, section, field, key),
        choices: (field.options ?? []).map(o => ({ value: o.value, label: localize(o.label, h.language) })),
        onChange: set
      });
    case 'confirm':
      return checkboxField({
        id,
        label,
        words: h.words,
        checked: valueOf(h, section, field, key) === 'yes',
        onChange: checked => set(checked ? 'yes' : '')
      });
    case 'rows':
      return rowsField(h, section, field, key, label);
    default:
      return textField({ ...common, value: valueOf(h, section, field, key), onInput: set });
  }
}

function suggestionList(h: MouHost, section: SectionDef): TemplateResult | typeof nothing {
  const s = h.suggestions;
  if (!s) return nothing;
  const targets: { field: FieldDef; key: string; items: string[] }[] = [];
  for (const field of section.fields) {
    const items =
      field.role === 'assets'
        ? s.brings
        : field.role === 'needs'
          ? s.needs
          : field.role === 'audiences'
            ? s.audiences
            : [];
    if (!items.length) continue;
    const key = isPerParty(section, field) ? `${field.id}@b` : field.id;
    const have = new Set(listItems(h.doc.answers[section.id]?.[key]).map(i => i.toLowerCase()));
    const left = items.filter(i => !have.has(i.toLowerCase()));
    if (left.length) targets.push({ field, key, items: left });
  }
  if (!targets.length) return nothing;
  return html`<div class="suggestions">
    <p class="suggestions-title">${h.t('suggestionsTitle', { partner: h.suggestedPartner })}</p>
    ${targets.map(
      ({ field, key, items }) =>
        html`<p class="tb-hint">${localize(field.label, h.language)}</p>
          <ul class="chips">
            ${items.map(
              item =>
                html`<li>
                  <button
                    type="button"
                    class="tb-button tb-button--secondary chip"
                    @click=${() => {
                      const now = h.doc.answers[section.id]?.[key];
                      const text = typeof now === 'string' && now.trim() ? `${now.replace(/\s+$/, '')}\n${item}` : item;
                      h.setValue(section.id, key, text);
                    }}
                  >
                    ${h.t('addSuggestion', { item })}
                  </button>
                </li>`
            )}
          </ul>`
    )}
  </div>`;
}

export function findingView(h: MouHost, f: Finding): TemplateResult {
  const target = controlId(f.sectionId, f.fieldKey ?? '', f.row, f.column);
  const dismissing = h.dismissing?.key === f.key ? h.dismissing : undefined;
  return html`<li class="finding finding--${f.severity}">
    <p><strong class="finding-label">${h.t(`severity-${f.severity}`)}</strong> ${h.findingText(f)}</p>
    <div class="finding-actions">
      ${
        f.wording
          ? html`<button type="button" class="tb-button" @click=${() => h.replace(f)}>
              ${h.t('replaceWith', { replacement: f.wording.replacement })}
            </button>`
          : nothing
      }
      <button type="button" class="tb-link-button" @click=${() => h.focusField(target)}>${h.t('goToField')}</button>
      ${
        f.severity !== 'error' || f.wording
          ? dismissing
            ? nothing
            : html`<button type="button" class="tb-link-button" @click=${() => h.startDismiss(f.key)}>
                ${h.t('dismiss')}
              </button>`
          : nothing
      }
    </div>
    ${
      dismissing
        ? html`<div class="dismiss-form">
            ${textField({
              id: 'dismiss-reason',
              label: h.t('dismissReason'),
              hint: h.t('dismissReasonHint'),
              value: dismissing.reason,
              error: dismissing.error || undefined,
              words: h.words,
              onInput: v => h.setDismissReason(v)
            })}
            <button type="button" class="tb-button" @click=${() => h.saveDismiss()}>${h.t('dismissSave')}</button>
            <button type="button" class="tb-button tb-button--secondary" @click=${() => h.cancelDismiss()}>
              ${h.t('dismissCancel')}
            </button>
          </div>`
        : nothing
    }
  </li>`;
}

function findingsView(h: MouHost, section: SectionDef): TemplateResult | typeof nothing {
  const dismissed = new Map(h.doc.dismissals.map(d => [d.key, d.reason]));
  const mine = h.findings.filter(f => f.sectionId === section.id);
  const open = mine.filter(f => !dismissed.has(f.key));
  const kept = mine.filter(f => dismissed.has(f.key));
  if (!mine.length) return nothing;
  return html`<section class="findings" aria-labelledby="findings-title" part="panel">
    ${heading(lvl(h, 2), h.t('findingsTitle'), { id: 'findings-title', className: 'findings-title' })}
    ${
      open.length
        ? html`<ul class="finding-list">
            ${open.map(f => findingView(h, f))}
          </ul>`
        : nothing
    }
    ${
      kept.length
        ? html`<p class="kept-title">${h.t('dismissedTitle')}</p>
            <ul class="kept-list">
              ${kept.map(
                f =>
                  html`<li>
                    ${
                      f.wording
                        ? h.t('dismissedItem', { words: f.wording.match, reason: dismissed.get(f.key) ?? '' })
                        : h.t('dismissedCheck', { what: h.findingText(f), reason: dismissed.get(f.key) ?? '' })
                    }
                    <button type="button" class="tb-link-button" @click=${() => h.undismiss(f.key)}>
                      ${h.t('undismiss')}
                    </button>
                  </li>`
              )}
            </ul>`
        : nothing
    }
    <p class="tb-hint">${h.t('notLegalAdvice')}</p>
  </section>`;
}

function naView(h: MouHost, section: SectionDef): TemplateResult | typeof nothing {
  if (section.level === 'required') return nothing;
  const reason = h.doc.na[section.id];
  if (reason !== undefined) {
    return html`<div class="na-box" part="panel">
      <p>${h.t('naMarked', { reason })}</p>
      <p class="tb-hint">${h.t('naKept')}</p>
      <button type="button" class="tb-button tb-button--secondary" id="na-undo" @click=${() => h.clearNa(section)}>
        ${h.t('naUndo')}
      </button>
    </div>`;
  }
  return html`<div class="na-box" part="panel">
    ${checkboxField({ id: 'na-toggle', label: h.t('naToggle'), checked: h.naOpen, words: h.words, onChange: c => h.toggleNa(c) })}
    ${
      h.naOpen
        ? html`${textareaField({
              id: 'na-reason',
              label: h.t('naReason'),
              hint: h.t('naReasonHint'),
              value: h.naReason,
              rows: 2,
              error: h.naError || undefined,
              words: h.words,
              onInput: v => h.setNaReason(v)
            })} <button type="button" class="tb-button" @click=${() => h.saveNa(section)}>${h.t('naSave')}</button>`
        : nothing
    }
  </div>`;
}

export function sectionView(h: MouHost, section: SectionDef): TemplateResult {
  const shared = section.fields.filter(f => !isPerParty(section, f));
  const perParty = section.fields.filter(f => isPerParty(section, f));
  const examples = localizeList(section.examples, h.language);
  const na = h.doc.na[section.id] !== undefined;
  return html`<section class="section" aria-labelledby="section-title">
    <p class="level level--${section.level}">${h.t(`level-${section.level}`)}</p>
    ${heading(lvl(h, 1), localize(section.title, h.language), { id: 'section-title', className: 'section-title', tabindex: -1 })}
    <p class="prompt">${localize(section.prompt, h.language)}</p>
    ${section.guidance ? html`<p class="tb-hint guidance">${localize(section.guidance, h.language)}</p>` : nothing}
    ${
      examples.length
        ? html`<details class="examples">
            <summary>${h.t('examples')}</summary>
            <ul>
              ${examples.map(e => html`<li>${e}</li>`)}
            </ul>
          </details>`
        : nothing
    }
    ${naView(h, section)}
    ${
      na
        ? nothing
        : html`${suggestionList(h, section)}
            <div class="fields">${shared.map(f => fieldView(h, section, f))}</div>
            ${
              perParty.length
                ? html`<div class="parties">
                    ${PARTIES.map(
                      p =>
                        html`<fieldset class="party" part="panel">
                          <legend class="party-name">${h.partyName(p)}</legend>
                          ${perParty.map(f => fieldView(h, section, f, p))}
                        </fieldset>`
                    )}
                  </div>`
                : nothing
            }`
    }
    ${findingsView(h, section)}
  </section>`;
}
