/**
 * The prepared directory (`directory.tbindex.json`): what `npx techbridge-index` writes when a directory is
 * published, so the page does no reading, merging, classifying or indexing. One list per field (lists of strings
 * dictionary-coded: a directory repeats "English; Spanish" thousands of times), the search text, the filter codes
 * and totals, both sort orders, and the warnings for the webmaster. Big directories are split: the core (search,
 * filters, cards) and detail pieces loaded when someone opens a partner, prints or exports.
 *
 * Fetched files are untrusted: readPrepared checks every list (types, lengths, codes in range, orders that are
 * true permutations) and throws a DirectoryError in plain words when anything is off. No DOM, no Lit.
 */
import type { DirectoryIndex, Facet, FacetId, FacetValue } from './filter.js';
import { FACETS } from './filter.js';
import type { DirectoryCode, DirectoryParams, ImportWarning, PartnerOrganization } from './model.js';
import { DIRECTORY_CODES, DirectoryError } from './directory-words.js';

export const PREPARED_FORMAT = 'techbridge-directory';
export const PREPARED_VERSION = 1;

/** Lists of strings, coded: `lists` holds each distinct list once, `of[i]` is organization i's list. */
export interface CodedLists {
  lists: string[][];
  of: number[];
}

/** Fields the core carries for every organization (search, filters, cards, the goal picker). */
const CORE_TEXT = ['key', 'name', 'description', 'city', 'website', 'email', 'lastVerified'] as const;
const CORE_LISTS = [
  'aliases',
  'categories',
  'tags',
  'goals',
  'statedGoals',
  'audiences',
  'languages',
  'brings',
  'needs',
  'sources',
  'ageGroups'
] as const;
/** Fields kept as JSON values per organization (null when empty): in the detail pieces when split. */
const DETAIL_VALUES = [
  'ids',
  'phones',
  'address',
  'contacts',
  'services',
  'locations',
  'identifiers',
  'origins',
  'older',
  'row'
] as const;

type CoreText = (typeof CORE_TEXT)[number];
type CoreList = (typeof CORE_LISTS)[number];
type DetailValue = (typeof DETAIL_VALUES)[number];

export interface PreparedFacet {
  values: FacetValue[];
  offsets: number[];
  codes: number[];
  totals: number[];
}

export interface PreparedDetails {
  /** The first organization number these details are for, and how many. */
  from: number;
  count: number;
  values: Partial<Record<DetailValue, unknown[]>>;
}

export interface PreparedDirectory {
  format: typeof PREPARED_FORMAT;
  version: typeof PREPARED_VERSION;
  /** When the file was made (ISO time). */
  generated: string;
  count: number;
  text: Record<CoreText, (string | null)[]>;
  lists: Record<CoreList, CodedLists>;
  /** Folded search text and folded names (name + aliases), one per organization. */
  search: { text: string[]; names: string[] };
  facets: Record<FacetId, PreparedFacet>;
  order: { name: number[]; verified: number[] };
  warnings: ImportWarning[];
  /** Inline details, or the files that hold them (addresses relative to this file), `per` organizations each. */
  details: PreparedDetails | { per: number; files: string[] };
  /** A detail piece (only in those files). */
  part?: never;
}

/** A detail piece of a split directory (`directory.details-0.json`, …). */
export interface PreparedDetailFile extends PreparedDetails {
  format: typeof PREPARED_FORMAT;
  version: typeof PREPARED_VERSION;
  part: 'details';
}

export interface PrepareOptions {
  /** Split when there are more organizations than this; `per` organizations in each detail piece. */
  splitAbove?: number;
  per?: number;
  /** File name of the core, to name the detail pieces after it ("directory.tbindex.json" → "directory.details-0.json"). */
  fileName?: string;
  /** Date of the file; defaults to now. */
  generated?: string;
}

