// <tb-problem-report> in Spanish and on light and dark pages: every state the tests reach, walked against the
// English catalog, and axe on both page colours.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/problem-report/define.js';
import type { TbProblemReport } from '../../../src/components/problem-report/problem-report.js';
import en from '../../../src/components/problem-report/strings/en.js';
import es from '../../../src/components/problem-report/strings/es.js';
import { getOutbox } from '../../../src/core/outbox.js';
import { resetDelivery, sendAndWait, startDelivery, toReview, type } from '../../support/problem-report.js';
import { setFaults } from '../../support/servers.js';
import { $, $$, sr } from '../../support/shadow.js';

let endpoint = '';
let counter = 0;
const uid = () => `pr-lang-${Date.now()}-${counter++}`;

const messages = (catalog: Record<string, string | Record<string, string>>) =>
  Object.values(catalog).flatMap(m => (typeof m === 'string' ? [m] : Object.values(m)));
/** Words that are the same in both languages. Everything else English in Spanish is a leak. */
const SAME_IN_BOTH = new Set(['Error:', ', zoom']);
/** Pieces of English UI text (between placeholders) long enough to be words. */
const englishPieces = [
  ...new Set(
    messages(en as never)
      .flatMap(m => m.split(/\{\w+\}/))
      .map(p => p.trim())
      .filter(p => p.length >= 6 && /[a-z]{3}/i.test(p) && !SAME_IN_BOTH.has(p))
  )
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words only: "Problem" is not in "Problema". */
const pieceRes = englishPieces.map(p => ({ p, re: new RegExp(`(?:^|[^\\p{L}])${escape(p)}(?:$|[^\\p{L}])`, 'u') }));

/** What a person reads in the element, leaving out what they typed and the server's folded-away words. */
function visibleText(el: Element, typed: string[]): string {
  const walker = document.createTreeWalker(sr(el), NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, pre, code')) continue;
    const details = parent.closest('details');
    if (details && !details.open && !parent.closest('summary')) continue;
    let text = node.textContent ?? '';
    for (const t of typed) text = text.split(t).join(' ');
    if (text.trim()) parts.push(text.trim());
  }
  // Attributes people hear too.
  for (const node of sr(el).querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
    for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
      const value = node.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join('\n');
}

function expectNoEnglish(el: Element, state: string, typed: string[] = []) {
  const text = visibleText(el, typed);
  const found = pieceRes.filter(({ re }) => re.test(text)).map(({ p }) => p);
  expect(found, `English words in the "${state}" state`).to.deep.equal([]);
}

async function inSpanish(attrs: { endpoint?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="es">
      <tb-problem-report
        id=${uid()}
        endpoint=${attrs.endpoint ?? ''}
        min-fill-seconds="0"
        remember
        library-systems
        fallback-email="ti@biblioteca.example"
        fallback-phone="555-0100"
      ></tb-problem-report>
    </div>`
  );
  const el = wrapper.querySelector('tb-problem-report')!;
  await waitUntil(() => sr(el).querySelector('h2')?.textContent === es.heading, 'the Spanish catalog loads', {
    timeout: 10000
  });
  $<HTMLDetailsElement>(el, 'details').open = true;
  await el.updateComplete;
  return el;
}

const TYPED = ['La impresora de recibos imprime hojas en blanco', 'Presiono imprimir y sale una hoja en blanco.'];

async function fillSpanish(el: TbProblemReport) {
  await type(el, 'summary', TYPED[0]);
  await type(el, 'whatHappened', TYPED[1]);
}

describe('<tb-problem-report> in Spanish and on light and dark pages', () => {
  before(async () => {
    endpoint = await startDelivery();
  });

  beforeEach(resetDelivery);

  it('has the English pieces to look for (the check itself can fail)', () => {
    expect(englishPieces.length).to.be.greaterThan(150);
    expect(englishPieces).to.include('Report a computer problem');
    expect(pieceRes.some(({ re }) => re.test('Aviso enviado. Report sent'))).to.equal(true);
    expect(pieceRes.some(({ re }) => re.test('Problema, Programa, Cancelar'))).to.equal(false);
  });

  it('shows no English in the form, the errors, the coaching and the check step', async () => {
    const el = await inSpanish({ endpoint });
    expectNoEnglish(el, 'form');
    await expect(el).to.be.accessible();
    await toReview(el);
    expect($(el, '.error-summary')).to.exist;
    expectNoEnglish(el, 'errors');
    await type(el, 'summary', 'la impresora no sirve');
    await type(el, 'whatHappened', 'se cayó el sistema');
    await waitUntil(() => sr(el).querySelector('#coaching'), 'coaching', { timeout: 5000 });
    expect($(el, '#coaching').textContent).to.include('Usted escribió «la impresora no sirve»');
    expectNoEnglish(el, 'coaching', ['la impresora no sirve', 'se cayó el sistema']);
    await fillSpanish(el);
    await toReview(el);
    expect($(el, '#review-heading').textContent).to.equal('Revise su aviso');
    expectNoEnglish(el, 'check your report', TYPED);
    await expect(el).to.be.accessible();
  });

  it('shows no English when sent, queued, refused and not connected', async () => {
    const sent = await inSpanish({ endpoint });
    await fillSpanish(sent);
    await toReview(sent);
    expect(await sendAndWait(sent)).to.equal('sent');
    expectNoEnglish(sent, 'sent', TYPED);
    await expect(sent).to.be.accessible();

    await setFaults({ mode: 'down' });
    const queued = await inSpanish({ endpoint });
    await fillSpanish(queued);
    await toReview(queued);
    expect(await sendAndWait(queued)).to.equal('queued');
    expectNoEnglish(queued, 'queued', TYPED);
    await expect(queued).to.be.accessible();
    await setFaults({ mode: 'ok' });

    const failed = await inSpanish({ endpoint });
    await fillSpanish(failed);
    await toReview(failed);
    failed.addEventListener('tb-submit', e => ((e.detail.envelope.data as Record<string, unknown>).unexpected = 1), {
      once: true
    });
    expect(await sendAndWait(failed)).to.equal('failed');
    expectNoEnglish(failed, 'refused', TYPED);
    await expect(failed).to.be.accessible();

    const local = await inSpanish();
    await fillSpanish(local);
    await toReview(local);
    expect(await sendAndWait(local)).to.equal('local');
    expectNoEnglish(local, 'not connected', TYPED);
    await expect(local).to.be.accessible();
  });

  it('shows no English around known problems and the "affecting me too" note', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <tb-problem-report
          id=${uid()}
          endpoint=${endpoint}
          status-src="/test/fixtures/problem-report/status.json"
        ></tb-problem-report>
      </div>`
    );
    const el = wrapper.querySelector('tb-problem-report')!;
    await waitUntil(() => sr(el).querySelector('[data-incident]'), 'known problems', { timeout: 10000 });
    await waitUntil(() => sr(el).querySelector('h2')?.textContent === es.heading, 'Spanish', { timeout: 10000 });
    // The incident's own words come from the status file (the library's data), not from us.
    const data = [
      'Printing at Main is not working <img src=x onerror=alert(1)>',
      'Jobs do not reach the release station. <script>alert(2)</script>',
      'Use the upstairs printer.'
    ];
    expectNoEnglish(el, 'known problems', data);
    $<HTMLButtonElement>(el, '[data-incident]').click();
    await el.updateComplete;
    expectNoEnglish(el, 'affecting me too', data);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.incidents form button[type="submit"]').click();
    await waitUntil(() => sr(el).querySelector('[id^="incident-result-"]'), 'note sent', { timeout: 15000 });
    expect($(el, '[id^="incident-result-"]').textContent).to.include('Gracias');
    expectNoEnglish(el, 'note sent', data);
  });

  it('names set-up problems in Spanish (the console keeps the English details)', async () => {
    const el = await inSpanish();
    el.setAttribute('fallback-email', 'not-an-email');
    el.setAttribute('screenshot-max-kb', '0');
    el.setAttribute('library-systems', 'sierra nonsense');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    const text = $(el, '[part="config"]').textContent!;
    expect(text).to.include(es.configBadEmail);
    expect(text).to.include('"nonsense"');
    expect(text).to.include('heading-level');
    expect(text).to.not.include('is not an email address');
    expectNoEnglish(el, 'set-up problems', ['"nonsense"']);
    await expect(el).to.be.accessible();
  });

  it('shows no English for a saved report the inbox turned down later', async () => {
    const el = await inSpanish({ endpoint });
    await setFaults({ mode: 'down' });
    await fillSpanish(el);
    await toReview(el);
    el.addEventListener('tb-submit', e => ((e.detail.envelope.data as Record<string, unknown>).unexpected = 1), {
      once: true
    });
    expect(await sendAndWait(el)).to.equal('queued');
    expectNoEnglish(el, 'queued', TYPED);
    // The page is left; on the next visit the inbox turns it down.
    el.parentElement!.remove();
    const next = await inSpanish({ endpoint });
    await setFaults({ mode: 'ok' });
    await getOutbox().flush();
    await waitUntil(() => sr(next).querySelector('[data-refused]'), 'listed on the next visit', { timeout: 15000 });
    expect($(next, '[data-refused] h3').textContent!.trim()).to.match(/^El buzón de TI no aceptó un aviso del /);
    expectNoEnglish(next, 'refused, next visit', TYPED);
    await expect(next).to.be.accessible();
  });

  it('puts the Spanish words of the programs and the checklist in the form and the report', async () => {
    const el = await inSpanish();
    const options = [...sr(el).querySelectorAll('#f-program option')].map(o => o.textContent!.trim());
    expect(options).to.include('Sierra (sistema de la biblioteca: préstamos, reservas, usuarios)');
    expect(options).to.include('Fotocopiadora o escáner');
    expect(sr(el).textContent).to.include('Reinicié la computadora');
  });

  it('switches language when the page’s lang changes at run time', async () => {
    const el = await inSpanish();
    const wrapper = el.parentElement!;
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => sr(el).querySelector('h2')?.textContent === en.heading, 'back to English', { timeout: 5000 });
    expect($(el, 'label[for="f-summary"]').textContent).to.equal(en.summaryLabel);
    wrapper.setAttribute('lang', 'es-MX');
    await waitUntil(() => sr(el).querySelector('h2')?.textContent === es.heading, 'Spanish again', { timeout: 5000 });
    expectNoEnglish(el, 'form after switching');
  });

  for (const page of ['light', 'dark'] as const) {
    it(`is readable on a ${page} page (axe, every state reached here)`, async () => {
      const form = html`<tb-problem-report
        id=${uid()}
        endpoint=${endpoint}
        min-fill-seconds="0"
        remember
      ></tb-problem-report>`;
      const wrapper = await fixture<HTMLDivElement>(
        page === 'dark'
          ? html`<div style="background:#1b1b1b;color:#eee;padding:1rem">${form}</div>`
          : html`<div style="background:#ffffff;color:#0b0c0c;padding:1rem">${form}</div>`
      );
      const el = wrapper.querySelector('tb-problem-report')!;
      await el.updateComplete;
      if (page === 'dark') await waitUntil(() => el.matches(':state(dark)'), 'dark palette', { timeout: 5000 });
      $<HTMLDetailsElement>(el, 'details').open = true;
      await el.updateComplete;
      await expect(el, 'form').to.be.accessible();
      await toReview(el);
      await expect(el, 'errors').to.be.accessible();
      await type(el, 'summary', 'The copier is broken');
      await type(el, 'whatHappened', 'It just stopped working');
      await waitUntil(() => sr(el).querySelector('#coaching'), 'coaching', { timeout: 5000 });
      await expect(el, 'coaching').to.be.accessible();
      await toReview(el);
      await expect(el, 'check').to.be.accessible();
      expect(await sendAndWait(el)).to.equal('sent');
      await expect(el, 'sent').to.be.accessible();
      // A refusal, with its copy / email / call choices.
      $$(el, 'button')
        .find(b => b.textContent!.includes('Report another problem'))!
        .click();
      await el.updateComplete;
      await type(el, 'summary', 'Self-check frozen');
      await type(el, 'whatHappened', 'The screen stopped on "Please wait".');
      await toReview(el);
      el.addEventListener('tb-submit', e => ((e.detail.envelope.data as Record<string, unknown>).unexpected = 1), {
        once: true
      });
      expect(await sendAndWait(el)).to.equal('failed');
      await expect(el, 'failed').to.be.accessible();
    });
  }
});
