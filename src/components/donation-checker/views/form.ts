import { html, nothing, type TemplateResult } from 'lit';
import {
  errorSummary,
  radiosField,
  selectField,
  textField,
  textareaField,
  type Choice
} from '../../../core/form/fields.js';
import { heading } from '../../../core/heading.js';
import { DATA_STATES, DEVICE_TYPES, LINUX_PRODUCTS, OS_FAMILIES, TPM_STATES, WINDOWS_EDITIONS } from '../model.js';
import type { FieldId, FormErrorCode, FormValues } from '../form-state.js';
import type { DonationKey } from '../strings/en.js';
import type { ViewContext } from './context.js';

export interface FormView {
  values: FormValues;
  errors: Partial<Record<FieldId, FormErrorCode>>;
  pasteText: string;
  pasteError: string;
  pasteMessage: string;
  /** Shown as the hint of the deployment date: the date used when it is left empty. */
  defaultDeployment: string;
  thisYear: number;
  disabled: boolean;
  onField: (id: FieldId, value: string) => void;
  onPasteInput: (text: string) => void;
  onPaste: () => void;
  onCheck: (event: Event) => void;
  onClear: () => void;
}

const LABELS: Record<FieldId, DonationKey> = {
  type: 'fieldType',
  model: 'fieldModel',
  year: 'fieldYear',
  quantity: 'fieldQuantity',
  cpu: 'fieldCpu',
  cores: 'fieldCores',
  ram: 'fieldRam',
  storage: 'fieldStorage',
  storageType: 'fieldStorageType',
  os: 'fieldOs',
  osVersion: 'fieldOsVersion',
  edition: 'fieldEdition',
  linux: 'fieldLinux',
  supportEnds: 'fieldSupportEnds',
  macosMax: 'fieldMacosMax',
  tpm: 'fieldTpm',
  licence: 'fieldLicence',
  recovery: 'fieldRecovery',
  working: 'fieldWorking',
  complete: 'fieldComplete',
  data: 'fieldData',
  deployment: 'fieldDeployment'
};

export function fieldLabel(ctx: ViewContext, id: FieldId): string {
  return ctx.say.t(LABELS[id]);
}

function errorText(ctx: ViewContext, code: FormErrorCode | undefined, thisYear: number): string | undefined {
  if (!code) return undefined;
  const keys: Record<FormErrorCode, DonationKey> = {
    number: 'errorNumber',
    whole: 'errorWholeNumber',
    year: 'errorYear',
    date: 'errorDate'
  };
  return ctx.say.t(keys[code], { max: String(thisYear + 1) });
}

function choices(ctx: ViewContext, prefix: string, values: readonly string[], empty: DonationKey): Choice[] {
  return [
    { value: '', label: ctx.say.t(empty) },
    ...values.map(value => ({ value, label: ctx.say.t(`${prefix}:${value}` as DonationKey) }))
  ];
}

function helpBox(ctx: ViewContext): TemplateResult {
  const t = ctx.say.t.bind(ctx.say);
  const part = (title: DonationKey, text: DonationKey) =>
    html`<div class="help-part">
      ${heading(ctx.level, t(title), { offset: 2, className: 'help-title' })}
      <p>${t(text)}</p>
    </div>`;
  return html`<details class="help" part="help">
    <summary>${t('helpSummary')}</summary>
    <div class="help-body">
      ${part('helpWindowsTitle', 'helpWindows')} ${part('helpMacTitle', 'helpMac')}
      ${part('helpChromebookTitle', 'helpChromebook')} ${part('helpPhoneTitle', 'helpPhone')}
    </div>
  </details>`;
}

function pasteBox(ctx: ViewContext, v: FormView): TemplateResult {
  return html`<section class="paste panel" aria-labelledby="paste-title">
    ${heading(ctx.level, ctx.say.t('pasteHeading'), { offset: 1, id: 'paste-title' })}
    ${textareaField({
      id: 'paste',
      label: ctx.say.t('pasteLabel'),
      hint: ctx.say.t('pasteHint'),
      value: v.pasteText,
      rows: 5,
      error: v.pasteError || undefined,
      words: ctx.words,
      onInput: text => v.onPasteInput(text)
    })}
    <button type="button" class="tb-button tb-button--secondary" id="paste-button" @click=${v.onPaste}>
      ${ctx.say.t('pasteButton')}
    </button>
    ${v.pasteMessage ? html`<p class="paste-message" id="paste-message" tabindex="-1">${v.pasteMessage}</p>` : nothing}
  </section>`;
}

