/**
 * The glossary model: a concept (entry) with one or more senses, the words that name it, and the layering of
 * several glossaries. Pure: no DOM, no Lit.
 *
 * "One word often refers to multiple concepts, and multiple words often refer to a single concept": an entry
 * has many aliases (synonyms, abbreviations, spellings), and a sense per meaning, picked by context cues.
 */
import type { GlossaryLookup, TermMatch } from '../../core/context.js';
import { runAtOnce, runInPieces, type PieceOptions, type Steps } from '../../core/yield.js';
import { defaultCaseSensitive, Matcher, WORD_RUN, type MatcherPattern } from './matcher.js';

export type AliasKind = 'term' | 'synonym' | 'abbreviation' | 'expansion';

/** A word or phrase that names an entry (or one sense of it). */
export interface Alias {
  text: string;
  /** True: found only with these exact capitals ("ILL", not "ill"). */
  caseSensitive: boolean;
  kind: AliasKind;
}

/** One meaning of a term. */
export interface Sense {
  /** Short name of the meaning, e.g. "the computer" or "the program". Empty for single-sense entries. */
  label: string;
  /** Short plain-language definition (Markdown). */
  definition: string;
  /** Longer explanation (Markdown), optional. */
  more: string;
  /** Words that, near the term, point to this sense. */
  cues: string[];
  /** Words that name only this sense. */
  aliases: Alias[];
}

/** Where a definition came from, shown with it ("From: Riverside Library IT"). */
export interface GlossarySource {
  /** Name shown to readers. */
  name: string;
  /** The file it was read from; empty for the built-in glossary. */
  url: string;
}

/** A concept: what the reader sees as one glossary term. */
export interface GlossaryEntry {
  /** Stable slug, used for deep links (#term-<id>) and `<tb-jargon term>`. */
  id: string;
  /** The term as shown. */
  term: string;
  /** What the abbreviation stands for, if the term is one ("Online public access catalogue"). */
  shortFor: string;
  /** Every name of the entry, the term itself first. */
  aliases: Alias[];
  senses: Sense[];
  related: string[];
  notConfusedWith: string[];
  /**
   * Words that, in the same sentence, show the word is used in its everyday meaning ("networks" of partners, a
   * "backup" plan): such a use is not marked. Optional; empty when the word has no everyday meaning.
   */
  everyday?: string[];
  /** False: listed in the index and looked up, but never wrapped automatically in running text. */
  annotate: boolean;
  source: GlossarySource;
  /** Line of the entry in its file (1-based), for messages. */
  line: number;
}

/**
 * What was wrong, as a code: the readers never write sentences. problem-words.ts turns a code and its values into
 * words in the page's language (or plain English for the console).
 */
export type GlossaryProblemCode =
  // Loading
  | 'fetch-address'
  | 'fetch-unreachable'
  | 'fetch-broke-off'
  | 'fetch-not-found'
  | 'fetch-refused'
  | 'fetch-busy'
  | 'fetch-server'
  | 'fetch-http'
  | 'fetch-timeout'
  | 'file-unreadable'
  | 'default-missing'
  // JSON
  | 'too-deep'
  | 'too-deep-object'
  | 'json-syntax'
  | 'json-no-terms'
  | 'json-term-not-object'
  | 'json-term-no-name'
  | 'json-not-list'
  | 'json-not-text'
  | 'json-senses-not-list'
  | 'json-meaning-not-object'
  | 'json-meaning-no-definition'
  | 'json-no-definition'
  | 'json-annotate'
  | 'json-same-id'
  // Markdown
  | 'web-page'
  | 'no-terms'
  | 'one-hash-only'
  | 'front-matter-open'
  | 'front-matter-line'
  | 'one-hash-heading'
  | 'heading-no-term'
  | 'meaning-before-term'
  | 'unknown-field'
  | 'field-on-meaning'
  | 'field-empty'
  | 'code-block-open'
  | 'md-same-id'
  | 'alias-taken'
  | 'md-no-definition'
  | 'text-outside-meanings'
  | 'md-meaning-no-definition'
  | 'md-annotate'
  // Both formats
  | 'duplicate-term'
  // Limits
  | 'too-many-terms'
  | 'definition-too-long'
  | 'definition-too-nested'
  | 'more-too-long'
  | 'more-too-nested'
  | 'block-too-long'
  // The element's own attributes
  | 'annotate-choice'
  | 'endpoint-unusable';

