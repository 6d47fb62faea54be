#!/usr/bin/env node
// npm run generate: refreshes the copies of default content that are bundled into the elements (after editing
// src/content/), then formats what the generators wrote with the project's Prettier settings, so a clean clone
// stays clean: `npm run generate && npm test` passes.
//
// Generators are found, not listed: every src/components/<name>/generate*.mjs, then
// scripts/generate-directory.mjs --categories (the partner categories).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { ROOT, writeElementTags } from './elements.mjs';

const require = createRequire(import.meta.url);

function generators() {
  const components = join(ROOT, 'src/components');
  const found = [];
  for (const entry of existsSync(components) ? readdirSync(components, { withFileTypes: true }) : []) {
    if (!entry.isDirectory()) continue;
    for (const file of readdirSync(join(components, entry.name)).sort()) {
      if (/^generate.*\.mjs$/.test(file)) found.push([join('src/components', entry.name, file)]);
    }
  }
  found.sort((a, b) => a[0].localeCompare(b[0]));
  found.push(['scripts/generate-directory.mjs', '--categories']);
  return found;
}

/** Modification times of every file under src/ (what a generator may write). */
function snapshot() {
  const times = new Map();
  for (const file of readdirSync(join(ROOT, 'src'), { recursive: true })) {
    const path = join(ROOT, 'src', String(file));
    const stat = statSync(path);
    if (stat.isFile()) times.set(path, stat.mtimeMs);
  }
  return times;
}

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nnpm run generate: node ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(1);
  }
}

const before = snapshot();
if (await writeElementTags()) console.log('Wrote src/elements.ts');
for (const args of generators()) run(args);
const written = [...snapshot()]
  .filter(([path, time]) => before.get(path) !== time)
  .map(([path]) => relative(ROOT, path))
  .filter(path => /\.(ts|mjs|js|json)$/.test(path));
if (written.length) {
  run([require.resolve('prettier/bin/prettier.cjs'), '--write', '--log-level', 'warn', ...written]);
  console.log(`Formatted ${written.length} generated file${written.length === 1 ? '' : 's'} with Prettier.`);
}
