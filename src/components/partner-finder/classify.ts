/**
 * Maps a directory's own words (a CSV `categories` cell, HSDS taxonomy terms, descriptions) onto the chart's
 * categories and the library goals, using the `keywords` in partner-categories.json. Best effort, by design:
 * what matches nothing is kept as a tag.
 */
import type { CategoryContent } from './model.js';
import { normalize } from './text.js';

export interface Classifier {
  /** Category id for one category word or phrase ("Health", "health", "Health organizations", "hospital"). */
  category(term: string): string | undefined;
  /** Goal id for one goal word ("job-seekers", "Job seekers", "employment"). */
  goal(term: string): string | undefined;
  /** Category ids whose keywords appear (as whole words) anywhere in a free text. */
  categoriesIn(text: string): string[];
  /** Goal ids whose keywords appear anywhere in a free text. */
  goalsIn(text: string): string[];
  content: CategoryContent;
}

interface KeywordRule {
  words: string[];
  id: string;
}

/** Rules by their first word, so a text is scanned once, word by word, whatever the number of keywords. */
type RuleBook = Map<string, KeywordRule[]>;

function addRule(book: RuleBook, keyword: string, id: string) {
  const words = normalize(keyword).split(' ').filter(Boolean);
  if (!words.length) return;
  const list = book.get(words[0]);
  if (list) list.push({ words, id });
  else book.set(words[0], [{ words, id }]);
}

function scan(book: RuleBook, text: string): string[] {
  const words = normalize(text).split(' ');
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const rules = book.get(words[i]);
    if (!rules) continue;
    for (const rule of rules) {
      if (found.includes(rule.id)) continue;
      let ok = true;
      for (let k = 1; k < rule.words.length && ok; k++) ok = words[i + k] === rule.words[k];
      if (ok) found.push(rule.id);
    }
  }
  return found;
}

const cache = new WeakMap<CategoryContent, Classifier>();

export function classifier(content: CategoryContent): Classifier {
  const known = cache.get(content);
  if (known) return known;
  const categoryByTerm = new Map<string, string>();
  const goalByTerm = new Map<string, string>();
  const categoryRules: RuleBook = new Map();
  const goalRules: RuleBook = new Map();
  for (const c of content.categories) {
    for (const term of [c.id, c.name, ...c.keywords]) {
      const key = normalize(term);
      if (key && !categoryByTerm.has(key)) categoryByTerm.set(key, c.id);
    }
    for (const kw of c.keywords) addRule(categoryRules, kw, c.id);
  }
  for (const g of content.goals) {
    for (const term of [g.id, g.label, ...g.keywords]) {
      const key = normalize(term);
      if (key && !goalByTerm.has(key)) goalByTerm.set(key, g.id);
    }
    for (const kw of g.keywords) addRule(goalRules, kw, g.id);
  }
  const result: Classifier = {
    content,
    category: term => {
      const key = normalize(term);
      return categoryByTerm.get(key) ?? (key.length > 3 ? scan(categoryRules, key)[0] : undefined);
    },
    goal: term => goalByTerm.get(normalize(term)),
    categoriesIn: text => scan(categoryRules, text),
    goalsIn: text => scan(goalRules, text)
  };
  cache.set(content, result);
  return result;
}
