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

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Removes repeats from a list of strings, comparing without case. Keeps the first spelling. */
export function uniqueText(items: Iterable<string | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
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
  const seen = new Set<string>();
  return phones.filter(p => {
    const key = `${p.number.replace(/\D/g, '')}|${p.extension ?? ''}|${p.type ?? ''}`;
    if (!p.number || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function uniqueContacts(contacts: PartnerContact[]): PartnerContact[] {
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

export function finishPartner(raw: RawPartner, content: CategoryContent, source: string): PartnerOrganization {
  const match = classifier(content);
  const categories: string[] = [...(raw.categories ?? [])];
  const tags: string[] = [...(raw.tags ?? [])];
  for (const term of raw.categoryTerms ?? []) {
    const id = match.category(term);
    if (id) categories.push(id);
    else tags.push(term);
  }
  const services = (raw.services ?? []).filter(s => s.name?.trim());
  const words = [raw.description ?? '', ...tags, ...services.flatMap(s => [s.name, s.description ?? ''])].join(' \n ');
  // No stated category: a best-effort guess from the partner's own words.
  if (!categories.length) categories.push(...match.categoriesIn(`${raw.name} \n ${words}`));
  const statedGoals: string[] = [...(raw.statedGoals ?? [])];
  for (const term of raw.goalTerms ?? []) {
    const id = match.goal(term);
    if (id) statedGoals.push(id);
    else tags.push(term);
  }
  statedGoals.push(...match.goalsIn(words));
  const categoryGoals = unique(categories).flatMap(id => content.categories.find(c => c.id === id)?.goals ?? []);
  const address = raw.address && Object.values(raw.address).some(Boolean) ? raw.address : undefined;
  return {
    key: '',
    ids: uniqueText(raw.ids ?? []),
    name: raw.name.trim(),
    aliases: uniqueText(raw.aliases ?? []).filter(a => a.toLowerCase() !== raw.name.trim().toLowerCase()),
    description: raw.description?.trim() ?? '',
    website: raw.website?.trim() || undefined,
    email: raw.email?.trim() || undefined,
    phones: uniquePhones(raw.phones ?? []),
    address,
    city: raw.city?.trim() || address?.city?.trim() || undefined,
    categories: unique(categories),
    tags: uniqueText(tags),
    goals: unique([...statedGoals, ...categoryGoals]),
    statedGoals: unique(statedGoals),
    audiences: uniqueText(raw.audiences ?? []),
    languages: uniqueText((raw.languages ?? []).map(languageName)),
    contacts: uniqueContacts(raw.contacts ?? []),
    services,
    brings: uniqueText(raw.brings ?? []),
    needs: uniqueText(raw.needs ?? []),
    lastVerified: raw.lastVerified,
    sources: uniqueText([...(raw.sources ?? []), source])
  };
}

/** The latest of several YYYY-MM-DD dates. */
export function latestDate(dates: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}
