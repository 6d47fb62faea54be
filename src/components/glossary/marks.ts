/**
 * Which matches in running text are uses of the glossary term, and in which sense. The matcher finds the words;
 * this decides whether they mean the term there. Pure: no DOM.
 *
 * - A proper name is not the term: "St. Cloud, MN", "Laramie County Library System", "National Network of
 *   Libraries of Medicine". A common word the glossary writes in lower case, capitalized in the text beside
 *   another capitalized word (not the first of a sentence), or before ", MN" (a place before a state), is part of
 *   a name.
 * - A verb and particle is not always the phrasal verb: "get it back up", "the server is back up" use "back" as
 *   an adverb after a verb of motion or state; "back up your files" is the term.
 * - The sentence decides the sense, then the paragraph (`senseAt`); words of the everyday meaning in the sentence
 *   ("coalitions and networks") leave the word unmarked.
 */
import { senseAt, type Glossary, type GlossaryEntry } from './model.js';

/** A use of a glossary term in a text. */
export interface Mark {
  start: number;
  end: number;
  entry: GlossaryEntry;
  /** The sense meant there (index into `entry.senses`). */
  sense: number;
}

// US states, DC and territories, as in "St. Cloud, MN".
const STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI'
  ).split(' ')
);
// Short words that begin a place or a person's name: "St. Cloud", "Mt. Vernon", "Dr. Network".
const NAME_STARTS = /^(?:st|ste|mt|ft|pt|dr|mr|mrs|ms|prof|saint|san|santa|fort|mount|lake|port)\.?$/i;
// Small words inside a name: "Network of Libraries", "Center for Technology".
const NAME_JOINERS = new Set(['of', 'for', 'de', 'del', 'la', 'the', '&']);
// The first word of a particle term that can also be an adverb ("back" in "get it back up").
const ADVERB_FIRST = new Set(['back', 'up', 'down', 'out', 'over', 'off', 'on', 'in']);
// Verbs of motion or state that take such an adverb: "get … back up", "is back up", "came back up".
const MOTION_VERBS = new Set(
  (
    'be is are was were been being am s get gets got getting gotten come comes came coming go goes went going ' +
    'gone bring brings brought bringing put puts putting turn turns turned turning stay stays stayed staying ' +
    'move moves moved moving boot boots booted booting start starts started power powered fire fired head headed'
  ).split(' ')
);
const OBJECT_WORDS = new Set(
  'it them him her everything everyone things this that these those us me you one'.split(' ')
);

