/* global URL, process, console */
// Reading level of the built-in glossary's short definitions (issue 15 §2): shared by the test and by
// `node test/content/readability.mjs`, which prints every grade (handy while editing src/content/glossary.md).
import { readFileSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const GLOSSARY = new URL('../../src/content/glossary.md', import.meta.url);

/** Markdown to the words a reader sees: links keep their text, emphasis and code marks go. */
export function plain(markdown) {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentence, word and syllable counts, and the Flesch-Kincaid grade of a text. */
export function grade(text) {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  // "Wi-Fi", "e-book", "library.example.org": each part is said as its own word.
  const syllables = words.reduce(
    (n, w) => n + w.split(/[-.]/).reduce((m, part) => m + (part ? syllable(part) : 0), 0),
    0
  );
  return {
    sentences,
    words: words.length,
    syllables,
    grade: fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables })
  };
}

/**
 * The short definitions of the glossary: for each `## Term` (or each `### meaning` under it), the first paragraph
 * after its field lines ("also: …").
 */
export function shortDefinitions(markdown) {
  const out = [];
  const blocks = markdown.split(/^(?=#{2,3} )/m).slice(1);
  let term = '';
  for (const block of blocks) {
    const lines = block.split('\n');
    const heading = lines[0].replace(/^#+\s*/, '').trim();
    const level = lines[0].startsWith('### ') ? 3 : 2;
    if (level === 2) term = heading;
    let i = 1;
    while (i < lines.length && /^[a-z][a-z -]*:\s/i.test(lines[i])) i++;
    while (i < lines.length && !lines[i].trim()) i++;
    const para = [];
    while (i < lines.length && lines[i].trim()) para.push(lines[i++]);
    if (!para.length) continue; // a term with meanings: its definitions are under the ### headings
    out.push({ term, meaning: level === 3 ? heading : '', text: plain(para.join(' ')) });
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const defs = shortDefinitions(readFileSync(GLOSSARY, 'utf8'));
  const rows = defs.map(d => ({ ...d, ...grade(d.text) })).sort((a, b) => b.grade - a.grade);
  for (const r of rows) console.log(r.grade.toFixed(1).padStart(5), `${r.term}${r.meaning ? ` (${r.meaning})` : ''}`);
  const grades = rows.map(r => r.grade).sort((a, b) => a - b);
  console.log(
    'definitions',
    grades.length,
    'median',
    grades[Math.floor(grades.length / 2)].toFixed(2),
    'over 8:',
    grades.filter(g => g > 8).length
  );
}
