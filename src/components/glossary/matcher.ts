/**
 * Finds many glossary terms in a text in one pass. Pure: no DOM, no Lit.
 *
 * How it works: the text is read word by word (a "word" is a run of Unicode letters, marks and digits). Each
 * pattern is filed under its first word, lower-cased. At each word of the text, only the patterns filed under
 * that word are tried, longest first, each with a small sticky regular expression that checks the rest of the
 * pattern, its letter case rule and the word boundary after it. The cost grows with the length of the text, not
 * with the number of patterns, which is what lets a page hold thousands of terms (see docs/bench-glossary.md).
 * It behaves like Aho-Corasick restricted to word starts, without building an automaton.
 */

export interface MatcherPattern {
  /** The words to find, as written in the glossary ("Wi-Fi", "print release", "ILL"). */
  text: string;
  /** True: letters must match exactly ("ILL" is not "ill"). False: any capitals. */
  caseSensitive: boolean;
  /** Returned with each match; the caller's index into its own list. */
  id: number;
}

export interface RawMatch {
  start: number;
  end: number;
  id: number;
}

export interface MatcherOptions {
  /** Also match a simple English plural ("routers" for "router", "PCs" for "PC"). Default true. */
  plurals?: boolean;
}

interface Candidate {
  id: number;
  length: number;
  caseSensitive: boolean;
  /** Characters before the first word ("." in ".NET"). */
  lead: number;
  /** A single word: matched by comparing the word found, no regular expression needed. */
  single: boolean;
  /** For single words: the text to compare (lower case unless case-sensitive). */
  word: string;
  /** A simple plural ("-s", "-es") counts too. */
  plural: boolean;
  re: RegExp;
}

const FIRST_WORD = /[\p{L}\p{M}\p{N}]+/u;

/** Word characters for boundaries: letters and digits of every script, and combining marks ("café" in NFD). */
export const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, c => (c === '-' ? '\\x2d' : `\\${c}`));
}

