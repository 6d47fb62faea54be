// @ts-check
// src/elements.ts (the tag list the embed script and the CDN loader use) is generated from
// src/components/*/define.ts; it must be in step, and the README must name every placeholder.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { elements, formattedElementTags, placeholderNames, ROOT } from '../../scripts/elements.mjs';

test('src/elements.ts lists every element that a define.ts defines', async () => {
  assert.ok(elements().length > 0);
  const actual = readFileSync(join(ROOT, 'src/elements.ts'), 'utf8');
  assert.equal(actual, await formattedElementTags(), 'src/elements.ts is out of date: run "npm run generate".');
  for (const { tag } of elements()) assert.ok(actual.includes(`'${tag}'`), tag);
});

test('the README lists every placeholder name', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const name of placeholderNames()) {
    assert.ok(readme.includes(`data-tb="${name}"`), `README.md does not mention data-tb="${name}"`);
  }
});
