/**
 * Several directories in, one list out. Two records are the same organization when they share an identifier,
 * a website (one that is not shared by several records of the same file, like a parent body's site), or the
 * same normalized name and address. Merged records keep every source they came from.
 */
import { uniqueContacts, uniquePhones, uniqueText } from './import/finish.js';
import type { DirectoryProblem, ImportWarning, PartnerOrganization } from './model.js';
import { normalize, websiteKey } from './text.js';
import { runAtOnce, type Steps } from '../../core/yield.js';

export interface SourceDirectory {
  /** The file or address the records came from. */
  source: string;
  organizations: PartnerOrganization[];
}

/**
 * Short, stable id for URLs (`pf-org=`) from normalized words, e.g. the name and city: "riverside-library-oak-point".
 * Normalizing the parts one by one and joining them with a space gives the same words as normalizing the whole.
 */
function slug(name: string, city = ''): string {
  const words = name && city ? `${name} ${city}` : name || city;
  return words.replaceAll(' ', '-').slice(0, 60) || 'partner';
}

/** Identifiers that name one organization worldwide (UUIDs, "scheme:number"), not row numbers like "17". */
function isGlobalId(id: string): boolean {
  return id.length >= 8 || id.includes(':');
}

function nameAddressKey(org: PartnerOrganization, normalizedName: string): string | undefined {
  const place = org.address?.street || org.address?.postalCode || org.city;
  return place ? `${normalizedName}|${normalize(place)}` : undefined;
}

/** Where a record came from, for the merge note: "partners.csv row 2", or the file alone. */
export function originOf(org: PartnerOrganization): string {
  const file = org.sources[0] ?? '';
  return org.row ? `${file} row ${org.row}` : file;
}

/**
 * Records of one organization into one. Field by field, the most recently checked record that has a value wins
 * (records without a date count as oldest; equal dates keep file order). Nothing searchable is lost: other names
 * become aliases, and the other records' descriptions, websites and emails are kept in `older` (searched, shown
 * as earlier details). `origins` says which records were merged.
 */
function combine(records: PartnerOrganization[]): PartnerOrganization {
  const sorted = [...records].sort((a, b) => (b.lastVerified ?? '').localeCompare(a.lastVerified ?? ''));
  const [lead] = sorted;
  const pick = <K extends keyof PartnerOrganization>(key: K) =>
    sorted.map(r => r[key]).find(v => v !== undefined && v !== '');
  const all = <T>(key: keyof PartnerOrganization) => sorted.flatMap(r => r[key] as unknown as T[]);
  const names = uniqueText(sorted.map(r => r.name));
  return {
    key: '',
    ids: uniqueText(all<string>('ids')),
    name: lead.name,
    aliases: uniqueText([...names.slice(1), ...all<string>('aliases')]).filter(
      a => a.toLowerCase() !== lead.name.toLowerCase()
    ),
    description: (pick('description') as string | undefined) ?? '',
    phones: uniquePhones(all('phones')),
    address: pick('address') as PartnerOrganization['address'],
    city: pick('city') as string | undefined,
    categories: [...new Set(all<string>('categories'))],
    tags: uniqueText(all<string>('tags')),
    goals: [...new Set(all<string>('goals'))],
    statedGoals: [...new Set(all<string>('statedGoals'))],
    audiences: uniqueText(all<string>('audiences')),
    languages: uniqueText(all<string>('languages')),
    contacts: uniqueContacts(all('contacts')),
    services: sorted
      .flatMap(r => r.services)
      .filter((s, i, list) => list.findIndex(t => t.name.toLowerCase() === s.name.toLowerCase()) === i),
    brings: uniqueText(all<string>('brings')),
    needs: uniqueText(all<string>('needs')),
    lastVerified: lead.lastVerified,
    sources: uniqueText(all<string>('sources')),
    ...extras(sorted)
  };
}

/** The parts of a merged record the importers' lists do not cover: origins, older wording, HSDS extras. */
function extras(sorted: PartnerOrganization[]): Partial<PartnerOrganization> {
  const description = sorted.map(r => r.description).find(Boolean) ?? '';
  const website = sorted.map(r => r.website).find(Boolean);
  const email = sorted.map(r => r.email).find(Boolean);
  const older = uniqueText(
    sorted.flatMap(r => [
      ...(r.older ?? []),
      r.description !== description ? r.description : '',
      r.website !== website ? (r.website ?? '') : '',
      r.email !== email ? (r.email ?? '') : ''
    ])
  );
  const origins = uniqueText(sorted.flatMap(r => r.origins ?? [originOf(r)]));
  const locations = sorted.flatMap(r => r.locations ?? []);
  const ageGroups = [...new Set(sorted.flatMap(r => r.ageGroups ?? []))];
  const identifiers = uniqueText(sorted.flatMap(r => r.identifiers ?? []));
  return {
    website,
    email,
    origins,
    ...(older.length ? { older } : {}),
    ...(locations.length
      ? { locations: locations.filter((l, i) => locations.findIndex(m => m.name === l.name) === i) }
      : {}),
    ...(ageGroups.length ? { ageGroups } : {}),
    ...(identifiers.length ? { identifiers } : {})
  };
}

/**
 * The merge note, as a code for directory-words.ts: "2 rows merged: rows 2 and 3" (one file), or "2 records
 * merged: partners.csv row 2 and hsds.json". Undefined for a record that was not merged.
 */