function codeLists(orgs: readonly PartnerOrganization[], field: CoreList): CodedLists {
  const lists: string[][] = [];
  const codeOf = new Map<string, number>();
  const of = new Array<number>(orgs.length);
  for (let i = 0; i < orgs.length; i++) {
    const list = (orgs[i][field] as string[] | undefined) ?? [];
    const key = list.join('\u0000');
    let code = codeOf.get(key);
    if (code === undefined) {
      code = lists.length;
      lists.push([...list]);
      codeOf.set(key, code);
    }
    of[i] = code;
  }
  return { lists, of };
}

function detailsOf(orgs: readonly PartnerOrganization[], from: number, count: number): PreparedDetails {
  const values: Partial<Record<DetailValue, unknown[]>> = {};
  for (const field of DETAIL_VALUES) {
    const column = new Array<unknown>(count);
    let any = false;
    for (let k = 0; k < count; k++) {
      const value = orgs[from + k][field];
      const empty = value === undefined || (Array.isArray(value) && value.length === 0);
      column[k] = empty ? null : value;
      if (!empty) any = true;
    }
    if (any) values[field] = column;
  }
  return { from, count, values };
}

/** Detail piece file names for a core file name. */
export function detailFileName(fileName: string, n: number): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/(\.tbindex)?\.json$/i, '');
  return `${base || 'directory'}.details-${n}.json`;
}

/**
 * The prepared file(s) for an index. `files` are the detail pieces (empty unless split), to be written beside the
 * core under their `name`.
 */
export function prepareDirectory(
  index: DirectoryIndex,
  warnings: ImportWarning[],
  options: PrepareOptions = {}
): { core: PreparedDirectory; files: { name: string; content: PreparedDetailFile }[] } {
  const orgs = index.organizations;
  const n = orgs.length;
  const text = {} as PreparedDirectory['text'];
  for (const field of CORE_TEXT) text[field] = orgs.map(o => (o[field] as string | undefined) ?? null);
  const lists = {} as PreparedDirectory['lists'];
  for (const field of CORE_LISTS) lists[field] = codeLists(orgs, field);
  const facets = {} as PreparedDirectory['facets'];
  for (const id of FACETS) {
    const f = index.facets[id];
    facets[id] = {
      values: f.values.map(v => ({ value: v.value, label: v.label })),
      offsets: Array.from(f.offsets),
      codes: Array.from(f.codes),
      totals: Array.from(f.totals)
    };
  }
  const split = n > (options.splitAbove ?? 20_000);
  const per = Math.max(1, options.per ?? 5_000);
  const files: { name: string; content: PreparedDetailFile }[] = [];
  let details: PreparedDirectory['details'];
  if (split) {
    for (let from = 0, k = 0; from < n; from += per, k++) {
      const piece = detailsOf(orgs, from, Math.min(per, n - from));
      files.push({
        name: detailFileName(options.fileName ?? 'directory', k),
        content: { format: PREPARED_FORMAT, version: PREPARED_VERSION, part: 'details', ...piece }
      });
    }
    details = { per, files: files.map(f => f.name) };
  } else details = detailsOf(orgs, 0, n);
  const core: PreparedDirectory = {
    format: PREPARED_FORMAT,
    version: PREPARED_VERSION,
    generated: options.generated ?? new Date().toISOString(),
    count: n,
    text,
    lists,
    search: { text: index.haystacks.slice(), names: index.names.slice() },
    facets,
    order: { name: Array.from(index.byName), verified: Array.from(index.byVerified) },
    warnings,
    details
  };
  return { core, files };
}

// ---- reading (in the page) --------------------------------------------------------------------------------------

/** A prepared file that cannot be used: a code and its values; `message` is plain English with the detail. */
export class PreparedFileError extends DirectoryError {
  override readonly name = 'PreparedFileError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when parsed JSON is a prepared directory (core or detail piece), by its content. */
export function isPrepared(json: unknown): json is PreparedDirectory | PreparedDetailFile {
  return isObject(json) && json.format === PREPARED_FORMAT;
}

function fail(file: string, what: string): never {
  throw new PreparedFileError('prepared-broken', { file, detail: what });
}

function stringColumn(file: string, value: unknown, n: number, name: string, nullable: boolean): (string | null)[] {
  if (!Array.isArray(value) || value.length !== n) fail(file, `its "${name}" list is missing or has the wrong length`);
  for (let i = 0; i < n; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'string' && !(nullable && v === null))
      fail(file, `its "${name}" list holds something that is not text`);
  }
  return value as (string | null)[];
}

