/**
 * Writing the prepared directory (what `npx techbridge-index` does; the page only reads it, prepared.ts). No DOM,
 * no Lit; not in the element's bundle.
 */
import type { DirectoryIndex } from './filter.js';
import { FACETS, searchTail } from './filter.js';
import type { ImportWarning, PartnerOrganization } from './model.js';
import { pack } from './packed.js';
import {
  CODED_TEXT,
  CORE_LISTS,
  DETAIL_BLOCK,
  DETAIL_VALUES,
  PLAIN_TEXT,
  PREPARED_FORMAT,
  PREPARED_VERSION,
  type CodedLists,
  type CodedText,
  type CoreList,
  type DetailValue,
  type PreparedDetailFile,
  type PreparedDetails,
  type PreparedDirectory
} from './prepared.js';

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
  const of = new Int32Array(orgs.length);
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
  return { lists, of: pack(of) };
}

function codeText(orgs: readonly PartnerOrganization[], field: (typeof CODED_TEXT)[number]): CodedText {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const of = new Int32Array(orgs.length);
  for (let i = 0; i < orgs.length; i++) {
    const value = orgs[i][field];
    if (value === undefined) continue;
    let code = codeOf.get(value);
    if (code === undefined) {
      values.push(value);
      code = values.length;
      codeOf.set(value, code);
    }
    of[i] = code;
  }
  return { values, of: pack(of) };
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
  for (const field of PLAIN_TEXT) text[field] = orgs.map(o => (o[field] as string | undefined) ?? null);
  const coded = { city: codeText(orgs, 'city'), lastVerified: codeText(orgs, 'lastVerified') };
  const lists = {} as PreparedDirectory['lists'];
  for (const field of CORE_LISTS) lists[field] = codeLists(orgs, field);
  const facets = {} as PreparedDirectory['facets'];
  for (const id of FACETS) {
    const f = index.facets[id];
    const per = new Int32Array(n);
    for (let i = 0; i < n; i++) per[i] = f.offsets[i + 1] - f.offsets[i];
    facets[id] = {
      values: f.values.map(v => ({ value: v.value, label: v.label })),
      per: pack(per),
      codes: pack(f.codes)
    };
  }
  const at: number[] = [];
  const tails: string[] = [];
  for (let i = 0; i < n; i++) {
    const tail = searchTail(orgs[i]);
    if (tail) {
      at.push(i);
      tails.push(tail);
    }
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
  } else {
    const blocks: string[] = [];
    for (let from = 0; from < n; from += DETAIL_BLOCK)
      blocks.push(JSON.stringify(detailsOf(orgs, from, Math.min(DETAIL_BLOCK, n - from))));
    details = { per: DETAIL_BLOCK, blocks };
  }
  const core: PreparedDirectory = {
    format: PREPARED_FORMAT,
    version: PREPARED_VERSION,
    generated: options.generated ?? new Date().toISOString(),
    count: n,
    text,
    coded,
    lists,
    search: { at: pack(at), tails },
    facets,
    order: { name: pack(index.byName), verified: pack(index.byVerified) },
    warnings,
    details
  };
  return { core, files };
}
