/**
 * Lots: a spreadsheet (CSV) of many offered machines, as a company sends when it replaces its fleet. Each good
 * row is checked; each bad row is reported by its row number in the spreadsheet (the header is row 1) and the
 * rest are still checked. Pure: papaparse is passed in, so the element can load it only when a lot is read.
 */
import type PapaModule from 'papaparse';
import {
  DATA_STATES,
  DEVICE_TYPES,
  LINUX_PRODUCTS,
  OS_FAMILIES,
  STORAGE_TYPES,
  TPM_STATES,
  WINDOWS_EDITIONS,
  type Decision,
  type Offer,
  type Outcome
} from './model.js';
import { isIsoDate } from './dates.js';

type Papa = typeof PapaModule;

export const MAX_LOT_ROWS = 2000;
export const MAX_LOT_CHARS = 2_000_000;

/** Column name → offer field. Names are compared without case, spaces or punctuation. */
const COLUMNS: Record<string, keyof Offer> = {
  type: 'deviceType',
  devicetype: 'deviceType',
  device: 'deviceType',
  makemodel: 'makeModel',
  model: 'makeModel',
  year: 'year',
  cpu: 'cpuName',
  processor: 'cpuName',
  cores: 'cpuCores',
  cpucores: 'cpuCores',
  ramgb: 'ramGb',
  ram: 'ramGb',
  memorygb: 'ramGb',
  storagegb: 'storageGb',
  storage: 'storageGb',
  diskgb: 'storageGb',
  storagetype: 'storageType',
  disktype: 'storageType',
  os: 'osFamily',
  osfamily: 'osFamily',
  osversion: 'osVersion',
  osproduct: 'osProduct',
  linux: 'osProduct',
  windowsedition: 'windowsEdition',
  edition: 'windowsEdition',
  supportends: 'supportEnds',
  updatesuntil: 'supportEnds',
  macosmax: 'macosMax',
  tpm: 'tpm',
  licence: 'licence',
  license: 'licence',
  coa: 'licence',
  recoverymedia: 'recoveryMedia',
  recovery: 'recoveryMedia',
  working: 'working',
  complete: 'complete',
  data: 'data',
  datawiping: 'data',
  quantity: 'quantity',
  qty: 'quantity',
  notes: 'notes'
};

const CHOICES: Partial<Record<keyof Offer, readonly string[]>> = {
  deviceType: DEVICE_TYPES,
  storageType: STORAGE_TYPES,
  osFamily: OS_FAMILIES,
  osProduct: LINUX_PRODUCTS,
  windowsEdition: WINDOWS_EDITIONS,
  tpm: TPM_STATES,
  data: DATA_STATES
};
const NUMBERS = new Set<keyof Offer>(['year', 'cpuCores', 'ramGb', 'storageGb', 'quantity']);
const YES_NO = new Set<keyof Offer>(['licence', 'recoveryMedia', 'working', 'complete']);
const YES = new Set(['yes', 'y', 'true', '1', 'sí', 'si']);
const NO = new Set(['no', 'n', 'false', '0']);
const DONT_KNOW = new Set(['', '?', 'unknown', "don't know", 'dont know', 'not known', 'no sé', 'no se', 'n/a']);

export const LOT_TEMPLATE_COLUMNS = [
  'type',
  'make_model',
  'year',
  'cpu',
  'cores',
  'ram_gb',
  'storage_gb',
  'storage_type',
  'os',
  'os_version',
  'windows_edition',
  'support_ends',
  'tpm',
  'licence',
  'recovery_media',
  'working',
  'complete',
  'data',
  'quantity',
  'notes'
];

export type RowProblemCode = 'bad-number' | 'bad-choice' | 'bad-yes-no' | 'bad-date';

export interface RowProblem {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  column: string;
  code: RowProblemCode;
  value: string;
}

export interface LotRow {
  row: number;
  offer: Offer;
}