/** Values put into a problem's words: names from the file stay as written; numbers are formatted when shown. */
export type GlossaryProblemParams = Record<string, string | number>;

/**
 * Something in a glossary file that could not be used. `line` is 1-based; 0 when it is about the whole file.
 * `code` and `params` say what; `problemText` (problem-words.ts) says it in words.
 */
export interface GlossaryProblem {
  file: string;
  line: number;
  code: GlossaryProblemCode;
  params?: GlossaryProblemParams;
}

/** What a parser returns: the entries it could read and what it could not. */
export interface ParsedGlossary {
  source: GlossarySource;
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
}

/** The sense chosen for a place in a text, and the others in glossary order. */
export interface SenseChoice {
  chosen: number;
  others: number[];
  /** How many cues of each sense were found. */
  scores: number[];
}

/** A stable, URL-safe id for a term: "Wi-Fi" → "wi-fi", "Café Wi‑Fi" → "cafe-wi-fi". */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'term'
  );
}

/** Lower case, single spaces, straight apostrophes: how aliases are compared. */
export function normalizeTerm(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/[‐‑–]/g, '-').toLowerCase();
}

/** Splits "a, b, c" into trimmed, non-empty parts. */
export function splitList(value: string): string[] {
  return value
    .split(/[,;]/)
    .map(s => s.trim())
    .filter(Boolean);
}

/** Makes an alias with the default case rule, unless `exact`/`anyCase` lists say otherwise. */
export function makeAlias(text: string, kind: AliasKind, exact: Set<string>, anyCase: Set<string>): Alias {
  const key = normalizeTerm(text);
  const caseSensitive = exact.has(key) ? true : anyCase.has(key) ? false : defaultCaseSensitive(text);
  return { text: text.trim(), caseSensitive, kind };
}

/** Set only while `Glossary.inPieces` constructs: the tables are then filled in pieces after the constructor. */
let indexLater = false;

export interface AliasTarget {
  entry: GlossaryEntry;
  /** Index of the sense the alias names, or -1 for the whole entry. */
  sense: number;
}

/** A word that starts with a lower-case letter. */
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}-]*/gu;

/**
 * A loaded glossary: entries from one or more layers, a lookup by any name, and the compiled matcher. This is
 * the object `<tb-glossary>` provides; it satisfies the shared `GlossaryLookup` contract.
 */
export class Glossary implements GlossaryLookup {
  readonly entries: readonly GlossaryEntry[];
  readonly sources: readonly GlossarySource[];
  readonly problems: readonly GlossaryProblem[];

  private readonly byId = new Map<string, GlossaryEntry>();
  private readonly exactNames = new Map<string, AliasTarget>();
  private readonly anyCaseNames = new Map<string, AliasTarget>();
  private readonly exactLower = new Map<string, AliasTarget>();
  private readonly patternTargets: AliasTarget[] = [];
  private readonly patterns: MatcherPattern[] = [];
  private compiled?: Matcher;
  private lowerWords?: Set<string>;

  constructor(
    entries: readonly GlossaryEntry[],
    sources: readonly GlossarySource[] = [],
    problems: readonly GlossaryProblem[] = []
  ) {
    this.entries = entries;
    this.sources = sources;
    this.problems = problems;
    if (!indexLater) runAtOnce(this.indexSteps());
  }

