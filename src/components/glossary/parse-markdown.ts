/**
 * Reads the Markdown glossary format, written to be edited by hand (docs/glossary.md):
 *
 * ```markdown
 * # Riverside Library glossary          ← optional: the name shown with each definition
 *
 * ## OPAC                               ← one level-2 heading per term
 * short for: online public access catalogue
 * also: online catalogue, catalog
 * related: ILS, discovery layer
 *
 * The search screen where people look for books…   ← first paragraph: the short definition
 *
 * More paragraphs: the longer explanation.
 *
 * ## Server
 * ### The computer                      ← level-3 headings: one per sense
 * cues: rack, machine, room
 * A powerful computer…
 * ```
 *
 * Pure: no DOM. Problems are collected with their line numbers; everything readable is kept.
 */
import {
  makeAlias,
  normalizeTerm,
  slugify,
  splitList,
  type Alias,
  type GlossaryEntry,
  type GlossaryProblem,
  type GlossaryProblemCode,
  type GlossaryProblemParams,
  type GlossarySource,
  type ParsedGlossary,
  type Sense
} from './model.js';
import { runAtOnce, runInPieces, type PieceOptions, type Steps } from '../../core/yield.js';
import { applyLimitsSteps } from './limits.js';

/** Field names a librarian may write, and what each means. */
const FIELDS: Record<string, FieldName> = {
  also: 'also',
  'also called': 'also',
  synonyms: 'also',
  synonym: 'also',
  aka: 'also',
  'short for': 'shortFor',
  'stands for': 'shortFor',
  abbreviation: 'abbreviation',
  abbreviations: 'abbreviation',
  abbr: 'abbreviation',
  exact: 'exact',
  'exact case': 'exact',
  'any case': 'anyCase',
  cues: 'cues',
  cue: 'cues',
  'context words': 'cues',
  related: 'related',
  'see also': 'related',
  'not to be confused with': 'not',
  'not the same as': 'not',
  not: 'not',
  id: 'id',
  annotate: 'annotate',
  everyday: 'everyday',
  'everyday cues': 'everyday'
};

type FieldName =
  | 'also'
  | 'shortFor'
  | 'abbreviation'
  | 'exact'
  | 'anyCase'
  | 'cues'
  | 'related'
  | 'not'
  | 'id'
  | 'annotate'
  | 'everyday';

/** Notes a problem: a code and its values (see problem-words.ts for the words). */
type Report = (line: number, code: GlossaryProblemCode, params?: GlossaryProblemParams) => void;

const SENSE_FIELDS = new Set<FieldName>(['also', 'abbreviation', 'exact', 'anyCase', 'cues']);
/** The field names as written in a file: they are the format, not words to translate. */
const FIELD_LIST =
  'also, short for, abbreviation, exact, any case, cues, related, not the same as, id, annotate, everyday';
const FIELD_LINE = /^([A-Za-z][A-Za-z -]{0,30}?)\s*:\s*(.*)$/;

interface Block {
  label: string;
  line: number;
  fields: Partial<Record<FieldName, string>>;
  text: string[];
  textLine: number;
}

interface Draft {
  term: string;
  line: number;
  head: Block;
  senses: Block[];
}

/**
 * An HTML page rather than a glossary file: what a server sends for a sign-in page, an error page or a wrong
 * address, often with status 200.
 */
export function looksLikeWebPage(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text.replace(/^\uFEFF/, ''));
}

/** Parses a Markdown glossary. `file` names the file in problems. */
export function parseMarkdownGlossary(text: string, file: string, sourceName?: string): ParsedGlossary {
  return runAtOnce(readMarkdownGlossary(text, file, sourceName));
}

/**
 * The same as `parseMarkdownGlossary`, with the same result, in pieces that give the browser a turn: the lines
 * are read a few hundred at a time, then the terms are built one by one (the built-in glossary alone took 25 ms
 * in one go). Rejects only when `options.signal` aborts.
 */
export function parseMarkdownGlossaryInPieces(
  text: string,
  file: string,
  sourceName?: string,
  options: PieceOptions = {}
): Promise<ParsedGlossary> {
  return runInPieces(readMarkdownGlossary(text, file, sourceName), options);
}

/** Lines read between two places where the reading may pause. */
const LINES_PER_STEP = 100;

