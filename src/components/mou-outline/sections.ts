/**
 * Reads a sections file (the default one or a library's own, `sections-src`) and checks its shape. Everything
 * fetched is untrusted: problems come back as codes with the place they were found, and the element puts them
 * into plain words in the page's language. Nothing here throws.
 */
import type { ColumnDef, FieldDef, FieldType, Level, LocalText, SectionDef, SectionsFile } from './model.js';

export type SectionsProblemCode =
  | 'not-json'
  | 'too-big'
  | 'not-object'
  | 'newer-version'
  | 'no-sections'
  | 'too-many'
  | 'bad-id'
  | 'duplicate-id'
  | 'bad-level'
  | 'missing-text'
  | 'no-fields'
  | 'bad-field-type'
  | 'no-columns'
  | 'no-options';

export interface SectionsProblem {
  code: SectionsProblemCode;
  /** Where: `sections[3].fields[1]`, or '' for the whole file. */
  at: string;
  /** The offending value, shortened, for the webmaster. */
  detail?: string;
}

export type SectionsResult = { ok: true; file: SectionsFile } | { ok: false; problems: SectionsProblem[] };

export const SECTIONS_FORMAT_VERSION = 1;
const MAX_BYTES = 512 * 1024;
const MAX_SECTIONS = 60;
const MAX_FIELDS = 30;
const MAX_TEXT = 4000;
const ID = /^[a-z][a-z0-9-]{0,39}$/;
const LEVELS: readonly Level[] = ['required', 'recommended', 'optional'];
const FIELD_TYPES: readonly FieldType[] = ['text', 'textarea', 'list', 'date', 'number', 'choice', 'confirm', 'rows'];
const COLUMN_TYPES = ['text', 'date', 'email', 'tel'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const short = (v: unknown) => {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function readText(value: unknown, required: boolean): LocalText | undefined | false {
  if (value === undefined) return required ? false : undefined;
  if (typeof value === 'string') return value.trim() && value.length <= MAX_TEXT ? value : false;
  if (isObject(value) && typeof value.en === 'string' && value.en.trim() && value.en.length <= MAX_TEXT) {
    const es = typeof value.es === 'string' && value.es.trim() && value.es.length <= MAX_TEXT ? value.es : undefined;
    return es ? { en: value.en, es } : { en: value.en };
  }
  return false;
}

function readStrings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((s): s is string => typeof s === 'string' && s.length <= MAX_TEXT).slice(0, 20);
}

function readColumns(value: unknown, at: string, problems: SectionsProblem[]): ColumnDef[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({ code: 'no-columns', at });
    return [];
  }
  const columns: ColumnDef[] = [];
  value.slice(0, 8).forEach((raw, i) => {
    const here = `${at}.columns[${i}]`;
    if (!isObject(raw) || typeof raw.id !== 'string' || !ID.test(raw.id)) {
      problems.push({ code: 'bad-id', at: here, detail: short(isObject(raw) ? raw.id : raw) });
      return;
    }
    const label = readText(raw.label, true);
    if (!label) problems.push({ code: 'missing-text', at: `${here}.label` });
    const type = COLUMN_TYPES.includes(raw.type as string) ? (raw.type as ColumnDef['type']) : undefined;
    columns.push({ id: raw.id, label: label || raw.id, ...(type ? { type } : {}) });
  });
  return columns;
}

function readField(raw: unknown, at: string, problems: SectionsProblem[]): FieldDef | undefined {
  if (!isObject(raw) || typeof raw.id !== 'string' || !ID.test(raw.id)) {
    problems.push({ code: 'bad-id', at, detail: short(isObject(raw) ? raw.id : raw) });
    return undefined;
  }
  if (!FIELD_TYPES.includes(raw.type as FieldType)) {
    problems.push({ code: 'bad-field-type', at: `${at}.type`, detail: short(raw.type) });
    return undefined;
  }
  const type = raw.type as FieldType;
  const label = readText(raw.label, true);
  if (!label) problems.push({ code: 'missing-text', at: `${at}.label` });
  const field: FieldDef = { id: raw.id, type, label: label || raw.id };
  const hint = readText(raw.hint, false);
  if (hint) field.hint = hint;
  const fallback = readText(raw.default, false);
  if (fallback) field.default = fallback;
  if (typeof raw.role === 'string') field.role = raw.role as FieldDef['role'];
  if (raw.required === true) field.required = true;
  if (raw.oneSided === true) field.oneSided = true;
  if (type === 'rows') field.columns = readColumns(raw.columns, at, problems);
  if (type === 'choice') {
    const options = Array.isArray(raw.options) ? raw.options : [];
    field.options = options
      .filter(isObject)
      .filter(o => typeof o.value === 'string' && o.value)
      .map(o => ({ value: o.value as string, label: readText(o.label, true) || (o.value as string) }));
    if (field.options.length < 2) problems.push({ code: 'no-options', at });
  }
  return field;
}

