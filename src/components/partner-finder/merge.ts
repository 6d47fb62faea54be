/**
 * Several directories in, one list out. Two records are the same organization when they share an identifier,
 * a website (one that is not shared by several records of the same file, like a parent body's site), or the
 * same normalized name and address. Merged records keep every source they came from.
 */
import { uniqueContacts, uniquePhones, uniqueText } from './import/finish.js';
import type { PartnerOrganization } from './model.js';
import { normalize, websiteKey } from './text.js';

export interface SourceDirectory {
  /** The file or address the records came from. */
  source: string;
  organizations: PartnerOrganization[];
}

/** Short, stable id for URLs (`pf-org=`): from the name and city, made unique. */
function slug(value: string): string {
  return normalize(value).replace(/ /g, '-').slice(0, 60) || 'partner';
}

/** Identifiers that name one organization worldwide (UUIDs, "scheme:number"), not row numbers like "17". */
function globalIds(org: PartnerOrganization): string[] {
  return org.ids.filter(id => id.length >= 8 || id.includes(':')).map(id => `id:${id.toLowerCase()}`);
}

function nameAddressKey(org: PartnerOrganization): string | undefined {
  const place = org.address?.street || org.address?.postalCode || org.city;
  return place ? `na:${normalize(org.name)}|${normalize(place)}` : undefined;
}

function combine(records: PartnerOrganization[]): PartnerOrganization {
  // The most recently checked record leads; the others fill its gaps.
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
    description: sorted.map(r => r.description).reduce((a, b) => (b.length > a.length ? b : a), ''),
    website: pick('website') as string | undefined,
    email: pick('email') as string | undefined,
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
    sources: uniqueText(all<string>('sources'))
  };
}

/** Merges directories, removing duplicates, and gives every organization a unique, stable `key`. */
export function mergeDirectories(directories: SourceDirectory[]): PartnerOrganization[] {
  const records: { org: PartnerOrganization; dir: number }[] = [];
  directories.forEach((d, dir) => d.organizations.forEach(org => records.push({ org, dir })));

  // A website shared by several records of one directory is not an identity (a parent body, a placeholder).
  const siteCount = new Map<string, number>();
  const sites = records.map(({ org }) => websiteKey(org.website));
  for (const [i, { dir }] of records.entries()) {
    const site = sites[i];
    if (site) siteCount.set(`${dir}|${site}`, (siteCount.get(`${dir}|${site}`) ?? 0) + 1);
  }

  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const owner = new Map<string, number>();
  records.forEach(({ org, dir }, i) => {
    const site = sites[i];
    const keys = [...globalIds(org), nameAddressKey(org)];
    if (site && siteCount.get(`${dir}|${site}`) === 1) keys.push(`web:${site}`);
    for (const key of keys) {
      if (!key) continue;
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });

  const groups = new Map<number, PartnerOrganization[]>();
  records.forEach(({ org }, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(org);
    else groups.set(root, [org]);
  });

  const used = new Set<string>();
  const out: PartnerOrganization[] = [];
  for (const group of groups.values()) {
    // Importers hand over fresh objects, so a record that merged with nothing is keyed in place (no copy).
    const org = group.length === 1 ? group[0] : combine(group);
    let key = slug(org.city ? `${org.name} ${org.city}` : org.name);
    for (let n = 2; used.has(key); n++) key = `${slug(org.name)}-${n}`;
    used.add(key);
    org.key = key;
    out.push(org);
  }
  return out;
}
