/* global window, customElements -- the callbacks below run in the bench page */
// <tb-partner-finder> against List.js on the same generated directory (scripts/generate-directory.mjs, fixed seed).
// Run with `npm run build && npm run bench -- partner` (contract: bench/README.md). Never part of `npm test`.
//
// Cases:
//  - load and index 10k: ours = CSV text already in memory (no fetch) → parse, classify, de-duplicate, index, until
//               the element holds its index; the first render is not included (next case).
//               List.js = ready-made objects → its index and first page (page: 25). Ours does more work.
//  - index 10k ready-made records: the same question with the same input on both sides. Ours = the very objects
//               List.js gets (one plain record per organization, deep-cloned before the clock starts), handed to the
//               public `partners` property → classify, de-duplicate, index, until the element holds its index (same
//               probe as the load case; no CSV text, no parsing). Checked once per page to build exactly the index
//               the CSV case builds. List.js = as in the load case.
//  - index 10k prepared organizations: ours = the organizations the CSV case produced, in the element's own shape
//               (as plain data, as if read from a file prepared ahead of time), deep-cloned before the clock starts →
//               checked field by field, merged and indexed (no parsing, no classifying). List.js = as above.
//  - load and index 10k HSDS JSON: ours = the same directory as Open Referral HSDS 3.0 JSON text in memory
//               (toHsds in scripts/generate-directory.mjs: phones, contacts, locations, taxonomy terms, services) →
//               parsed, read, merged, indexed, to the same "index ready" moment. Checked once per page: the same
//               organizations, categories, cities and languages as the CSV gives. List.js = as in the load case.
//  - first render 10k: ours = index ready → first page and every facet's counts on screen;
//               List.js = its first page drawn again (list.update()).
//  - prepared 10k / 100k: first results: ours = the prepared file's text (npx techbridge-index on the same CSV, made
//               here with the command's own module), as it has arrived → parsed, checked, first page with every filter's
//               counts on screen and laid out. List.js = ready-made rows → its list and first page, laid out.
//  - raw CSV 10k: longest block: the longest time the page could not run a task (message ping-pong) while ours reads
//               CSV text in the page / while List.js builds its list.
//  - raw CSV 10k: longest long task while loading: the longest task over 50 ms (Long Tasks API; 0 when there was
//               none) while ours reads CSV text in the page, up to the first page with its count on screen / while
//               List.js builds its list.
//  - keystroke to layout 10k / 100k (50 per page): input event → results on screen and laid out (offsetHeight read),
//               50 per page on both sides. List.js: list.search(q) (its keyup handler only adds a debounce).
//  - keystroke 10k / 100k: one character typed → results on screen. Ours also recomputes and renders every facet's
//               counts; List.js only filters its list. Each run is the next step of a fixed typing sequence.
//
// BENCH_FROM_SOURCE=1 npm run bench -- partner: times the element as it is in src/ now, not the last `npm run build`.
// The element is bundled in memory like cdn/partner-finder.js (esbuild, minified) and served to the bench page in
// place of that file; nothing is written, so the shared cdn/ and dist/ are left alone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import Papa from 'papaparse';
import { generateDirectory, toHsds } from '../scripts/generate-directory.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FROM_SOURCE = /^(1|true|yes)$/i.test(process.env.BENCH_FROM_SOURCE ?? '');
let sourceBundle;
const routed = new WeakSet();

/** With BENCH_FROM_SOURCE: serve the element built from src/ for /cdn/partner-finder.js, then reload the page once. */
async function useSource(page) {
  if (!FROM_SOURCE || routed.has(page)) return;
  routed.add(page);
  sourceBundle ??= build({
    absWorkingDir: ROOT,
    entryPoints: ['src/components/partner-finder/define.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    minify: true,
    write: false,
    logLevel: 'warning'
  }).then(result => result.outputFiles[0].text);
  const body = await sourceBundle;
  await page.route('**/cdn/partner-finder.js', route =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body })
  );
  await page.reload();
}

const SEED = 20251128;
const cache = new Map();
function dataset(n) {
  if (!cache.has(n)) {
    // List.js gets the same fields as plain strings; ours gets CSV text (setup) or the same records (keystrokes).
    const rows = generateDirectory(n, SEED);
    const small = n <= 10_000;
    cache.set(n, {
      rows,
      csv: small ? Papa.unparse(rows) : undefined,
      hsds: small ? JSON.stringify(toHsds(rows)) : undefined
    });
  }
  return cache.get(n);
}

