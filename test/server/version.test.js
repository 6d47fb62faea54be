// @ts-check
// The elements report VERSION in every envelope and in define() warnings; it must match what npm publishes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('src/core/version.ts VERSION equals the package.json version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const source = readFileSync(new URL('../../src/core/version.ts', import.meta.url), 'utf8');
  const match = /export const VERSION = ['"]([^'"]+)['"]/.exec(source);
  assert.ok(match, 'src/core/version.ts exports VERSION as a string literal');
  assert.equal(match[1], pkg.version);
});