function readSection(raw: unknown, at: string, problems: SectionsProblem[]): SectionDef | undefined {
  if (!isObject(raw) || typeof raw.id !== 'string' || !ID.test(raw.id)) {
    problems.push({ code: 'bad-id', at, detail: short(isObject(raw) ? raw.id : raw) });
    return undefined;
  }
  const level = raw.level === undefined ? 'recommended' : raw.level;
  if (!LEVELS.includes(level as Level)) problems.push({ code: 'bad-level', at: `${at}.level`, detail: short(level) });
  const title = readText(raw.title, true);
  if (!title) problems.push({ code: 'missing-text', at: `${at}.title` });
  const prompt = readText(raw.prompt, true);
  if (!prompt) problems.push({ code: 'missing-text', at: `${at}.prompt` });
  const rawFields = Array.isArray(raw.fields) ? raw.fields : [];
  if (rawFields.length === 0 || rawFields.length > MAX_FIELDS) problems.push({ code: 'no-fields', at });
  const fields: FieldDef[] = [];
  const seen = new Set<string>();
  rawFields.slice(0, MAX_FIELDS).forEach((f, i) => {
    const field = readField(f, `${at}.fields[${i}]`, problems);
    if (!field) return;
    if (seen.has(field.id)) problems.push({ code: 'duplicate-id', at: `${at}.fields[${i}]`, detail: field.id });
    seen.add(field.id);
    fields.push(field);
  });
  const section: SectionDef = {
    id: raw.id,
    level: LEVELS.includes(level as Level) ? (level as Level) : 'recommended',
    title: title || raw.id,
    prompt: prompt || '',
    fields
  };
  const guidance = readText(raw.guidance, false);
  if (guidance) section.guidance = guidance;
  if (Array.isArray(raw.examples)) section.examples = readStrings(raw.examples);
  else if (isObject(raw.examples) && readStrings(raw.examples.en)) {
    section.examples = { en: readStrings(raw.examples.en)!, es: readStrings(raw.examples.es) };
  }
  if (raw.twoSided === true) section.twoSided = true;
  if (raw.kind === 'statement' || raw.kind === 'signatures') section.kind = raw.kind;
  return section;
}

/** Checks an already parsed sections file. */
export function readSectionsFile(data: unknown): SectionsResult {
  const problems: SectionsProblem[] = [];
  if (!isObject(data)) return { ok: false, problems: [{ code: 'not-object', at: '' }] };
  if (typeof data.version === 'number' && data.version > SECTIONS_FORMAT_VERSION) {
    return { ok: false, problems: [{ code: 'newer-version', at: 'version', detail: String(data.version) }] };
  }
  const raw = data.sections;
  if (!Array.isArray(raw) || raw.length === 0)
    return { ok: false, problems: [{ code: 'no-sections', at: 'sections' }] };
  if (raw.length > MAX_SECTIONS) {
    return { ok: false, problems: [{ code: 'too-many', at: 'sections', detail: String(raw.length) }] };
  }
  const sections: SectionDef[] = [];
  const seen = new Set<string>();
  raw.forEach((s, i) => {
    const section = readSection(s, `sections[${i}]`, problems);
    if (!section) return;
    if (seen.has(section.id)) problems.push({ code: 'duplicate-id', at: `sections[${i}]`, detail: section.id });
    seen.add(section.id);
    sections.push(section);
  });
  return problems.length ? { ok: false, problems } : { ok: true, file: { version: SECTIONS_FORMAT_VERSION, sections } };
}

/** Parses and checks the text of a sections file. */
export function parseSectionsText(text: string): SectionsResult {
  if (text.length > MAX_BYTES)
    return { ok: false, problems: [{ code: 'too-big', at: '', detail: String(text.length) }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ code: 'not-json', at: '', detail: short((error as Error).message) }] };
  }
  return readSectionsFile(data);
}
