/**
 * The search index: built once per data load, queried on every keystroke.
 *
 * Built once: a folded (lowercase, no accents) haystack per organization; for each facet, the list of value
 * codes each organization has (flat Int32Arrays with offsets); the orders for each sort.
 * Per keystroke: token match (narrowed from the previous matches while the person keeps typing), then one pass
 * in sort order that decides facet filters and counts at once. Counts follow the usual faceting rule: a value's
 * count is what you would get by ticking it, with the other facets' filters applied and its own facet's ignored.
 */
import type { CategoryContent, PartnerOrganization } from './model.js';
import { normalizedNamesOf } from './merge.js';
import { fold, normalize } from './text.js';
import { runAtOnce, type Steps } from '../../core/yield.js';

export const FACETS = ['category', 'goal', 'city', 'audience', 'age', 'language'] as const;

/** The age groups of the `age` facet (from the services' minimum and maximum ages), youngest first. */
export const AGE_GROUPS: FacetValue[] = [
  { value: 'children', label: 'Children (up to 12)' },
  { value: 'teens', label: 'Teens (13 to 17)' },
  { value: 'adults', label: 'Adults (18 to 64)' },
  { value: 'older-adults', label: 'Older adults (65 and over)' }
];
export type FacetId = (typeof FACETS)[number];

export type SortKey = 'relevance' | 'name' | 'verified';

export interface FacetValue {
  /** Stable value for URLs: a category or goal id, or the normalized text with dashes. */
  value: string;
  label: string;
}

export interface Facet {
  id: FacetId;
  values: FacetValue[];
  /** values.findIndex by value. */
  codeOf: Map<string, number>;
  /** Codes of organization i: codes.subarray(offsets[i], offsets[i + 1]). */
  offsets: Int32Array;
  codes: Int32Array;
  /** How many organizations have each value, with no filter at all. */
  totals: Int32Array;
}

export interface DirectoryIndex {
  organizations: PartnerOrganization[];
  haystacks: string[];
  /** Folded name and aliases, for "best match" ordering. */
  names: string[];
  facets: Record<FacetId, Facet>;
  /** Organization numbers in name order, and in "most recently checked first" order. */
  byName: Int32Array;
  byVerified: Int32Array;
  /**
   * Set while `names` and `haystacks` are still being rebuilt (a prepared file, searchTextSteps): the steps left.
   * Searching for text finishes them first.
   */
  searchTextPending?: Steps<void>;
  /** Remembers the last text match, so typing one more letter only searches what matched before. */
  textCache?: { text: string; matches: Int32Array };
}

export interface Query {
  text?: string;
  filters?: Partial<Record<FacetId, readonly string[]>>;
  sort?: SortKey;
}

export interface SearchResult {
  /** Organization numbers of the matches, in the requested order. */
  ids: Int32Array;
  /** Per facet, per value code: how many would match with that value ticked. */
  counts: Record<FacetId, Int32Array>;
  /** Matches of the text alone (before filters). */
  textMatches: number;
}

/** Value key for free-text facet values ("New  York" → "new-york"). */
export function facetKey(label: string): string {
  return normalize(label).replace(/ /g, '-');
}

/** Organizations between two steps of indexing (each step is well under a millisecond). */
const STEP = 128;

