/**
 * The real-text test set (issue 15 §1): library texts written for this test, with the expected first-occurrence
 * marks written inline as `[[words|entry-id]]` or `[[words|entry-id#sense]]` (sense numbered from 1). A line
 * `=== Title ===` starts a new text (one page); titles and `## ` headings are not part of the text, as headings
 * on a page are never annotated.
 */
import { findMarks, type Mark } from '../../../src/components/glossary/marks.js';
import type { Glossary } from '../../../src/components/glossary/model.js';

export interface Expected {
  start: number;
  end: number;
  id: string;
  /** 0-based sense, or -1 when the entry has one sense or the sense is not checked. */
  sense: number;
}

export interface AnnotatedText {
  title: string;
  text: string;
  expected: Expected[];
}

/** Splits a test-set file into texts and reads the inline marks. */
export function readAnnotated(file: string): AnnotatedText[] {
  const out: AnnotatedText[] = [];
  for (const part of file
    .split(/^=== (.+) ===$/m)
    .slice(1)
    .reduce<[string, string][]>((pairs, piece, i, all) => {
      if (i % 2 === 0) pairs.push([piece, all[i + 1] ?? '']);
      return pairs;
    }, [])) {
    const [title, body] = part;
    let text = '';
    const expected: Expected[] = [];
    let from = 0;
    // "## " lines are headings: on a page they are not annotated, so they are not part of the text here.
    const raw = body.trim().replace(/^## .*$/gm, '');
    for (const m of raw.matchAll(/\[\[([^|\]]+)\|([^\]#]+)(?:#(\d+))?\]\]/g)) {
      text += raw.slice(from, m.index);
      expected.push({
        start: text.length,
        end: text.length + m[1].length,
        id: m[2],
        sense: m[3] ? Number(m[3]) - 1 : -1
      });
      text += m[1];
      from = m.index! + m[0].length;
    }
    text += raw.slice(from);
    out.push({ title, text, expected });
  }
  return out;
}

export interface Score {
  words: number;
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  /** What was marked but not expected, and what was expected but not marked, with a little context. */
  wrong: string[];
  missed: string[];
}

// The same words explained by the same entry (and sense): a mark may take a longer name than the one written in
// the test set ("[[print release|…]] station" marked as "print release station"), the reader sees the same box.
const same = (m: Mark, e: Expected) =>
  m.start < e.end && e.start < m.end && m.entry.id === e.id && (e.sense < 0 || m.sense === e.sense);

/** First-occurrence marks of `glossary` on every text, compared with the expected ones. */
export function score(glossary: Glossary, texts: readonly AnnotatedText[]): Score {
  let expected = 0;
  let found = 0;
  let correct = 0;
  let words = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  const near = (t: string, s: number, e: number) =>
    `${t.slice(Math.max(0, s - 30), s)}[${t.slice(s, e)}]${t.slice(e, e + 30)}`.replace(/\s+/g, ' ');
  for (const { title, text, expected: want } of texts) {
    words += (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
    const marks = findMarks(glossary, text);
    expected += want.length;
    found += marks.length;
    for (const m of marks) {
      if (want.some(e => same(m, e))) correct++;
      else wrong.push(`${title}: ${m.entry.id}#${m.sense + 1} ${near(text, m.start, m.end)}`);
    }
    for (const e of want) {
      if (!marks.some(m => same(m, e)))
        missed.push(`${title}: ${e.id}${e.sense >= 0 ? `#${e.sense + 1}` : ''} ${near(text, e.start, e.end)}`);
    }
  }
  return {
    words,
    expected,
    found,
    correct,
    precision: found ? correct / found : 1,
    recall: expected ? correct / expected : 1,
    wrong,
    missed
  };
}