function intColumn(file: string, value: unknown, length: number | undefined, below: number, name: string): Int32Array {
  if (!Array.isArray(value) || (length !== undefined && value.length !== length))
    fail(file, `its "${name}" numbers are missing or have the wrong length`);
  const out = new Int32Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= below)
      fail(file, `its "${name}" numbers are out of range`);
    out[i] = v;
  }
  return out;
}

function readLists(file: string, value: unknown, n: number, name: string): string[][] {
  if (!isObject(value) || !Array.isArray(value.lists)) fail(file, `its "${name}" lists are missing`);
  const lists = value.lists as unknown[];
  for (const list of lists) {
    if (!Array.isArray(list) || list.some(x => typeof x !== 'string'))
      fail(file, `its "${name}" lists hold something that is not text`);
    // Shared between organizations: frozen, so nothing changes one organization's list through another's.
    Object.freeze(list);
  }
  const of = intColumn(file, value.of, n, Math.max(lists.length, 1), `${name}`);
  const out = new Array<string[]>(n);
  for (let i = 0; i < n; i++) out[i] = lists[of[i]] as string[];
  return out;
}

function readOrder(file: string, value: unknown, n: number, name: string): Int32Array {
  const order = intColumn(file, value, n, Math.max(n, 1), `${name} order`);
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (seen[order[i]]) fail(file, `its ${name} order names an organization twice`);
    seen[order[i]] = 1;
  }
  return order;
}

function readFacet(file: string, id: FacetId, value: unknown, n: number): Facet {
  if (!isObject(value) || !Array.isArray(value.values)) fail(file, `its "${id}" filter is missing`);
  const values: FacetValue[] = [];
  for (const v of value.values as unknown[]) {
    if (!isObject(v) || typeof v.value !== 'string' || typeof v.label !== 'string')
      fail(file, `its "${id}" filter values are not text`);
    values.push({ value: v.value, label: v.label });
  }
  const codes = intColumn(file, value.codes, undefined, Math.max(values.length, 1), `${id} filter`);
  const offsets = intColumn(file, value.offsets, n + 1, codes.length + 1, `${id} filter`);
  if (offsets[0] !== 0 || offsets[n] !== codes.length) fail(file, `its "${id}" filter does not add up`);
  for (let i = 0; i < n; i++) if (offsets[i] > offsets[i + 1]) fail(file, `its "${id}" filter does not add up`);
  // Totals are worked out again (one pass over the codes): a file cannot show counts that are not true.
  const totals = new Int32Array(values.length);
  for (let k = 0; k < codes.length; k++) totals[codes[k]]++;
  return { id, values, codeOf: new Map(values.map((v, i) => [v.value, i])), offsets, codes, totals };
}

/** A warning's values from a file: only text, numbers and lists of text. */
function readParams(value: Record<string, unknown>): DirectoryParams {
  const out: DirectoryParams = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) out[name] = v;
    else if (Array.isArray(v)) out[name] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

function readWarnings(value: unknown): ImportWarning[] {
  if (!Array.isArray(value)) return [];
  const out: ImportWarning[] = [];
  for (const w of value) {
    if (!isObject(w) || typeof w.code !== 'string' || !DIRECTORY_CODES.includes(w.code as DirectoryCode)) continue;
    const kind = w.kind === 'merge' || w.kind === 'unknown-category' ? w.kind : undefined;
    out.push({
      file: typeof w.file === 'string' ? w.file : '',
      code: w.code as DirectoryCode,
      ...(isObject(w.params) ? { params: readParams(w.params) } : {}),
      ...(typeof w.row === 'number' && Number.isInteger(w.row) ? { row: w.row } : {}),
      ...(kind ? { kind } : {})
    });
  }
  return out;
}

