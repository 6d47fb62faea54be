/**
 * Limits on what one glossary file may hold, so that a huge or hostile file cannot freeze the page: reading,
 * indexing and showing a glossary within them stays in short steps (see docs/glossary.md, "Limits"). Whatever is
 * over a limit is left out with a problem (a code) naming the term; the rest of the file is used. Pure: no DOM.
 */
import type { Steps } from '../../core/yield.js';
import type { GlossaryEntry, GlossaryProblem, GlossaryProblemCode, GlossaryProblemParams } from './model.js';

/** Terms used from one file; the rest are left out. */
export const MAX_TERMS = 10_000;
/** Characters in a short definition (the first paragraph): a few sentences fit many times over. */
export const MAX_DEFINITION = 2_000;
/** Characters in a longer explanation. */
export const MAX_MORE = 20_000;
/** Lists or quotes inside each other in one definition. */
export const MAX_NESTING = 8;

// The markers that open a list item or a quote at the start of a line: "- ", "* ", "+ ", "1. ", "1) ", ">".
const LEADING_MARKERS = /^(?:[ \t]*(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/**
 * How deeply lists and quotes nest in Markdown text, estimated from the start of each line: every marker counts
 * one level, and every two spaces (a tab: four) of indentation before the first one count one more.
 */
export function nestingDepth(markdown: string): number {
  let deepest = 0;
  let from = 0;
  while (from <= markdown.length) {
    let to = markdown.indexOf('\n', from);
    if (to < 0) to = markdown.length;
    const line = markdown.slice(from, Math.min(to, from + 4000));
    let indent = 0;
    while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) indent++;
    const width = line.slice(0, indent).replace(/\t/g, '    ').length;
    const run = LEADING_MARKERS.exec(line)?.[0] ?? '';
    const markers = run ? (run.match(/>|[*+-](?=[ \t])|\d{1,9}[.)]/g)?.length ?? 0) : 0;
    const depth = markers + Math.floor(width / 2);
    if (depth > deepest) deepest = depth;
    from = to + 1;
  }
  return deepest;
}

/**
 * Applies the limits to the entries read from `file`, in place, as steps (one per term; see `Steps` in
 * core/yield.ts): a meaning whose definition is too long or too deeply nested is left out (and the term with it
 * if nothing is left); a too long or too nested explanation is left out and the definition kept; terms after the
 * first `MAX_TERMS` are left out. Returns the entries kept.
 */
export function* applyLimitsSteps(
  entries: GlossaryEntry[],
  file: string,
  problems: GlossaryProblem[]
): Steps<GlossaryEntry[]> {
  const problem = (line: number, code: GlossaryProblemCode, params: GlossaryProblemParams) =>
    problems.push({ file, line, code, params });
  const kept: GlossaryEntry[] = [];
  for (const entry of entries) {
    yield;
    if (kept.length === MAX_TERMS) {
      problem(entry.line, 'too-many-terms', { count: entries.length, max: MAX_TERMS, term: entry.term });
      break;
    }
    // "Huge", or the meaning "Spare copy" of "Backup": the words module says which.
    const name = (i: number): GlossaryProblemParams =>
      entry.senses.length > 1 ? { term: entry.term, meaning: entry.senses[i].label } : { term: entry.term };
    const senses = entry.senses.filter((sense, i) => {
      if (sense.definition.length > MAX_DEFINITION) {
        problem(entry.line, 'definition-too-long', {
          ...name(i),
          length: sense.definition.length,
          max: MAX_DEFINITION
        });
        return false;
      }
      if (nestingDepth(sense.definition) > MAX_NESTING) {
        problem(entry.line, 'definition-too-nested', { ...name(i), max: MAX_NESTING });
        return false;
      }
      if (sense.more.length > MAX_MORE) {
        problem(entry.line, 'more-too-long', { ...name(i), length: sense.more.length, max: MAX_MORE });
        sense.more = '';
      } else if (nestingDepth(sense.more) > MAX_NESTING) {
        problem(entry.line, 'more-too-nested', { ...name(i), max: MAX_NESTING });
        sense.more = '';
      } else if (longestBlock(sense.more) > MAX_BLOCK) {
        problem(entry.line, 'block-too-long', { ...name(i), max: MAX_BLOCK });
      }
      return true;
    });
    if (!senses.length) continue;
    entry.senses = senses;
    kept.push(entry);
  }
  return kept;
}

/** Markdown longer than this is rendered in pieces (of about this size), giving the browser a turn between. */
export const PIECE_CHARS = 2_000;
/**
 * Characters in one block of a longer explanation (a paragraph, or a list item with what is inside it): a longer
 * block is shown as plain text, without formatting, because formatting it could hold the page still for a second.
 */
export const MAX_BLOCK = 3_000;

const FENCE = /^ {0,3}(```|~~~)/;
const TOP_LIST_ITEM = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Splits Markdown into pieces of about `size` characters where a new top-level block starts: after a blank line
 * before a line that is not indented, or at a list item that is not indented (a list split there is joined again
 * after rendering). Never inside fenced code. Short text comes back whole.
 */
export function markdownPieces(markdown: string, size = PIECE_CHARS): string[] {
  if (markdown.length <= size) return [markdown];
  const pieces: string[] = [];
  const lines = markdown.split('\n');
  let piece: string[] = [];
  let length = 0;
  let fence = '';
  let blankBefore = false;
  for (const line of lines) {
    const fenceMark = FENCE.exec(line)?.[1];
    const canSplit = !fence && ((blankBefore && !/^[ \t]/.test(line) && line !== '') || TOP_LIST_ITEM.test(line));
    if (canSplit && length >= size && piece.length) {
      pieces.push(piece.join('\n'));
      piece = [];
      length = 0;
    }
    if (fenceMark) fence = fence ? (fence === fenceMark ? '' : fence) : fenceMark;
    piece.push(line);
    length += line.length + 1;
    blankBefore = line.trim() === '';
  }
  if (piece.length) pieces.push(piece.join('\n'));
  return pieces;
}

/** The length of the longest block (see `MAX_BLOCK`) in Markdown: split as finely as `markdownPieces` can. */
export function longestBlock(markdown: string): number {
  if (markdown.length <= MAX_BLOCK) return markdown.length;
  return Math.max(...markdownPieces(markdown, 1).map(p => p.length));
}