export function mergeNote(org: PartnerOrganization): DirectoryProblem | undefined {
  const origins = org.origins;
  if (!origins || origins.length < 2) return undefined;
  const rows = origins.map(o => /^(.*) row (\d+)$/.exec(o));
  const files = new Set(rows.map((m, i) => (m ? m[1] : origins[i])));
  if (files.size === 1 && rows.every(Boolean)) {
    const numbers = rows.map(m => Number(m![2])).sort((a, b) => a - b);
    return { code: 'merged-rows', params: { count: origins.length, rows: numbers.map(String) } };
  }
  return { code: 'merged-records', params: { count: origins.length, origins: [...origins] } };
}

/** Merges directories, removing duplicates, and gives every organization a unique, stable `key`. */
export function mergeDirectories(directories: SourceDirectory[]): PartnerOrganization[] {
  return runAtOnce(mergeSteps(directories));
}

/** Records between two steps of the merge (each step is well under a millisecond). */
const STEP = 128;

/** mergeDirectories as resumable steps (see runInPieces), for the page: the same result. */
export function* mergeSteps(directories: SourceDirectory[]): Steps<PartnerOrganization[]> {
  const orgs: PartnerOrganization[] = [];
  const dirOf: number[] = [];
  directories.forEach((d, dir) => {
    for (const org of d.organizations) {
      orgs.push(org);
      dirOf.push(dir);
    }
  });
  const n = orgs.length;

  // A website shared by several records of one directory is not an identity (a parent body, a placeholder).
  // So a website can only join records of different directories: with one directory (the usual page) it never
  // joins anything, and reading 10,000 web addresses would be about a quarter of the merge's time.
  const siteCounts = directories.map(() => new Map<string, number>());
  const sites = new Array<string | undefined>(n);
  if (directories.length > 1) {
    for (let i = 0; i < n; i++) {
      if (i % STEP === STEP - 1) yield;
      const site = websiteKey(orgs[i].website);
      sites[i] = site;
      if (site) {
        const counts = siteCounts[dirOf[i]];
        counts.set(site, (counts.get(site) ?? 0) + 1);
      }
    }
  }

  // Union-find over records that share a key; the root of a group is its first record.
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  let joined = false;
  const join = (owners: Map<string, number>, key: string, i: number) => {
    const j = owners.get(key);
    if (j === undefined) {
      owners.set(key, i);
      return;
    }
    const a = find(i);
    const b = find(j);
    if (a !== b) {
      parent[Math.max(a, b)] = Math.min(a, b);
      joined = true;
    }
  };
  // One map per kind of key (identifier, name + address, website), so keys need no prefix.
  const names = new Array<string>(n);
  const byId = new Map<string, number>();
  const byNameAddress = new Map<string, number>();
  const bySite = new Map<string, number>();
  // Name + address keys are made only for names that more than one record has (few): the first record of each
  // name waits in firstOfName and is keyed when a second one comes. The groups are the same as keying every record.
  const firstOfName = new Map<string, number>();
  const joinNameAddress = (i: number) => {
    const na = nameAddressKey(orgs[i], names[i]);
    if (na) join(byNameAddress, na, i);
  };
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
    const org = orgs[i];
    for (const id of org.ids) if (isGlobalId(id)) join(byId, id.toLowerCase(), i);
    const name = normalize(org.name);
    names[i] = name;
    const first = firstOfName.get(name);
    if (first === undefined) firstOfName.set(name, i);
    else {
      if (first >= 0) {
        joinNameAddress(first);
        firstOfName.set(name, -1);
      }
      joinNameAddress(i);
    }
    const site = sites[i];
    if (site && siteCounts[dirOf[i]].get(site) === 1) join(bySite, site, i);
  }

  // Groups in the order of their first record, each in record order.
  const groups: number[][] = [];
  if (joined) {
    const groupOf = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      if (i % (STEP * 8) === STEP * 8 - 1) yield;
      const root = find(i);
      const group = groupOf.get(root);
      if (group) group.push(i);
      else groupOf.set(root, [i]);
    }
    groups.push(...groupOf.values());
  }

  const used = new Set<string>();
  const cities = new Map<string, string>();
  const out: PartnerOrganization[] = [];
  const sortKeys: string[] = [];
  const count = joined ? groups.length : n;
  for (let g = 0; g < count; g++) {
    if (g % STEP === STEP - 1) yield;
    // Importers hand over fresh objects, so a record that merged with nothing is keyed in place (no copy).
    const group = joined ? groups[g] : undefined;
    const first = group ? group[0] : g;
    const org = !group || group.length === 1 ? orgs[first] : combine(group.map(i => orgs[i]));
    const name = org === orgs[first] ? names[first] : normalize(org.name);
    let city = org.city ? cities.get(org.city) : '';
    if (city === undefined) {
      city = normalize(org.city!);
      cities.set(org.city!, city);
    }
    let key = slug(name, city);
    for (let k = 2; used.has(key); k++) key = `${slug(name)}-${k}`;
    used.add(key);
    org.key = key;
    out.push(org);
    sortKeys.push(name);
  }
  normalizedNames.set(out, sortKeys);
  return out;
}

const normalizedNames = new WeakMap<readonly PartnerOrganization[], string[]>();

/**
 * normalize(name) of every organization of a list mergeDirectories returned, in the same order (it has them
 * already: the index sorts by them). Undefined for any other list.
 */
export function normalizedNamesOf(organizations: readonly PartnerOrganization[]): string[] | undefined {
  const names = normalizedNames.get(organizations);
  return names && names.length === organizations.length ? names : undefined;
}

/** One note per merged organization, for the webmaster: which records were found to be the same organization. */
export function mergeWarnings(organizations: readonly PartnerOrganization[]): ImportWarning[] {
  const out: ImportWarning[] = [];
  for (const org of organizations) {
    const note = mergeNote(org);
    if (note)
      out.push({
        file: org.sources.join(', '),
        kind: 'merge',
        code: note.code,
        params: { ...note.params, name: org.name }
      });
  }
  return out;
}
