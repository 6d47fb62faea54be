/**
 * The simple directory a consortium keeps in a spreadsheet: one row per organization, a header row, columns
 * named as in docs/partner-finder.md (name, categories, description, website, email, phone, address, city,
 * audience, languages, last_verified, …). Column names are forgiving ("Organization", "Web site", "E-mail").
 * A broken row is left out with a warning naming the file and row; the other rows load.
 */
import type { ParseError } from 'papaparse';
import Papa from 'papaparse';
import type {
  CategoryContent,
  ImportResult,
  ImportWarning,
  PartnerContact,
  PartnerOrganization,
  PartnerPhone
} from '../model.js';
import { cleanPhone, htmlToText, isEmail, isoDate, normalize, splitList, websiteHref } from '../text.js';
import { finishPartner, type RawPartner } from './finish.js';

/** Our column → the header spellings we accept (compared after normalize()). */
export const CSV_COLUMNS = {
  id: ['id', 'identifier', 'org id', 'organization id', 'organisation id', 'record id'],
  name: [
    'name',
    'organization',
    'organisation',
    'organization name',
    'organisation name',
    'org name',
    'partner',
    'partner name'
  ],
  aliases: ['aliases', 'alias', 'alternate name', 'alternate names', 'also known as', 'aka', 'other names'],
  categories: ['categories', 'category', 'partner type', 'partner types', 'type', 'types', 'taxonomy'],
  description: ['description', 'about', 'summary', 'what they do'],
  website: ['website', 'web site', 'url', 'web', 'homepage', 'home page', 'site'],
  email: ['email', 'e mail', 'email address', 'general email'],
  phone: ['phone', 'telephone', 'phone number', 'tel', 'main phone'],
  address: ['address', 'street', 'street address', 'address 1', 'address1'],
  city: ['city', 'town', 'city area', 'area', 'locality', 'neighborhood', 'neighbourhood'],
  region: ['region', 'state', 'province', 'state province', 'county'],
  postal_code: ['postal code', 'postcode', 'zip', 'zip code'],
  country: ['country'],
  audience: ['audience', 'audiences', 'serves', 'who they serve', 'population', 'populations'],
  languages: ['languages', 'language', 'languages spoken'],
  goals: ['goals', 'library goals', 'goal'],
  brings: ['brings', 'offers', 'what they bring', 'assets'],
  needs: ['needs', 'what they need'],
  contact_name: ['contact name', 'contact', 'contact person'],
  contact_title: ['contact title', 'contact role', 'role', 'job title'],
  contact_email: ['contact email', 'contact e mail'],
  contact_phone: ['contact phone', 'contact telephone'],
  last_verified: [
    'last verified',
    'verified',
    'last checked',
    'checked',
    'date verified',
    'last updated',
    'updated',
    'last reviewed'
  ],
  tags: ['tags', 'keywords']
} as const;

export type CsvColumn = keyof typeof CSV_COLUMNS;

const HEADER_LOOKUP = new Map<string, CsvColumn>();
for (const [column, spellings] of Object.entries(CSV_COLUMNS) as [CsvColumn, readonly string[]][]) {
  for (const s of spellings) HEADER_LOOKUP.set(normalize(s), column);
}

/** Which of our columns a header cell means, if any. */
export function csvColumnFor(header: string): CsvColumn | undefined {
  const key = normalize(header.replace(/^\uFEFF/, ''));
  return HEADER_LOOKUP.get(key) ?? HEADER_LOOKUP.get(key.replace(/ s$/, ''));
}

