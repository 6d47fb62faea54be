/**
 * The prepared directory (`directory.tbindex.json`): what `npx techbridge-index` writes when a directory is
 * published, so the page does no reading, merging, classifying or indexing. One list per field (lists of strings,
 * cities and dates dictionary-coded: a directory repeats "English; Spanish" thousands of times), the filter codes,
 * both sort orders, and the warnings for the webmaster. Big directories are split: the core (search, filters,
 * cards) and detail pieces loaded when someone opens a partner, prints or exports.
 *
 * Version 2 (written now) is made for `JSON.parse`: every list of numbers is one packed string (packed.ts), the
 * details of a small directory are JSON text in blocks of 100 organizations (parsed when first needed), and the
 * folded search text is not shipped (the page rebuilds it from the fields after the first results, searchTextSteps;
 * only what the fields cannot give, services' names and older wordings, is carried). Version 1 files (plain JSON
 * lists, search text included) are still read.
 *
 * Fetched files are untrusted: readPrepared checks every list (types, lengths, codes in range, orders that are
 * true permutations) and throws a DirectoryError in plain words when anything is off. No DOM, no Lit.
 */
import type { DirectoryIndex, Facet, FacetId, FacetValue } from './filter.js';
import { FACETS, searchTextSteps } from './filter.js';
import { unpack } from './packed.js';
import type { DirectoryCode, DirectoryParams, ImportWarning, PartnerOrganization } from './model.js';
import { DIRECTORY_CODES } from './directory-words.js';
import { applyDetails, DETAIL_VALUES, fail, isObject, PreparedFileError } from './prepared-details.js';

export { applyDetails, copyDetails, DETAIL_VALUES, PreparedFileError } from './prepared-details.js';

export const PREPARED_FORMAT = 'techbridge-directory';
export const PREPARED_VERSION = 2;
/** Organizations per block of inline details (version 2): a block is parsed when one of them is first needed. */
export const DETAIL_BLOCK = 100;

/** Lists of strings, coded: `lists` holds each distinct list once, `of` is each organization's list (packed). */
export interface CodedLists {
  lists: string[][];
  of: string;
}

/** Text that repeats (cities, dates), coded: `values` holds each once; `of` (packed) is 0 for none, else k + 1. */
export interface CodedText {
  values: string[];
  of: string;
}

/**
 * Text the core carries for every organization (search, filters, cards, the goal picker). Version 1 also carried
 * the website and email there; version 2 keeps them with the details (only the detail view, print and export show
 * them, and those wait for the details): a quarter of a 100,000-organization core.
 */
