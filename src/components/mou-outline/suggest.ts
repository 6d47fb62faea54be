/**
 * Starting an MOU from a partner: the partner finder's `tb-partner-select` event (or the `prefill` property) gives
 * a name, contacts and categories; this turns them into answers, with suggestions of what an organization of that
 * kind often brings and needs and whom the work may reach. Suggestions only fill fields that are still empty.
 */
import { findRole, isFilled, type Lang, type MouDoc, type Row, type SectionDef } from './model.js';

type Localized = { en: string[]; es?: string[] };
export interface SuggestionsFile {
  version: number;
  categories: Record<string, { brings: Localized; needs: Localized; audiences: Localized }>;
}

/**
 * `detail` of the `tb-partner-select` event and the shape of the `prefill` property. The partner finder's own
 * `{ organization }` detail (a directory record) is read too: see `readPartnerDetail`.
 */
export interface PartnerSelectDetail {
  partner: {
    name: string;
    contacts?: { name?: string; email?: string; phone?: string; role?: string }[];
    categories?: string[];
    website?: string;
    /** What the partner says it brings, needs and whom it serves, when its directory entry says. */
    brings?: string[];
    needs?: string[];
    audiences?: string[];
  };
  /** The library's own name, when the page knows it. */
  library?: string;
}

const str = (v: unknown, max = 300) => (typeof v === 'string' ? v.trim().slice(0, max) : '');
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown, max = 20) =>
  Array.isArray(v)
    ? v
        .map(x => str(x))
        .filter(Boolean)
        .slice(0, max)
    : [];

function phoneOf(c: Record<string, unknown>): string {
  if (typeof c.phone === 'string') return str(c.phone);
  const first = Array.isArray(c.phones) ? c.phones.find(obj) : undefined;
  return first ? str(first.number) : '';
}

/**
 * Reads an untrusted event detail or prefill object: `{ partner: {…} }`, the partner finder's
 * `{ organization: {…} }`, or the partner object itself. Undefined when there is no partner name.
 */
export function readPartnerDetail(data: unknown): PartnerSelectDetail | undefined {
  if (!obj(data)) return undefined;
  const p = obj(data.partner) ? data.partner : obj(data.organization) ? data.organization : data;
  const name = str(p.name, 200);
  if (!name) return undefined;
  const contacts = Array.isArray(p.contacts)
    ? p.contacts
        .filter(obj)
        .slice(0, 10)
        .map(c => ({ name: str(c.name), email: str(c.email), phone: phoneOf(c), role: str(c.role) || str(c.title) }))
    : [];
  if (!contacts.length && (str(p.email) || phoneOf(p)))
    contacts.push({ name: '', email: str(p.email), phone: phoneOf(p), role: '' });
  const website = str(p.website, 500);
  const library = str(data.library, 200);
  const partner: PartnerSelectDetail['partner'] = { name, contacts, categories: strings(p.categories) };
  if (website) partner.website = website;
  for (const kind of ['brings', 'needs', 'audiences'] as const) {
    const list = strings(p[kind], 10);
    if (list.length) partner[kind] = list;
  }
  return { partner, ...(library ? { library } : {}) };
}

function categoryIds(categories: readonly string[], file: SuggestionsFile, names: Record<string, string>): string[] {
  const ids = categories.map(c => {
    const key = c.toLowerCase();
    return file.categories[key] ? key : names[key];
  });
  return [...new Set(ids.filter((id): id is string => Boolean(id && file.categories[id])))];
}

export interface Suggestions {
  brings: string[];
  needs: string[];
  audiences: string[];
}

export function suggestionsFor(
  categories: readonly string[],
  lang: Lang,
  file: SuggestionsFile,
  names: Record<string, string>
): Suggestions {
  const out: Suggestions = { brings: [], needs: [], audiences: [] };
  for (const id of categoryIds(categories, file, names)) {
    const entry = file.categories[id];
    for (const kind of ['brings', 'needs', 'audiences'] as const) {
      const list = (lang === 'es' && entry[kind].es) || entry[kind].en;
      for (const item of list) if (!out[kind].includes(item)) out[kind].push(item);
    }
  }
  return out;
}

/** The answers with the partner filled in: names, contacts, and suggestions where fields are still empty. */
export function applyPartner(
  sections: readonly SectionDef[],
  doc: MouDoc,
  detail: PartnerSelectDetail,
  suggestions: Suggestions
): MouDoc {
  const answers = structuredClone(doc.answers);
  const set = (role: Parameters<typeof findRole>[2], value: string | Row[], party?: 'a' | 'b', overwrite = false) => {
    const found = findRole(sections, doc, role, party);
    if (!found || (!overwrite && isFilled(found.value)) || !isFilled(value)) return;
    (answers[found.section.id] ??= {})[found.key] = value;
  };
  set('party-b', detail.partner.name, undefined, true);
  const own = (kind: 'brings' | 'needs' | 'audiences') => [
    ...new Set([...(detail.partner[kind] ?? []), ...suggestions[kind]])
  ];
  if (detail.library) set('party-a', detail.library);
  set('assets', own('brings').join('\n'), 'b');
  set('needs', own('needs').join('\n'), 'b');
  set('audiences', own('audiences').join('\n'));
  const contacts = findRole(sections, doc, 'contacts');
  if (contacts && detail.partner.contacts?.length) {
    const existing = Array.isArray(contacts.value) ? contacts.value : [];
    const known = new Set(existing.map(r => `${(r.name ?? '').toLowerCase()}|${(r.email ?? '').toLowerCase()}`));
    const added = detail.partner.contacts
      .map(c => ({
        name: c.name ?? '',
        organization: detail.partner.name,
        role: c.role ?? '',
        email: c.email ?? '',
        phone: c.phone ?? ''
      }))
      .filter(r => (r.name || r.email || r.phone) && !known.has(`${r.name.toLowerCase()}|${r.email.toLowerCase()}`));
    (answers[contacts.section.id] ??= {})[contacts.key] = [
      ...existing.filter(r => Object.values(r).some(v => v.trim())),
      ...added
    ];
  }
  return { ...doc, answers };
}