export type LotReading =
  | { ok: true; rows: LotRow[]; problems: RowProblem[]; ignoredColumns: string[]; truncated: boolean }
  | { ok: false; code: 'empty' | 'too-large' | 'no-known-columns' };

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function cellValue(field: keyof Offer, raw: string): { value?: unknown; code?: RowProblemCode } {
  const text = raw.trim();
  const lower = text.toLowerCase();
  if (DONT_KNOW.has(lower)) return {};
  if (NUMBERS.has(field)) {
    const n = Number(text.replace(/\s*(gb|gib)$/i, '').replace(',', '.'));
    if (!Number.isFinite(n) || n < 0 || (field !== 'ramGb' && field !== 'storageGb' && !Number.isInteger(n)))
      return { code: 'bad-number' };
    return { value: n };
  }
  if (YES_NO.has(field)) {
    if (YES.has(lower)) return { value: true };
    if (NO.has(lower)) return { value: false };
    return { code: 'bad-yes-no' };
  }
  const choices = CHOICES[field];
  if (choices) {
    const found = choices.find(c => c === lower || key(c) === key(lower));
    return found ? { value: found } : { code: 'bad-choice' };
  }
  if (field === 'supportEnds') return isIsoDate(text) ? { value: text } : { code: 'bad-date' };
  return { value: text.slice(0, 200) };
}

export function readLot(text: string, papa: Papa): LotReading {
  if (text.length > MAX_LOT_CHARS) return { ok: false, code: 'too-large' };
  const parsed = papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  if (!header || !body.length) return { ok: false, code: 'empty' };
  const fields = header.map(name => COLUMNS[key(name)]);
  if (!fields.some(Boolean)) return { ok: false, code: 'no-known-columns' };
  const ignoredColumns = header.filter((name, i) => !fields[i] && name.trim());
  const rows: LotRow[] = [];
  const problems: RowProblem[] = [];
  body.slice(0, MAX_LOT_ROWS).forEach((cells, index) => {
    const row = index + 2;
    const offer: Offer = {};
    let bad = false;
    fields.forEach((field, i) => {
      if (!field) return;
      const { value, code } = cellValue(field, cells[i] ?? '');
      if (code) {
        bad = true;
        problems.push({ row, column: header[i], code, value: (cells[i] ?? '').slice(0, 60) });
      } else if (value !== undefined) (offer as Record<string, unknown>)[field] = value;
    });
    if (!bad) rows.push({ row, offer });
  });
  return { ok: true, rows, problems, ignoredColumns, truncated: body.length > MAX_LOT_ROWS };
}

export interface LotSummary {
  /** Rows checked, by outcome; and machines (quantities added up), by outcome. */
  rows: Record<Outcome, number>;
  machines: Record<Outcome, number>;
  badRows: number;
}

export function summarize(results: { offer: Offer; decision: Decision }[], badRows: number): LotSummary {
  const rows = { accept: 0, review: 0, decline: 0 };
  const machines = { accept: 0, review: 0, decline: 0 };
  for (const { offer, decision } of results) {
    rows[decision.outcome] += 1;
    machines[decision.outcome] += offer.quantity ?? 1;
  }
  return { rows, machines, badRows };
}

/** A spreadsheet cell that starts like a formula is written with a leading apostrophe, so it stays text. */
export function safeCell(value: string | number): string {
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The results as CSV: one line per checked row, in the staff member's language (`words` gives the words). */
export function lotCsv(
  papa: Papa,
  results: { row: number; offer: Offer; decision: Decision }[],
  words: {
    columns: [string, string, string, string, string, string, string];
    outcome: (o: Outcome) => string;
  }
): string {
  const clauses = (d: Decision, pick: (r: Decision['results'][number]) => boolean) =>
    d.results
      .filter(pick)
      .map(r => r.clause)
      .join(' ');
  const data = results.map(({ row, offer, decision }) =>
    [
      row,
      offer.makeModel ?? '',
      offer.quantity ?? 1,
      words.outcome(decision.outcome),
      clauses(decision, r => r.status === 'fail' && !r.fixable),
      clauses(decision, r => r.fixable),
      clauses(decision, r => r.status === 'unknown')
    ].map(safeCell)
  );
  return papa.unparse({ fields: words.columns, data }, { newline: '\r\n' });
}
