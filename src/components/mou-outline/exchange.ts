/**
 * The file two organizations pass back and forth: a versioned JSON export of the answers, and what changed per
 * section when one is imported. Imported files are untrusted: the shape is checked and anything odd is dropped.
 */
import { fieldKeys, type Dismissal, type FieldValue, type MouDoc, type Row, type SectionDef } from './model.js';

export const EXPORT_FORMAT = 'techbridge-mou';
export const EXPORT_VERSION = 1;
const MAX_TEXT = 20_000;
const MAX_ROWS = 200;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  name?: string;
  answers: MouDoc['answers'];
  na: MouDoc['na'];
  dismissals: Dismissal[];
}

export function exportDoc(doc: MouDoc, name?: string, now = new Date()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    ...(name ? { name } : {}),
    answers: doc.answers,
    na: doc.na,
    dismissals: doc.dismissals
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportProblem = 'not-json' | 'not-mou' | 'newer-version' | 'too-big';
export type ImportResult = { ok: true; doc: MouDoc; name?: string } | { ok: false; problem: ImportProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const safeKey = (k: string) => /^[a-z0-9][a-z0-9@-]{0,60}$/i.test(k) && k !== '__proto__';

function readValue(v: unknown): FieldValue | undefined {
  if (typeof v === 'string') return v.slice(0, MAX_TEXT);
  if (!Array.isArray(v)) return undefined;
  return v
    .slice(0, MAX_ROWS)
    .filter(isObject)
    .map(row => {
      const out: Row = {};
      for (const [k, cell] of Object.entries(row))
        if (safeKey(k) && typeof cell === 'string') out[k] = cell.slice(0, MAX_TEXT);
      return out;
    });
}

export function importDoc(text: string): ImportResult {
  if (text.length > 5_000_000) return { ok: false, problem: 'too-big' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT || typeof data.version !== 'number') {
    return { ok: false, problem: 'not-mou' };
  }
  if (data.version > EXPORT_VERSION) return { ok: false, problem: 'newer-version' };
  const answers: MouDoc['answers'] = {};
  if (isObject(data.answers)) {
    for (const [sectionId, fields] of Object.entries(data.answers)) {
      if (!safeKey(sectionId) || !isObject(fields)) continue;
      const section: Record<string, FieldValue> = {};
      for (const [key, value] of Object.entries(fields)) {
        const read = safeKey(key) ? readValue(value) : undefined;
        if (read !== undefined) section[key] = read;
      }
      answers[sectionId] = section;
    }
  }
  const na: MouDoc['na'] = {};
  if (isObject(data.na)) {
    for (const [k, v] of Object.entries(data.na)) if (safeKey(k) && typeof v === 'string') na[k] = v.slice(0, 2000);
  }
  const dismissals = Array.isArray(data.dismissals)
    ? data.dismissals
        .filter(isObject)
        .filter(d => typeof d.key === 'string' && typeof d.reason === 'string')
        .map(d => ({ key: (d.key as string).slice(0, 300), reason: (d.reason as string).slice(0, 2000) }))
    : [];
  const name = typeof data.name === 'string' ? data.name.slice(0, 120) : undefined;
  return { ok: true, doc: { answers, na, dismissals }, ...(name ? { name } : {}) };
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  fieldKey: string;
  kind: ChangeKind;
  before?: FieldValue;
  after?: FieldValue;
}

export interface SectionDiff {
  sectionId: string;
  changes: FieldChange[];
  /** "Not applicable" set, cleared or its reason changed. */
  na?: { before?: string; after?: string };
}

const norm = (v: FieldValue | undefined): string =>
  v === undefined
    ? ''
    : typeof v === 'string'
      ? v.trim()
      : JSON.stringify(
          v
            .filter(r => Object.values(r).some(c => c.trim()))
            .map(r =>
              Object.entries(r)
                .filter(([, c]) => c.trim())
                .sort()
            )
        );

/** What differs between two drafts, per section, in the order of the sections file. Sections with no change are left out. */
export function diffDocs(sections: readonly SectionDef[], before: MouDoc, after: MouDoc): SectionDiff[] {
  const out: SectionDiff[] = [];
  for (const section of sections) {
    const changes: FieldChange[] = [];
    for (const field of section.fields) {
      for (const key of fieldKeys(section, field)) {
        const a = before.answers[section.id]?.[key];
        const b = after.answers[section.id]?.[key];
        const [na, nb] = [norm(a), norm(b)];
        if (na === nb) continue;
        const kind: ChangeKind = !na ? 'added' : !nb ? 'removed' : 'changed';
        changes.push({
          fieldKey: key,
          kind,
          ...(a !== undefined ? { before: a } : {}),
          ...(b !== undefined ? { after: b } : {})
        });
      }
    }
    const [naBefore, naAfter] = [before.na[section.id], after.na[section.id]];
    const diff: SectionDiff = { sectionId: section.id, changes };
    if (naBefore !== naAfter) diff.na = { before: naBefore, after: naAfter };
    if (changes.length || diff.na) out.push(diff);
  }
  return out;
}
