/**
 * Turns what an importer read into a complete PartnerOrganization: categories and goals from the chart's
 * keywords, tags for words that match no category, defaults for missing lists.
 */
import { classifier } from '../classify.js';
import type { CategoryContent, PartnerContact, PartnerDraft, PartnerOrganization, PartnerPhone } from '../model.js';

/** What an importer knows about one organization, before categories and goals are worked out. */
export interface RawPartner extends PartnerDraft {
  /** The data's own category words or taxonomy terms, mapped to the chart where they can be. */
  categoryTerms?: string[];
  /** Goal words stated by the data (a `goals` column). */
  goalTerms?: string[];
}

/** Removes repeats, keeping the first of each. */
export function unique<T>(items: readonly T[]): T[] {
  // Lists here hold a handful of items: a scan is cheaper than a Set.
  if (items.length < 2) return items.slice();
  if (items.length > 16) return [...new Set(items)];
  const out: T[] = [];
  for (const item of items) if (!out.includes(item)) out.push(item);
  return out;
}

/** Removes repeats from a list of strings, comparing without case. Keeps the first spelling. */
export function uniqueText(items: Iterable<string | undefined>): string[] {
  if (Array.isArray(items) && items.length < 2) {
    const text = (items[0] as string | undefined)?.trim();
    return text ? [text] : [];
  }
  const out: string[] = [];
  if (Array.isArray(items) && items.length <= 8) {
    // The usual list has two or three items ("English; Spanish"): comparing with the few kept so far is about
    // twice as fast as a Set, and this runs several times for every organization of a directory.
    const keys: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const text = (items[i] as string | undefined)?.trim();
      if (!text) continue;
      const key = text.toLowerCase();
      if (keys.includes(key)) continue;
      keys.push(key);
      out.push(text);
    }
    return out;
  }
  const seen = new Set<string>();
  for (const item of items) {
    const text = item?.trim();
    if (!text) continue;
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

export function uniquePhones(phones: PartnerPhone[]): PartnerPhone[] {
  if (phones.length < 2) return phones.length && phones[0].number ? [phones[0]] : [];
  const seen = new Set<string>();
  return phones.filter(p => {
    const key = `${p.number.replace(/\D/g, '')}|${p.extension ?? ''}|${p.type ?? ''}`;
    if (!p.number || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function uniqueContacts(contacts: PartnerContact[]): PartnerContact[] {
  if (contacts.length === 0) return [];
  if (contacts.length === 1) {
    const c = contacts[0];
    return c.name?.trim() ? [{ ...c, phones: uniquePhones(c.phones) }] : [];
  }
  const byKey = new Map<string, PartnerContact>();
  for (const c of contacts) {
    if (!c.name?.trim()) continue;
    const key = `${c.name.trim().toLowerCase()}|${(c.email ?? '').toLowerCase()}`;
    const known = byKey.get(key);
    if (known) known.phones = uniquePhones([...known.phones, ...c.phones]);
    else byKey.set(key, { ...c, phones: uniquePhones(c.phones) });
  }
  return [...byKey.values()];
}

/** True when any property of the object holds a truthy value. */
function hasSomeValue(object: object): boolean {
  for (const key in object) if ((object as Record<string, unknown>)[key]) return true;
  return false;
}

let languageNames: Intl.DisplayNames | undefined;

/** "es" → "Spanish", "ur" → "Urdu"; names are kept as written. */
export function languageName(value: string): string {
  const text = value.trim();
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i.test(text)) return text;
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return languageNames.of(text) ?? text;
  } catch {
    return text;
  }
}

const goalsByCategory = new WeakMap<CategoryContent, Map<string, string[]>>();

/** Goal ids of each category id (the first category with an id wins, as with a search). */
export function categoryGoalsOf(content: CategoryContent): Map<string, string[]> {
  let map = goalsByCategory.get(content);
  if (!map) {
    map = new Map();
    for (const c of content.categories) if (!map.has(c.id)) map.set(c.id, c.goals);
    goalsByCategory.set(content, map);
  }
  return map;
}

export function finishPartner(raw: RawPartner, content: CategoryContent, source: string): PartnerOrganization {
  const match = classifier(content);
  const name = raw.name.trim();
  const categories: string[] = raw.categories ? raw.categories.slice() : [];
  const tags: string[] = raw.tags ? raw.tags.slice() : [];
  for (const term of raw.categoryTerms ?? []) {
    const id = match.category(term);
    if (id) categories.push(id);
    else tags.push(term);
  }
  const services = raw.services ? raw.services.filter(s => s.name?.trim()) : [];
  let words = raw.description ?? '';
  for (const tag of tags) words += ` \n ${tag}`;
  for (const s of services) words += ` \n ${s.name} \n ${s.description ?? ''}`;
  // No stated category: a best-effort guess from the partner's own words.
  if (!categories.length) categories.push(...match.categoriesIn(`${raw.name} \n ${words}`));
  const statedGoals: string[] = raw.statedGoals ? raw.statedGoals.slice() : [];
  for (const term of raw.goalTerms ?? []) {
    const id = match.goal(term);
    if (id) statedGoals.push(id);
    else tags.push(term);
  }
  for (const id of match.goalsIn(words)) statedGoals.push(id);
  const uniqueCategories = unique(categories);
  const goalsOf = categoryGoalsOf(content);
  const allGoals = statedGoals.slice();
  for (const id of uniqueCategories) {
    const goals = goalsOf.get(id);
    if (goals) for (const g of goals) allGoals.push(g);
  }
  const address = raw.address && hasSomeValue(raw.address) ? raw.address : undefined;
  const lowerName = name.toLowerCase();
  return {
    key: '',
    ids: uniqueText(raw.ids ?? []),
    name,
    aliases: raw.aliases?.length ? uniqueText(raw.aliases).filter(a => a.toLowerCase() !== lowerName) : [],
    description: raw.description?.trim() ?? '',
    website: raw.website?.trim() || undefined,
    email: raw.email?.trim() || undefined,
    phones: uniquePhones(raw.phones ?? []),
    address,
    city: raw.city?.trim() || address?.city?.trim() || undefined,
    categories: uniqueCategories,
    tags: uniqueText(tags),
    goals: unique(allGoals),
    statedGoals: unique(statedGoals),
    audiences: uniqueText(raw.audiences ?? []),
    languages: raw.languages?.length ? uniqueText(raw.languages.map(languageName)) : [],
    contacts: uniqueContacts(raw.contacts ?? []),
    services,
    brings: uniqueText(raw.brings ?? []),
    needs: uniqueText(raw.needs ?? []),
    lastVerified: raw.lastVerified,
    sources: raw.sources?.length ? uniqueText([...raw.sources, source]) : uniqueText([source]),
    ...(raw.locations?.length ? { locations: raw.locations } : {}),
    ...(raw.ageGroups?.length ? { ageGroups: raw.ageGroups } : {}),
    ...(raw.identifiers?.length ? { identifiers: raw.identifiers } : {})
  };
}

/** The latest of several YYYY-MM-DD dates. */
export function latestDate(dates: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}
