/**
 * Finds many glossary terms in a text in one pass. Pure: no DOM, no Lit.
 *
 * How it works: every pattern is cut into words (runs of Unicode letters, marks and digits) and the separators
 * between them, and filed in a trie of words: a node is "these words, with these separators between them". The
 * nodes sit in one hash table keyed by (parent node, hash of the case-folded word). The text is read once, word
 * by word, hashing each word as it goes; at a word, one table look-up says whether any pattern starts there, and
 * each following word costs one more look-up, so the cost grows with the length of the text, not with the number
 * of patterns (see docs/bench-glossary.md). It is Aho-Corasick restricted to word starts, with whole words as the
 * steps: a match can only start and end at word boundaries, so no failure links are needed.
 *
 * Rules kept from the glossary: longest match wins; a pattern's own letter-case rule ("ILL" is not "ill"); any run
 * of white space between words, any apostrophe (' ’ ‘), any hyphen (- ‐ ‑ –); simple English plurals ("routers",
 * "PCs"); punctuation before the first word or after the last (".NET", "C++") must be there too; nothing inside a
 * web or e-mail address, a file path or file name, or next to "_" (see `insideAddress`).
 */

import { runAtOnce, runInPieces, type PieceOptions, type Steps } from '../../core/yield.js';
import { insideAddress } from './matcher-address.js';
import {
  CHARS,
  WORD,
  WORD_AT,
  canonicalSeparators,
  charInfo,
  isWordAt,
  matchSeparators,
  wordAfter,
  wordBefore
} from './matcher-chars.js';

export { WORD_RUN } from './matcher-chars.js';

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
  /** Length of the pattern as written: longer patterns are tried first. */
  length: number;
  caseSensitive: boolean;
  /** Separators before the first word, canonical (".") — usually empty. */
  lead: string;
  /** Separators after the last word, canonical ("++") — usually empty. */
  tail: string;
  /** A simple plural ("-s", "-es") counts too (the pattern ends in a letter). */
  plural: boolean;
  /** The pattern as written, for the exact-case check (compiled on first use). */
  text: string;
  exact?: RegExp;
}

/** Word characters for boundaries: letters and digits of every script, and combining marks ("café" in NFD). */
function hashStep(hash: number, folded: number): number {
  return Math.imul(hash ^ folded, 0x01000193);
}

const HASH_SEED = 0x811c9dc5 | 0;

/** A table key for a word under a parent node. */
function slotKey(parent: number, hash: number): number {
  return (Math.imul(parent + 1, 0x9e3779b1) ^ hash) | 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, c => (c === '-' ? '\\x2d' : `\\${c}`));
}