let indexCommand;
/** The techbridge-index command's module, bundled from src/ in memory (the same code the bin runs). */
async function loadIndexCommand() {
  indexCommand ??= build({
    absWorkingDir: ROOT,
    entryPoints: ['src/components/partner-finder/cli/index-command.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'warning'
  }).then(async result => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-bench-'));
    const file = join(dir, 'index-command.mjs');
    writeFileSync(file, result.outputFiles[0].text);
    return import(pathToFileURL(file).href);
  });
  return indexCommand;
}

/** The prepared file's core text for the generated directory of n organizations (split above 20k, as by default). */
async function preparedText(n) {
  const { indexDirectory } = await loadIndexCommand();
  const csv = Papa.unparse(dataset(n).rows);
  const { core } = await indexDirectory(['directory.csv'], {
    cwd: 'file:///bench/',
    readText: async () => csv
  });
  return JSON.stringify(core);
}

async function ensurePrepared(page, n) {
  if (await page.evaluate(key => window.bench?.has(key), `prepared${n}`)) return;
  const key = `prepared${n}`;
  if (!cache.has(key)) cache.set(key, await preparedText(n));
  await page.evaluate(([k, value]) => window.bench.set(k, value), [key, cache.get(key)]);
}

async function ensureData(page, n) {
  if (await page.evaluate(key => window.bench?.has(key), `rows${n}`)) return;
  await page.waitForFunction(() => window.bench && customElements.get('tb-partner-finder'));
  const { rows, csv, hsds } = dataset(n);
  await page.evaluate(([key, value]) => window.bench.set(key, value), [`rows${n}`, rows]);
  if (csv) await page.evaluate(([key, value]) => window.bench.set(key, value), [`csv${n}`, csv]);
  if (hsds) await page.evaluate(([key, value]) => window.bench.set(key, value), [`hsds${n}`, hsds]);
}

export default {
  name: 'Partner finder vs List.js',
  page: 'bench/pages/partner-finder.html',
  // PF_CASES="prepared,layout" runs only the cases whose names contain one of the words.
  cases: [
    'load and index 10k',
    'index 10k ready-made records',
    'index 10k prepared organizations',
    'load and index 10k HSDS JSON',
    'first render 10k',
    'keystroke 10k',
    'keystroke 100k',
    'prepared 10k: first results',
    'prepared 100k: first results',
    'raw CSV 10k: longest block',
    'raw CSV 10k: longest long task while loading',
    'keystroke to layout 10k (50 per page)',
    'keystroke to layout 100k (50 per page)'
  ].filter(name => !process.env.PF_CASES || process.env.PF_CASES.split(',').some(word => name.includes(word.trim()))),
  runs: 15,
  warmup: 2,

  async run(page, { side, case: name }) {
    const n = name.includes('100k') ? 100_000 : 10_000;
    await useSource(page);
    await ensureData(page, n);
    if (name.startsWith('prepared')) {
      await ensurePrepared(page, n);
      return page.evaluate(([s, count]) => window.bench.preparedFirst(s, count), [side, n]);
    }
    if (name.startsWith('raw CSV 10k: longest long task'))
      return page.evaluate(([s, count]) => window.bench.csvLongTask(s, count), [side, n]);
    if (name.startsWith('raw CSV')) return page.evaluate(([s, count]) => window.bench.csvBlock(s, count), [side, n]);
    if (name.startsWith('keystroke to layout')) {
      await page.evaluate(([s, count]) => window.bench.layoutPrepare(s, count), [side, n]);
      return page.evaluate(s => window.bench.layoutKeystroke(s), side);
    }
    if (name.endsWith('HSDS JSON')) return page.evaluate(([s, count]) => window.bench.hsds(s, count), [side, n]);
    if (name.startsWith('load')) return page.evaluate(([s, count]) => window.bench.setup(s, count), [side, n]);
    if (name.startsWith('index 10k prepared'))
      return page.evaluate(([s, count]) => window.bench.preparedOrgs(s, count), [side, n]);
    if (name.startsWith('index')) return page.evaluate(([s, count]) => window.bench.readyMade(s, count), [side, n]);
    if (name.startsWith('first')) return page.evaluate(([s, count]) => window.bench.firstRender(s, count), [side, n]);
    await page.evaluate(([s, count]) => window.bench.prepare(s, count), [side, n]);
    return page.evaluate(s => window.bench.keystroke(s), side);
  }
};
