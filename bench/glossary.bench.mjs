// <tb-glossary annotate> against mark.js on the same generated page: 20k and 200k words, 100 / 1,000 / 5,000 terms
// (a third of them multi-word), first occurrences only or ("every occurrence: …" cases) all of them. Timed from
// "glossary ready" to "the terms wrapped and laid out" (document.body.offsetHeight read after the wrapping): ours
// as working light terms (span role=button), mark.js as plain <mark>s. Standalone, the every-occurrence cases
// also time a bare DOM floor: one regular expression, plain <mark>s, same page. Never part of `npm test`.
//
//   npm run build && npm run bench -- glossary        through the shared harness (bench/README.md)
//   node bench/glossary.bench.mjs [--runs 5]           standalone, with "did not finish" / "threw" notes
//
// mark.js is stopped after a time cap (GLOSSARY_BENCH_CAP_MS, default 30 000 ms): a run that hits it counts as
// the cap (so ratios there are lower bounds) and later runs of that case are not repeated. Whether mark(array)
// throws at a term count is probed separately on a tiny page, because that failure does not depend on text size.
/* global window, customElements -- used inside page.evaluate callbacks, which run in the browser */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CAP_MS = Number(process.env.GLOSSARY_BENCH_CAP_MS) || 30_000;
const ALL = 'every occurrence: ';
const CASES = [
  `${ALL}20k words × 100 terms`,
  `${ALL}20k words × 1000 terms`,
  `${ALL}200k words × 1000 terms`,
  '20k words × 100 terms',
  '20k words × 1000 terms',
  '20k words × 5000 terms',
  '200k words × 100 terms',
  '200k words × 1000 terms',
  '200k words × 5000 terms'
];

function parseCase(name) {
  const [, all, words, terms] = /^(every occurrence: )?(\d+)k words × (\d+) terms$/.exec(name);
  return { words: Number(words) * 1000, terms: Number(terms), mode: all ? 'all' : 'first' };
}

/** Peer cases that already hit the cap: not re-run (each would cost the whole cap again). */
const capped = new Map();
/** Time before layout, per case and side, for the standalone report. */
const domTimes = new Map();
/** Notes for the standalone report. */
export const notes = new Map();

async function once(page, side, name) {
  const { words, terms, mode } = parseCase(name);
  await page.waitForFunction(() => window.benchGlossary && customElements.get('tb-glossary'));
  if (side === 'peer' && capped.has(name)) return capped.get(name);
  const result = await page.evaluate(
    ([s, t, w, cap, m]) =>
      s === 'ours'
        ? window.benchGlossary.ours(t, w, m)
        : s === 'screen'
          ? window.benchGlossary.screen(t, w, m)
          : s === 'floor'
            ? window.benchGlossary.floor(t, w)
            : window.benchGlossary.peer(t, w, cap, m),
    [side, terms, words, CAP_MS, mode]
  );
  if (result.dnf) {
    capped.set(name, result.ms);
    notes.set(name, `mark.js did not finish within ${CAP_MS / 1000} s (${result.done} of ${result.of} terms done)`);
  }
  if (side !== 'peer' || !result.dnf) notes.set(`${name} wrapped ${side}`, result.wrapped);
  // In pieces: until the last piece, and the longest task on the way.
  if (result.total !== undefined) {
    for (const [what, value] of [
      ['total', result.total],
      ['longest', result.longest]
    ]) {
      const key = `${name} ${side} ${what}`;
      if (!domTimes.has(key)) domTimes.set(key, []);
      domTimes.get(key).push(value);
    }
  }
  // Before layout: the wrapping alone (the rest of `ms` is the browser's style and layout work).
  if (result.dom !== undefined) {
    const key = `${name} ${side}`;
    if (!domTimes.has(key)) domTimes.set(key, []);
    domTimes.get(key).push(result.dom);
  }
  return result.ms;
}

export default {
  name: 'Glossary: annotate a page vs mark.js',
  page: 'bench/pages/glossary.html',
  cases: CASES,
  runs: 5,
  warmup: 1,
  run: (page, { side, case: name }) => once(page, side, name)
};

// ——— standalone ———

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function serve() {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.json': 'application/json'
  };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    // GLOSSARY_BENCH_CDN=<dir>: serve /cdn/ from a fresh build of the glossary entry instead of the shared cdn/.
    const alt = process.env.GLOSSARY_BENCH_CDN;
    const file = alt && path.startsWith('/cdn/') ? join(resolve(alt), path.slice(5)) : join(ROOT, path);
    if (
      !(file.startsWith(ROOT) || (alt && file.startsWith(resolve(alt)))) ||
      /[\\/](data|\.git)[\\/]/.test(file) ||
      !existsSync(file) ||
      statSync(file).isDirectory()
    ) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store'
    });
    createReadStream(file).pipe(res);
  });
  return new Promise(done => server.listen(0, '127.0.0.1', () => done(server)));
}

