/**
 * Vague-phrase coaching: finds words like "the system is down" or "it doesn't work" in what someone typed and
 * returns the one specific question that would help the IT person. Pure: no DOM, no Lit.
 *
 * Phrases are data (src/content/vague-phrases.json). They are matched as whole words, not as regular
 * expressions, so a phrase list loaded from a URL can never hang the page. Text in quotation marks is skipped:
 * it is usually an error message copied from the screen, which is exactly what we want.
 */

export interface VaguePhrase {
  /** Stable id, e.g. `system-down`. */
  id: string;
  /** Word sequences that trigger it; `*` stands for any one word. Case, apostrophes and punctuation are ignored. */
  match: string[];
  /** If any of these word sequences is also in the text, the person already answered: stay quiet. */
  unless?: string[];
  /** Stay quiet when these form fields are filled (`errorMessage`, `program`, `webPage`). */
  skipIf?: string[];
  /** The kind, specific question to ask. */
  question: string;
}

export interface VagueMatch {
  id: string;
  question: string;
  /** The words as the person typed them. */
  phrase: string;
  start: number;
  end: number;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}'’]+/gu;
const QUOTED = /"[^"\n]{2,}"|“[^”\n]{2,}”|‘[^’\n]{2,}’|«[^»\n]{2,}»/g;

const normalizeWord = (word: string) => word.toLowerCase().replace(/['’]/g, '');

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = normalizeWord(m[0]);
    if (word) tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

function patternWords(pattern: string): string[] {
  return pattern
    .split(/[\s\-–—/.,!?;:]+/)
    .map(w => (w === '*' ? '*' : normalizeWord(w.replace(/[^\p{L}\p{N}'’*]/gu, ''))))
    .filter(Boolean);
}

function findSequence(tokens: Token[], words: string[]): [number, number] | undefined {
  if (words.length === 0) return undefined;
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let j = 0; j < words.length; j++) {
      if (words[j] !== '*' && tokens[i + j].word !== words[j]) continue outer;
    }
    return [i, i + words.length - 1];
  }
  return undefined;
}

/** Replaces quoted passages with spaces, keeping every offset where it was. */
export function blankQuoted(text: string): string {
  return text.replace(QUOTED, m => ' '.repeat(m.length));
}

/**
 * The vague phrases in `text`, each at most once, in the order they appear.
 * @param filled names of form fields that already have an answer (see `VaguePhrase.skipIf`).
 */
export function findVaguePhrases(
  text: string,
  phrases: readonly VaguePhrase[],
  filled: Iterable<string> = []
): VagueMatch[] {
  const filledSet = new Set(filled);
  const tokens = tokenize(blankQuoted(text));
  if (tokens.length === 0) return [];
  const found: VagueMatch[] = [];
  for (const phrase of phrases) {
    if (phrase.skipIf?.some(field => filledSet.has(field))) continue;
    if (phrase.unless?.some(p => findSequence(tokens, patternWords(p)))) continue;
    let best: [number, number] | undefined;
    for (const pattern of phrase.match) {
      const at = findSequence(tokens, patternWords(pattern));
      if (at && (!best || at[0] < best[0])) best = at;
    }
    if (!best) continue;
    const start = tokens[best[0]].start;
    const end = tokens[best[1]].end;
    found.push({ id: phrase.id, question: phrase.question, phrase: text.slice(start, end), start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

const MAX = { id: 60, phrase: 120, question: 400, list: 60, phrases: 200 };

/**
 * Checks a phrase list loaded from a URL. Bad entries are dropped and described in `problems`; the rest is used.
 * Accepts `{ "phrases": [...] }` or a bare array.
 */
export function parseVaguePhrases(json: unknown): { phrases: VaguePhrase[]; problems: string[] } {
  const problems: string[] = [];
  const list = Array.isArray(json) ? json : (json as { phrases?: unknown } | null)?.phrases;
  if (!Array.isArray(list)) return { phrases: [], problems: ['it has no "phrases" list'] };
  const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;
  const textList = (v: unknown) =>
    Array.isArray(v) && v.length <= MAX.list && v.every(item => isText(item, MAX.phrase)) ? (v as string[]) : undefined;
  const phrases: VaguePhrase[] = [];
  list.slice(0, MAX.phrases).forEach((entry: unknown, index) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const match = textList(e.match);
    if (!isText(e.id, MAX.id) || !match || match.length === 0 || !isText(e.question, MAX.question)) {
      problems.push(`entry ${index + 1} needs an "id", a "match" list and a "question"`);
      return;
    }
    const unless = e.unless === undefined ? [] : textList(e.unless);
    const skipIf = e.skipIf === undefined ? [] : textList(e.skipIf);
    if (!unless || !skipIf) {
      problems.push(`entry ${index + 1} ("${e.id}") has an "unless" or "skipIf" that is not a list of words`);
      return;
    }
    phrases.push({ id: e.id, match, unless, skipIf, question: e.question });
  });
  if (list.length > MAX.phrases) problems.push(`only the first ${MAX.phrases} entries are used`);
  return { phrases, problems };
}