function* facetSteps(
  id: FacetId,
  orgs: PartnerOrganization[],
  valuesOf: (o: PartnerOrganization) => readonly string[] | string | undefined,
  fixed?: FacetValue[]
): Steps<Facet> {
  const values: FacetValue[] = fixed ? [...fixed] : [];
  const codeOf = new Map<string, number>(values.map((v, i) => [v.value, i]));
  // Free-text values repeat across organizations ("Riverside" thousands of times): each spelling is keyed once.
  // -1: a spelling that is no value (empty, or not one of the fixed values).
  const codeOfSpelling = new Map<string, number>();
  const codeFor = (raw: string): number => {
    let code = codeOfSpelling.get(raw);
    if (code !== undefined) return code;
    const value = fixed ? raw : facetKey(raw);
    code = value ? codeOf.get(value) : -1;
    if (code === undefined) {
      if (fixed) code = -1;
      else {
        code = values.length;
        values.push({ value, label: raw.trim() });
        codeOf.set(value, code);
      }
    }
    codeOfSpelling.set(raw, code);
    return code;
  };
  const offsets = new Int32Array(orgs.length + 1);
  let codes = new Int32Array(Math.max(16, orgs.length * 2));
  let length = 0;
  const add = (start: number, raw: string) => {
    const code = codeFor(raw);
    if (code < 0) return;
    // An organization has a handful of values per facet: a scan beats a Set per organization.
    for (let k = start; k < length; k++) if (codes[k] === code) return;
    if (length === codes.length) {
      const grown = new Int32Array(codes.length * 2);
      grown.set(codes);
      codes = grown;
    }
    codes[length++] = code;
  };
  // Importers share one frozen list between the organizations with the same cell ("English; Spanish"): the codes
  // of a shared list already seen are copied instead of looked up value by value.
  const codesOfList = new Map<readonly string[], Int32Array>();
  for (let i = 0; i < orgs.length; i++) {
    if (i % (STEP * 4) === STEP * 4 - 1) yield;
    const start = length;
    offsets[i] = start;
    const raw = valuesOf(orgs[i]);
    if (typeof raw === 'string') add(start, raw);
    else if (raw && raw.length) {
      // Only shared lists are frozen; caching every other list would cost more than it saves.
      const shared = Object.isFrozen(raw);
      const known = shared ? codesOfList.get(raw) : undefined;
      if (known) {
        if (length + known.length > codes.length) {
          const grown = new Int32Array(Math.max(codes.length * 2, length + known.length));
          grown.set(codes);
          codes = grown;
        }
        codes.set(known, length);
        length += known.length;
      } else {
        for (let k = 0; k < raw.length; k++) add(start, raw[k]);
        if (shared) codesOfList.set(raw, codes.slice(start, length));
      }
    }
  }
  offsets[orgs.length] = length;
  const codeArray = codes.slice(0, length);
  const totals = new Int32Array(values.length);
  for (const c of codeArray) totals[c]++;
  if (!fixed) {
    // Free-text values in alphabetical order; renumber the codes to match.
    const order = values.map((_, i) => i).sort((a, b) => values[a].label.localeCompare(values[b].label));
    const renumber = new Int32Array(values.length);
    order.forEach((old, neu) => (renumber[old] = neu));
    for (let k = 0; k < codeArray.length; k++) codeArray[k] = renumber[codeArray[k]];
    const sortedValues = order.map(i => values[i]);
    const sortedTotals = Int32Array.from(order.map(i => totals[i]));
    return {
      id,
      values: sortedValues,
      codeOf: new Map(sortedValues.map((v, i) => [v.value, i])),
      offsets,
      codes: codeArray,
      totals: sortedTotals
    };
  }
  return { id, values, codeOf, offsets, codes: codeArray, totals };
}

const SEPARATOR = ' \u0001 ';

/**
 * The folded end of an organization's search text: its services' names and the wordings older records gave (details,
 * which a prepared file keeps out of its core; it carries these instead). Empty when it has neither.
 */
export function searchTail(o: PartnerOrganization): string {
  // Joined by hand, not with [...].join(): the same text without the arrays.
  let tail = '';
  for (const service of o.services) tail += SEPARATOR + service.name;
  if (o.older) for (const text of o.older) tail += SEPARATOR + text;
  // Folding works letter by letter and SEPARATOR starts with a space (which no folding crosses), so folding the
  // head and the tail apart gives the same text as folding them together.
  return tail ? fold(tail) : '';
}

