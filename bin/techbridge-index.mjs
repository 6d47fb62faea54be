#!/usr/bin/env node
/* global process, console, fetch, URL */
// techbridge-index: makes a prepared partner directory (docs/partner-finder.md, "A prepared directory").
// The work is done by src/components/partner-finder/cli/index-command.ts, the same modules the element uses.
// `npm run build` bundles it to dist/cli/techbridge-index.js; in a clone that has not been built, it is bundled
// from the TypeScript source on the fly with esbuild (a development dependency).
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = new URL('../dist/cli/techbridge-index.js', import.meta.url);
const source = new URL('../src/components/partner-finder/cli/index-command.ts', import.meta.url);

async function loadCommand() {
  if (existsSync(built) && !process.env.TECHBRIDGE_INDEX_FROM_SOURCE) return import(built.href);
  if (!existsSync(source)) throw new Error('dist/cli/techbridge-index.js is missing: run "npm run build" first.');
  const { build } = await import('esbuild');
  const outfile = join(mkdtempSync(join(tmpdir(), 'techbridge-index-')), 'techbridge-index.mjs');
  await build({
    entryPoints: [fileURLToPath(source)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    logLevel: 'error'
  });
  return import(pathToFileURL(outfile).href);
}

const io = {
  cwd: pathToFileURL(process.cwd() + '/').href,
  async readText(url) {
    if (url.startsWith('file:')) return readFileSync(fileURLToPath(url), 'utf8');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}.`);
    return response.text();
  },
  async writeText(url, text) {
    const path = fileURLToPath(url);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  },
  out: line => console.log(line),
  err: line => console.error(line)
};

try {
  const { main } = await loadCommand();
  process.exitCode = await main(process.argv.slice(2), io);
} catch (error) {
  console.error(`techbridge-index: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