export function renderForm(ctx: ViewContext, v: FormView): TemplateResult {
  const t = ctx.say.t.bind(ctx.say);
  const val = v.values;
  const err = (id: FieldId) => errorText(ctx, v.errors[id], v.thisYear);
  const text = (id: FieldId, extra: Partial<Parameters<typeof textField>[0]> = {}) =>
    textField({
      id,
      label: fieldLabel(ctx, id),
      value: val[id],
      error: err(id),
      words: ctx.words,
      optional: true,
      disabled: v.disabled,
      onInput: value => v.onField(id, value),
      ...extra
    });
  const select = (id: FieldId, prefix: string, values: readonly string[], empty: DonationKey, hint?: string) =>
    selectField({
      id,
      label: fieldLabel(ctx, id),
      hint,
      value: val[id],
      choices: choices(ctx, prefix, values, empty),
      words: ctx.words,
      disabled: v.disabled,
      onChange: value => v.onField(id, value)
    });
  const yesNo = (id: FieldId, hint?: string) =>
    radiosField({
      id,
      name: id,
      label: fieldLabel(ctx, id),
      hint,
      value: val[id],
      inline: true,
      choices: [
        { value: 'yes', label: t('yes') },
        { value: 'no', label: t('no') },
        { value: '', label: t('notKnown') }
      ],
      words: ctx.words,
      disabled: v.disabled,
      onChange: value => v.onField(id, value)
    });
  const errors = Object.keys(v.errors).map(id => ({
    id,
    text: errorText(ctx, v.errors[id as FieldId], v.thisYear) ?? ''
  }));
  const os = val.os;
  return html`${pasteBox(ctx, v)} ${helpBox(ctx)}
    <form novalidate part="form" @submit=${v.onCheck} aria-labelledby="form-title">
      ${heading(ctx.level, t('formHeading'), { offset: 1, id: 'form-title' })}
      ${errorSummary({ errors, title: t('errorSummaryTitle'), summaryId: 'error-summary' })}
      <fieldset class="section">
        <legend>${t('sectionWhat')}</legend>
        ${select('type', 'type', DEVICE_TYPES, 'typeChoose')} ${text('model', { hint: t('hintModel') })}
        ${text('year', { hint: t('hintYear'), inputmode: 'numeric', className: 'narrow' })}
        ${text('quantity', { inputmode: 'numeric', className: 'narrow' })}
      </fieldset>
      <fieldset class="section">
        <legend>${t('sectionInside')}</legend>
        ${text('cpu', { hint: t('hintCpu') })} ${text('cores', { inputmode: 'numeric', className: 'narrow' })}
        ${text('ram', { inputmode: 'decimal', className: 'narrow' })}
        ${text('storage', { hint: t('hintStorage'), inputmode: 'decimal', className: 'narrow' })}
        ${select('storageType', 'storage', ['ssd', 'hdd', 'emmc'], 'notKnown')}
      </fieldset>
      <fieldset class="section">
        <legend>${t('sectionSystem')}</legend>
        ${select('os', 'os', OS_FAMILIES, 'notKnown')}
        ${os && os !== 'none' ? text('osVersion', { hint: t('hintOsVersion'), className: 'narrow' }) : nothing}
        ${os === 'windows' ? select('edition', 'edition', WINDOWS_EDITIONS, 'notKnown') : nothing}
        ${os === 'linux' ? select('linux', 'linux', LINUX_PRODUCTS, 'notKnown') : nothing}
        ${
          os === 'chromeos' || os === 'macos'
            ? text('supportEnds', {
                hint: os === 'chromeos' ? t('hintSupportEndsChrome') : t('hintSupportEnds'),
                className: 'narrow'
              })
            : nothing
        }
        ${os === 'macos' ? text('macosMax', { hint: t('hintMacosMax'), className: 'narrow' }) : nothing}
        ${select('tpm', 'tpm', TPM_STATES, 'notKnown', t('hintTpm'))}
      </fieldset>
      <fieldset class="section">
        <legend>${t('sectionCondition')}</legend>
        ${yesNo('licence', t('hintLicence'))} ${yesNo('recovery')} ${yesNo('working')} ${yesNo('complete')}
        ${select('data', 'data', DATA_STATES, 'notKnown')}
        ${text('deployment', {
          hint: t('hintDeployment', { date: v.defaultDeployment }),
          className: 'narrow'
        })}
      </fieldset>
      <div class="actions">
        <button type="submit" class="tb-button" part="submit" ?disabled=${v.disabled}>${t('checkButton')}</button>
        <button type="button" class="tb-button tb-button--secondary" @click=${v.onClear}>${t('clearButton')}</button>
      </div>
    </form>`;
}