/** Writes organization i's folded name (with aliases) and search text into `names` and `haystacks`. */
function searchTextOf(
  o: PartnerOrganization,
  categoryName: ReadonlyMap<string, string>,
  tail: string,
  names: string[],
  haystacks: string[],
  i: number
): void {
  let name = o.name;
  for (const alias of o.aliases) name += SEPARATOR + alias;
  let hay = name;
  for (const c of o.categories) hay += SEPARATOR + (categoryName.get(c) ?? c);
  for (const tag of o.tags) hay += SEPARATOR + tag;
  hay += SEPARATOR + o.description + SEPARATOR + (o.city ?? '');
  names[i] = fold(name);
  haystacks[i] = fold(hay) + tail;
}

/**
 * Rebuilds the search text of an index whose `names` and `haystacks` are still empty (a prepared file ships only the
 * tails, `searchTail`), as resumable steps: the page runs them in pieces after the first results are on screen, and
 * `search` finishes them at once if someone searches before that. `categoryName`: the file's category names.
 */
export function* searchTextSteps(
  index: DirectoryIndex,
  categoryName: ReadonlyMap<string, string>,
  tails: ReadonlyMap<number, string>
): Steps<void> {
  const { organizations, names, haystacks } = index;
  for (let i = 0; i < organizations.length; i++) {
    if (i % STEP === STEP - 1) yield;
    searchTextOf(organizations[i], categoryName, tails.get(i) ?? '', names, haystacks, i);
  }
  index.searchTextPending = undefined;
}

/** Finishes the rebuilding of an index's search text at once (nothing to do when it is complete). */
export function finishSearchText(index: DirectoryIndex): DirectoryIndex {
  const pending = index.searchTextPending;
  if (pending) {
    runAtOnce(pending);
    index.searchTextPending = undefined;
  }
  return index;
}

/**
 * Organization numbers by date checked, newest first (no date last), in name order within a date. A directory has
 * a few hundred distinct dates for thousands of organizations, so the dates are sorted once and the organizations
 * dealt out to them in name order (a counting sort), instead of comparing organizations pair by pair.
 */
function newestFirst(organizations: PartnerOrganization[], byName: Int32Array): Int32Array {
  const slotOf = new Map<string, number>();
  const dates: string[] = [];
  const slots = new Int32Array(organizations.length);
  for (let i = 0; i < organizations.length; i++) {
    const date = organizations[i].lastVerified ?? '';
    let slot = slotOf.get(date);
    if (slot === undefined) {
      slot = dates.length;
      slotOf.set(date, slot);
      dates.push(date);
    }
    slots[i] = slot;
  }
  // Position of each slot's first organization: dates newest first ('' sorts last).
  const order = dates.map((_, k) => k).sort((a, b) => (dates[a] < dates[b] ? 1 : dates[a] > dates[b] ? -1 : 0));
  const counts = new Int32Array(dates.length);
  for (let i = 0; i < slots.length; i++) counts[slots[i]]++;
  const next = new Int32Array(dates.length);
  let at = 0;
  for (const slot of order) {
    next[slot] = at;
    at += counts[slot];
  }
  const out = new Int32Array(byName.length);
  for (let r = 0; r < byName.length; r++) out[next[slots[byName[r]]]++] = byName[r];
  return out;
}

/**
 * Positions 0…n-1 ordered by their keys (plain string comparison, ties in position order). A locale collator here
 * would cost more than the rest of indexing. Dealt into buckets by the first two characters first (a counting
 * sort), so only keys that begin alike are compared: the same order as comparing all of them, in about half the time.
 */
