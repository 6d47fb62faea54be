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

/**
 * Rules by their first word, so a text is scanned once, word by word, whatever the number of keywords. `lengths`
 * is a quick filter for plain ASCII text: per first character, a bit for each length of a first word starting
 * with it (bit 31: 31 or longer), so most words of a text are passed over without being cut out and looked up.
 */
interface RuleBook {
  rules: Map<string, KeywordRule[]>;
  lengths: Int32Array;
}

function ruleBook(): RuleBook {
  return { rules: new Map(), lengths: new Int32Array(128) };
}

function addRule(book: RuleBook, keyword: string, id: string) {
  const words = normalize(keyword).split(' ').filter(Boolean);
  if (!words.length) return;
  const first = words[0];
  const list = book.rules.get(first);
  if (list) list.push({ words, id });
  else book.rules.set(first, [{ words, id }]);
  const c = first.charCodeAt(0);
  if (c < 128) book.lengths[c] |= 1 << Math.min(first.length, 31);
}

const NON_ASCII = /[\u0080-\uffff]/;

function scan(book: RuleBook, text: string): string[] {
  if (!NON_ASCII.test(text)) return scanAscii(book, text.toLowerCase());
  const words = normalize(text).split(' ');
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const rules = book.rules.get(words[i]);
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

/** a-z or 0-9: what normalize() keeps of lowercase ASCII text. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * The same answer as the word-by-word scan above, for lowercase ASCII text, without normalizing and splitting
 * it: words are the runs of a-z and 0-9, as normalize() would leave them.
 */
function scanAscii(book: RuleBook, text: string): string[] {
  const found: string[] = [];
  const { lengths, rules: byFirst } = book;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    if (!(lengths[text.charCodeAt(start)] & (1 << Math.min(i - start, 31)))) continue;
    const rules = byFirst.get(text.slice(start, i));
    if (!rules) continue;
    for (const rule of rules) {
      if (!found.includes(rule.id) && restFollows(text, i, rule.words)) found.push(rule.id);
    }
  }
  return found;
}

/** True when words[1…] are the next words of the text after position `at`. */
function restFollows(text: string, at: number, words: string[]): boolean {
  let i = at;
  for (let k = 1; k < words.length; k++) {
    while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
    const word = words[k];
    if (!text.startsWith(word, i)) return false;
    i += word.length;
    if (i < text.length && isWordChar(text.charCodeAt(i))) return false;
  }
  return true;
}

/** A one-argument function with its answers kept (up to a few thousand distinct arguments). */
function remembered(fn: (term: string) => string | undefined): (term: string) => string | undefined {
  const answers = new Map<string, string | undefined>();
  return term => {
    let answer = answers.get(term);
    if (answer === undefined && !answers.has(term)) {
      answer = fn(term);
      if (answers.size >= 5000) answers.clear();
      answers.set(term, answer);
    }
    return answer;
  };
}

const cache = new WeakMap<CategoryContent, Classifier>();

export function classifier(content: CategoryContent): Classifier {
  const known = cache.get(content);
  if (known) return known;
  const categoryByTerm = new Map<string, string>();
  const goalByTerm = new Map<string, string>();
  const categoryRules = ruleBook();
  const goalRules = ruleBook();
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
  // The same few category and goal words come back on most rows of a directory: remember the answers.
  const categoryOf = remembered((term: string) => {
    const key = normalize(term);
    return categoryByTerm.get(key) ?? (key.length > 3 ? scan(categoryRules, key)[0] : undefined);
  });
  const goalOf = remembered((term: string) => goalByTerm.get(normalize(term)));
  const result: Classifier = {
    content,
    category: categoryOf,
    goal: goalOf,
    categoriesIn: text => scan(categoryRules, text),
    goalsIn: text => scan(goalRules, text)
  };
  cache.set(content, result);
  return result;
}