/** Undoes the "'" a spreadsheet export puts before =, +, - or @ so a cell is not run as a formula. */
function cell(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** Plain words for papaparse's error codes. */
function describeCsvError(error: ParseError, expected: number): string {
  switch (error.code) {
    case 'TooFewFields':
    case 'TooManyFields':
      return `it does not have the same number of cells as the header row (${expected}). A value with a comma in it needs double quotes around it. This row was left out.`;
    case 'MissingQuotes':
      return 'a value starts with a double quote (") that is never closed. This row and the rows after it may be mixed up; check the quotes.';
    case 'InvalidQuotes':
      return 'a double quote (") is in the wrong place. Write a quote inside a value as two quotes (""). This row was left out.';
    default:
      return `${error.message}. This row was left out.`;
  }
}

export interface CsvOptions {
  /** File name or address, for warnings. */
  file: string;
  content: CategoryContent;
}

/** Reads a simple partner CSV. Never throws for bad rows; throws only when there is no usable header. */
export function importCsv(text: string, { file, content }: CsvOptions): ImportResult {
  const warnings: ImportWarning[] = [];
  const parsed = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: h => h.trim()
  });
  const headers = parsed.meta.fields ?? [];
  const columns = new Map<string, CsvColumn>();
  for (const h of headers) {
    const column = csvColumnFor(h);
    if (column && ![...columns.values()].includes(column)) columns.set(h, column);
  }
  const headerOf: Partial<Record<CsvColumn, string>> = {};
  for (const [h, c] of columns) headerOf[c] = h;
  if (!headerOf.name) {
    throw new Error(
      `${file} has no "name" column, so we cannot tell which organization each row is about. The first row must hold column names such as name, categories, description, website.`
    );
  }
  const badRows = new Set<number>();
  for (const error of parsed.errors) {
    if (error.row === undefined || error.row === null) {
      if (error.code !== 'UndetectableDelimiter') warnings.push({ file, message: `${error.message}.` });
      continue;
    }
    badRows.add(error.row);
    warnings.push({
      file,
      row: error.row + 2,
      message: `Row ${error.row + 2}: ${describeCsvError(error, headers.length)}`
    });
  }
  const organizations: PartnerOrganization[] = [];
  const rows = parsed.data;
  for (let i = 0; i < rows.length; i++) {
    if (badRows.has(i)) continue;
    const rowNumber = i + 2;
    const row = rows[i];
    const get = (column: CsvColumn) => {
      const h = headerOf[column];
      return h === undefined ? '' : cell(row[h]);
    };
    const name = get('name');
    if (!name) {
      warnings.push({ file, row: rowNumber, message: `Row ${rowNumber} has no name, so it was left out.` });
      continue;
    }
    const warn = (message: string) =>
      warnings.push({ file, row: rowNumber, message: `Row ${rowNumber} (${name}): ${message}` });
    const website = get('website');
    if (website && !websiteHref(website)) {
      warn(
        `the website "${website}" is not a web address starting with https:// or http://, so it is shown as text, not as a link.`
      );
    }
    const email = get('email');
    if (email && !isEmail(email)) {
      warn(`"${email}" is not an email address, so it is shown as text.`);
    }
    const verifiedText = get('last_verified');
    const lastVerified = verifiedText ? isoDate(verifiedText) : undefined;
    if (verifiedText && !lastVerified) {
      warn(`the date "${verifiedText}" could not be read; write it as YYYY-MM-DD, for example 2025-03-14.`);
    }
    const phones: PartnerPhone[] = splitList(get('phone')).map(number => ({ number: cleanPhone(number) }));
    const contacts: PartnerContact[] = [];
    const contactName = get('contact_name');
    if (contactName) {
      contacts.push({
        name: contactName,
        title: get('contact_title') || undefined,
        email: get('contact_email') || undefined,
        phones: splitList(get('contact_phone')).map(number => ({ number: cleanPhone(number) }))
      });
    }
    const address = {
      street: get('address') || undefined,
      city: get('city') || undefined,
      region: get('region') || undefined,
      postalCode: get('postal_code') || undefined,
      country: get('country') || undefined
    };
    const raw: RawPartner = {
      name,
      ids: [get('id')],
      aliases: splitList(get('aliases')),
      description: htmlToText(get('description')),
      website: website || undefined,
      email: email || undefined,
      phones,
      address,
      city: address.city,
      categoryTerms: splitList(get('categories')),
      goalTerms: splitList(get('goals')),
      tags: splitList(get('tags')),
      audiences: splitList(get('audience')),
      languages: splitList(get('languages')),
      brings: splitList(get('brings')),
      needs: splitList(get('needs')),
      contacts,
      lastVerified
    };
    organizations.push(finishPartner(raw, content, file));
  }
  return { format: 'csv', organizations, warnings };
}
