/**
 * The shapes <tb-mou-outline> works with: the sections file (src/content/schemas/mou-sections.schema.json) and
 * the answers a person gives. Pure types and small helpers; no DOM, no Lit.
 */

export type Lang = 'en' | 'es';
/** A text in the sections file: one string for every language, or one per language (English required). */
export type LocalText = string | { en: string; es?: string };
export type Level = 'required' | 'recommended' | 'optional';
export type FieldType = 'text' | 'textarea' | 'list' | 'date' | 'number' | 'choice' | 'confirm' | 'rows';
export type ColumnType = 'text' | 'date' | 'email' | 'tel';
export type Party = 'a' | 'b';
export const PARTIES: readonly Party[] = ['a', 'b'];

/** What a field holds, so the checks can find it in any sections file. */
export type FieldRole =
  | 'party-a'
  | 'party-b'
  | 'title'
  | 'purpose'
  | 'assets'
  | 'needs'
  | 'audiences'
  | 'goals'
  | 'start-date'
  | 'end-date'
  | 'renewal-date'
  | 'evaluation-date'
  | 'notice-days'
  | 'milestones'
  | 'contacts'
  | 'budget'
  | 'money';

export interface ColumnDef {
  id: string;
  type?: ColumnType;
  label: LocalText;
}

export interface FieldDef {
  id: string;
  type: FieldType;
  label: LocalText;
  hint?: LocalText;
  role?: FieldRole;
  required?: boolean;
  /** In a two-sided section, a field asked once rather than per party. */
  oneSided?: boolean;
  default?: LocalText;
  options?: { value: string; label: LocalText }[];
  columns?: ColumnDef[];
}

export interface SectionDef {
  id: string;
  level: Level;
  title: LocalText;
  prompt: LocalText;
  guidance?: LocalText;
  examples?: string[] | { en: string[]; es?: string[] };
  twoSided?: boolean;
  kind?: 'statement' | 'signatures';
  fields: FieldDef[];
}

export interface SectionsFile {
  version: number;
  sections: SectionDef[];
}

export type Row = Record<string, string>;
export type FieldValue = string | Row[];

/** Everything a person has entered. Keys of `answers[section]` are field keys (see `fieldKey`). */
export interface MouDoc {
  answers: Record<string, Record<string, FieldValue>>;
  /** Sections marked "not applicable", with the reason given. */
  na: Record<string, string>;
  dismissals: Dismissal[];
}

export interface Dismissal {
  /** `Finding.key` of the dismissed finding. */
  key: string;
  reason: string;
}

export const emptyDoc = (): MouDoc => ({ answers: {}, na: {}, dismissals: [] });

/** Field key in the answers: the field id, or `id@a` / `id@b` for a per-party field of a two-sided section. */
export function fieldKey(field: FieldDef, party?: Party): string {
  return party ? `${field.id}@${party}` : field.id;
}

export function isPerParty(section: SectionDef, field: FieldDef): boolean {
  return Boolean(section.twoSided && !field.oneSided);
}

/** The keys a field has in the answers: one, or one per party. */
export function fieldKeys(section: SectionDef, field: FieldDef): string[] {
  return isPerParty(section, field) ? PARTIES.map(p => fieldKey(field, p)) : [fieldKey(field)];
}

export function localize(text: LocalText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'es' && text.es) || text.en;
}

export function localizeList(list: SectionDef['examples'], lang: Lang): string[] {
  if (!list) return [];
  if (Array.isArray(list)) return list;
  return (lang === 'es' && list.es) || list.en;
}

/** A value counts as filled when it has any non-space text (rows: any row with any text). */
export function isFilled(value: FieldValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return value.some(row => Object.values(row).some(cell => cell.trim() !== ''));
}

/** Lines of a `list` field, trimmed, empty lines and leading bullets dropped. */
export function listItems(value: FieldValue | undefined): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/\r?\n/)
    .map(line => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
}

export function rowsOf(value: FieldValue | undefined): Row[] {
  return Array.isArray(value) ? value.filter(row => Object.values(row).some(cell => cell.trim() !== '')) : [];
}

export function textOf(value: FieldValue | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The value of the (first) field with `role`, with its section, or undefined. */
export function findRole(
  sections: readonly SectionDef[],
  doc: MouDoc,
  role: FieldRole,
  party?: Party
): { section: SectionDef; field: FieldDef; key: string; value: FieldValue | undefined } | undefined {
  for (const section of sections) {
    for (const field of section.fields) {
      if (field.role !== role) continue;
      const key = isPerParty(section, field) ? fieldKey(field, party ?? 'a') : fieldKey(field);
      return { section, field, key, value: doc.answers[section.id]?.[key] };
    }
  }
  return undefined;
}

/** The two organizations' names as entered, or undefined while empty. */
export function partyNames(sections: readonly SectionDef[], doc: MouDoc): Record<Party, string | undefined> {
  const a = textOf(findRole(sections, doc, 'party-a')?.value);
  const b = textOf(findRole(sections, doc, 'party-b')?.value);
  return { a: a || undefined, b: b || undefined };
}

/** A date `YYYY-MM-DD` that exists in the calendar, as a UTC day number; otherwise undefined. */
export function dayNumber(value: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec((value ?? '').trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const date = new Date(time);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return time / 86_400_000;
}