/** The reading itself, as steps (see `Steps` in core/yield.ts). */
function* readMarkdownGlossary(text: string, file: string, sourceName?: string): Steps<ParsedGlossary> {
  const problems: GlossaryProblem[] = [];
  const problem: Report = (line, code, params) =>
    problems.push(params ? { file, line, code, params } : { file, line, code });
  if (looksLikeWebPage(text)) {
    problem(0, 'web-page');
    return { source: { name: sourceName || fileName(file), url: file }, entries: [], problems };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let name = sourceName ?? '';
  let i = 0;
  let topHeadings = 0;

  // Optional front matter: ---, "name: …", ---
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, n) => n > 0 && l.trim() === '---');
    if (close < 0) {
      problem(1, 'front-matter-open');
    } else {
      for (let n = 1; n < close; n++) {
        const field = FIELD_LINE.exec(lines[n]);
        if (!lines[n].trim()) continue;
        const key = field?.[1].trim().toLowerCase();
        if (field && (key === 'name' || key === 'title')) name ||= field[2].trim();
        else if (field && (key === 'updated' || key === 'owner' || key === 'contact')) continue;
        else problem(n + 1, 'front-matter-line', { text: lines[n].trim() });
      }
      i = close + 1;
    }
  }

  const drafts: Draft[] = [];
  let draft: Draft | undefined;
  let block: Block | undefined;
  let inFields = false;
  let fieldRun = false;
  let fence = false;

  const newBlock = (label: string, line: number): Block => ({ label, line, fields: {}, text: [], textLine: 0 });

  for (; i < lines.length; i++) {
    if (i % LINES_PER_STEP === 0) yield;
    const raw = lines[i];
    const lineNo = i + 1;
    if (/^\s*(```|~~~)/.test(raw)) fence = !fence;
    // CommonMark: closing #s count only after a space, so "## C#" is the term "C#" and "## Router ##" is "Router".
    const heading = fence ? null : /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(raw);
    if (heading) {
      const level = heading[1].length;
      const title = /^#+$/.test(heading[2]) ? '' : heading[2].trim();
      if (level === 1) {
        topHeadings++;
        if (!draft) name ||= title;
        else problem(lineNo, 'one-hash-heading', { title });
        continue;
      }
      if (level === 2) {
        if (!title) {
          problem(lineNo, 'heading-no-term');
          draft = undefined;
          block = undefined;
          continue;
        }
        block = newBlock('', lineNo);
        draft = { term: title, line: lineNo, head: block, senses: [] };
        drafts.push(draft);
        inFields = true;
        fieldRun = true;
        continue;
      }
      if (level === 3) {
        if (!draft) {
          problem(lineNo, 'meaning-before-term', { meaning: title });
          block = undefined;
          continue;
        }
        block = newBlock(title, lineNo);
        draft.senses.push(block);
        inFields = true;
        fieldRun = true;
        continue;
      }
      // Deeper headings belong to the definition text (they render as smaller headings).
    }
    if (!block) continue; // text before the first term: an introduction, not shown
    if (inFields) {
      if (!raw.trim()) {
        // Fields sit right under the heading; a blank line after them ends them.
        if (Object.keys(block.fields).length) inFields = false;
        else fieldRun = false;
        continue;
      }
      const field = FIELD_LINE.exec(raw);
      const key = field?.[1].trim().toLowerCase() ?? '';
      const known = FIELDS[key];
      if (field && (known || fieldRun)) {
        if (!known) {
          problem(lineNo, 'unknown-field', { field: field[1].trim(), fields: FIELD_LIST });
          continue;
        }
        if (block !== draft!.head && !SENSE_FIELDS.has(known)) {
          problem(lineNo, 'field-on-meaning', { field: field[1].trim(), term: draft!.term });
          continue;
        }
        if (!field[2].trim()) {
          problem(lineNo, 'field-empty', { field: field[1].trim() });
          continue;
        }
        block.fields[known] = block.fields[known] ? `${block.fields[known]}, ${field[2].trim()}` : field[2].trim();
        fieldRun = true;
        continue;
      }
      inFields = false;
    }
    if (block.text.length === 0) {
      if (!raw.trim()) continue;
      block.textLine = lineNo;
    }
    block.text.push(raw);
  }
  if (fence) problem(lines.length, 'code-block-open');
  if (!drafts.length) {
    // Said out loud: a file that silently adds nothing looks like a glossary that works.
    problem(0, topHeadings > 1 ? 'one-hash-only' : 'no-terms');
  }

  const source: GlossarySource = { name: name || fileName(file), url: file };
  const entries: GlossaryEntry[] = [];
  const termLines = new Map<string, number>();
  const aliasLines = new Map<string, { term: string; line: number }>();
  const ids = new Map<string, number>();

  for (const d of drafts) {
    yield;
    const key = normalizeTerm(d.term);
    const earlier = termLines.get(key);
    if (earlier) {
      problem(d.line, 'duplicate-term', { term: d.term, earlier });
      continue;
    }
    termLines.set(key, d.line);
    const entry = buildEntry(d, source, problem);
    if (!entry) continue;
    const idLine = ids.get(entry.id);
    if (idLine) {
      problem(d.line, 'md-same-id', { term: d.term, id: entry.id, earlier: idLine });
      entry.id = `${entry.id}-${d.line}`;
    }
    ids.set(entry.id, d.line);
    for (const alias of [...entry.aliases, ...entry.senses.flatMap(s => s.aliases)]) {
      const aliasKey =
        (alias.caseSensitive ? '=' : '~') + (alias.caseSensitive ? alias.text : normalizeTerm(alias.text));
      const owner = aliasLines.get(aliasKey);
      if (owner && owner.term !== entry.term) {
        problem(d.line, 'alias-taken', { alias: alias.text, term: entry.term, other: owner.term, earlier: owner.line });
      } else if (!owner) {
        aliasLines.set(aliasKey, { term: entry.term, line: d.line });
      }
    }
    entries.push(entry);
  }
  return { source, entries: yield* applyLimitsSteps(entries, file, problems), problems };
}

function fileName(file: string): string {
  return file.replace(/[?#].*$/, '').replace(/^.*\//, '') || file;
}

function body(lines: string[]): { definition: string; more: string } {
  const text = lines.join('\n').trim();
  const split = text.search(/\n\s*\n/);
  if (split < 0) return { definition: text, more: '' };
  return { definition: text.slice(0, split).trim(), more: text.slice(split).trim() };
}

function caseSets(...blocks: Block[]): { exact: Set<string>; anyCase: Set<string> } {
  const exact = new Set<string>();
  const anyCase = new Set<string>();
  for (const b of blocks) {
    splitList(b.fields.exact ?? '').forEach(t => exact.add(normalizeTerm(t)));
    splitList(b.fields.anyCase ?? '').forEach(t => anyCase.add(normalizeTerm(t)));
  }
  return { exact, anyCase };
}

function aliasesOf(b: Block, exact: Set<string>, anyCase: Set<string>): Alias[] {
  return [
    ...splitList(b.fields.also ?? '').map(t => makeAlias(t, 'synonym', exact, anyCase)),
    ...splitList(b.fields.abbreviation ?? '').map(t => makeAlias(t, 'abbreviation', exact, anyCase)),
    // A word listed only under "exact:" is a name too.
    ...splitList(b.fields.exact ?? '').map(t => makeAlias(t, 'synonym', exact, anyCase))
  ];
}

function dedupe(aliases: Alias[]): Alias[] {
  const seen = new Set<string>();
  return aliases.filter(a => {
    const key = `${a.caseSensitive ? a.text : normalizeTerm(a.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function buildEntry(d: Draft, source: GlossarySource, problem: Report): GlossaryEntry | undefined {
  const head = d.head;
  const { exact, anyCase } = caseSets(head, ...d.senses);
  const shortFor = head.fields.shortFor?.trim() ?? '';
  const aliases = dedupe([
    makeAlias(d.term, 'term', exact, anyCase),
    ...(shortFor ? [makeAlias(shortFor, 'expansion', exact, anyCase)] : []),
    ...aliasesOf(head, exact, anyCase)
  ]);
  const senses: Sense[] = [];
  if (d.senses.length === 0) {
    const { definition, more } = body(head.text);
    if (!definition) {
      problem(d.line, 'md-no-definition', { term: d.term });
      return undefined;
    }
    senses.push({ label: '', definition, more, cues: splitList(head.fields.cues ?? ''), aliases: [] });
  } else {
    if (head.text.some(l => l.trim())) {
      problem(head.textLine, 'text-outside-meanings', { term: d.term });
    }
    for (const s of d.senses) {
      const { definition, more } = body(s.text);
      if (!definition) {
        problem(s.line, 'md-meaning-no-definition', { meaning: s.label, term: d.term });
        continue;
      }
      senses.push({
        label: s.label,
        definition,
        more,
        cues: splitList(s.fields.cues ?? ''),
        aliases: dedupe(aliasesOf(s, exact, anyCase))
      });
    }
    if (!senses.length) return undefined;
  }
  const annotate = head.fields.annotate?.trim().toLowerCase();
  if (annotate && !['yes', 'no', 'true', 'false'].includes(annotate)) {
    problem(d.line, 'md-annotate', { term: d.term });
  }
  return {
    id: slugify(head.fields.id?.trim() || d.term),
    term: d.term,
    shortFor,
    aliases,
    senses,
    related: splitList(head.fields.related ?? ''),
    notConfusedWith: splitList(head.fields.not ?? ''),
    everyday: splitList(head.fields.everyday ?? ''),
    annotate: annotate !== 'no' && annotate !== 'false',
    source,
    line: d.line
  };
}
