import { html, nothing, type TemplateResult } from 'lit';
import { textField } from '../../../core/form/fields.js';
import { heading, type HeadingLevel } from '../../../core/heading.js';
import type { FieldValue } from '../model.js';
import { localize, type SectionDef } from '../model.js';
import type { MouHost } from './context.js';

const lvl = (h: MouHost, offset: number): HeadingLevel =>
  (h.level === 0 ? 'none' : Math.min(6, h.level + offset)) as HeadingLevel;

function shown(h: MouHost, v: FieldValue | undefined): string {
  if (v === undefined) return h.t('emptyValue');
  if (typeof v === 'string') return v.trim() || h.t('emptyValue');
  const rows = v.filter(r => Object.values(r).some(c => c.trim()));
  return rows.length
    ? rows
        .map(r =>
          Object.values(r)
            .filter(c => c.trim())
            .join(', ')
        )
        .join('; ')
    : h.t('emptyValue');
}

function fieldLabel(h: MouHost, section: SectionDef | undefined, key: string): string {
  const [id, party] = key.split('@');
  const field = section?.fields.find(f => f.id === id);
  const label = field ? localize(field.label, h.language) : key;
  return party === 'a' || party === 'b' ? `${label} (${h.partyName(party)})` : label;
}

function diffView(h: MouHost): TemplateResult | typeof nothing {
  const d = h.importDiff;
  if (!d) return nothing;
  return html`<section class="diff" aria-labelledby="diff-title" part="panel">
    ${heading(lvl(h, 1), h.t('importedTitle'), { id: 'diff-title', tabindex: -1 })}
    <p>${h.t('importedKept', { name: d.keptAs })}</p>
    ${
      d.diffs.length === 0
        ? html`<p>${h.t('importedNone')}</p>`
        : d.diffs.map(diff => {
            const section = h.sections.find(s => s.id === diff.sectionId);
            return html`<div class="diff-section">
              <p class="doc-label">${section ? localize(section.title, h.language) : diff.sectionId}</p>
              <ul>
                ${diff.changes.map(
                  c =>
                    html`<li>
                      <strong>${h.t(`change-${c.kind}`)}:</strong> ${fieldLabel(h, section, c.fieldKey)}
                      ${c.kind !== 'added' ? html`<del>${shown(h, c.before)}</del>` : nothing}
                      ${c.kind !== 'removed' ? html`<ins>${shown(h, c.after)}</ins>` : nothing}
                    </li>`
                )}
                ${
                  diff.na
                    ? html`<li>
                        ${diff.na.after !== undefined ? h.t('changeNa', { reason: diff.na.after }) : h.t('changeNaCleared')}
                      </li>`
                    : nothing
                }
              </ul>
            </div>`;
          })
    }
  </section>`;
}

export function draftsView(h: MouHost): TemplateResult {
  const others = h.drafts.filter(d => d.name !== h.draftName);
  return html`<details class="drafts" part="panel">
    <summary>${h.t('draftsTitle')}</summary>
    <div class="drafts-body">
      <div class="draft-name">
        ${textField({
          id: 'draft-name',
          label: h.t('draftName'),
          hint: h.t('draftNameHint'),
          value: h.draftName,
          words: h.words,
          onInput: v => h.setDraftName(v)
        })}
        <button type="button" class="tb-button tb-button--secondary" @click=${() => h.saveAs()}>
          ${h.t('saveAs')}
        </button>
      </div>
      <p class="save-status" role="status">${h.saveText}</p>
      <p class="doc-label">${h.t('savedDrafts')}</p>
      ${
        others.length
          ? html`<ul class="draft-list">
              ${others.map(
                d =>
                  html`<li>
                    <span
                      >${h.t('draftLine', { name: d.name, when: h.formatDate(new Date(d.savedAt).toISOString()) })}</span
                    >
                    <button type="button" class="tb-link-button" @click=${() => h.openDraft(d.name)}>
                      ${h.t('openDraft', { name: d.name })}
                    </button>
                    <button type="button" class="tb-link-button" @click=${() => h.deleteDraft(d.name)}>
                      ${h.t('deleteDraft', { name: d.name })}
                    </button>
                  </li>`
              )}
            </ul>`
          : html`<p class="tb-hint">${h.t('noDrafts')}</p>`
      }
      <p>
        <button type="button" class="tb-button tb-button--secondary" @click=${() => h.newDraft()}>
          ${h.t('newDraft')}
        </button>
      </p>
      <p>
        <button type="button" class="tb-button tb-button--secondary" @click=${() => h.exportFile()}>
          ${h.t('exportFile')}
        </button>
      </p>
      <div class="tb-field">
        <label class="tb-label" for="import-file">${h.t('importFile')}</label>
        <div class="tb-hint" id="import-file-hint">${h.t('importHint')}</div>
        ${
          h.importProblem
            ? html`<p class="tb-error-message" id="import-file-error">
                <span class="visually-hidden">${h.words.errorPrefix}</span> ${h.importProblem}
              </p>`
            : nothing
        }
        <input
          type="file"
          id="import-file"
          accept=".json,application/json"
          aria-describedby=${h.importProblem ? 'import-file-hint import-file-error' : 'import-file-hint'}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) h.importFile(file);
            input.value = '';
          }}
        />
      </div>
      ${diffView(h)}
    </div>
  </details>`;
}
