#!/usr/bin/env node
/* global URL, console */
// Writes default-content.ts from src/content/vague-phrases.json and src/content/problem-programs.json.
// The JSON files are the data a webmaster reads, copies and serves for vague-phrases-src / programs-src; the
// generated module lets the element carry them without a JSON loader (the test runner serves .json as JSON).
// Run after editing either file:  node src/components/problem-report/generate-defaults.mjs
// test/components/problem-report/payload.test.ts fails when the two drift apart.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = new URL('.', import.meta.url);
const read = name => JSON.parse(readFileSync(new URL(`../../content/${name}`, here), 'utf8'));
const { phrases } = read('vague-phrases.json');
const { programs, tried } = read('problem-programs.json');
const out = `// Generated from src/content/vague-phrases.json and src/content/problem-programs.json by
// \`node src/components/problem-report/generate-defaults.mjs\`. Do not edit by hand.
import type { VaguePhrase } from './vague.js';
import type { PickerConfig } from './payload.js';

export const DEFAULT_PHRASES: VaguePhrase[] = ${JSON.stringify(phrases, null, 2)};

export const DEFAULT_PICKERS: PickerConfig = ${JSON.stringify({ programs, tried }, null, 2)};
`;
writeFileSync(fileURLToPath(new URL('default-content.ts', here)), out);
console.log('Wrote src/components/problem-report/default-content.ts');
