/**
 * Exports of the current view: CSV in the same columns the finder imports (so an export can be edited and
 * loaded again), and vCard 3.0 for address books. In public mode named people are left out of both.
 */
import { publicCopy } from './privacy.js';
import type { CategoryContent, PartnerOrganization } from './model.js';
import { loadPapa } from './papa.js';
import { websiteHref } from './text.js';

export interface ExportOptions {
  /** Public mode: no named people, no personal contact details. */
  publicMode: boolean;
  content: CategoryContent;
}

export const EXPORT_COLUMNS = [
  'name',
  'aliases',
  'categories',
  'goals',
  'description',
  'website',
  'email',
  'phone',
  'address',
  'city',
  'region',
  'postal_code',
  'country',
  'audience',
  'languages',
  'tags',
  'brings',
  'needs',
  'last_verified',
  'contact_name',
  'contact_title',
  'contact_email',
  'contact_phone',
  'id',
  'sources'
] as const;

const PERSON_COLUMNS = new Set(['contact_name', 'contact_title', 'contact_email', 'contact_phone']);

/**
 * Cells a spreadsheet would run as a formula get a leading "'" (the importer removes it again). Phone numbers
 * like "+1 555…" and "-" alone are left as they are.
 */
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s(]|$))/;

/** Async only because papaparse is loaded on first use. */
export async function toCsv(
  organizations: PartnerOrganization[],
  { publicMode, content }: ExportOptions
): Promise<string> {
  const Papa = await loadPapa();
  const columns = EXPORT_COLUMNS.filter(c => !(publicMode && PERSON_COLUMNS.has(c)));
  const categoryName = new Map(content.categories.map(c => [c.id, c.name]));
  const goalLabel = new Map(content.goals.map(g => [g.id, g.label]));
  const join = (items: (string | undefined)[]) => items.filter(Boolean).join('; ');
  const rows = organizations.map(full => {
    const o = publicMode ? publicCopy(full) : full;
    const person = o.contacts[0];
    const row: Record<string, string> = {
      name: o.name,
      aliases: join(o.aliases),
      categories: join(o.categories.map(c => categoryName.get(c) ?? c)),
      goals: join(o.statedGoals.map(g => goalLabel.get(g) ?? g)),
      description: o.description,
      website: o.website ?? '',
      email: o.email ?? '',
      phone: join(o.phones.map(p => p.number)),
      address: o.address?.street ?? '',
      city: o.city ?? '',
      region: o.address?.region ?? '',
      postal_code: o.address?.postalCode ?? '',
      country: o.address?.country ?? '',
      audience: join(o.audiences),
      languages: join(o.languages),
      tags: join(o.tags),
      brings: join(o.brings),
      needs: join(o.needs),
      last_verified: o.lastVerified ?? '',
      contact_name: person?.name ?? '',
      contact_title: person?.title ?? '',
      contact_email: person?.email ?? '',
      contact_phone: join(person?.phones.map(p => p.number) ?? []),
      id: o.ids[0] ?? '',
      sources: join(o.sources)
    };
    return columns.map(c => row[c]);
  });
  return Papa.unparse({ fields: [...columns], data: rows }, { escapeFormulae: FORMULA, newline: '\r\n' });
}

/** Escapes a vCard text value (RFC 6350 §3.4 / RFC 2426). */
/** A vCard text value: \ , ; and line breaks escaped; other control characters (they would break a line) dropped. */
function escapeValue(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/\r?\n/g, '\\n')
      .replace(/,/g, '\\,')
      .replace(/;/g, '\\;')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** Folds a content line at 75 octets (continuation lines start with a space). */
function fold(line: string): string {
  const bytes = new TextEncoder();
  if (bytes.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = bytes.encode(ch).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function card(lines: (string | undefined)[]): string {
  return ['BEGIN:VCARD', 'VERSION:3.0', ...lines.filter((l): l is string => !!l), 'END:VCARD'].map(fold).join('\r\n');
}

function phoneType(type: string | undefined): string {
  const t = (type ?? '').toLowerCase();
  if (t === 'fax') return 'FAX';
  if (t === 'cell' || t === 'mobile' || t === 'text' || t === 'sms') return 'CELL';
  return 'VOICE';
}

/**
 * One vCard per organization (KIND:org style, as a company card), and in staff mode one per named contact, with
 * the organization as ORG.
 */
export function toVCard(organizations: PartnerOrganization[], { publicMode, content }: ExportOptions): string {
  const categoryName = new Map(content.categories.map(c => [c.id, c.name]));
  const cards: string[] = [];
  for (const full of organizations) {
    const o = publicMode ? publicCopy(full) : full;
    const a = o.address;
    const web = websiteHref(o.website);
    const adr = a
      ? `ADR;TYPE=WORK:;;${[a.street, a.city ?? o.city, a.region, a.postalCode, a.country].map(v => escapeValue(v ?? '')).join(';')}`
      : undefined;
    cards.push(
      card([
        `FN:${escapeValue(o.name)}`,
        `ORG:${escapeValue(o.name)}`,
        'X-ABShowAs:COMPANY',
        o.email ? `EMAIL;TYPE=INTERNET,WORK:${escapeValue(o.email)}` : undefined,
        ...o.phones.map(p => `TEL;TYPE=WORK,${phoneType(p.type)}:${escapeValue(p.number)}`),
        adr,
        // Address books make URL a link: only a website that passes the same gate as the page's links.
        web ? `URL:${escapeValue(web)}` : undefined,
        o.categories.length
          ? `CATEGORIES:${o.categories.map(c => escapeValue(categoryName.get(c) ?? c)).join(',')}`
          : undefined,
        o.description ? `NOTE:${escapeValue(o.description)}` : undefined,
        o.lastVerified ? `REV:${o.lastVerified}` : undefined
      ])
    );
    if (publicMode) continue;
    for (const c of o.contacts) {
      const parts = c.name.trim().split(/\s+/);
      const family = parts.length > 1 ? parts.pop()! : '';
      cards.push(
        card([
          `FN:${escapeValue(c.name)}`,
          `N:${escapeValue(family)};${escapeValue(parts.join(' '))};;;`,
          `ORG:${escapeValue(o.name)}${c.department ? `;${escapeValue(c.department)}` : ''}`,
          c.title ? `TITLE:${escapeValue(c.title)}` : undefined,
          c.email ? `EMAIL;TYPE=INTERNET,WORK:${escapeValue(c.email)}` : undefined,
          ...c.phones.map(p => `TEL;TYPE=WORK,${phoneType(p.type)}:${escapeValue(p.number)}`)
        ])
      );
    }
  }
  return cards.length ? `${cards.join('\r\n')}\r\n` : '';
}
