#!/usr/bin/env node
// npm run bench [-- <filter>] [-- --runs N]: side-by-side benchmarks in real Chromium. Runs every bench/*.bench.mjs
// (contract: bench/README.md) against pages served from the repository, alternating our code and the peer's run by
// run, and prints medians and the ratio. Builds nothing: bench pages load what `npm run build` wrote.
import { createReadStream, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(ROOT, 'bench');
const RESULTS = join(BENCH_DIR, 'results.json');
const SIDES = ['ours', 'peer'];
const DEFAULTS = { runs: 10, warmup: 1, reload: false, cases: ['default'] };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
};
/** Never served, even to a local browser: the demo's database and admin token, and the git store. */
const PRIVATE = ['data', '.git'];

/** A static file server over the repository on 127.0.0.1, for bench pages and the built files they load. */
export function serveRepo() {
  const server = createServer((req, res) => {
    const send = (status, text) => res.writeHead(status, { 'Content-Type': 'text/plain' }).end(text);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'GET only');
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    } catch {
      return send(400, 'bad path');
    }
    let file = join(ROOT, path);
    const inside = relative(ROOT, file);
    if (inside.startsWith('..') || PRIVATE.includes(inside.split(sep)[0])) return send(403, 'not served');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return send(404, 'not found');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store'
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

function parseArgs(argv) {
  const options = { filters: [], runs: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else options.filters.push(argv[i].toLowerCase());
  }
  if (options.runs !== undefined && !(Number.isInteger(options.runs) && options.runs > 0)) {
    throw new Error('--runs needs a whole number above 0.');
  }
  return options;
}

async function loadBenches(filters) {
  const files = existsSync(BENCH_DIR) ? readdirSync(BENCH_DIR).filter(f => f.endsWith('.bench.mjs')) : [];
  const benches = [];
  for (const file of files.sort()) {
    const mod = await import(pathToFileURL(join(BENCH_DIR, file)).href);
    const bench = { ...DEFAULTS, ...(mod.default ?? mod), file };
    if (typeof bench.name !== 'string' || typeof bench.page !== 'string' || typeof bench.run !== 'function') {
      throw new Error(`bench/${file} must export { name, page, run(page, { side, case }) } (see bench/README.md).`);
    }
    if (filters.length && !filters.some(f => `${file} ${bench.name}`.toLowerCase().includes(f))) continue;
    benches.push(bench);
  }
  return benches;
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measure(bench, page, side, name) {
  const ms = await bench.run(page, { side, case: name });
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new Error(`bench/${bench.file}: run() for ${side} / ${name} returned ${ms}, not a duration in ms.`);
  }
  return ms;
}

/** One case: warm up both sides, then alternate which side goes first so neither always runs on a warmer page. */
async function runCase(bench, context, origin, name, runs) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('response', response => {
    if (response.status() >= 400) problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  const url = `${origin}/${bench.page.replace(/^\//, '')}`;
  const check = () => {
    if (problems.length) {
      const hint = problems.some(p => /^404 \/(cdn|dist)\//.test(p)) ? ' (run "npm run build" first)' : '';
      throw new Error(`${bench.page}: ${problems.join('; ')}${hint}`);
    }
  };
  try {
    await page.goto(url);
    check();
    const samples = { ours: [], peer: [] };
    for (let i = 0; i < bench.warmup + runs; i++) {
      const order = i % 2 ? [...SIDES].reverse() : SIDES;
      for (const side of order) {
        if (bench.reload) await page.goto(url);
        const ms = await measure(bench, page, side, name);
        if (i >= bench.warmup) samples[side].push(ms);
      }
      check();
    }
    return samples;
  } finally {
    await page.close();
  }
}

const stats = samples => ({
  median: median(samples),
  min: Math.min(...samples),
  max: Math.max(...samples),
  samples
});

function printTable(rows) {
  const header = ['benchmark', 'case', 'ours ms', 'peer ms', 'ours / peer'];
  const body = rows.map(r =>
    r.error
      ? [r.bench, r.case, 'failed', '', '']
      : [r.bench, r.case, r.ours.median.toFixed(2), r.peer.median.toFixed(2), `${r.ratio.toFixed(2)}×`]
  );
  const widths = header.map((h, i) => Math.max(h.length, ...body.map(row => row[i].length)));
  const fmt = row => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n${fmt(header)}\n${widths.map(w => '-'.repeat(w)).join('  ')}`);
  for (const row of body) console.log(fmt(row));
  console.log('\nMedians of interleaved runs; ours / peer below 1 means ours is faster.');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const benches = await loadBenches(options.filters);
  if (!benches.length) {
    console.log(options.filters.length ? 'No benchmark matches that filter.' : 'No benchmarks yet.');
    return;
  }
  if (!existsSync(join(ROOT, 'cdn')) && !existsSync(join(ROOT, 'dist'))) {
    console.warn('Note: there is no dist/ or cdn/ yet; bench pages that load built files need "npm run build".');
  }
  const executablePath = findChrome();
  if (!executablePath)
    throw new Error('No Chrome or Chromium was found: set CHROME_PATH, or run "npm run test:browser".');

  const { server, origin } = await serveRepo();
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  const chrome = browser.version();
  const rows = [];
  try {
    for (const bench of benches) {
      const context = await browser.newContext();
      for (const name of bench.cases) {
        process.stdout.write(`${bench.name} / ${name} … `);
        try {
          const samples = await runCase(bench, context, origin, name, options.runs ?? bench.runs);
          const ours = stats(samples.ours);
          const peer = stats(samples.peer);
          rows.push({
            bench: bench.name,
            file: `bench/${bench.file}`,
            case: name,
            ours,
            peer,
            ratio: ours.median / peer.median
          });
          console.log('done');
        } catch (error) {
          rows.push({ bench: bench.name, file: `bench/${bench.file}`, case: name, error: error.message });
          console.log(`failed: ${error.message}`);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
  }

  printTable(rows);
  const report = { date: new Date().toISOString(), node: process.version, chrome, rows };
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${relative(ROOT, RESULTS)}.`);
  if (rows.some(r => r.error)) process.exitCode = 1;
}

// Run only as the command: bench scripts import serveRepo from here.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch(error => {
    console.error(`Benchmarks failed: ${error.message}`);
    process.exitCode = 1;
  });
}