  /**
   * The same glossary as `new Glossary(…)`, built in pieces that give the browser a turn (5,000 terms and their
   * names take a few hundred milliseconds on a slow phone). Rejects only when `options.signal` aborts.
   */
  static async inPieces(
    entries: readonly GlossaryEntry[],
    sources: readonly GlossarySource[] = [],
    problems: readonly GlossaryProblem[] = [],
    options: PieceOptions = {}
  ): Promise<Glossary> {
    indexLater = true;
    let glossary: Glossary;
    try {
      glossary = new Glossary(entries, sources, problems);
    } finally {
      indexLater = false;
    }
    await runInPieces(glossary.indexSteps(), options);
    // Compiled now, in pieces, rather than in one go at its first use (annotating the page, linking the index).
    glossary.compiled = await Matcher.inPieces(glossary.patterns, {}, options);
    // The same for the words its texts write in lower case (80 ms in one go for 5,000 terms).
    glossary.lowerWords = await runInPieces(glossary.lowerWordSteps(), options);
    return glossary;
  }

  /**
   * Every word written in lower case somewhere in the definitions or names ("the cloud", "a vendor"): a
   * capitalized heading such as "Cloud" is a common word when the glossary also writes it in lower case.
   */
  get lowerCaseWords(): ReadonlySet<string> {
    return (this.lowerWords ??= runAtOnce(this.lowerWordSteps()));
  }

  private *lowerWordSteps(): Steps<Set<string>> {
    const words = new Set<string>();
    for (const entry of this.entries) {
      yield;
      const texts = [
        ...entry.senses.flatMap(s => [s.definition, s.more, ...s.aliases.map(a => a.text)]),
        ...entry.aliases.map(a => a.text)
      ];
      for (const text of texts) for (const w of text.match(LOWER_WORD) ?? []) words.add(w);
    }
    return words;
  }

  /** Fills the look-up tables and the matcher's names, one step per entry. */
  private *indexSteps(): Steps<void> {
    const seenPattern = new Set<string>();
    for (const entry of this.entries) {
      yield;
      if (!this.byId.has(entry.id)) this.byId.set(entry.id, entry);
      const named: [Alias, number][] = [
        ...entry.aliases.map(a => [a, -1] as [Alias, number]),
        ...entry.senses.flatMap((s, i) => s.aliases.map(a => [a, i] as [Alias, number]))
      ];
      for (const [alias, sense] of named) {
        const key = normalizeTerm(alias.text);
        if (!key) continue;
        const target = { entry, sense };
        // Earlier entries (higher layers) keep a name; a later claim is ignored.
        if (alias.caseSensitive) {
          if (!this.exactNames.has(alias.text.trim())) this.exactNames.set(alias.text.trim(), target);
          if (!this.exactLower.has(key)) this.exactLower.set(key, target);
        } else if (!this.anyCaseNames.has(key)) {
          this.anyCaseNames.set(key, target);
        }
        const patternKey = alias.caseSensitive ? `=${alias.text.trim()}` : `~${key}`;
        if (!entry.annotate || seenPattern.has(patternKey)) continue;
        seenPattern.add(patternKey);
        this.patterns.push({ text: alias.text, caseSensitive: alias.caseSensitive, id: this.patternTargets.length });
        this.patternTargets.push(target);
      }
    }
  }

  /** Number of entries (concepts). */
  get size(): number {
    return this.entries.length;
  }

  /** The matcher, compiled on first use. */
  get matcher(): Matcher {
    return (this.compiled ??= new Matcher(this.patterns));
  }

  /** How many patterns (names to look for in text) the matcher has; pattern ids run from 0 to this − 1. */
  get patternCount(): number {
    return this.patternTargets.length;
  }

  /** What a pattern id from `matcher.find` stands for. */
  target(patternId: number): AliasTarget {
    return this.patternTargets[patternId];
  }

  /** The name a pattern id looks for, as written in the glossary, and its letter-case rule. */
  pattern(patternId: number): MatcherPattern {
    return this.patterns[patternId];
  }

