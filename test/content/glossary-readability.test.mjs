// Issue 15 §2: the built-in glossary's short definitions are easy to read. Flesch-Kincaid grade from the
// `flesch-kincaid` formula with syllables counted by `syllable` (both by wooorm, well kept): every short
// definition at grade 8 or below, and half of them at grade 6 or below.
// To see every grade while editing: node test/content/readability.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GLOSSARY, grade, shortDefinitions } from './readability.mjs';

const markdown = readFileSync(GLOSSARY, 'utf8');
const defs = shortDefinitions(markdown).map(d => ({ ...d, ...grade(d.text) }));

test('reads every short definition of the built-in glossary (one per term or per meaning)', () => {
  const terms = (markdown.match(/^## /gm) ?? []).length;
  assert.ok(terms >= 130, `at least 130 terms, found ${terms}`);
  assert.equal(new Set(defs.map(d => d.term)).size, terms);
  assert.ok(
    defs.every(d => d.words > 3),
    'every definition has words'
  );
});

test('every short definition is at grade 8 or below', () => {
  const over = defs
    .filter(d => d.grade > 8)
    .map(d => `${d.term}${d.meaning ? ` (${d.meaning})` : ''}: ${d.grade.toFixed(1)}`);
  assert.deepEqual(over, []);
});

test('the median grade is 6 or below', () => {
  const grades = defs.map(d => d.grade).sort((a, b) => a - b);
  const median = (grades[Math.floor((grades.length - 1) / 2)] + grades[Math.ceil((grades.length - 1) / 2)]) / 2;
  assert.ok(median <= 6, `median grade ${median.toFixed(2)}`);
});

test('the grade formula is the real one: a long, hard sentence scores high', () => {
  const hard = grade(
    'Organisational interoperability considerations necessitate comprehensive infrastructural modernisation initiatives throughout municipal institutions.'
  );
  assert.ok(hard.grade > 20, String(hard.grade));
  assert.ok(grade('The cat sat on the mat. It was warm.').grade < 2);
});
