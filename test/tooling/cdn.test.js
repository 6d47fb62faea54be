// @ts-check
/* global document, window, customElements -- page.evaluate() callbacks run in the browser */
// The built cdn/ files in real Chromium (playwright-core drives the machine's own Chromium; nothing is downloaded):
//   - the loader: a page with only <tb-problem-report> requests the loader, the problem report's file and its
//     chunks, and no other element's file or chunk (read from the network log); a placeholder added later loads
//     its element then;
//   - the single file: alone, on a page with a strict CSP and Trusted Types enforced, defines every element
//     (from src/components/*/define.ts), upgrades a placeholder, and sends a problem report to a real intake
//     server, with no policy violation;
//   - the recipes in docs/embedding.md: each one, as written, makes its element.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { elements, ROOT } from '../../scripts/elements.mjs';
import { closure } from '../../scripts/size.mjs';
import { startIntakeServer } from '../../server/app.js';
import { STRICT_CSP } from '../support/csp-middleware.js';

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.csv': 'text/csv' };
/** @type {Map<string, { html: string, csp?: string }>} */
const pages = new Map();
/** @type {http.Server} */
let server;
let base = '';
/** @type {import('playwright-core').Browser} */
let browser;
/** @type {any} */
let intake;
let dataDir = '';

before(async () => {
  if (!existsSync(join(ROOT, 'cdn/meta.json'))) {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    assert.equal(build.status, 0, 'npm run build failed');
  }
  server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages.get(path);
    if (page) {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        ...(page.csp ? { 'Content-Security-Policy': page.csp } : {})
      });
      return res.end(page.html);
    }
    // Only what a webmaster uploads: cdn/, and the fixtures the pages use.
    const file = normalize(join(ROOT, path));
    const allowed = ['cdn/', 'test/fixtures/'].some(dir => file.startsWith(join(ROOT, dir)));
    if (!allowed || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, {
      'Content-Type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream'
    });
    res.end(readFileSync(file));
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  base = `http://127.0.0.1:${address.port}`;
  dataDir = mkdtempSync(join(tmpdir(), 'tb-cdn-'));
  intake = await startIntakeServer({ dbPath: join(dataDir, 'db.sqlite'), allowedOrigins: [base], log: () => {} });
  const executablePath = findChrome();
  assert.ok(executablePath, 'No Chrome or Chromium found: set CHROME_PATH.');
  browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await intake?.close();
  await new Promise(resolve => (server ? server.close(() => resolve(undefined)) : resolve(undefined)));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Opens a page and records every request it makes. */
async function open(path, html, csp) {
  pages.set(path, { html, csp });
  const page = await browser.newPage();
  /** @type {string[]} */
  const requests = [];
  /** @type {string[]} */
  const errors = [];
  page.on('request', request => requests.push(new URL(request.url()).pathname));
  page.on('pageerror', error => errors.push(String(error)));
  page.on('console', message => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  // A missing file is an error, except the favicon the browser asks for by itself.
  page.on('response', response => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400 && path !== '/favicon.ico') errors.push(`${response.status()} ${path}`);
  });
  await page.goto(`${base}${path}`);
  return { page, requests, errors };
}

const cdnMeta = () => JSON.parse(readFileSync(join(ROOT, 'cdn/meta.json'), 'utf8'));

/** Every file (eager and lazy) that a cdn/ entry can ever load, as URL paths. */
function reachable(meta, entry) {
  const { eager, lazy } = closure(meta, entry);
  return new Set([...eager, ...lazy.flatMap(group => group.files)].map(file => `/${file}`));
}