  /**
   * Finds an entry by id or by any of its names. Case rules apply first ("ILL" before "ill"); when nothing fits,
   * an exact-case name is accepted in other capitals too, because a person who wrote `<tb-jargon>` chose the
   * word on purpose. Simple plurals ("routers", "PCs") find the singular.
   */
  lookup(term: string): AliasTarget | undefined {
    const raw = term.trim().replace(/\s+/g, ' ');
    if (!raw) return undefined;
    const byId = this.byId.get(raw);
    if (byId) return { entry: byId, sense: -1 };
    const forms = [raw];
    if (raw.length > 2 && /s$/i.test(raw)) forms.push(raw.slice(0, -1), raw.replace(/es$/i, ''));
    for (const form of forms) {
      const found = this.exactNames.get(form) ?? this.anyCaseNames.get(normalizeTerm(form));
      if (found) return found;
    }
    for (const form of forms) {
      const found = this.exactLower.get(normalizeTerm(form));
      if (found) return found;
    }
    return undefined;
  }

  /** An entry by its id. */
  get(id: string): GlossaryEntry | undefined {
    return this.byId.get(id);
  }

  has(term: string): boolean {
    return this.lookup(term) !== undefined;
  }

  findTerms(text: string): TermMatch[] {
    return this.matcher.find(text).map(m => ({ start: m.start, end: m.end, term: this.patternTargets[m.id].entry.id }));
  }
}

/**
 * Layers parsed glossaries: the first wins. An entry replaces any entry with the same term (or id) in a later
 * layer, whole: a local definition of "server" hides the consortium's. Names (aliases) claimed by an earlier layer
 * stay with it.
 */
export function layerGlossaries(
  layers: readonly ParsedGlossary[],
  extraProblems: readonly GlossaryProblem[] = []
): Glossary {
  const entries = runAtOnce(layerSteps(layers));
  return new Glossary(entries, sourcesOf(layers), problemsOf(layers, extraProblems));
}

/** `layerGlossaries` in pieces that give the browser a turn; the same result. Rejects only when aborted. */
export async function layerGlossariesInPieces(
  layers: readonly ParsedGlossary[],
  extraProblems: readonly GlossaryProblem[] = [],
  options: PieceOptions = {}
): Promise<Glossary> {
  const entries = await runInPieces(layerSteps(layers), options);
  return Glossary.inPieces(entries, sourcesOf(layers), problemsOf(layers, extraProblems), options);
}

const sourcesOf = (layers: readonly ParsedGlossary[]) => layers.map(l => l.source);
const problemsOf = (layers: readonly ParsedGlossary[], extra: readonly GlossaryProblem[]) => [
  ...extra,
  ...layers.flatMap(l => l.problems)
];

/** The entries of every layer, first wins, one step per entry. */
function* layerSteps(layers: readonly ParsedGlossary[]): Steps<GlossaryEntry[]> {
  const taken = new Set<string>();
  const entries: GlossaryEntry[] = [];
  for (const layer of layers) {
    for (const entry of layer.entries) {
      yield;
      const keys = [`id:${entry.id}`, `term:${normalizeTerm(entry.term)}`];
      if (keys.some(k => taken.has(k))) continue;
      keys.forEach(k => taken.add(k));
      entries.push(entry);
    }
  }
  return entries;
}

/** Lower-case words of a text, for cue matching. */
function wordsOf(text: string): string {
  return ` ${(text.toLowerCase().match(WORD_RUN) ?? []).join(' ')} `;
}

/** How many times the cue words or phrases appear in `words` (from `wordsOf`), simple plurals included. */
function countCues(cues: readonly string[], words: string): number {
  let score = 0;
  for (const cue of cues) {
    const phrase = wordsOf(cue).trim();
    if (!phrase) continue;
    for (const form of [phrase, `${phrase}s`, `${phrase}es`]) {
      let from = 0;
      let at: number;
      while ((at = words.indexOf(` ${form} `, from)) >= 0) {
        score++;
        from = at + form.length + 1;
      }
    }
  }
  return score;
}