export const PLAIN_TEXT = ['key', 'name', 'description'] as const;
const PLAIN_TEXT_V1 = ['key', 'name', 'description', 'website', 'email'] as const;
/** Text fields that repeat: coded in version 2 (CodedText), plain lists of text like PLAIN_TEXT in version 1. */
export const CODED_TEXT = ['city', 'lastVerified'] as const;
export const CORE_LISTS = [
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

export type CoreList = (typeof CORE_LISTS)[number];
export type DetailValue = (typeof DETAIL_VALUES)[number];

/** A filter: its values, how many each organization has (in organization order) and their codes, all packed. */
export interface PreparedFacet {
  values: FacetValue[];
  per: string;
  codes: string;
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
  text: Record<(typeof PLAIN_TEXT)[number], (string | null)[]>;
  coded: Record<(typeof CODED_TEXT)[number], CodedText>;
  lists: Record<CoreList, CodedLists>;
  /**
   * The part of the folded search text the fields above cannot give (searchTail: services' names, older wordings),
   * for the organizations that have one: their numbers (packed, ascending) and the text.
   */
  search: { at: string; tails: string[] };
  facets: Record<FacetId, PreparedFacet>;
  /** Organization numbers in name order and in "most recently checked first" order, packed. */
  order: { name: string; verified: string };
  warnings: ImportWarning[];
  /**
   * Inline details as JSON text (a PreparedDetails each), `per` organizations a block, or the files that hold them
   * (addresses relative to this file), `per` organizations each.
   */
  details: { per: number; blocks: string[] } | { per: number; files: string[] };
  /** A detail piece (only in those files). */
  part?: never;
}

/** A detail piece of a split directory (`directory.details-0.json`, …). */
export interface PreparedDetailFile extends PreparedDetails {
  format: typeof PREPARED_FORMAT;
  version: typeof PREPARED_VERSION;
  part: 'details';
}

// ---- reading (in the page) --------------------------------------------------------------------------------------

/** True when parsed JSON is a prepared directory (core or detail piece), by its content. */
export function isPrepared(json: unknown): json is PreparedDirectory | PreparedDetailFile {
  return isObject(json) && json.format === PREPARED_FORMAT;
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

/** A list of whole numbers under `below`: a JSON list in version 1, packed text (packed.ts) in version 2. */
function ints(
  file: string,
  version: number,
  value: unknown,
  length: number | undefined,
  below: number,
  name: string
): Int32Array {
  if (version === 1) return intColumn(file, value, length, below, name);
  const out = unpack(value, length, below);
  if (out) return out;
  if (unpack(value, length, 2 ** 31)) fail(file, `its "${name}" numbers are out of range`);
  fail(file, `its "${name}" numbers are missing or have the wrong length`);
}

/**
 * A column as read: organization i's value is `values[of[i]]`. Coded columns are kept coded (no list of 100,000
 * references made only to be read once).
 */
interface Coded<T> {
  values: T[];
  of: Int32Array;
}

function readLists(file: string, version: number, value: unknown, n: number, name: string): Coded<string[]> {
  if (!isObject(value) || !Array.isArray(value.lists)) fail(file, `its "${name}" lists are missing`);
  const lists = value.lists as unknown[];
  for (const list of lists) {
    if (!Array.isArray(list) || list.some(x => typeof x !== 'string'))
      fail(file, `its "${name}" lists hold something that is not text`);
    // Shared between organizations: frozen, so nothing changes one organization's list through another's.
    Object.freeze(list);
  }
  return { values: lists as string[][], of: ints(file, version, value.of, n, lists.length, `${name}`) };
}

/** Version 2: text coded against a list of values (CodedText); code 0 is no value. */
function readCoded(file: string, value: unknown, n: number, name: string): Coded<string | null> {
  if (!isObject(value) || !Array.isArray(value.values)) fail(file, `its "${name}" values are missing`);
  const values = value.values as unknown[];
  if (values.some(v => typeof v !== 'string')) fail(file, `its "${name}" values hold something that is not text`);
  return { values: [null, ...(values as string[])], of: ints(file, 2, value.of, n, values.length + 1, name) };
}

/** Version 1: a plain column of text as a Coded one. */
function uncoded(values: (string | null)[]): Coded<string | null> {
  const of = new Int32Array(values.length);
  for (let i = 0; i < of.length; i++) of[i] = i;
  return { values, of };
}

function readOrder(file: string, version: number, value: unknown, n: number, name: string): Int32Array {
  const order = ints(file, version, value, n, n, `${name} order`);
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (seen[order[i]]) fail(file, `its ${name} order names an organization twice`);
    seen[order[i]] = 1;
  }
  return order;
}

function readFacet(file: string, version: number, id: FacetId, value: unknown, n: number): Facet {
  if (!isObject(value) || !Array.isArray(value.values)) fail(file, `its "${id}" filter is missing`);
  const values: FacetValue[] = [];
  for (const v of value.values as unknown[]) {
    if (!isObject(v) || typeof v.value !== 'string' || typeof v.label !== 'string')
      fail(file, `its "${id}" filter values are not text`);
    values.push({ value: v.value, label: v.label });
  }
  const codes = ints(file, version, value.codes, undefined, values.length, `${id} filter`);
  let offsets: Int32Array;
  if (version === 1) {
    offsets = ints(file, version, value.offsets, n + 1, codes.length + 1, `${id} filter`);
    if (offsets[0] !== 0 || offsets[n] !== codes.length) fail(file, `its "${id}" filter does not add up`);
    for (let i = 0; i < n; i++) if (offsets[i] > offsets[i + 1]) fail(file, `its "${id}" filter does not add up`);
  } else {
    // How many values each organization has, in organization order: the offsets are their running sum.
    const per = ints(file, version, value.per, n, codes.length + 1, `${id} filter`);
    offsets = new Int32Array(n + 1);
    let at = 0;
    for (let i = 0; i < n; i++) offsets[i + 1] = at += per[i];
    // `at` only grows, so a sum past the codes anywhere fails here (before any offset is used).
    if (at !== codes.length) fail(file, `its "${id}" filter does not add up`);
  }
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

/** Details written in the core file itself, not yet copied: `per` organizations a block (JSON text, or parsed). */
export interface InlineDetails {
  per: number;
  blocks: unknown[];
}

export interface PreparedRead {
  index: DirectoryIndex;
  warnings: ImportWarning[];
  /** Detail pieces still to load (addresses as written in the file), `per` organizations each; none when inline. */
  detailFiles?: { per: number; files: string[] };
  /**
   * With `lazyDetails`: the details written in the file itself, not yet copied (most of the reading time of a
   * 10,000-organization file); the element copies them when first needed (DetailLoader), a block at a time.
   */
  inlineDetails?: InlineDetails;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The core fields of every organization, checked, as lists (one value per organization). */
interface Columns {
  text: Partial<Record<(typeof PLAIN_TEXT_V1)[number], (string | null)[]>>;
  coded: Record<(typeof CODED_TEXT)[number], Coded<string | null>>;
  lists: Record<CoreList, Coded<string[]>>;
}

function readColumns(file: string, version: number, data: Record<string, unknown>, n: number): Columns {
  const text = isObject(data.text) ? data.text : fail(file, 'its fields are missing');
  const columns = {} as Columns['text'];
  for (const field of version === 1 ? PLAIN_TEXT_V1 : PLAIN_TEXT)
    columns[field] = stringColumn(file, text[field], n, field, field !== 'key' && field !== 'name');
  const coded = {} as Columns['coded'];
  if (version === 1) {
    for (const field of CODED_TEXT) coded[field] = uncoded(stringColumn(file, text[field], n, field, true));
  } else {
    const codedData = isObject(data.coded) ? data.coded : fail(file, 'its cities and dates are missing');
    for (const field of CODED_TEXT) coded[field] = readCoded(file, codedData[field], n, field);
  }
  const listData = isObject(data.lists) ? data.lists : fail(file, 'its lists are missing');
  const lists = {} as Columns['lists'];
  for (const field of CORE_LISTS) lists[field] = readLists(file, version, listData[field], n, field);
  return { text: columns, coded, lists };
}

function buildOrganizations(file: string, n: number, { text, coded, lists }: Columns): PartnerOrganization[] {
  const keys = new Set<string>();
  const organizations = new Array<PartnerOrganization>(n);
  const none: never[] = [];
  Object.freeze(none);
  const keyOf = text.key!;
  const nameOf = text.name!;
  const description = text.description!;
  // Version 1: in the core. Version 2: with the details (copyDetails), none until they are copied.
  const { website, email } = text;
  const { city, lastVerified } = coded;
  const { aliases, categories, tags, goals, statedGoals, audiences, languages, brings, needs, sources, ageGroups } =
    lists;
  // Dates repeat: each is checked once.
  const dateOk = new Map<string, boolean>();
  for (let i = 0; i < n; i++) {
    const key = keyOf[i]!;
    // One look-up, not two: a key seen before leaves the set's size as it was.
    keys.add(key);
    if (!key || keys.size !== i + 1) fail(file, 'two organizations have the same key');
    const date = lastVerified.values[lastVerified.of[i]];
    let ok = false;
    if (date) {
      const known = dateOk.get(date);
      ok = known ?? DATE.test(date);
      if (known === undefined) dateOk.set(date, ok);
    }
    const org: PartnerOrganization = {
      key,
      ids: none,
      name: nameOf[i]!,
      aliases: aliases.values[aliases.of[i]],
      description: description[i] ?? '',
      website: website?.[i] ?? undefined,
      email: email?.[i] ?? undefined,
      phones: none,
      address: undefined,
      city: city.values[city.of[i]] ?? undefined,
      categories: categories.values[categories.of[i]],
      tags: tags.values[tags.of[i]],
      goals: goals.values[goals.of[i]],
      statedGoals: statedGoals.values[statedGoals.of[i]],
      audiences: audiences.values[audiences.of[i]],
      languages: languages.values[languages.of[i]],
      contacts: none,
      services: none,
      brings: brings.values[brings.of[i]],
      needs: needs.values[needs.of[i]],
      lastVerified: ok ? date! : undefined,
      sources: sources.values[sources.of[i]]
    };
    const ages = ageGroups.values[ageGroups.of[i]];
    if (ages.length) org.ageGroups = ages;
    organizations[i] = org;
  }
  return organizations;
}

/** Version 2: the search text's tails (see PreparedDirectory.search), by organization number. */
function readTails(file: string, value: unknown, n: number): Map<number, string> {
  const search = isObject(value) ? value : fail(file, 'its search text is missing');
  const at = ints(file, 2, search.at, undefined, n, 'search');
  const tails = search.tails;
  if (!Array.isArray(tails) || tails.length !== at.length || tails.some(t => typeof t !== 'string'))
    fail(file, 'its search text is not in the expected shape');
  const out = new Map<number, string>();
  for (let k = 0; k < at.length; k++) {
    if (k && at[k] <= at[k - 1]) fail(file, 'its search text is not in the expected shape');
    out.set(at[k], tails[k] as string);
  }
  return out;
}

/**
 * Turns a parsed prepared file into the element's index, checking everything. Organizations get their core
 * fields; details (phones, address, people, services …) come inline or later through applyDetails. From a version 2
 * file the index's search text is still to be rebuilt (`searchTextPending`): `search` does it when it needs it, the
 * element in pieces after the first results (finishSearchText does it at once).
 */
export function readPrepared(json: unknown, file: string, { lazyDetails = false } = {}): PreparedRead {
  if (!isPrepared(json)) fail(file, 'it is not in the expected shape');
  const data = json as unknown as Record<string, unknown>;
  if (data.part === 'details') throw new PreparedFileError('prepared-details-only', { file });
  const version = data.version;
  if (version !== 1 && version !== PREPARED_VERSION)
    throw new PreparedFileError('prepared-version', {
      file,
      found: String(version),
      expected: String(PREPARED_VERSION)
    });
  const n = data.count;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 5_000_000) fail(file, 'its count is not a number');
  const columns = readColumns(file, version, data, n);
  const facetData = isObject(data.facets) ? data.facets : fail(file, 'its filters are missing');
  const facets = {} as Record<FacetId, Facet>;
  for (const id of FACETS) facets[id] = readFacet(file, version, id, facetData[id], n);
  const order = isObject(data.order) ? data.order : fail(file, 'its sort orders are missing');
  const byName = readOrder(file, version, order.name, n, 'name');
  const byVerified = readOrder(file, version, order.verified, n, 'date');
  let haystacks: string[];
  let names: string[];
  let tails: Map<number, string> | undefined;
  if (version === 1) {
    const search = isObject(data.search) ? data.search : fail(file, 'its search text is missing');
    haystacks = stringColumn(file, search.text, n, 'search', false) as string[];
    names = stringColumn(file, search.names, n, 'names', false) as string[];
  } else {
    tails = readTails(file, data.search, n);
    haystacks = new Array<string>(n);
    names = new Array<string>(n);
  }
  const organizations = buildOrganizations(file, n, columns);
  const index: DirectoryIndex = { organizations, haystacks, names, facets, byName, byVerified };
  if (tails) {
    // The category names the file was made with (the search text names each type by them).
    const categoryName = new Map(facets.category.values.map(v => [v.value, v.label]));
    index.searchTextPending = searchTextSteps(index, categoryName, tails);
  }
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
  let inline: InlineDetails | undefined;
  if (version === 1) {
    if (isObject(details)) inline = { per: Math.max(1, n), blocks: [details] };
  } else {
    const per = isObject(details) ? details.per : undefined;
    const blocks = isObject(details) ? details.blocks : undefined;
    if (
      typeof per !== 'number' ||
      !Number.isInteger(per) ||
      per < 1 ||
      !Array.isArray(blocks) ||
      blocks.length !== Math.ceil(n / per) ||
      blocks.some(b => typeof b !== 'string')
    )
      fail(file, 'its details are not in the expected shape');
    inline = { per, blocks };
  }
  if (inline && lazyDetails) return { index, warnings, inlineDetails: inline };
  if (inline)
    for (let k = 0; k < inline.blocks.length; k++)
      applyDetails(index, readBlock(inline, k, file), file, k * inline.per);
  return { index, warnings };
}

/** Block k of a file's inline details, parsed (a block that is not JSON is reported like any broken file). */
export function readBlock(inline: InlineDetails, k: number, file: string): unknown {
  const block = inline.blocks[k];
  if (typeof block !== 'string') return block;
  try {
    return JSON.parse(block) as unknown;
  } catch {
    fail(file, 'its details are not in the expected shape');
  }
}