export interface PreparedRead {
  index: DirectoryIndex;
  warnings: ImportWarning[];
  /** Detail pieces still to load (addresses as written in the file), `per` organizations each; none when inline. */
  detailFiles?: { per: number; files: string[] };
  /**
   * With `lazyDetails`: the details written in the file itself, not yet copied (most of the reading time of a
   * 10,000-organization file); the element copies them when first needed (DetailLoader).
   */
  inlineDetails?: unknown;
}

/**
 * Turns a parsed prepared file into the element's index, checking everything. Organizations get their core
 * fields; details (phones, address, people, services …) come inline or later through applyDetails.
 */
export function readPrepared(json: unknown, file: string, { lazyDetails = false } = {}): PreparedRead {
  if (!isPrepared(json)) fail(file, 'it is not in the expected shape');
  const data = json as unknown as Record<string, unknown>;
  if (data.part === 'details') throw new PreparedFileError('prepared-details-only', { file });
  if (data.version !== PREPARED_VERSION)
    throw new PreparedFileError('prepared-version', {
      file,
      found: String(data.version),
      expected: String(PREPARED_VERSION)
    });
  const n = data.count;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 5_000_000) fail(file, 'its count is not a number');
  const text = isObject(data.text) ? data.text : fail(file, 'its fields are missing');
  const columns = {} as Record<CoreText, (string | null)[]>;
  for (const field of CORE_TEXT)
    columns[field] = stringColumn(file, text[field], n, field, field !== 'key' && field !== 'name');
  const listData = isObject(data.lists) ? data.lists : fail(file, 'its lists are missing');
  const lists = {} as Record<CoreList, string[][]>;
  for (const field of CORE_LISTS) lists[field] = readLists(file, listData[field], n, field);
  const search = isObject(data.search) ? data.search : fail(file, 'its search text is missing');
  const haystacks = stringColumn(file, search.text, n, 'search', false) as string[];
  const names = stringColumn(file, search.names, n, 'names', false) as string[];
  const facetData = isObject(data.facets) ? data.facets : fail(file, 'its filters are missing');
  const facets = {} as Record<FacetId, Facet>;
  for (const id of FACETS) facets[id] = readFacet(file, id, facetData[id], n);
  const order = isObject(data.order) ? data.order : fail(file, 'its sort orders are missing');
  const byName = readOrder(file, order.name, n, 'name');
  const byVerified = readOrder(file, order.verified, n, 'date');
  const keys = new Set<string>();
  const organizations = new Array<PartnerOrganization>(n);
  const none: never[] = [];
  Object.freeze(none);
  for (let i = 0; i < n; i++) {
    const key = columns.key[i]!;
    if (!key || keys.has(key)) fail(file, 'two organizations have the same key');
    keys.add(key);
    const date = columns.lastVerified[i];
    organizations[i] = {
      key,
      ids: none,
      name: columns.name[i]!,
      aliases: lists.aliases[i],
      description: columns.description[i] ?? '',
      website: columns.website[i] ?? undefined,
      email: columns.email[i] ?? undefined,
      phones: none,
      address: undefined,
      city: columns.city[i] ?? undefined,
      categories: lists.categories[i],
      tags: lists.tags[i],
      goals: lists.goals[i],
      statedGoals: lists.statedGoals[i],
      audiences: lists.audiences[i],
      languages: lists.languages[i],
      contacts: none,
      services: none,
      brings: lists.brings[i],
      needs: lists.needs[i],
      lastVerified: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
      sources: lists.sources[i],
      ...(lists.ageGroups[i].length ? { ageGroups: lists.ageGroups[i] } : {})
    };
  }
  const index: DirectoryIndex = { organizations, haystacks, names, facets, byName, byVerified };
  const warnings = readWarnings(data.warnings);
  const details = data.details;
  if (isObject(details) && Array.isArray(details.files)) {
    const per = details.per;
    const files = details.files;
    if (typeof per !== 'number' || !Number.isInteger(per) || per < 1 || files.some(f => typeof f !== 'string'))
      fail(file, 'its list of detail files is not in the expected shape');
    if (files.length !== Math.ceil(n / per)) fail(file, 'its list of detail files does not match its count');
    return { index, warnings, detailFiles: { per, files: files as string[] } };
  }
  if (isObject(details) && lazyDetails) return { index, warnings, inlineDetails: details };
  if (isObject(details)) applyDetails(index, details, file);
  return { index, warnings };
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()) : [];
const objects = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : []);
const optional = (v: unknown) => text(v) || undefined;
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

