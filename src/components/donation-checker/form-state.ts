/**
 * The guided form's values (text, as typed) and the offer they stand for. Kept as text so nothing a person typed
 * is lost or rewritten while they type; checked only when they ask for a check. Pure: no DOM.
 */
import { isIsoDate } from './dates.js';
import type { Offer } from './model.js';

export const FORM_FIELDS = [
  'type',
  'model',
  'year',
  'quantity',
  'cpu',
  'cores',
  'ram',
  'storage',
  'storageType',
  'os',
  'osVersion',
  'edition',
  'linux',
  'supportEnds',
  'macosMax',
  'tpm',
  'licence',
  'recovery',
  'working',
  'complete',
  'data',
  'deployment'
] as const;
export type FieldId = (typeof FORM_FIELDS)[number];
export type FormValues = Record<FieldId, string>;
export type FormErrorCode = 'number' | 'whole' | 'year' | 'date';

export const EMPTY_FORM: FormValues = Object.fromEntries(FORM_FIELDS.map(f => [f, ''])) as FormValues;

const number = (text: string) =>
  Number(
    text
      .trim()
      .replace(/\s*(gb|gib|go)$/i, '')
      .replace(',', '.')
  );
const yesNo = (text: string) => (text === 'yes' ? true : text === 'no' ? false : undefined);

/** The offer and the problems with what was typed (by field). Empty fields are "not known", not errors. */
export function readForm(
  values: FormValues,
  thisYear: number
): { offer: Offer; errors: Partial<Record<FieldId, FormErrorCode>>; deployment?: string } {
  const offer: Offer = {};
  const errors: Partial<Record<FieldId, FormErrorCode>> = {};
  const set = <K extends keyof Offer>(key: K, value: Offer[K] | undefined) => {
    if (value !== undefined && value !== '') offer[key] = value;
  };
  const numeric = (id: FieldId, whole: boolean, min = 0, max = 1_000_000): number | undefined => {
    const text = values[id].trim();
    if (!text) return undefined;
    const n = number(text);
    if (!Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) {
      errors[id] = whole ? 'whole' : 'number';
      return undefined;
    }
    return n;
  };
  set('deviceType', (values.type || undefined) as Offer['deviceType']);
  set('makeModel', values.model.trim().slice(0, 200) || undefined);
  const yearText = values.year.trim();
  if (yearText) {
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1980 || year > thisYear + 1) errors.year = 'year';
    else offer.year = year;
  }
  set('quantity', numeric('quantity', true, 1, 100_000));
  set('cpuName', values.cpu.trim().slice(0, 200) || undefined);
  set('cpuCores', numeric('cores', true, 1, 1024));
  set('ramGb', numeric('ram', false, 0, 100_000));
  set('storageGb', numeric('storage', false, 0, 1_000_000));
  set('storageType', (values.storageType || undefined) as Offer['storageType']);
  set('osFamily', (values.os || undefined) as Offer['osFamily']);
  if (values.os && values.os !== 'none') set('osVersion', values.osVersion.trim().slice(0, 40) || undefined);
  if (values.os === 'windows') set('windowsEdition', (values.edition || undefined) as Offer['windowsEdition']);
  if (values.os === 'linux') set('osProduct', (values.linux || undefined) as Offer['osProduct']);
  for (const [id, key] of [
    ['supportEnds', 'supportEnds'],
    ['deployment', undefined]
  ] as const) {
    const text = values[id].trim();
    if (text && !isIsoDate(text)) errors[id] = 'date';
    else if (text && key) offer[key] = text;
  }
  if (values.os === 'macos') set('macosMax', values.macosMax.trim().slice(0, 20) || undefined);
  set('tpm', (values.tpm || undefined) as Offer['tpm']);
  set('licence', yesNo(values.licence));
  set('recoveryMedia', yesNo(values.recovery));
  set('working', yesNo(values.working));
  set('complete', yesNo(values.complete));
  set('data', (values.data || undefined) as Offer['data']);
  const deployment = values.deployment.trim() && !errors.deployment ? values.deployment.trim() : undefined;
  return { offer, errors, deployment };
}

/** Form values for the facts in `offer`, on top of `base` (facts the offer does not have stay as they were). */
export function fillForm(base: FormValues, offer: Offer): { values: FormValues; filled: FieldId[] } {
  const values = { ...base };
  const filled: FieldId[] = [];
  const put = (id: FieldId, value: string | number | boolean | undefined) => {
    if (value === undefined) return;
    values[id] = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
    filled.push(id);
  };
  put('type', offer.deviceType);
  put('model', offer.makeModel);
  put('year', offer.year);
  put('quantity', offer.quantity);
  put('cpu', offer.cpuName);
  put('cores', offer.cpuCores);
  put('ram', offer.ramGb);
  put('storage', offer.storageGb);
  put('storageType', offer.storageType);
  put('os', offer.osFamily);
  put('osVersion', offer.osVersion);
  put('edition', offer.windowsEdition);
  put('linux', offer.osProduct);
  put('supportEnds', offer.supportEnds);
  put('macosMax', offer.macosMax);
  put('tpm', offer.tpm);
  put('licence', offer.licence);
  put('recovery', offer.recoveryMedia);
  put('working', offer.working);
  put('complete', offer.complete);
  put('data', offer.data);
  return { values, filled };
}