export function nameOrder(keys: readonly string[]): Int32Array {
  const n = keys.length;
  // Bucket of a key: its first two UTF-16 code units, each as 0 (none), 1 + code (below 255), or 256 (255 and above,
  // left to the comparison). Bucket order is string order because shorter sorts first and codes keep their order.
  const unit = (key: string, at: number) => (at < key.length ? Math.min(key.charCodeAt(at), 255) + 1 : 0);
  const SIDE = 257;
  const bucketOf = new Int32Array(n);
  const starts = new Int32Array(SIDE * SIDE + 1);
  for (let i = 0; i < n; i++) {
    const b = unit(keys[i], 0) * SIDE + unit(keys[i], 1);
    bucketOf[i] = b;
    starts[b + 1]++;
  }
  for (let b = 0; b < SIDE * SIDE; b++) starts[b + 1] += starts[b];
  const order = new Int32Array(n);
  const next = starts.slice(0, SIDE * SIDE);
  for (let i = 0; i < n; i++) order[next[bucketOf[i]]++] = i;
  const compare = (a: number, b: number) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b);
  for (let b = 0; b < SIDE * SIDE; b++) {
    const from = starts[b];
    const to = starts[b + 1];
    if (to - from > 1) order.subarray(from, to).sort(compare);
  }
  return order;
}

/** Builds the index. Run once per data load. */
export function buildIndex(organizations: PartnerOrganization[], content: CategoryContent): DirectoryIndex {
  return runAtOnce(indexSteps(organizations, content));
}

/** buildIndex as resumable steps (see runInPieces), for the page: the same index. */
export function* indexSteps(organizations: PartnerOrganization[], content: CategoryContent): Steps<DirectoryIndex> {
  const categoryName = new Map(content.categories.map(c => [c.id, c.name]));
  const n = organizations.length;
  const haystacks = new Array<string>(n);
  const names = new Array<string>(n);
  // The merge has normalized every name already.
  const known = normalizedNamesOf(organizations);
  const sortKeys = known ?? new Array<string>(n);
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
    const o = organizations[i];
    searchTextOf(o, categoryName, searchTail(o), names, haystacks, i);
    if (!known) sortKeys[i] = normalize(o.name);
  }
  yield;
  const byName = nameOrder(sortKeys);
  yield;
  const byVerified = newestFirst(organizations, byName);
  const facets = {
    category: yield* facetSteps(
      'category',
      organizations,
      o => o.categories,
      content.categories.map(c => ({ value: c.id, label: c.name }))
    ),
    goal: yield* facetSteps(
      'goal',
      organizations,
      o => o.goals,
      content.goals.map(g => ({ value: g.id, label: g.label }))
    ),
    city: yield* facetSteps('city', organizations, o => o.city || undefined),
    audience: yield* facetSteps('audience', organizations, o => o.audiences),
    age: yield* facetSteps('age', organizations, o => o.ageGroups, AGE_GROUPS),
    language: yield* facetSteps('language', organizations, o => o.languages)
  } satisfies Record<FacetId, Facet>;
  return { organizations, haystacks, names, facets, byName, byVerified };
}

