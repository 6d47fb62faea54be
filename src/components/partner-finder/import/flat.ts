/**
 * Organizations from flat rows: one row per organization, one cell per field, as in the simple CSV and in plain
 * records handed to the `partners` property. Gives exactly what `finishPartner` gives for the same row, with less
 * work: a directory repeats the same few cells on most rows ("Health; Youth", "English; Spanish", a city), so each
 * distinct cell is read once and its lists are shared by every row that has it. Shared lists are frozen.
 */
import { classifier, type Classifier } from '../classify.js';
import type { CategoryContent, ImportWarning, PartnerContact, PartnerOrganization, PartnerPhone } from '../model.js';
import { cleanPhone, isoDate, splitList } from '../text.js';
import { categoryGoalsOf, languageName, unique, uniqueContacts, uniquePhones, uniqueText } from './finish.js';

/** One row's cells. Strings are trimmed; list cells may also be arrays (plain records). */
export interface FlatRow {
  id: string;
  name: string;
  aliases: unknown;
  /** Plain text (HTML already removed). */
  description: string;
  website: string;
  email: string;
  phone: unknown;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  categories: unknown;
  goals: unknown;
  tags: unknown;
  audience: unknown;
  languages: unknown;
  brings: unknown;
  needs: unknown;
  contacts: PartnerContact[];
  lastVerified: string | undefined;
}

/** The one empty list every organization without aliases, tags, languages … shares (frozen). */
export const EMPTY: readonly string[] = Object.freeze([]);
const NO_PHONES: readonly PartnerPhone[] = Object.freeze([]);
const NO_CONTACTS: readonly PartnerContact[] = Object.freeze([]);

/** What the category, tag and goal cells of a row say, before its description is read. */
interface Classes {
  /** Category ids from the category words, in order, repeats kept. */
  categories: string[];
  /** Tags that are part of the words scanned for goals: the tag cell, then category words that match nothing. */
  tags: string[];
  /** `tags` as " \n tag" suffixes of the scanned words ('' for none). */
  tagWords: string;
  /** Goal ids from the goal words. */
  statedGoals: string[];
  /** All tags as shown: `tags`, then goal words that match nothing, without repeats. */
  shownTags: readonly string[];
  /** unique(categories), when there are any. */
  uniqueCategories: readonly string[];
  /** Goals of those categories, in order. */
  categoryGoals: string[];
  /** Final goal lists by the goal ids found in the description, joined with a space. */
  goalsByFound: Map<string, { stated: readonly string[]; all: readonly string[] }>;
}

function freeze<T>(items: T[]): readonly T[] {
  return items.length ? Object.freeze(items) : (EMPTY as readonly T[]);
}

export class FlatImporter {
  private readonly match: Classifier;
  private readonly goalsOf: Map<string, string[]>;
  private readonly sources: readonly string[];
  private readonly classes = new Map<string, Map<string, Map<string, Classes>>>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly languageLists = new Map<string, readonly string[]>();
  private readonly dates = new Map<string, string | undefined>();
  /** Category words that matched no partner type (kept as tags), for one note per file. */
  readonly unknownCategories = new Set<string>();

  /** The note about unknown category words, if there were any. */
  unknownCategoryWarning(file: string): ImportWarning | undefined {
    const terms = [...this.unknownCategories];
    if (!terms.length) return undefined;
    const more = terms.length - 12;
    return more > 0
      ? { file, kind: 'unknown-category', code: 'unknown-categories-more', params: { terms: terms.slice(0, 12), more } }
      : { file, kind: 'unknown-category', code: 'unknown-categories', params: { terms, count: terms.length } };
  }

  constructor(content: CategoryContent, source: string) {
    this.match = classifier(content);
    this.goalsOf = categoryGoalsOf(content);
    const label = source.trim();
    this.sources = freeze(label ? [label] : []);
  }

  /** A date cell as YYYY-MM-DD (remembered: a directory has a few hundred distinct dates). */
  date(value: string): string | undefined {
    let date = this.dates.get(value);
    if (date === undefined && !this.dates.has(value)) {
      date = isoDate(value);
      this.dates.set(value, date);
    }
    return date;
  }

  /** uniqueText(splitList(cell)), shared by the rows with the same cell. */
  private list(value: unknown, map?: (item: string) => string): readonly string[] {
    if (typeof value !== 'string') {
      const items = splitList(value);
      return items.length ? uniqueText(map ? items.map(map) : items) : EMPTY;
    }
    if (!value) return EMPTY;
    const cache = map ? this.languageLists : this.lists;
    let items = cache.get(value);
    if (!items) {
      const parts = splitList(value);
      items = freeze(uniqueText(map ? parts.map(map) : parts));
      cache.set(value, items);
    }
    return items;
  }