const median = values => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Standalone run: every case, interleaved, medians, ratios, mark(array) throw probe. Returns the rows. */
export async function run({ runs = 5, warmup = 1, cases = CASES } = {}) {
  const { chromium } = await import('playwright-core');
  const { findChrome, CHROME_ARGS } = await import('../scripts/find-chrome.mjs');
  const server = await serve();
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const rows = [];
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/bench/pages/glossary.html`);
    await page.waitForFunction(() => window.benchGlossary && customElements.get('tb-glossary'));
    const probes = {};
    for (const t of [100, 1000, 5000]) probes[t] = await page.evaluate(n => window.benchGlossary.probeThrows(n), t);
    for (const name of cases) {
      const samples = { ours: [], screen: [], peer: [], floor: [] };
      const sides = parseCase(name).mode === 'all' ? ['ours', 'screen', 'peer', 'floor'] : ['ours', 'screen', 'peer'];
      for (let i = 0; i < warmup + runs; i++) {
        for (const side of i % 2 ? [...sides].reverse() : sides) {
          const ms = await once(page, side, name);
          if (i >= warmup || (side === 'peer' && capped.has(name))) samples[side].push(ms);
        }
      }
      if (errors.length) throw new Error(errors.join('; '));
      const ours = median(samples.ours);
      const peer = median(samples.peer);
      const floor = samples.floor.length ? median(samples.floor) : undefined;
      // Medians over every run, warm-up included (a rough split of the figure, not a figure of its own).
      const oursDom = median(domTimes.get(`${name} ours`) ?? [NaN]);
      const floorDom = floor === undefined ? undefined : median(domTimes.get(`${name} floor`) ?? [NaN]);
      const { terms } = parseCase(name);
      const screen = median(samples.screen);
      const screenTotal = median(domTimes.get(`${name} screen total`) ?? [NaN]);
      const screenLongest = median(domTimes.get(`${name} screen longest`) ?? [NaN]);
      const row = {
        case: name,
        ours,
        peer,
        floor,
        oursDom,
        floorDom,
        screen,
        screenTotal,
        screenLongest,
        screenSpeedup: peer / screen,
        samples,
        speedup: peer / ours,
        wrapped: notes.get(`${name} wrapped ours`),
        wrappedPeer: notes.get(`${name} wrapped peer`),
        wrappedFloor: notes.get(`${name} wrapped floor`),
        note: notes.get(name) ?? '',
        markArrayThrows: probes[terms].threw ? probes[terms].message : ''
      };
      rows.push(row);
      console.log(
        `${name.padEnd(42)} ours ${ours.toFixed(1).padStart(8)} ms  mark.js ${capped.has(name) ? '≥' : ' '}${peer.toFixed(0).padStart(7)} ms  ${capped.has(name) ? '≥' : ' '}${row.speedup.toFixed(0)}×${floor === undefined ? '' : `  floor ${floor.toFixed(1)} ms (${row.wrappedFloor} marks; before layout ${floorDom.toFixed(1)} ms)`}  ours before layout ${oursDom.toFixed(1)} ms  in pieces: on screen ${screen.toFixed(1)} ms, all ${screenTotal.toFixed(1)} ms, longest task ${screenLongest.toFixed(0)} ms  wrapped ${row.wrapped} (mark.js ${row.wrappedPeer ?? '-'})${row.note ? `  (${row.note})` : ''}${row.markArrayThrows ? `  mark(array) threw: …${row.markArrayThrows.slice(-40)}` : ''}`
      );
    }
    const version = await browser.version();
    return { chrome: version, rows };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
  // Filters: "200k" (word count), "all" (every-occurrence cases), "first" (first-occurrence cases); combined: AND.
  const only = process.argv.filter(a => /^\d+k$/.test(a));
  const mode = process.argv.includes('all') ? 'all' : process.argv.includes('first') ? 'first' : undefined;
  const cases = CASES.filter(
    c => (!only.length || only.some(o => c.replace(ALL, '').startsWith(o))) && (!mode || parseCase(c).mode === mode)
  );
  run({ runs, cases }).then(
    r => console.log(JSON.stringify(r, null, 2)),
    e => {
      console.error(e);
      process.exitCode = 1;
    }
  );
}