/** Splits a search into folded words. */
export function tokens(text: string | undefined): string[] {
  return fold(text ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

function matchText(index: DirectoryIndex, words: string[]): Int32Array | undefined {
  if (!words.length) return undefined;
  const text = words.join(' ');
  const cache = index.textCache;
  // Typing on: everything that matches "health cl" also matched "health c", so search only those.
  const from = cache && text.startsWith(cache.text) ? cache.matches : undefined;
  const { haystacks } = index;
  const n = from ? from.length : haystacks.length;
  const out = new Int32Array(n);
  let count = 0;
  const w0 = words[0];
  const rest = words.length > 1 ? words.slice(1) : undefined;
  for (let k = 0; k < n; k++) {
    const i = from ? from[k] : k;
    const h = haystacks[i];
    if (!h.includes(w0)) continue;
    if (rest && !rest.every(w => h.includes(w))) continue;
    out[count++] = i;
  }
  const matches = out.slice(0, count);
  index.textCache = { text, matches };
  return matches;
}

/** Runs a query: text, facet filters (OR within a facet, AND across) and counts, in one pass. */
export function search(index: DirectoryIndex, query: Query = {}): SearchResult {
  const n = index.organizations.length;
  const words = tokens(query.text);
  // Text to match (and names to rank by) must be complete: a search typed before the rebuild ended finishes it now.
  if (words.length) finishSearchText(index);
  const matches = matchText(index, words);
  let inText: Uint8Array | undefined;
  if (matches) {
    inText = new Uint8Array(n);
    for (let k = 0; k < matches.length; k++) inText[matches[k]] = 1;
  }

  // Selected value codes per facet, as flags; facets with no selection do not filter.
  const active: { facet: Facet; selected: Uint8Array }[] = [];
  const counts = {} as Record<FacetId, Int32Array>;
  FACETS.forEach(id => {
    const facet = index.facets[id];
    counts[id] = new Int32Array(facet.values.length);
    const chosen = query.filters?.[id];
    if (!chosen?.length) return;
    const selected = new Uint8Array(facet.values.length);
    for (const value of chosen) {
      const code = facet.codeOf.get(value);
      if (code !== undefined) selected[code] = 1;
    }
    // A filter on a value no one has matches nothing (not everything).
    active.push({ facet, selected });
  });
  const facetList = FACETS.map(id => index.facets[id]);
  const countList = FACETS.map(id => counts[id]);
  const activeSlotOfFacet = FACETS.map(id => active.findIndex(a => a.facet === index.facets[id]));

  const sort: SortKey = query.sort === 'relevance' && !words.length ? 'name' : (query.sort ?? 'name');
  const order = sort === 'verified' ? index.byVerified : index.byName;
  // Nothing typed, nothing ticked (the first results): every organization, in order, and each value's count is its
  // total — what the pass below would count, without a pass over 100,000 organizations.
  if (!matches && !active.length) {
    for (const id of FACETS) counts[id].set(index.facets[id].totals);
    return { ids: order.slice(), counts, textMatches: n };
  }
  const result = new Int32Array(matches ? matches.length : n);
  let found = 0;
  // For "best match": name starts with the search, name contains it, then the rest.
  const first = sort === 'relevance' ? new Int32Array(result.length) : undefined;
  const second = sort === 'relevance' ? new Int32Array(result.length) : undefined;
  let nFirst = 0;
  let nSecond = 0;
  const phrase = words.join(' ');
  const failing = new Int32Array(1);

  for (let r = 0; r < n; r++) {
    const i = order[r];
    if (inText && !inText[i]) continue;
    // Which active facets does organization i fail? Stop counting at two: it then counts nowhere.
    let fails = 0;
    for (let a = 0; a < active.length && fails < 2; a++) {
      const { facet, selected } = active[a];
      let ok = false;
      for (let k = facet.offsets[i], end = facet.offsets[i + 1]; k < end; k++) {
        if (selected[facet.codes[k]]) {
          ok = true;
          break;
        }
      }
      if (!ok) {
        failing[0] = a;
        fails++;
      }
    }
    if (fails >= 2) continue;
    for (let f = 0; f < facetList.length; f++) {
      if (fails === 1 && activeSlotOfFacet[f] !== failing[0]) continue;
      const facet = facetList[f];
      const c = countList[f];
      for (let k = facet.offsets[i], end = facet.offsets[i + 1]; k < end; k++) c[facet.codes[k]]++;
    }
    if (fails) continue;
    if (first && second) {
      const name = index.names[i];
      if (name.startsWith(phrase)) first[nFirst++] = i;
      else if (name.includes(phrase) || words.every(w => name.includes(w))) second[nSecond++] = i;
      else result[found++] = i;
    } else result[found++] = i;
  }
  let ids: Int32Array;
  if (first && second) {
    ids = new Int32Array(nFirst + nSecond + found);
    ids.set(first.subarray(0, nFirst), 0);
    ids.set(second.subarray(0, nSecond), nFirst);
    ids.set(result.subarray(0, found), nFirst + nSecond);
  } else ids = result.slice(0, found);
  return { ids, counts, textMatches: matches ? matches.length : n };
}

/** Forgets the remembered text match (call after changing organizations in place). */
export function resetSearchCache(index: DirectoryIndex): void {
  index.textCache = undefined;
}
