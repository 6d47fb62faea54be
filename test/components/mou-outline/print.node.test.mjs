/* global URL, document, customElements, setTimeout */
// The print layout of <tb-mou-outline>, printed to PDF by Chromium (playwright-core `page.pdf`), read back with
// PDF.js: headings, page numbers ("Page 1 of 3"), signature lines, and the DRAFT mark while required sections
// are missing. Run: node --test test/components/mou-outline/print.node.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findChrome } from '../../../scripts/find-chrome.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let server;
let browser;
let base = '';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MOU print</title></head>
<body><h1>A library intranet page</h1><p>Other things on the page that must not print.</p>
<div id="host"></div><script type="module" src="/mou.js"></script></body></html>`;

before(async () => {
  const bundle = await build({
    entryPoints: [`${ROOT}src/components/mou-outline/define.ts`],
    bundle: true,
    format: 'esm',
    write: false,
    tsconfig: `${ROOT}tsconfig.json`,
    absWorkingDir: ROOT,
    outdir: 'out',
    splitting: false,
    logLevel: 'silent'
  });
  const js = bundle.outputFiles.find(f => f.path.endsWith('.js')).text;
  server = createServer((req, res) => {
    if (req.url === '/mou.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: findChrome() ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const HALF_DONE = {
  parties: { library: 'Riverside Public Library', partner: 'Riverside Job Center', project: 'Job Help Nights' },
  roles: { 'does@a': 'Books the lab', 'does@b': 'Sends a coach' },
  signatures: { 'name@a': 'Lee Park', 'title@a': 'Director', 'name@b': 'Sam Oduya', 'title@b': 'Director' }
};

async function printToText(lang, answers, mode = 'document') {
  const page = await browser.newPage();
  try {
    await page.goto(base);
    await page.evaluate(
      async ({ lang, answers, mode }) => {
        const host = document.getElementById('host');
        host.lang = lang;
        await customElements.whenDefined('tb-mou-outline');
        const el = document.createElement('tb-mou-outline');
        host.append(el);
        await el.updateComplete;
        el.doc = { answers, na: {}, dismissals: [] };
        await el.updateComplete;
        if (lang === 'es') {
          for (let i = 0; i < 100 && !el.shadowRoot.textContent.includes('Memorando'); i++) {
            await new Promise(r => setTimeout(r, 50));
          }
        }
        await el.preparePrint(mode);
      },
      { lang, answers, mode }
    );
    const pdf = await page.pdf({ format: 'A4' });
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(
        content.items
          .map(i => i.str)
          .join(' ')
          .replace(/\s+/g, ' ')
      );
    }
    return pages;
  } finally {
    await page.close();
  }
}

describe('<tb-mou-outline> print layout (PDF)', () => {
  it('has the headings, signature lines, page numbers and DRAFT while required sections are missing', async () => {
    const pages = await printToText('en', HALF_DONE);
    const all = pages.join('\n');
    assert.ok(pages.length >= 2, `expected several pages, got ${pages.length}`);
    for (const heading of [
      'Job Help Nights',
      'Who is taking part',
      'Roles and responsibilities',
      'Not a contract',
      'Signatures'
    ]) {
      assert.ok(all.includes(heading), `missing heading ${heading}`);
    }
    assert.ok(pages[0].includes('DRAFT'), 'DRAFT mark on the first page');
    assert.ok(all.includes('required sections are not complete'));
    assert.match(all, /Signature\s+Date/);
    assert.ok(all.includes('Lee Park') && all.includes('Sam Oduya'));
    pages.forEach((text, i) =>
      assert.ok(text.includes(`Page ${i + 1} of ${pages.length}`), `page number on page ${i + 1}`)
    );
    assert.ok(!all.includes('Other things on the page'), 'the rest of the page is not printed');
    assert.ok(!all.includes('Drafts and files'), 'the form is not printed');
  });

  it('drops the DRAFT mark once every required section is complete', async () => {
    const done = {
      ...HALF_DONE,
      'assets-needs': { 'brings@a': 'Lab', 'brings@b': 'Coaches' },
      audiences: { audiences: 'Job seekers' },
      purpose: { purpose: 'Help people apply online.', goals: [{ goal: 'More applications', measure: '150 by June' }] },
      timeline: { start: '2026-09-01', end: '2027-06-30' },
      contacts: { people: [{ name: 'Ana Ruiz' }], decisions: 'Together, monthly.' },
      ending: { how: 'Thirty days notice.' },
      statement: { agreed: 'yes' }
    };
    const all = (await printToText('en', done)).join('\n');
    assert.ok(!all.includes('DRAFT'), 'no DRAFT mark');
    assert.ok(all.includes('Page 1 of'));
  });

  it('prints in Spanish, with Spanish page numbers', async () => {
    const pages = await printToText('es', HALF_DONE);
    const all = pages.join('\n');
    assert.ok(pages[0].includes('BORRADOR'));
    assert.ok(all.includes('Funciones y responsabilidades'));
    assert.ok(all.includes(`Página 1 de ${pages.length}`));
    assert.match(all, /Firma\s+Fecha/);
  });

  it('prints the one-page board summary', async () => {
    const pages = await printToText('en', HALF_DONE, 'summary');
    assert.equal(pages.length, 1);
    assert.ok(pages[0].includes('Summary for the board'));
    assert.ok(pages[0].includes('Riverside Public Library; Riverside Job Center'));
  });
});

describe('<tb-mou-outline> drafts across a real page reload', () => {
  it('restores what was typed after the page is reloaded', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(base);
      await page.evaluate(async () => {
        await customElements.whenDefined('tb-mou-outline');
        const el = document.createElement('tb-mou-outline');
        document.getElementById('host').append(el);
        await el.updateComplete;
      });
      const field = page.locator('tb-mou-outline #f-parties-project');
      await field.click();
      await page.keyboard.type('Reading Buddies');
      await page.locator('tb-mou-outline #f-parties-partner').fill('Riverside Schools');
      await page.waitForFunction(() =>
        document.querySelector('tb-mou-outline').shadowRoot.textContent.includes('Saved on this computer')
      );
      await page.reload();
      await page.evaluate(async () => {
        await customElements.whenDefined('tb-mou-outline');
        document.getElementById('host').append(document.createElement('tb-mou-outline'));
      });
      await page.waitForFunction(
        () => document.querySelector('tb-mou-outline')?.doc?.answers?.parties?.partner === 'Riverside Schools'
      );
      assert.equal(await page.locator('tb-mou-outline #f-parties-project').inputValue(), 'Reading Buddies');
      assert.equal(await page.locator('tb-mou-outline #draft-name').inputValue(), 'Reading Buddies');
    } finally {
      await context.close();
    }
  });
});