test('the loader: a page with only <tb-problem-report> requests no other element’s file or chunk', async () => {
  const meta = cdnMeta();
  const folder = elements().find(e => e.tag === 'tb-problem-report')?.folder;
  assert.ok(folder, 'tb-problem-report is not defined by any define.ts');
  const mine = reachable(meta, `cdn/${folder}.js`);
  const others = new Set();
  for (const other of new Set(elements().map(e => e.folder))) {
    if (other === folder) continue;
    for (const file of reachable(meta, `cdn/${other}.js`)) if (!mine.has(file)) others.add(file);
  }
  assert.ok(others.size > 0, 'the other elements have files of their own to watch for');

  const { page, requests, errors } = await open(
    '/loader-one.html',
    `<!doctype html><html lang="en"><head><title>One report</title>
<script type="module" src="/cdn/techbridge.js"></script></head>
<body><main><h1>Help</h1><tb-problem-report></tb-problem-report></main></body></html>`
  );
  await page.waitForFunction(() => customElements.get('tb-problem-report') !== undefined, null, { timeout: 20000 });
  await page.waitForFunction(
    () => document.querySelector('tb-problem-report')?.shadowRoot?.querySelector('form') != null,
    null,
    { timeout: 20000 }
  );
  await page.waitForLoadState('networkidle');
  const scripts = requests.filter(p => p.startsWith('/cdn/'));
  assert.ok(scripts.includes('/cdn/techbridge.js'), scripts.join('\n'));
  assert.ok(scripts.includes(`/cdn/${folder}.js`), scripts.join('\n'));
  const foreign = scripts.filter(p => others.has(p));
  assert.deepEqual(foreign, [], `requested another element's files:\n${scripts.join('\n')}`);
  for (const p of scripts) assert.ok(p === '/cdn/techbridge.js' || mine.has(p), `unexpected request ${p}`);
  const undefinedTags = await page.evaluate(
    tags => tags.filter(tag => customElements.get(tag) !== undefined),
    elements()
      .filter(e => e.folder !== folder)
      .map(e => e.tag)
  );
  assert.deepEqual(undefinedTags, [], 'other elements were defined without being on the page');

  // Later: a placeholder for another element, as a CMS widget would insert it.
  const later = elements().find(e => e.folder !== folder);
  assert.ok(later);
  const name = later.tag.slice(3);
  await page.evaluate(n => {
    const div = document.createElement('div');
    div.setAttribute('data-tb', n);
    document.querySelector('main')?.append(div);
  }, name);
  await page.waitForFunction(tag => customElements.get(tag) !== undefined, later.tag, { timeout: 20000 });
  assert.ok(requests.includes(`/cdn/${later.folder}.js`), `no request for /cdn/${later.folder}.js`);
  assert.equal(await page.locator(later.tag).count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the single file alone, under a strict CSP with Trusted Types: every element defined, a report sent', async () => {
  const found = elements();
  const tags = found.map(e => e.tag);
  const [placeholder, ...rest] = tags;
  const body = rest.map(
    tag =>
      `<${tag}${tag === 'tb-problem-report' ? ` endpoint="${intake.url}/api/submissions" min-fill-seconds="0"` : ''}></${tag}>`
  );
  const { page, requests, errors } = await open(
    '/single-strict.html',
    `<!doctype html><html lang="en"><head><title>Strict</title>
<script src="/test/fixtures/strict-csp-listen.js"></script>
<script type="module" src="/cdn/techbridge.single.js"></script></head>
<body><main><div data-tb="${placeholder.slice(3)}"></div>${body.join('\n')}</main></body></html>`,
    STRICT_CSP
  );
  await page.waitForFunction(t => t.every(tag => customElements.get(tag) !== undefined), tags, { timeout: 30000 });
  await page.waitForFunction(tag => document.querySelector(tag) !== null, placeholder, { timeout: 10000 });
  const probe = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return 'allowed';
    } catch {
      return 'blocked';
    }
  });
  assert.equal(probe, 'blocked', 'Trusted Types is not enforced on the test page, so this test could not fail');
  await page.waitForFunction(() => /** @type {any} */ (window).__cspViolations.length > 0);
  await page.evaluate(() => {
    /** @type {any} */ (window).__cspViolations.length = 0;
  });
  errors.length = 0; // the probe's own "requires TrustedHTML" message

  if (tags.includes('tb-problem-report')) {
    const report = page.locator('tb-problem-report');
    await report.locator('#f-summary').fill('Receipt printer prints blank pages');
    await report.locator('#f-whatHappened').fill('I press print and a blank slip comes out.');
    await report.locator('#continue').click();
    await report.locator('#send').click();
    await page.waitForFunction(
      () => document.querySelector('tb-problem-report')?.shadowRoot?.querySelector('[data-outcome]') != null,
      null,
      { timeout: 20000 }
    );
    const outcome = await report.locator('[data-outcome]').getAttribute('data-outcome');
    assert.equal(outcome, 'sent');
    const stored = intake.db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE type = ?').get('problem-report');
    assert.ok(stored.n >= 1, 'the intake server has no problem report');
  }
  const scripts = requests.filter(p => p.endsWith('.js'));
  assert.deepEqual(scripts.sort(), ['/cdn/techbridge.single.js', '/test/fixtures/strict-csp-listen.js']);
  const violations = await page.evaluate(() => /** @type {any} */ (window).__cspViolations);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** `<!-- recipe: name part -->` followed by a fenced html block, in docs/embedding.md. */
function recipes() {
  const text = readFileSync(join(ROOT, 'docs/embedding.md'), 'utf8');
  /** @type {Map<string, Record<string, string>>} */
  const found = new Map();
  for (const m of text.matchAll(/<!-- recipe: ([a-z0-9-]+) (head|content) -->\s*```html\n([\s\S]*?)```/g)) {
    found.set(m[1], { ...(found.get(m[1]) ?? {}), [m[2]]: m[3] });
  }
  return found;
}

test('every recipe in docs/embedding.md makes its elements, as written', async () => {
  const all = recipes();
  assert.ok(all.size >= 4, `only ${all.size} recipes found in docs/embedding.md`);
  const known = new Set(elements().map(e => e.tag));
  for (const [name, { head = '', content = '' }] of all) {
    assert.ok(content, `recipe ${name} has no content block`);
    const local = s => s.replaceAll('https://your-library.example/techbridge/cdn/', '/cdn/');
    // What editors that strip scripts and unknown tags keep: the content of these recipes must be plain HTML.
    if (/strip|restricted|libguides/.test(name)) {
      assert.doesNotMatch(content, /<script|<tb-|\son[a-z]+=|style=/i, `recipe ${name}: its content would be stripped`);
    }
    const { page, errors } = await open(
      `/recipe-${name}.html`,
      `<!doctype html><html lang="en"><head><title>${name}</title>${local(head)}</head><body><main>${local(content)}</main></body></html>`
    );
    const wanted = [
      ...new Set([...content.matchAll(/data-tb="([a-z0-9-]+)"|<(tb-[a-z0-9-]+)/g)].map(m => m[2] ?? `tb-${m[1]}`))
    ];
    assert.ok(wanted.length > 0, `recipe ${name} has no element`);
    for (const tag of wanted) assert.ok(known.has(tag), `recipe ${name} uses ${tag}, which no define.ts defines`);
    await page.waitForFunction(
      t => t.every(tag => customElements.get(tag) !== undefined && document.querySelector(tag)?.shadowRoot),
      wanted,
      { timeout: 20000 }
    );
    assert.deepEqual(await page.locator('[data-tb]').count(), 0, `recipe ${name}: a placeholder was left`);
    assert.deepEqual(errors, [], `recipe ${name}`);
    await page.close();
  }
});
