#!/usr/bin/env node
/* global process, console */
// Rewrites presets-data.ts from src/content/donation-policy*.json (the browser test runner and the CDN bundle
// cannot import JSON files). Run after editing a preset: node src/components/donation-checker/generate-presets.mjs
// With --check, fails when the module is out of date (a test also compares the two).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CONTENT = join(ROOT, 'src/content');
const OUT = join(ROOT, 'src/components/donation-checker/presets-data.ts');

/** File name → preset name: donation-policy.json → baseline, donation-policy-windows11.json → windows11. */
const presetName = file => (file === 'donation-policy.json' ? 'baseline' : file.slice('donation-policy-'.length, -5));

const files = readdirSync(CONTENT)
  .filter(f => /^donation-policy(-[a-z0-9-]+)?\.json$/.test(f))
  .sort();
const presets = {};
for (const file of files) {
  const policy = JSON.parse(readFileSync(join(CONTENT, file), 'utf8'));
  delete policy.$schema;
  presets[presetName(file)] = policy;
}

const prettier = await import('prettier');
const options = (await prettier.resolveConfig(OUT)) ?? {};
const text = await prettier.format(
  `// Generated from src/content/donation-policy*.json by \`node src/components/donation-checker/generate-presets.mjs\`.
// Edit the JSON files, then run that command. A test checks that the two are equal.
import type { DonationPolicy } from './model.js';

export const PRESETS: Record<${Object.keys(presets)
    .map(k => `'${k}'`)
    .join(' | ')}, DonationPolicy> = ${JSON.stringify(presets, null, 2)};
`,
  { ...options, filepath: OUT }
);
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    console.error(`${OUT} is out of date: run node src/components/donation-checker/generate-presets.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
  console.log(`Wrote ${OUT} (${Object.keys(presets).join(', ')}).`);
}
