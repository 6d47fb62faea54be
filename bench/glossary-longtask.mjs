// Long tasks (main-thread tasks over 50 ms) while <tb-glossary> loads a big or hostile glossary and while a term
// with the longest allowed explanation is opened (issue 15 §3: "never block the main thread for more than 50 ms
// while loading or opening"). Each run is a fresh page; the figures are the longest task, the number of long
// tasks and the time to ready / shown, as medians and maxima over the runs. Never part of `npm test`.
//
//   npm run build && node bench/glossary-longtask.mjs [--runs 5] [--json]
//   npm run bench -- longtask        through the shared harness (ours: longest task; peer: JSON.parse alone)
/* global window */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';

export const CASES = [
  'load 5,000 terms + 5 MB definition',
  'load 5,000 terms + 5 MB definition, with index',
  'load 5,000 terms + 5 MB definition, Markdown file',
  'open 20,000-char explanation: prose',
  'open 20,000-char explanation: *a repeated',
  'open 20,000-char explanation: lists 8 deep',
  'open 20,000-char explanation: links',
  'open 20,000-char explanation: prose, the moment the glossary is ready'
];

/** One run of one case on a page already at bench/pages/glossary-longtask.html. */
export async function runCase(page, name) {
  await page.waitForFunction(() => window.benchLongtask);
  await page.evaluate(() => window.benchLongtaskReady);
  if (name.startsWith('load')) {
    return page.evaluate(options => window.benchLongtask.load(options), {
      index: name.includes('index'),
      markdown: name.includes('Markdown')
    });
  }
  const [shape, when] = name.split(': ')[1].split(', ');
  const kind = { prose: 'prose', '*a repeated': 'emphasis', 'lists 8 deep': 'nested', links: 'links' }[shape];
  return page.evaluate(options => window.benchLongtask.open(options), { kind, cold: !!when });
}

/** For `npm run bench`: ours = the longest task of the run; peer = JSON.parse of the same 5 MB file, the floor. */
const bench = {
  name: 'Glossary: longest main-thread task (ms)',
  page: 'bench/pages/glossary-longtask.html',
  cases: CASES.slice(0, 3),
  runs: 3,
  warmup: 0,
  reload: true,
  async run(page, { side, case: name }) {
    if (side === 'ours') return (await runCase(page, name)).longest || 0.1;
    return page.evaluate(() => {
      const text = JSON.stringify({ terms: [{ term: 'Huge', definition: 'x'.repeat(5_000_000) }] });
      const start = window.performance.now();
      JSON.parse(text);
      return window.performance.now() - start;
    });
  }
};

export default bench;

// ——— standalone ———

const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

async function main() {
  const { chromium } = await import('playwright-core');
  const { CHROME_ARGS, findChrome } = await import('../scripts/find-chrome.mjs');
  const { serveRepo } = await import('./run.mjs');
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
  const filter = args.filter(a => !a.startsWith('--') && !/^\d+$/.test(a));
  const { server, origin } = await serveRepo();
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const before = loadavg();
  const results = [];
  try {
    for (const name of CASES.filter(c => !filter.length || filter.some(f => c.includes(f)))) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage();
        page.on('pageerror', e => console.error(`page error: ${e.message}`));
        await page.goto(`${origin}/bench/pages/glossary-longtask.html`);
        samples.push(await runCase(page, name));
        await page.close();
      }
      const pick = key => samples.map(s => s[key]).filter(Number.isFinite);
      const row = {
        case: name,
        runs,
        longestMedian: median(pick('longest')),
        longestMax: Math.max(...pick('longest')),
        longTasksMedian: median(pick('longTasks')),
        doneMedian: median(pick(name.startsWith('load') ? 'readyMs' : 'shownMs')),
        worst: samples.reduce((a, b) => (b.longest > a.longest ? b : a)).tasks.slice(0, 8)
      };
      results.push(row);
      console.log(
        `${name.padEnd(48)} longest median ${row.longestMedian.toFixed(0).padStart(5)} ms, max ${row.longestMax
          .toFixed(0)
          .padStart(5)} ms; long tasks (median) ${row.longTasksMedian}; ${
          name.startsWith('load') ? 'ready' : 'shown'
        } after ${row.doneMedian.toFixed(0)} ms`
      );
      if (args.includes('--tasks')) console.log('   worst run:', JSON.stringify(row.worst));
    }
    // The floor on this machine right now: one JSON.parse of a 5 MB file, which cannot be cut in pieces.
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/pages/glossary-longtask.html`);
    const floor = [];
    for (let i = 0; i < runs; i++) floor.push(await bench.run(page, { side: 'peer' }));
    await page.close();
    console.log(
      `JSON.parse of a 5 MB file alone (the floor): median ${median(floor).toFixed(0)} ms, max ${Math.max(...floor).toFixed(0)} ms`
    );
  } finally {
    await browser.close();
    server.close();
  }
  const after = loadavg();
  console.log(
    `\nLoad average before ${before.map(n => n.toFixed(2)).join(' ')}, after ${after
      .map(n => n.toFixed(2))
      .join(' ')} (${cpus().length} CPUs); ${runs} runs per case, each in a fresh page.`
  );
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