/** The regular-expression source of one pattern: flexible spaces, any apostrophe, any hyphen. */
function patternSource(text: string, plurals: boolean): string {
  let body = '';
  for (const part of text.trim().split(/(\s+|['’‘]|[-‐‑–])/u)) {
    if (!part) continue;
    if (/^\s+$/u.test(part)) body += '\\s+';
    else if (/^['’‘]$/u.test(part)) body += "['’‘]";
    else if (/^[-‐‑–]$/u.test(part)) body += '[\\x2d‐‑]';
    else body += escapeRegExp(part);
  }
  const endsInLetter = /\p{L}$/u.test(text.trim());
  // Word boundaries are checked in code, not with \p{…} lookarounds: a Unicode class in each of thousands of
  // small expressions makes compiling them the slowest part of a big glossary.
  return plurals && endsInLetter ? `${body}(?:e?s)?` : body;
}

const WORD_AT = /^[\p{L}\p{M}\p{N}]/u;

/** True when the character ending just before `index` is a letter, mark or digit. */
function wordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  const from = code >= 0xdc00 && code <= 0xdfff && index > 1 ? index - 2 : index - 1;
  return WORD_AT.test(text.slice(from, index));
}

/** True when the character starting at `index` is a letter, mark or digit. */
function wordAfter(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_AT.test(text.slice(index, index + 2));
}

/** Word-character table for the Basic Multilingual Plane, filled lazily: 0 unknown, 1 word, 2 not. */
const BMP = new Uint8Array(65536);

function isWordCode(text: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_AT.test(text.slice(i, i + 2));
  let known = BMP[code];
  if (known === 0) known = BMP[code] = WORD_AT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** A cheap fingerprint of a lower-case word: first letter, last letter, length. */
function print(first: number, last: number, length: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(last, 0x85ebca6b) ^ Math.imul(length, 0xc2b2ae35)) >>> 12;
}

export class Matcher {
  readonly size: number;
  private readonly buckets = new Map<string, Candidate[]>();
  private readonly plurals: boolean;
  /**
   * Fingerprint of a bucket key → that bucket's number + 1 (0: no key, -1: several keys share it). Most words of
   * a text are turned away or sent to their bucket here, without making a string.
   */
  private readonly prints = new Int32Array(1 << 20);
  private readonly lists: Candidate[][] = [];

  constructor(patterns: readonly MatcherPattern[], options: MatcherOptions = {}) {
    this.plurals = options.plurals !== false;
    let size = 0;
    for (const pattern of patterns) {
      const text = pattern.text.trim();
      const first = FIRST_WORD.exec(text);
      if (!first) continue; // nothing to anchor on (punctuation only): never matchable
      const key = first[0].toLowerCase();
      const candidate: Candidate = {
        id: pattern.id,
        length: text.length,
        caseSensitive: pattern.caseSensitive,
        lead: first.index,
        single: first.index === 0 && first[0].length === text.length,
        word: pattern.caseSensitive ? text : text.toLowerCase(),
        plural: this.plurals && /\p{L}$/u.test(text),
        re: new RegExp(patternSource(text, this.plurals), pattern.caseSensitive ? 'uy' : 'iuy')
      };
      const list = this.buckets.get(key);
      if (list) list.push(candidate);
      else this.buckets.set(key, [candidate]);
      size++;
    }
    for (const [key, list] of this.buckets) {
      const at = print(key.charCodeAt(0), key.charCodeAt(key.length - 1), key.length);
      this.lists.push(list);
      this.prints[at] = this.prints[at] === 0 ? this.lists.length : -1;
    }
    // Longest first; at equal length an exact-case pattern is more specific than an any-case one.
    for (const list of this.buckets.values()) {
      list.sort((a, b) => b.length - a.length || Number(b.caseSensitive) - Number(a.caseSensitive));
    }
    this.size = size;
  }

  /**
   * Every match in text order, leftmost-longest, not overlapping. `accept` may turn a match down (for example a
   * term already explained); a refused match still covers its words, so a shorter term inside it is not used.
   */
  find(text: string, accept?: (id: number, start: number, end: number) => boolean): RawMatch[] {
    const out: RawMatch[] = [];
    if (this.size === 0) return out;
    const plurals = this.plurals;
    const length = text.length;
    let i = 0;
    while (i < length) {
      // Find the next word: a run of letters, marks and digits.
      let code = text.charCodeAt(i);
      if (!isWordCode(text, i, code)) {
        i++;
        continue;
      }
      const at = i;
      const first = lowerCode(code);
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      while (i < length) {
        code = text.charCodeAt(i);
        if (!isWordCode(text, i, code)) break;
        i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      }
      const size = i - at;
      const last = lowerCode(text.charCodeAt(i - 1));
      // The word as it is, then without a plural "s" or "es".
      let end = this.tryBucket(text, at, i, 0, print(first, last, size), accept, out);
      if (end < 0 && plurals && last === 115 /* s */ && size > 2) {
        const beforeLast = lowerCode(text.charCodeAt(i - 2));
        end = this.tryBucket(text, at, i, 1, print(first, beforeLast, size - 1), accept, out);
        if (end < 0 && beforeLast === 101 /* e */ && size > 3) {
          end = this.tryBucket(text, at, i, 2, print(first, lowerCode(text.charCodeAt(i - 3)), size - 2), accept, out);
        }
      }
      if (end > i) i = end;
    }
    return out;
  }

  /**
   * Tries the candidates filed under the word text[at, wordEnd) minus `strip` letters of plural ending. Returns
   * the end of the match (pushed to `out` unless `accept` refused it), or -1.
   */
  private tryBucket(
    text: string,
    at: number,
    wordEnd: number,
    strip: number,
    fingerprint: number,
    accept: ((id: number, start: number, end: number) => boolean) | undefined,
    out: RawMatch[]
  ): number {
    const slot = this.prints[fingerprint];
    if (slot === 0) return -1;
    const list = slot > 0 ? this.lists[slot - 1] : this.buckets.get(text.slice(at, wordEnd - strip).toLowerCase());
    if (!list) return -1;
    for (const candidate of list) {
      let end: number;
      if (candidate.single) {
        // The word found is the whole candidate (or its plural): compare in place, no string, no expression.
        if ((strip > 0 && !candidate.plural) || !sameWord(text, at, wordEnd - strip, candidate)) continue;
        end = wordEnd;
      } else {
        const start = at - candidate.lead;
        if (start < 0 || (candidate.lead > 0 && wordBefore(text, start))) continue;
        const re = candidate.re;
        re.lastIndex = start;
        if (!re.test(text)) continue;
        end = re.lastIndex;
        if (wordAfter(text, end)) continue;
        if (!accept || accept(candidate.id, start, end)) out.push({ start, end, id: candidate.id });
        return end;
      }
      if (!accept || accept(candidate.id, at, end)) out.push({ start: at, end, id: candidate.id });
      return end;
    }
    return -1;
  }
}

/** True when text[from, to) is the candidate's single word, under its case rule. */
function sameWord(text: string, from: number, to: number, candidate: Candidate): boolean {
  const word = candidate.word;
  if (to - from !== word.length) return false;
  if (candidate.caseSensitive) return text.startsWith(word, from);
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(from + k);
    if (code !== word.charCodeAt(k) && lowerCode(code) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The default letter-case rule for a term or alias: short ALL-CAPS words (acronyms such as "ILL", "IT", "ISP")
 * only match in capitals, so "ill" and "it" in running text are left alone. Everything else matches any case.
 */
export function defaultCaseSensitive(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}