/**
 * Picks the sense whose cues appear most often in the surrounding text. Ties (and no cues at all) go to the
 * first sense, which the glossary lists as the most common meaning. Cues may be phrases; a cue matches whole words
 * and simple plurals.
 */
export function chooseSense(entry: GlossaryEntry, context: string, preferred = -1): SenseChoice {
  const count = entry.senses.length;
  let scores = entry.senses.map(() => 0);
  if (count > 1 && context) {
    const words = wordsOf(context);
    scores = entry.senses.map(sense => countCues([...sense.cues, ...sense.aliases.map(a => a.text)], words));
  }
  let chosen = preferred >= 0 && preferred < count ? preferred : 0;
  if (preferred < 0) {
    for (let i = 1; i < count; i++) if (scores[i] > scores[chosen]) chosen = i;
  }
  const others = entry.senses.map((_, i) => i).filter(i => i !== chosen);
  return { chosen, others, scores };
}

/** A sense choice for one place in a text, and whether the words there point to the everyday meaning. */
export interface SenseInContext extends SenseChoice {
  /** True: the sentence uses the word in its everyday meaning (see `GlossaryEntry.everyday`); do not mark it. */
  everyday: boolean;
}

/** The sentence around text[start, end): from after the last ". ", "!", "?" or line break before it to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  const floor = Math.max(0, start - 600);
  while (from > floor) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || c === 13) break;
    if ((c === 46 || c === 33 || c === 63) && /\s/.test(text[from] ?? '') && !shortWordBefore(text, from - 1)) break;
    from--;
  }
  let to = end;
  const ceiling = Math.min(text.length, end + 600);
  while (to < ceiling) {
    const c = text.charCodeAt(to);
    if (c === 10 || c === 13) break;
    to++;
    if ((c === 46 || c === 33 || c === 63) && /\s/.test(text[to] ?? ' ') && !shortWordBefore(text, to - 1)) break;
  }
  return text.slice(from, to);
}

/** True when the full stop at `dot` ends a short abbreviation ("St.", "Dr.", "e.g."), not a sentence. */
function shortWordBefore(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  const before = /(?:^|[^\p{L}])(\p{L}{1,2}|\p{L}\.\p{L})$/u.exec(text.slice(Math.max(0, dot - 4), dot));
  return before !== null && /^(?:st|mt|ft|dr|mr|ms|mrs|jr|sr|vs|no|e\.g|i\.e|\p{L})$/iu.test(before[1]);
}

/**
 * Picks the sense for the term at text[start, end): the cues of its own sentence decide; when the sentence has
 * none, the whole `text` (its paragraph) does; when that has none either, the first sense. Also says whether the
 * sentence shows the everyday meaning: more everyday cues there than cues of any sense.
 */
export function senseAt(
  entry: GlossaryEntry,
  text: string,
  start: number,
  end: number,
  preferred = -1
): SenseInContext {
  const sentence = sentenceAround(text, start, end);
  const words = wordsOf(sentence);
  const everydayScore = entry.everyday?.length ? countCues(entry.everyday, words) : 0;
  let choice = chooseSense(entry, sentence, preferred);
  const best = Math.max(0, ...choice.scores);
  if (best === 0 && preferred < 0 && entry.senses.length > 1 && text.length > sentence.length) {
    choice = chooseSense(entry, text.length > 5000 ? text.slice(Math.max(0, start - 2500), end + 2500) : text);
  }
  return { ...choice, everyday: everydayScore > best };
}

/** Finds a sense by a `sense` attribute value: its 1-based number or its label. -1 when none fits. */
export function findSense(entry: GlossaryEntry, wanted: string | undefined | null): number {
  const value = wanted?.trim();
  if (!value) return -1;
  if (/^\d+$/.test(value)) {
    const n = Number(value) - 1;
    return n >= 0 && n < entry.senses.length ? n : -1;
  }
  const key = normalizeTerm(value);
  return entry.senses.findIndex(s => normalizeTerm(s.label) === key);
}
