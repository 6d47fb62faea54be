/* global process, window */
// Prints the decline letter, the receipt and the policy page of <tb-donation-checker> to PDF with Chromium
// (playwright-core page.pdf, which uses the print stylesheet) and reads the PDFs' text back with PDF.js.
// Each PDF must hold its own text, and nothing else of the element or of the page around it.
//   node --test test/components/donation-checker/print.node-test.mjs      (npm run test:print)
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CHROME_ARGS, findChrome } from '../../../scripts/find-chrome.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
let browser;
let bundle;

before(async () => {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/components/donation-checker/define.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    splitting: false,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning'
  });
  bundle = result.outputFiles[0].text;
  const executablePath = process.env.CHROME_PATH || findChrome() || '/usr/bin/chromium';
  browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
});

after(() => browser?.close());

async function pdfText(buffer) {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map(item => item.str).join(' '));
  }
  return { pages: doc.numPages, text: pages.join('\n').replace(/\s+/g, ' ') };
}

async function page(attributes = '') {
  const p = await browser.newPage();
  await p.setContent(`<!doctype html><html lang="en"><head><title>Intranet</title></head><body>
    <header><p>Library intranet menu</p></header>
    <main><tb-donation-checker today="2026-12-06" ${attributes}></tb-donation-checker></main>
    <footer><p>Staff footer</p></footer></body></html>`);
  await p.addScriptTag({ type: 'module', content: bundle });
  // The print dialog cannot open here; the element's own Print button still marks what to print.
  await p.evaluate(() => (window.print = () => undefined));
  await p.locator('tb-donation-checker').locator('.root').waitFor();
  return p;
}

async function printPdf(p) {
  await p.emulateMedia({ media: 'print' });
  return pdfText(await p.pdf({ format: 'A4', printBackground: false }));
}

async function fill(p, values) {
  const el = p.locator('tb-donation-checker');
  for (const [id, value] of Object.entries(values)) {
    const control = el.locator(`#${id}`);
    if ((await control.evaluate(node => node.tagName)) === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
  await el.getByRole('button', { name: 'Check against our policy' }).click();
  await el.locator('.outcome-title').waitFor();
}

test('the decline letter prints alone, with the clauses and the referral places', async () => {
  const p = await page();
  await fill(p, { type: 'monitor-crt', model: 'Sony Trinitron', year: '2003' });
  await p.locator('tb-donation-checker').locator('#donor-name').fill('Ana Pérez');
  await p.locator('[data-output="letter"]').getByRole('button', { name: 'Print' }).click();
  const { pages, text } = await printPdf(p);
  assert.equal(pages, 1);
  assert.match(text, /Dear Ana Pérez,/);
  assert.match(text, /Thank you for offering your Sony Trinitron/);
  assert.match(text, /We cannot take tube \(CRT\) monitors/);
  assert.match(text, /electronics recycling day/);
  for (const absent of [
    'Library intranet menu',
    'Staff footer',
    'Check against our policy',
    'Note for staff',
    'Print'
  ]) {
    assert.ok(!text.includes(absent), `"${absent}" must not be printed`);
  }
  await p.close();
});

test('the receipt prints alone and states no value', async () => {
  const p = await page();
  await fill(p, {
    type: 'desktop',
    model: 'Dell OptiPlex 7090',
    year: '2022',
    quantity: '3',
    cpu: 'Intel Core i5-10505',
    ram: '16'
  });
  await p.locator('[data-output="receipt"]').getByRole('button', { name: 'Print' }).click();
  const { pages, text } = await printPdf(p);
  assert.equal(pages, 1);
  assert.match(text, /Donation receipt/);
  assert.match(text, /3 × Dell OptiPlex 7090/);
  assert.match(text, /It does not state a value/);
  assert.ok(!/\$\s?\d/.test(text), 'no money amount');
  for (const absent of ['Library intranet menu', 'Someone needs to take a closer look', 'Note for staff']) {
    assert.ok(!text.includes(absent), `"${absent}" must not be printed`);
  }
  await p.close();
});

test('the policy page prints every clause and no buttons', async () => {
  const p = await page('view="policy" lang="es"');
  await p.locator('tb-donation-checker').getByRole('button', { name: 'Imprimir esta página' }).click();
  const { text } = await printPdf(p);
  assert.match(text, /Donación de computadoras: lo que aceptamos/);
  assert.match(text, /Cláusula 1\.2 Los equipos no deben tener más de 6 años\./);
  assert.match(text, /Cláusula 4\.1/);
  assert.match(text, /Otros lugares que quizá lo acepten/);
  for (const absent of ['Library intranet menu', 'Imprimir esta página']) {
    assert.ok(!text.includes(absent), `"${absent}" must not be printed`);
  }
  await p.close();
});