/** The regular-expression source of one pattern (exact-case check only): flexible spaces, apostrophes, hyphens. */
function patternSource(text: string): string {
  let body = '';
  for (const part of text.trim().split(/(\s+|['’‘]|[-‐‑–])/u)) {
    if (!part) continue;
    if (/^\s+$/u.test(part)) body += '\\s+';
    else if (/^['’‘]$/u.test(part)) body += "['’‘]";
    else if (/^[-‐‑–]$/u.test(part)) body += '[\\x2d‐‑–]';
    else body += escapeRegExp(part);
  }
  return body;
}

// ——— Scratch arrays for the words of the text being read (reused between calls) ———
let wordStart = new Int32Array(1024);
let wordEnd = new Int32Array(1024);
/** Hash of the whole folded word, of the word without its last unit, and without its last two. */
let wordHash = new Int32Array(1024);
let wordHash1 = new Int32Array(1024);
let wordHash2 = new Int32Array(1024);

function growScratch(size: number): void {
  let n = wordStart.length;
  while (n < size) n *= 2;
  const grow = (a: Int32Array) => {
    const b = new Int32Array(n);
    b.set(a);
    return b;
  };
  wordStart = grow(wordStart);
  wordEnd = grow(wordEnd);
  wordHash = grow(wordHash);
  wordHash1 = grow(wordHash1);
  wordHash2 = grow(wordHash2);
}

/** Says whether a match of pattern `id` at [start, end) may be kept (first-only mode, skipped places). */
export type AcceptMatch = (id: number, start: number, end: number) => boolean;

/** Set only while `Matcher.inPieces` constructs: the trie is then filled in pieces after the constructor. */
let compileLater = false;

const ENDS_IN_LETTER = /\p{L}$/u;

export class Matcher {
  size = 0;
  private readonly plurals: boolean;

  // The word trie. Node 0 is the root (no word); node n > 0 is a word (folded) after its parent, with the
  // canonical separators between the parent's word and it.
  private readonly nodeWord: string[] = [''];
  private readonly nodeGap: string[] = [''];
  private readonly nodeParent: number[] = [-1];
  private readonly nodeHasChildren: boolean[] = [false];
  private readonly nodeCandidates: (Candidate[] | undefined)[] = [undefined];

  // Open-addressing hash table over the nodes: key = slotKey(parent, word hash), value = node + 1 (0: empty).
  private keys = new Int32Array(0);
  private values = new Int32Array(0);
  private mask = 0;

  constructor(patterns: readonly MatcherPattern[], options: MatcherOptions = {}) {
    this.plurals = options.plurals !== false;
    if (!compileLater) runAtOnce(this.compileSteps(patterns));
  }

  /**
   * The same matcher as `new Matcher(…)`, compiled in pieces that give the browser a turn: 15,000 names (a glossary
   * of 5,000 terms) take 100–300 ms on a busy machine. Rejects only when `pieces.signal` aborts.
   */
  static async inPieces(
    patterns: readonly MatcherPattern[],
    options: MatcherOptions = {},
    pieces: PieceOptions = {}
  ): Promise<Matcher> {
    compileLater = true;
    let matcher: Matcher;
    try {
      matcher = new Matcher(patterns, options);
    } finally {
      compileLater = false;
    }
    await runInPieces(matcher.compileSteps(patterns), pieces);
    return matcher;
  }

  /** Files every pattern in the trie, one step per pattern. */
  private *compileSteps(patterns: readonly MatcherPattern[]): Steps<void> {
    const parsed: { words: string[]; gaps: string[]; hashes: number[]; candidate: Candidate }[] = [];
    for (const pattern of patterns) {
      yield;
      const split = splitPattern(pattern.text.trim());
      if (!split) continue; // nothing to anchor on (punctuation only): never matchable
      const text = pattern.text.trim();
      parsed.push({
        ...split,
        candidate: {
          id: pattern.id,
          length: text.length,
          caseSensitive: pattern.caseSensitive,
          lead: split.lead,
          tail: split.tail,
          plural: this.plurals && ENDS_IN_LETTER.test(text),
          text
        }
      });
    }
    let capacity = 64;
    // At most one node per word of every pattern; keep the table at most a quarter full.
    const words = parsed.reduce((n, p) => n + p.words.length, 0);
    while (capacity < words * 4) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (const { words: ws, gaps, hashes, candidate } of parsed) {
      yield;
      let node = 0;
      for (let w = 0; w < ws.length; w++) node = this.child(node, ws[w], gaps[w], hashes[w]);
      const list = this.nodeCandidates[node];
      if (list) list.push(candidate);
      else this.nodeCandidates[node] = [candidate];
    }
    // Longest first; at equal length an exact-case pattern is more specific than an any-case one.
    for (const list of this.nodeCandidates) {
      list?.sort((a, b) => b.length - a.length || Number(b.caseSensitive) - Number(a.caseSensitive));
    }
    this.size = parsed.length;
  }

  /** The node for `word` after `parent` with separators `gap`, made if new. */
  private child(parent: number, word: string, gap: string, hash: number): number {
    const key = slotKey(parent, hash);
    let slot = key & this.mask;
    for (;;) {
      const value = this.values[slot];
      if (value === 0) break;
      const node = value - 1;
      if (
        this.keys[slot] === key &&
        this.nodeParent[node] === parent &&
        this.nodeWord[node] === word &&
        this.nodeGap[node] === gap
      ) {
        return node;
      }
      slot = (slot + 1) & this.mask;
    }
    const node = this.nodeWord.length;
    this.nodeWord.push(word);
    this.nodeGap.push(gap);
    this.nodeParent.push(parent);
    this.nodeHasChildren.push(false);
    this.nodeCandidates.push(undefined);
    this.nodeHasChildren[parent] = true;
    this.keys[slot] = key;
    this.values[slot] = node + 1;
    return node;
  }

  /**
   * The node for the text's word text[from, to) (hash given) after `parent`, whose separators start at
   * `gapFrom`, or -1.
   */
  private find1(parent: number, hash: number, text: string, from: number, to: number, gapFrom: number): number {
    const key = slotKey(parent, hash);
    let slot = key & this.mask;
    for (;;) {
      const value = this.values[slot];
      if (value === 0) return -1;
      if (this.keys[slot] === key) {
        const node = value - 1;
        if (
          this.nodeParent[node] === parent &&
          sameFolded(text, from, to, this.nodeWord[node]) &&
          (parent === 0 || matchSeparators(text, gapFrom, this.nodeGap[node]) === from)
        ) {
          return node;
        }
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Every match in text order, leftmost-longest, not overlapping. `accept` may turn a match down (for example a
   * term already explained); a refused match still covers its words, so a shorter term inside it is not used.
   */
  find(text: string, accept?: AcceptMatch): RawMatch[] {
    const out: RawMatch[] = [];
    if (this.size === 0) return out;
    const count = this.readWords(text);
    let lastEnd = 0;
    let k = 0;
    while (k < count) {
      const end = this.matchAt(text, k, count, lastEnd, accept, out);
      if (end < 0) {
        k++;
        continue;
      }
      lastEnd = end;
      k++;
      while (k < count && wordStart[k] < end) k++;
    }
    return out;
  }

  /** Reads the words of `text` into the scratch arrays; returns how many. */
  private readWords(text: string): number {
    const length = text.length;
    if (wordStart.length < (length >> 1) + 2) growScratch((length >> 1) + 2);
    const starts = wordStart;
    const ends = wordEnd;
    const hashes = wordHash;
    const hashes1 = wordHash1;
    const hashes2 = wordHash2;
    let count = 0;
    let i = 0;
    while (i < length) {
      let code = text.charCodeAt(i);
      let info = CHARS[code] || charInfo(code);
      if ((info & WORD) === 0) {
        if (code >= 0xd800 && code <= 0xdbff && WORD_AT.test(text.slice(i, i + 2))) {
          info = WORD | code;
        } else {
          i++;
          continue;
        }
      }
      const at = i;
      let h2 = 0;
      let h1 = 0;
      let h = HASH_SEED;
      for (;;) {
        if (code >= 0xd800 && code <= 0xdbff) {
          // A surrogate pair: both halves, as they are (no case folding outside the BMP).
          h2 = h1;
          h1 = h;
          h = hashStep(h, code);
          i++;
          if (i < length) {
            h2 = h1;
            h1 = h;
            h = hashStep(h, text.charCodeAt(i));
            i++;
          }
        } else {
          h2 = h1;
          h1 = h;
          h = hashStep(h, info & 0xffff);
          i++;
        }
        if (i >= length) break;
        code = text.charCodeAt(i);
        info = CHARS[code] || charInfo(code);
        if ((info & WORD) === 0) {
          if (code >= 0xd800 && code <= 0xdbff && WORD_AT.test(text.slice(i, i + 2))) info = WORD | code;
          else break;
        }
      }
      starts[count] = at;
      ends[count] = i;
      hashes[count] = h;
      hashes1[count] = h1;
      hashes2[count] = h2;
      count++;
    }
    return count;
  }

  /**
   * Tries every pattern starting at word k, longest first. Returns the end of the match (pushed to `out` unless
   * `accept` refused it), or -1.
   */
  private matchAt(
    text: string,
    k: number,
    count: number,
    lastEnd: number,
    accept: AcceptMatch | undefined,
    out: RawMatch[]
  ): number {
    const start = wordStart[k];
    const node = this.find1(0, wordHash[k], text, start, wordEnd[k], 0);
    let end = -1;
    if (node >= 0 && this.nodeHasChildren[node] && k + 1 < count) {
      end = this.deeper(text, node, k + 1, count, start, lastEnd, accept, out);
      if (end >= 0) return end;
    }
    if (node >= 0 && this.nodeCandidates[node]) {
      end = this.tryCandidates(text, this.nodeCandidates[node]!, start, wordEnd[k], 0, lastEnd, accept, out);
      if (end >= 0) return end;
    }
    return this.plurals ? this.tryPlurals(text, 0, k, start, lastEnd, accept, out) : -1;
  }

  /** Follows node's children from word k onwards; the longest match found, or -1. */
  private deeper(
    text: string,
    node: number,
    k: number,
    count: number,
    start: number,
    lastEnd: number,
    accept: AcceptMatch | undefined,
    out: RawMatch[]
  ): number {
    const next = this.find1(node, wordHash[k], text, wordStart[k], wordEnd[k], wordEnd[k - 1]);
    let end = -1;
    if (next >= 0) {
      if (this.nodeHasChildren[next] && k + 1 < count) {
        end = this.deeper(text, next, k + 1, count, start, lastEnd, accept, out);
        if (end >= 0) return end;
      }
      const list = this.nodeCandidates[next];
      if (list) {
        end = this.tryCandidates(text, list, start, wordEnd[k], 0, lastEnd, accept, out);
        if (end >= 0) return end;
      }
    }
    return this.plurals ? this.tryPlurals(text, node, k, start, lastEnd, accept, out) : -1;
  }

  /** Word k read as a plural ("routers", "buses") of a pattern ending after `parent`. */
  private tryPlurals(
    text: string,
    parent: number,
    k: number,
    start: number,
    lastEnd: number,
    accept: AcceptMatch | undefined,
    out: RawMatch[]
  ): number {
    const from = wordStart[k];
    const to = wordEnd[k];
    const size = to - from;
    if (size <= 2 || (text.charCodeAt(to - 1) | 32) !== 115 /* s */) return -1;
    const gapFrom = k > 0 ? wordEnd[k - 1] : 0;
    let node = this.find1(parent, wordHash1[k], text, from, to - 1, gapFrom);
    if (node >= 0 && this.nodeCandidates[node]) {
      const end = this.tryCandidates(text, this.nodeCandidates[node]!, start, to - 1, 1, lastEnd, accept, out);
      if (end >= 0) return end;
    }
    if (size <= 3 || (text.charCodeAt(to - 2) | 32) !== 101 /* e */) return -1;
    node = this.find1(parent, wordHash2[k], text, from, to - 2, gapFrom);
    if (node >= 0 && this.nodeCandidates[node]) {
      return this.tryCandidates(text, this.nodeCandidates[node]!, start, to - 2, 2, lastEnd, accept, out);
    }
    return -1;
  }

  /**
   * The candidates of a node whose words matched from `at` to `stemEnd`, followed by `suffix` plural letters.
   * The first that fits (lead, tail, case rule, boundaries) is the match.
   */
  private tryCandidates(
    text: string,
    list: readonly Candidate[],
    at: number,
    stemEnd: number,
    suffix: number,
    lastEnd: number,
    accept: AcceptMatch | undefined,
    out: RawMatch[]
  ): number {
    for (const candidate of list) {
      let start = at;
      let end = stemEnd + suffix;
      if (suffix > 0) {
        if (!candidate.plural) continue;
        // Exact-case patterns take a lower-case plural only: "PCs", not "PCS".
        if (candidate.caseSensitive && !isLowerPlural(text, stemEnd, suffix)) continue;
      }
      if (candidate.lead) {
        start = at - candidate.lead.length;
        if (start < lastEnd || matchSeparators(text, start, candidate.lead) !== at || wordBefore(text, start)) {
          continue;
        }
      }
      if (candidate.tail) {
        end = matchSeparators(text, stemEnd, candidate.tail);
        if (end < 0 || wordAfter(text, end)) continue;
      }
      if (candidate.caseSensitive) {
        const re = (candidate.exact ??= new RegExp(patternSource(candidate.text), 'uy'));
        re.lastIndex = start;
        if (!re.test(text) || re.lastIndex !== (suffix > 0 ? stemEnd : end)) continue;
      }
      // Before `accept`: a name inside an address is not a use of the term (first-only mode must not spend it).
      if (insideAddress(text, start, end)) continue;
      if (!accept || accept(candidate.id, start, end)) out.push({ start, end, id: candidate.id });
      return end;
    }
    return -1;
  }
}

function isLowerPlural(text: string, from: number, suffix: number): boolean {
  return suffix === 1
    ? text.charCodeAt(from) === 115
    : text.charCodeAt(from) === 101 && text.charCodeAt(from + 1) === 115;
}

/** True when text[from, to) case-folds to `word`. */
function sameFolded(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(from + k);
    const want = word.charCodeAt(k);
    if (code !== want && ((CHARS[code] || charInfo(code)) & 0xffff) !== want) return false;
  }
  return true;
}

/** A pattern cut into folded words, the canonical separators before each, and what comes before and after. */
function splitPattern(
  text: string
): { words: string[]; gaps: string[]; hashes: number[]; lead: string; tail: string } | undefined {
  const words: string[] = [];
  const gaps: string[] = [];
  const hashes: number[] = [];
  let i = 0;
  let gapFrom = 0;
  let lead = '';
  while (i < text.length) {
    if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    const separators = canonicalSeparators(text.slice(gapFrom, i));
    if (words.length === 0) lead = separators;
    gaps.push(words.length === 0 ? '' : separators);
    let word = '';
    let hash = HASH_SEED;
    while (i < text.length && isWordAt(text, i)) {
      const code = text.charCodeAt(i);
      const units = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      for (let u = 0; u < units && i < text.length; u++, i++) {
        const unit = text.charCodeAt(i);
        const folded = unit >= 0xd800 && unit <= 0xdfff ? unit : charInfo(unit) & 0xffff;
        word += String.fromCharCode(folded);
        hash = hashStep(hash, folded);
      }
    }
    words.push(word);
    hashes.push(hash);
    gapFrom = i;
  }
  if (!words.length) return undefined;
  return { words, gaps, hashes, lead, tail: canonicalSeparators(text.slice(gapFrom)) };
}

/**
 * The default letter-case rule for a term or alias: short ALL-CAPS words (acronyms such as "ILL", "IT", "ISP")
 * only match in capitals, so "ill" and "it" in running text are left alone. Everything else matches any case.
 */
export function defaultCaseSensitive(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}