function phonesOf(v: unknown): PartnerOrganization['phones'] {
  return objects(v)
    .filter(p => text(p.number))
    .map(p => ({
      number: text(p.number),
      type: optional(p.type),
      extension: optional(p.extension),
      description: optional(p.description),
      ...(p.personal === true ? { personal: true } : {})
    }));
}

/** Copies one organization's details from a detail column set, checking each value's shape. */
export function copyDetails(org: PartnerOrganization, values: Record<string, unknown>): void {
  const ids = strings(values.ids);
  if (ids.length) org.ids = ids;
  const phones = phonesOf(values.phones);
  if (phones.length) org.phones = phones;
  if (isObject(values.address)) {
    const a = values.address;
    org.address = {
      street: optional(a.street),
      city: optional(a.city),
      region: optional(a.region),
      postalCode: optional(a.postalCode),
      country: optional(a.country),
      attention: optional(a.attention)
    };
  }
  const contacts = objects(values.contacts)
    .filter(c => text(c.name))
    .map(c => ({
      name: text(c.name),
      title: optional(c.title),
      department: optional(c.department),
      email: optional(c.email),
      phones: phonesOf(c.phones)
    }));
  if (contacts.length) org.contacts = contacts;
  const services = objects(values.services)
    .filter(s => text(s.name))
    .map(s => {
      const service: PartnerOrganization['services'][number] = {
        name: text(s.name),
        description: optional(s.description)
      };
      for (const key of [
        'website',
        'email',
        'status',
        'eligibility',
        'schedule',
        'alert',
        'interpretation',
        'program'
      ] as const) {
        const value = optional(s[key]);
        if (value) service[key] = value;
      }
      const min = count(s.minAge);
      const max = count(s.maxAge);
      if (min !== undefined) service.minAge = min;
      if (max !== undefined) service.maxAge = max;
      return service;
    });
  if (services.length) org.services = services;
  const locations = objects(values.locations)
    .filter(l => text(l.name))
    .map(l => ({
      name: text(l.name),
      accessibility: strings(l.accessibility),
      ...(optional(l.schedule) ? { schedule: text(l.schedule) } : {})
    }));
  if (locations.length) org.locations = locations;
  for (const key of ['identifiers', 'origins', 'older'] as const) {
    const list = strings(values[key]);
    if (list.length) org[key] = list;
  }
  const row = count(values.row);
  if (row !== undefined && Number.isInteger(row)) org.row = row;
}

/** Fills organizations `from … from + count - 1` of an index with the details of a piece (inline or fetched). */
export function applyDetails(index: DirectoryIndex, piece: unknown, file: string, expectedFrom?: number): void {
  if (!isObject(piece) || !isObject(piece.values)) fail(file, 'its details are not in the expected shape');
  const from = piece.from;
  const n = piece.count;
  const total = index.organizations.length;
  if (
    typeof from !== 'number' ||
    typeof n !== 'number' ||
    !Number.isInteger(from) ||
    !Number.isInteger(n) ||
    from < 0 ||
    n < 0 ||
    from + n > total ||
    (expectedFrom !== undefined && from !== expectedFrom)
  )
    fail(file, 'its details are for other organizations');
  const columns = piece.values;
  const one: Record<string, unknown> = {};
  for (let k = 0; k < n; k++) {
    let any = false;
    for (const field of DETAIL_VALUES) {
      const column = columns[field];
      const value = Array.isArray(column) ? (column[k] as unknown) : null;
      one[field] = value;
      if (value !== null && value !== undefined) any = true;
    }
    if (any) copyDetails(index.organizations[from + k], one);
  }
}
