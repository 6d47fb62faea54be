#!/usr/bin/env node
// npm run soak [-- --n 1000] [-- --seed 7]: a bounded fault soak, loopback only. A real Chromium page saves N
// reports in the real outbox (src/core/outbox.ts, bundled with esbuild), which sends them through the fault proxy
// (test/support/fault-proxy.js: dropped connections, 500s, 429s, stalls past the client's timeout, answers lost
// after the server stored the report) to the real intake server and its SQLite file. Midway the page is reloaded;
// right after the last save the browser is closed and started again on the same profile. Passes when the
// database holds exactly N reports, each once, and the outbox is empty. Kept out of `npm test`: it takes minutes.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startIntakeServer } from '../server/app.js';
import { startFaultProxy } from '../test/support/fault-proxy.js';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: { n: { type: 'string', default: '200' }, seed: { type: 'string', default: '11' } }
});
const N = Number(values.n);
const SEED = Number(values.seed);
const TYPE = 'soak-report';
/** Every third POST meets a fault (about 30 %). */
const RATES = { drop: 0.06, e500: 0.06, e429: 0.03, hang: 0.05, lost: 0.1 };
const DEADLINE_MS = 10 * 60_000;

/** What the page runs: the outbox with short retry delays, and two calls for this script. */
const ENTRY = `
import { getOutbox } from './src/core/outbox.ts';
import { createEnvelope } from './src/core/envelope.ts';
const outbox = getOutbox();
outbox.options = { ...outbox.options, baseDelayMs: 300, maxDelayMs: 3000, timeoutMs: 2000, concurrency: 4 };
outbox.start();
window.tbSoak = {
  async save(endpoint, from, to) {
    for (let n = from; n < to; n++) {
      await outbox.save(endpoint, createEnvelope('${TYPE}', { n, text: 'Soak report ' + n }));
    }
    void outbox.flush();
  },
  async waiting() {
    const entries = await outbox.list();
    return { pending: entries.filter(e => e.state === 'pending').length, failed: entries.filter(e => e.state !== 'pending').length };
  }
};
`;

async function main() {
  const chrome = findChrome();
  if (!chrome) throw new Error('No Chrome or Chromium found: set CHROME_PATH.');
  const dir = mkdtempSync(join(tmpdir(), 'tb-soak-'));
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'soak-entry.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022'
  });
  const script = bundle.outputFiles[0].text;

  const page = createServer((req, res) => {
    if (req.url === '/soak.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    } else {
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>Soak</title><script type="module" src="/soak.js"></script>');
    }
  });
  await new Promise(done => page.listen(0, '127.0.0.1', () => done(undefined)));
  const pageOrigin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (page.address()).port}`;

  const app = await startIntakeServer({
    dbPath: join(dir, 'soak.sqlite'),
    allowedOrigins: [pageOrigin],
    extraTypes: [TYPE],
    rateLimit: null,
    log: () => {}
  });
  const proxy = await startFaultProxy(app.url);
  proxy.configure({ mode: 'random', seed: SEED, rates: RATES, hangMs: 3000, retryAfter: '1' });
  const endpoint = `${proxy.url}/api/submissions`;
  const profile = join(dir, 'profile');
  const started = Date.now();
  const launch = () =>
    chromium.launchPersistentContext(profile, { executablePath: chrome, headless: true, args: CHROME_ARGS });

  let failedLeft = 0;
  try {
    // First browser: half the reports, a reload while they are being sent, then the rest, then closed at once.
    let context = await launch();
    let tab = await context.newPage();
    await tab.goto(pageOrigin);
    await tab.waitForFunction(() => 'tbSoak' in globalThis);
    const half = Math.floor(N / 2);
    await tab.evaluate(([url, to]) => /** @type {any} */ (globalThis).tbSoak.save(url, 0, to), [endpoint, half]);
    await tab.waitForTimeout(1500);
    await tab.reload();
    await tab.waitForFunction(() => 'tbSoak' in globalThis);
    await tab.evaluate(
      ([url, from, to]) => /** @type {any} */ (globalThis).tbSoak.save(url, from, to),
      [endpoint, half, N]
    );
    await context.close();

    // Second browser, same profile: the outbox finds what is left and sends it.
    context = await launch();
    tab = await context.newPage();
    await tab.goto(pageOrigin);
    await tab.waitForFunction(() => 'tbSoak' in globalThis);
    for (;;) {
      const { pending, failed } = await tab.evaluate(() => /** @type {any} */ (globalThis).tbSoak.waiting());
      failedLeft = failed;
      if (pending === 0) break;
      if (Date.now() - started > DEADLINE_MS) throw new Error(`${pending} reports still waiting after 10 minutes`);
      await tab.waitForTimeout(1000);
    }
    await context.close();
  } finally {
    await proxy.close();
  }

  const rows = /** @type {{ rows: number, different: number }} */ (
    app.db
      .prepare(
        `SELECT COUNT(*) AS rows, COUNT(DISTINCT json_extract(envelope, '$.data.n')) AS different FROM submissions WHERE type = ?`
      )
      .get(TYPE)
  );
  const stats = proxy.stats();
  await app.close();
  await new Promise(done => page.close(() => done(undefined)));
  rmSync(dir, { recursive: true, force: true });

  const result = {
    reports: N,
    stored: rows.rows,
    different: rows.different,
    refusedInOutbox: failedLeft,
    posts: stats.posts,
    faults: stats.outcomes,
    replays: stats.replays,
    seconds: Math.round((Date.now() - started) / 1000)
  };
  console.log(JSON.stringify(result, null, 2));
  const ok = rows.rows === N && rows.different === N && failedLeft === 0;
  console.log(ok ? `PASS: ${N} of ${N} stored, none twice.` : 'FAIL: see the numbers above.');
  process.exit(ok ? 0 : 1);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