  private classesOf(categories: unknown, tags: unknown, goals: unknown): Classes {
    // A missing field of a plain record reads as an empty cell.
    categories ??= '';
    tags ??= '';
    goals ??= '';
    if (typeof categories !== 'string' || typeof tags !== 'string' || typeof goals !== 'string') {
      return this.classify(categories, tags, goals);
    }
    let byTags = this.classes.get(categories);
    if (!byTags) this.classes.set(categories, (byTags = new Map()));
    let byGoals = byTags.get(tags);
    if (!byGoals) byTags.set(tags, (byGoals = new Map()));
    let known = byGoals.get(goals);
    if (!known) byGoals.set(goals, (known = this.classify(categories, tags, goals)));
    return known;
  }

  private classify(categoryCell: unknown, tagCell: unknown, goalCell: unknown): Classes {
    const categories: string[] = [];
    const tags = splitList(tagCell);
    for (const term of splitList(categoryCell)) {
      const id = this.match.category(term);
      if (id) categories.push(id);
      else {
        tags.push(term);
        this.unknownCategories.add(term);
      }
    }
    let tagWords = '';
    for (const tag of tags) tagWords += ` \n ${tag}`;
    const statedGoals: string[] = [];
    const allTags = tags.slice();
    for (const term of splitList(goalCell)) {
      const id = this.match.goal(term);
      if (id) statedGoals.push(id);
      else allTags.push(term);
    }
    const uniqueCategories = unique(categories);
    const categoryGoals: string[] = [];
    for (const id of uniqueCategories) {
      const goals = this.goalsOf.get(id);
      if (goals) for (const g of goals) categoryGoals.push(g);
    }
    return {
      categories,
      tags,
      tagWords,
      statedGoals,
      shownTags: freeze(uniqueText(allTags)),
      uniqueCategories: freeze(uniqueCategories),
      categoryGoals,
      goalsByFound: new Map()
    };
  }

  private phones(value: unknown): PartnerPhone[] {
    const numbers = splitList(value);
    if (!numbers.length) return NO_PHONES as PartnerPhone[];
    return uniquePhones(numbers.map(number => ({ number: cleanPhone(number) })));
  }

  /** A contact from the contact cells, or none without a name. Its phones are de-duplicated with the contacts. */
  contact(name: string, title: string, email: string, phone: unknown): PartnerContact[] {
    if (!name) return NO_CONTACTS as PartnerContact[];
    const phones = splitList(phone).map(number => ({ number: cleanPhone(number) }));
    return [{ name, title: title || undefined, email: email || undefined, phones }];
  }

  organization(row: FlatRow): PartnerOrganization {
    const name = row.name.trim();
    const c = this.classesOf(row.categories, row.tags, row.goals);
    const description = row.description;
    const words = c.tagWords ? description + c.tagWords : description;
    let categories = c.uniqueCategories;
    let categoryGoals = c.categoryGoals;
    if (!categories.length) {
      // No stated category: a best-effort guess from the partner's own words.
      categories = unique(this.match.categoriesIn(`${row.name} \n ${words}`));
      categoryGoals = [];
      for (const id of categories) {
        const goals = this.goalsOf.get(id);
        if (goals) for (const g of goals) categoryGoals.push(g);
      }
    }
    const found = this.match.goalsIn(words);
    let goals: readonly string[];
    let statedGoals: readonly string[];
    if (categories === c.uniqueCategories) {
      // Same cells and the same goal words in the description: the same lists.
      const key = found.join(' ');
      let known = c.goalsByFound.get(key);
      if (!known) {
        const stated = c.statedGoals.concat(found);
        known = { stated: freeze(unique(stated)), all: freeze(unique(stated.concat(categoryGoals))) };
        c.goalsByFound.set(key, known);
      }
      goals = known.all;
      statedGoals = known.stated;
    } else {
      const stated = c.statedGoals.concat(found);
      statedGoals = unique(stated);
      goals = unique(stated.concat(categoryGoals));
    }
    const hasAddress = !!(row.street || row.city || row.region || row.postalCode || row.country);
    const lowerName = name.toLowerCase();
    const aliases = this.list(row.aliases);
    const languages = row.languages ? this.list(row.languages, languageName) : EMPTY;
    return {
      key: '',
      ids: row.id ? [row.id] : (EMPTY as string[]),
      name,
      aliases: (aliases.length ? aliases.filter(a => a.toLowerCase() !== lowerName) : EMPTY) as string[],
      description,
      website: row.website || undefined,
      email: row.email || undefined,
      phones: this.phones(row.phone),
      address: hasAddress
        ? {
            street: row.street || undefined,
            city: row.city || undefined,
            region: row.region || undefined,
            postalCode: row.postalCode || undefined,
            country: row.country || undefined
          }
        : undefined,
      city: row.city || undefined,
      categories: categories as string[],
      tags: c.shownTags as string[],
      goals: goals as string[],
      statedGoals: statedGoals as string[],
      audiences: this.list(row.audience) as string[],
      languages: languages as string[],
      contacts: row.contacts.length ? uniqueContacts(row.contacts) : (NO_CONTACTS as PartnerContact[]),
      services: [],
      brings: this.list(row.brings) as string[],
      needs: this.list(row.needs) as string[],
      lastVerified: row.lastVerified,
      sources: this.sources as string[]
    };
  }
}
