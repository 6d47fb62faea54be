/**
 * The simple directory a consortium keeps in a spreadsheet: one row per organization, a header row, columns
 * named as in docs/partner-finder.md (name, categories, description, website, email, phone, address, city,
 * audience, languages, last_verified, …). Column names are forgiving ("Organization", "Web site", "E-mail").
 * A broken row is left out with a warning naming the file and row; the other rows load.
 */
import type { ParseConfig, ParseError, ParseResult, Parser } from 'papaparse';
import type {
  CategoryContent,
  DirectoryCode,
  DirectoryParams,
  DirectoryProblem,
  ImportResult,
  ImportWarning,
  PartnerOrganization
} from '../model.js';
import { DirectoryError } from '../directory-words.js';
import { htmlToText, isEmail, normalize, websiteHref } from '../text.js';
import { loadPapa, type Papa } from '../papa.js';
import { TimeSlicer } from '../../../core/yield.js';
import { LOAD_PIECE_MS } from '../finder-constants.js';
import { FlatImporter } from './flat.js';

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
  return text.charCodeAt(0) === 39 && '=+-@'.includes(text.charAt(1)) && text.length > 1 ? text.slice(1) : text;
}

/** papaparse's error codes as a warning's code and values (row: the spreadsheet row). */
export function csvErrorProblem(error: Pick<CsvTableError, 'code'>, row: number, expected: number): DirectoryProblem {
  switch (error.code) {
    case 'TooFewFields':
    case 'TooManyFields':
      return { code: 'csv-cell-count', params: { row, expected } };
    case 'MissingQuotes':
      return { code: 'csv-missing-quotes', params: { row } };
    case 'InvalidQuotes':
      return { code: 'csv-invalid-quotes', params: { row } };
    default:
      return { code: 'csv-row-unreadable', params: { row } };
  }
}

export interface CsvOptions {
  /** File name or address, for warnings. */
  file: string;
  content: CategoryContent;
}

/** A problem with one row of a CSV table (or with the whole text, when it has no row). */
export interface CsvTableError {
  code: ParseError['code'];
  /** papaparse's own words (not shown: the warning's code says what is wrong). */
  message: string;
  /** Index in `rows` of the row it is about; undefined when that row is not in `rows` (the header row). */
  row?: number;
  /** The row's number as a spreadsheet shows it (header row = 1, blank rows counted); undefined for the whole text. */
  line?: number;
}

/** What papaparse's `header: true, skipEmptyLines: 'greedy'` gives, without building an object per row. */
export interface CsvTable {
  headers: string[];
  rows: string[][];
  /** The spreadsheet row number of each of `rows` (header row = 1, blank rows counted). */
  lines: number[];
  /** At most one per row and kind of problem, in row order. */
  errors: CsvTableError[];
}

/**
 * Parses to arrays (several times faster than papaparse's header mode) and then does what header mode would:
 * the first non-empty row names the columns, rows whose cells are all blank are skipped, and a row with more or
 * fewer cells than the header gets a TooManyFields / TooFewFields error. Unlike header mode, every problem names
 * the row it is about in one numbering (header mode counts quote problems and cell-count problems differently,
 * so a bad quote could be blamed on the next row). Async only because papaparse is loaded on first use.
 */
export async function parseCsvTable(text: string, chunkSize = CSV_CHUNK): Promise<CsvTable> {
  const Papa = await loadPapa();
  // The delimiter is guessed the way header mode guesses it (blank rows ignored); this only reads a few rows.
  const probe = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: 'greedy' });
  const parsed = await parseRows(Papa, text, probe.meta.delimiter, probe.meta.linebreak, chunkSize);
  const data = parsed.data;
  let start = 0;
  while (start < data.length && blank(data[start])) start++;
  const headers = start < data.length ? data[start].map(h => h.trim()) : [];
  const rows: string[][] = [];
  const lines: number[] = [];
  // Record number in `data` (what papaparse's errors name in this mode) → index in `rows`, or -1.
  const kept = new Int32Array(data.length).fill(-1);
  const errors: CsvTableError[] = [];
  for (let i = start + 1; i < data.length; i++) {
    const row = data[i];
    if (blank(row)) continue;
    kept[i] = rows.length;
    if (row.length !== headers.length) {
      const many = row.length > headers.length;
      errors.push({
        code: many ? 'TooManyFields' : 'TooFewFields',
        message: `Too ${many ? 'many' : 'few'} fields: expected ${headers.length} fields but parsed ${row.length}`,
        row: rows.length,
        line: i + 1
      });
    }
    rows.push(row);
    lines.push(i + 1);
  }
  const seen = new Set<string>();
  for (const error of parsed.errors) {
    const at = error.row;
    // papaparse can report the same problem twice; a row with a bad quote needs one warning.
    const key = `${at}|${error.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (at === undefined || at === null || at < 0 || at >= data.length) {
      errors.push({ code: error.code, message: error.message });
      continue;
    }
    errors.push({ code: error.code, message: error.message, row: kept[at] >= 0 ? kept[at] : undefined, line: at + 1 });
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { headers, rows, lines, errors };
}

/** How much text papaparse reads at a time (about a millisecond's work), so the page gets turns while it reads. */
export const CSV_CHUNK = 128 * 1024;

type ChunkedConfig = ParseConfig<string[]> & {
  chunkSize: number;
  chunk(results: ParseResult<string[]>, parser: Parser): void;
  complete(): void;
};

/**
 * Rows as arrays, in pieces of `chunkSize` characters with a turn for the page whenever the shared time budget is
 * used (0: all at once). papaparse carries a row cut by a piece's end over to the next piece, so the rows and
 * problems are those of one parse; only its row numbers count from each piece's start, and are made whole here.
 */
function parseRows(
  Papa: Papa,
  text: string,
  delimiter: string,
  linebreak: string,
  chunkSize: number
): Promise<{ data: string[][]; errors: ParseError[] }> {
  const config = { delimiter, newline: linebreak as '\r' | '\n' | '\r\n' };
  if (!chunkSize || text.length <= chunkSize) return Promise.resolve(Papa.parse<string[]>(text, config));
  return new Promise((resolve, reject) => {
    const data: string[][] = [];
    const errors: ParseError[] = [];
    const slicer = new TimeSlicer(LOAD_PIECE_MS, 1);
    // papaparse's types allow `chunk` only for files; its string reader takes `chunkSize` and `chunk` all the same.
    const parseInChunks = Papa.parse as (text: string, config: ChunkedConfig) => void;
    try {
      parseInChunks(text, {
        ...config,
        chunkSize,
        chunk: (results, parser) => {
          for (const error of results.errors)
            errors.push(typeof error.row === 'number' ? { ...error, row: error.row + data.length } : error);
          for (const row of results.data) data.push(row);
          if (!slicer.due()) return;
          parser.pause();
          slicer
            .yield()
            .then(() => parser.resume())
            .catch(reject);
        },
        complete: () => resolve({ data, errors })
      });
    } catch (error) {
      reject(error);
    }
  });
}

function blank(row: string[]): boolean {
  for (let i = 0; i < row.length; i++) if (row[i].trim() !== '') return false;
  return true;
}

/** The day after `day`, on the person's calendar, as YYYY-MM-DD. */
function dayAfter(day: Date): string {
  const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${next.getFullYear()}-${two(next.getMonth() + 1)}-${two(next.getDate())}`;
}

