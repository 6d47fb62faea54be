#!/usr/bin/env node
/* global URL, console */
// Writes default-content.ts from src/content/problem-programs.json.
// The JSON files are the data a webmaster reads, copies and serves for programs-src; the
// generated module lets the element carry them without a JSON loader (the test runner serves .json as JSON).
// Run after editing either file:  node src/components/problem-report/generate-defaults.mjs
// test/components/problem-report/payload.test.ts fails when the two drift apart.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = new URL('.', import.meta.url);
const read = name => JSON.parse(readFileSync(new URL(`../../content/${name}`, here), 'utf8'));
const { programs, tried, librarySystems } = read('problem-programs.json');
const out = `// Generated from src/content/problem-programs.json by
// \`node src/components/problem-report/generate-defaults.mjs\`. Do not edit by hand.
import type { PickerConfig, PickerOption } from './payload.js';

export const DEFAULT_PICKERS: PickerConfig = ${JSON.stringify({ programs, tried }, null, 2)};

/** Library systems a webmaster can add to the program list with the \`library-systems\` attribute. */
export const LIBRARY_SYSTEMS: PickerOption[] = ${JSON.stringify(librarySystems, null, 2)};
`;
writeFileSync(fileURLToPath(new URL('default-content.ts', here)), out);
console.log('Wrote src/components/problem-report/default-content.ts');
