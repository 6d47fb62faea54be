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
 * Rules by their first word, so a text is scanned once, word by word, whatever the number of keywords. `firstWords`
 * finds, in lowercase ASCII text, the whole words that start a rule: one regular expression runs as native code,
 * about twice as fast as walking the text character by character in script (the goal scan of every description
 * is one of the largest costs of loading a directory: 13–18 ms → 8.5 ms for 10,000). Made on first use, after all
 * rules are added; null when no rule starts with a plain a-z/0-9 word (such text can then match nothing).
 */
interface RuleBook {
  rules: Map<string, KeywordRule[]>;
  firstWords?: RegExp | null;
}

function ruleBook(): RuleBook {
  return { rules: new Map() };
}

function addRule(book: RuleBook, keyword: string, id: string) {
  const words = normalize(keyword).split(' ').filter(Boolean);
  if (!words.length) return;
  const first = words[0];
  const list = book.rules.get(first);
  if (list) list.push({ words, id });
  else book.rules.set(first, [{ words, id }]);
  book.firstWords = undefined;
}

/**
 * A word start (text start or a character that is not a-z/0-9), one of the first words, then no a-z/0-9: a whole
 * word, as the runs of a-z and 0-9 that normalize() leaves. No lookbehind, which older Safari cannot compile, so
 * the match includes the character before the word. The words are only a-z and 0-9: nothing to escape.
 */
function firstWordPattern(book: RuleBook): RegExp | null {
  const words = [...book.rules.keys()].filter(w => /^[a-z0-9]+$/.test(w));
  return words.length ? new RegExp(`(?:^|[^a-z0-9])(?:${words.join('|')})(?![a-z0-9])`, 'g') : null;
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
  if (book.firstWords === undefined) book.firstWords = firstWordPattern(book);
  const pattern = book.firstWords;
  if (!pattern) return found;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = pattern.lastIndex;
    // The match may begin with the character before the word; the word is what follows it.
    const start = isWordChar(text.charCodeAt(match.index)) ? match.index : match.index + 1;
    const rules = book.rules.get(text.slice(start, end));
    if (!rules) continue;
    for (const rule of rules) {
      if (!found.includes(rule.id) && restFollows(text, end, rule.words)) found.push(rule.id);
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