/** Reads a simple partner CSV. Never throws for bad rows; throws only when there is no usable header. */
export async function importCsv(text: string, { file, content }: CsvOptions): Promise<ImportResult> {
  const warnings: ImportWarning[] = [];
  const parsed = await parseCsvTable(text.replace(/^\uFEFF/, ''));
  const headers = parsed.headers;
  // Our column → its cell number; the first header that means a column wins.
  const at: Partial<Record<CsvColumn, number>> = {};
  headers.forEach((h, i) => {
    const column = csvColumnFor(h);
    if (column && at[column] === undefined) at[column] = i;
  });
  if (at.name === undefined) {
    throw new DirectoryError('csv-no-name-column', { file });
  }
  const badRows = new Set<number>();
  for (const error of parsed.errors) {
    if (error.line === undefined) {
      if (error.code !== 'UndetectableDelimiter') warnings.push({ file, code: 'csv-unreadable' });
      continue;
    }
    if (error.row !== undefined) badRows.add(error.row);
    warnings.push({ file, row: error.line, ...csvErrorProblem(error, error.line, headers.length) });
  }
  const organizations: PartnerOrganization[] = [];
  const rows = parsed.rows;
  const importer = new FlatImporter(content, file);
  let row: string[] = [];
  const get = (column: CsvColumn) => {
    const i = at[column];
    return i === undefined ? '' : cell(row[i]);
  };
  const warnAbout = (row: number, name: string, code: DirectoryCode, params: DirectoryParams) =>
    warnings.push({ file, row, code, params: { row, name, ...params } });
  // A check date after tomorrow (a day's grace for time zones) is a typing mistake, not a check.
  const latestCheck = dayAfter(new Date());
  // A long file is read in pieces, so the page can still paint and answer between them.
  const slicer = new TimeSlicer(LOAD_PIECE_MS);
  for (let i = 0; i < rows.length; i++) {
    if (slicer.due()) await slicer.yield();
    if (badRows.has(i)) continue;
    const rowNumber = parsed.lines[i];
    row = rows[i];
    const name = get('name');
    if (!name) {
      warnings.push({ file, row: rowNumber, code: 'row-no-name', params: { row: rowNumber } });
      continue;
    }
    const website = get('website');
    if (website && !websiteHref(website)) {
      warnAbout(rowNumber, name, 'bad-website', { website });
    }
    const email = get('email');
    if (email && !isEmail(email)) {
      warnAbout(rowNumber, name, 'bad-email', { email });
    }
    const verifiedText = get('last_verified');
    let lastVerified = verifiedText ? importer.date(verifiedText) : undefined;
    if (verifiedText && !lastVerified) {
      warnAbout(rowNumber, name, 'bad-date', { date: verifiedText });
    } else if (lastVerified && lastVerified > latestCheck) {
      warnAbout(rowNumber, name, 'future-date', { date: lastVerified });
      lastVerified = undefined;
    }
    const organization = importer.organization({
      id: get('id'),
      name,
      aliases: get('aliases'),
      description: htmlToText(get('description')),
      website,
      email,
      phone: get('phone'),
      street: get('address'),
      city: get('city'),
      region: get('region'),
      postalCode: get('postal_code'),
      country: get('country'),
      categories: get('categories'),
      goals: get('goals'),
      tags: get('tags'),
      audience: get('audience'),
      languages: get('languages'),
      brings: get('brings'),
      needs: get('needs'),
      contacts: importer.contact(get('contact_name'), get('contact_title'), get('contact_email'), get('contact_phone')),
      lastVerified
    });
    organization.row = rowNumber;
    organizations.push(organization);
  }
  const unknown = importer.unknownCategoryWarning(file);
  if (unknown) warnings.push(unknown);
  return { format: 'csv', organizations, warnings };
}