const WORD_BEFORE = /([\p{L}\p{N}&][\p{L}\p{N}.'’&]*)[ \t\u00a0]+$/u;
const WORD_AFTER = /^[ \t\u00a0]+([\p{L}\p{N}&][\p{L}\p{N}'’&]*)/u;

function isTitleWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

/** True when the word ending at `at` in `text` starts a sentence (or a line, a list item, a quotation). */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t\u00a0"“‘'([•*–—-]/.test(text[i])) i--;
  return i < 0 || /[.!?:;\n\r]/.test(text[i]);
}

/** The word just before `at` (separated by spaces only) and where it starts, or undefined. */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return m ? { word: m[1], start: at - m[0].length } : undefined;
}

function wordAfter(text: string, at: number): { word: string; end: number } | undefined {
  const m = WORD_AFTER.exec(text.slice(at, at + 40));
  return m ? { word: m[1], end: at + m[0].length } : undefined;
}

/** True when text[start, end) is part of a proper name made of capitalized words, or a place before a state. */
export function partOfName(text: string, start: number, end: number): boolean {
  const state = /^,[ \u00a0]*(\p{Lu}{2})(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 6));
  if (state && STATES.has(state[1])) return true;
  // A product and its version: "Server 2003", "Office 365", "Network 2.0".
  if (/^[ \u00a0]+\d[\d.]*(?![\p{L}])/u.test(text.slice(end, end + 12))) return true;
  const before = wordBefore(text, start);
  if (before) {
    const word = before.word.replace(/[.'’]+$/, '');
    if (NAME_STARTS.test(before.word) && /^\p{Lu}/u.test(before.word)) return true;
    if (isTitleWord(word) && !startsSentence(text, before.start)) return true;
  }
  let after = wordAfter(text, end);
  if (after && NAME_JOINERS.has(after.word.toLowerCase()) && /^\p{Ll}|&/u.test(after.word)) {
    after = wordAfter(text, after.end);
    if (after && after.word.toLowerCase() === 'the') after = wordAfter(text, after.end);
  }
  return after !== undefined && isTitleWord(after.word);
}

/** True when a particle term ("back up") follows a verb of motion or state: "get it back up", "is back up". */
export function adverbUse(pattern: string, text: string, start: number): boolean {
  const words = pattern.toLowerCase().split(/[\s-]+/);
  if (words.length < 2 || !ADVERB_FIRST.has(words[0])) return false;
  let before = wordBefore(text, start);
  if (before && OBJECT_WORDS.has(before.word.toLowerCase())) before = wordBefore(text, before.start);
  if (!before) return false;
  const word = before.word.toLowerCase().replace(/^.*['’]/, '');
  return MOTION_VERBS.has(word);
}

/**
 * True when `name` (as the glossary writes it) is a common word rather than a name: written in lower case, or,
 * for a capitalized heading such as "Cloud" or "Vendor", written in lower case somewhere in the glossary ("the
 * cloud", "a vendor"). "Bluetooth", "Ethernet", "Active Directory", "Windows update" stay names.
 */
export function isCommonWord(glossary: Glossary, name: string): boolean {
  if (/\s\p{Lu}/u.test(name)) return false;
  if (!/^\p{Lu}/u.test(name)) return true;
  const first = name.split(/[\s]/)[0];
  const lower = first.toLowerCase();
  return lower !== first && first.slice(1) === lower.slice(1) && glossary.lowerCaseWords.has(lower);
}

// Per glossary and pattern, which checks can apply at all (they depend on the pattern only): with every occurrence
// wrapped, a long page asks about the same few thousand patterns tens of thousands of times.
const KNOWN = 1;
const MAY_BE_NAME = 2;
const MAY_BE_ADVERB = 4;
const patternChecks = new WeakMap<Glossary, Uint8Array>();

function checksFor(glossary: Glossary, id: number): number {
  let checks = patternChecks.get(glossary);
  if (!checks) patternChecks.set(glossary, (checks = new Uint8Array(glossary.patternCount)));
  let flags = checks[id];
  if (!flags) {
    const pattern = glossary.pattern(id);
    const words = pattern.text.toLowerCase().split(/[\s-]+/);
    flags = KNOWN;
    if (!pattern.caseSensitive && isCommonWord(glossary, pattern.text)) flags |= MAY_BE_NAME;
    if (words.length >= 2 && ADVERB_FIRST.has(words[0])) flags |= MAY_BE_ADVERB;
    checks[id] = flags;
  }
  return flags;
}

/**
 * True when the match of pattern `id` at text[start, end) is a use of the term: not inside a proper name, not
 * an adverb and particle, not in its everyday meaning. `text` is the text the match was found in (its paragraph).
 */
export function isTermUse(glossary: Glossary, id: number, text: string, start: number, end: number): boolean {
  const flags = checksFor(glossary, id);
  if (flags & MAY_BE_NAME && /^\p{Lu}/u.test(text.slice(start, start + 2)) && partOfName(text, start, end)) {
    return false;
  }
  if (flags & MAY_BE_ADVERB && adverbUse(glossary.pattern(id).text, text, start)) return false;
  const { entry, sense } = glossary.target(id);
  if (entry.everyday?.length && senseAt(entry, text, start, end, sense).everyday) return false;
  return true;
}

/** The paragraph around `index`: the text between the blank lines before and after it. */
export function paragraphAround(text: string, index: number): string {
  const before = text.lastIndexOf('\n\n', index);
  const after = text.indexOf('\n\n', index);
  return text.slice(before < 0 ? 0 : before + 2, after < 0 ? text.length : after);
}

export interface MarkOptions {
  /** Mark only the first use of each entry (the default); false: every use. */
  firstOnly?: boolean;
}

/**
 * The uses of glossary terms in a plain text, in order, with their senses: what `<tb-glossary annotate>` marks
 * in a page with this text. Paragraphs are separated by blank lines.
 */
export function findMarks(glossary: Glossary, text: string, options: MarkOptions = {}): Mark[] {
  const firstOnly = options.firstOnly !== false;
  const seen = new Set<string>();
  const marks: Mark[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n\n', from);
    if (to < 0) to = text.length;
    const paragraph = text.slice(from, to);
    const accept = (id: number, start: number, end: number): boolean => {
      if (!isTermUse(glossary, id, paragraph, start, end)) return false;
      const key = glossary.target(id).entry.id;
      if (firstOnly && seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const m of glossary.matcher.find(paragraph, accept)) {
      const target = glossary.target(m.id);
      const sense = senseAt(target.entry, paragraph, m.start, m.end, target.sense).chosen;
      marks.push({ start: from + m.start, end: from + m.end, entry: target.entry, sense });
    }
    from = to + 2;
  }
  return marks;
}
