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
  type GlossarySource,
  type ParsedGlossary,
  type Sense
} from './model.js';
import { applyLimits } from './limits.js';

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

const SENSE_FIELDS = new Set<FieldName>(['also', 'abbreviation', 'exact', 'anyCase', 'cues']);
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

const WEB_PAGE =
  'This is a web page, not a glossary file, so no terms were found in it. Check the address: it may lead to a sign-in page or an error page.';
const NO_TERMS =
  'No terms found. Each term needs a heading that starts with "## ", for example "## Wi-Fi". If this is a web page rather than the glossary file, check the address.';

const ONE_HASH =
  'No terms found. The headings here start with one "#", but each term needs a heading that starts with "## " (two), for example "## Wi-Fi".';

/** Parses a Markdown glossary. `file` names the file in messages. */
export function parseMarkdownGlossary(text: string, file: string, sourceName?: string): ParsedGlossary {
  const problems: GlossaryProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });
  if (looksLikeWebPage(text)) {
    problem(0, WEB_PAGE);
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
      problem(1, 'The block that starts with "---" on line 1 is never closed with another "---" line.');
    } else {
      for (let n = 1; n < close; n++) {
        const field = FIELD_LINE.exec(lines[n]);
        if (!lines[n].trim()) continue;
        const key = field?.[1].trim().toLowerCase();
        if (field && (key === 'name' || key === 'title')) name ||= field[2].trim();
        else if (field && (key === 'updated' || key === 'owner' || key === 'contact')) continue;
        else problem(n + 1, `"${lines[n].trim()}" is not understood here. At the top of the file, write "name: …".`);
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
        else problem(lineNo, `"# ${title}" uses one "#"; terms use two ("## ${title}") and meanings three ("### …").`);
        continue;
      }
      if (level === 2) {
        if (!title) {
          problem(lineNo, 'This heading has no term after "##".');
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
          problem(lineNo, `The meaning "${title}" comes before any term. Put a "## Term" heading above it.`);
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
          problem(
            lineNo,
            `"${field[1].trim()}:" is not a field we know. Fields are: ${FIELD_LIST}. If this is the definition, leave a blank line above it.`
          );
          continue;
        }
        if (block !== draft!.head && !SENSE_FIELDS.has(known)) {
          problem(
            lineNo,
            `"${field[1].trim()}:" belongs to the whole term: put it under "## ${draft!.term}", above the meanings.`
          );
          continue;
        }
        if (!field[2].trim()) {
          problem(lineNo, `"${field[1].trim()}:" has nothing after it.`);
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
  if (fence) problem(lines.length, 'A code block opened with ``` is never closed.');
  if (!drafts.length) {
    // Said out loud: a file that silently adds nothing looks like a glossary that works.
    problem(0, topHeadings > 1 ? ONE_HASH : NO_TERMS);
  }

  const source: GlossarySource = { name: name || fileName(file), url: file };
  const entries: GlossaryEntry[] = [];
  const termLines = new Map<string, number>();
  const aliasLines = new Map<string, { term: string; line: number }>();
  const ids = new Map<string, number>();

  for (const d of drafts) {
    const key = normalizeTerm(d.term);
    const earlier = termLines.get(key);
    if (earlier) {
      problem(d.line, `"${d.term}" is already defined on line ${earlier}. This second definition was left out.`);
      continue;
    }
    termLines.set(key, d.line);
    const entry = buildEntry(d, source, problem);
    if (!entry) continue;
    const idLine = ids.get(entry.id);
    if (idLine) {
      problem(
        d.line,
        `"${d.term}" gets the same link name "${entry.id}" as the term on line ${idLine}. Add "id: …" to tell them apart.`
      );
      entry.id = `${entry.id}-${d.line}`;
    }
    ids.set(entry.id, d.line);
    for (const alias of [...entry.aliases, ...entry.senses.flatMap(s => s.aliases)]) {
      const aliasKey =
        (alias.caseSensitive ? '=' : '~') + (alias.caseSensitive ? alias.text : normalizeTerm(alias.text));
      const owner = aliasLines.get(aliasKey);
      if (owner && owner.term !== entry.term) {
        problem(
          d.line,
          `"${alias.text}" (under "${entry.term}") already names "${owner.term}" on line ${owner.line}. A word can name one term only; for a word with several meanings, use "###" meanings under one term.`
        );
      } else if (!owner) {
        aliasLines.set(aliasKey, { term: entry.term, line: d.line });
      }
    }
    entries.push(entry);
  }
  return { source, entries: applyLimits(entries, file, problems), problems };
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

function buildEntry(
  d: Draft,
  source: GlossarySource,
  problem: (line: number, message: string) => void
): GlossaryEntry | undefined {
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
      problem(d.line, `"${d.term}" has no definition. Write one short paragraph under the heading.`);
      return undefined;
    }
    senses.push({ label: '', definition, more, cues: splitList(head.fields.cues ?? ''), aliases: [] });
  } else {
    if (head.text.some(l => l.trim())) {
      problem(
        head.textLine,
        `This text under "${d.term}" is outside any meaning, so it was left out. Move it under one of the "###" headings.`
      );
    }
    for (const s of d.senses) {
      const { definition, more } = body(s.text);
      if (!definition) {
        problem(s.line, `The meaning "${s.label}" of "${d.term}" has no definition.`);
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
    problem(d.line, `"annotate:" under "${d.term}" should be "yes" or "no".`);
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
