// Every element on one page served with a strict Content-Security-Policy and Trusted Types enforced, as a careful
// library CMS would serve it. Any HTML string sink, inline style attribute or inline script shows up as a
// securitypolicyviolation event.
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, type StrictWindow } from '../support/strict-page.js';

describe('every element under a strict CSP with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let win: StrictWindow;
  let doc: Document;

  before(async function () {
    this.timeout(30_000);
    frame = await openFrame('/test/fixtures/all-elements-strict.html');
    win = frame.contentWindow as StrictWindow;
    doc = frame.contentDocument!;
    await waitUntil(() => win.customElements.get('tb-partner-finder'), 'elements defined', { timeout: 15_000 });
  });

  after(() => frame.remove());

  it('really enforces the policy in the page, and the listener sees it (so this test can fail)', async () => {
    const probe = doc.createElement('div');
    expect(() => {
      probe.innerHTML = '<b>string sink</b>';
    }).to.throw(/TrustedHTML/);
    await waitUntil(() => win.__cspViolations.length > 0, 'the violation reported');
    win.__cspViolations.length = 0;
  });

  it('renders, annotates, opens a definition and validates a form without a single violation', async function () {
    this.timeout(30_000);
    // Annotated terms are light spans, styled by an adopted stylesheet, until used; a click makes a <tb-jargon>.
    await waitUntil(() => doc.querySelectorAll('[data-tb-term]').length >= 3, 'terms annotated', { timeout: 15_000 });
    const light = doc.querySelector<HTMLElement>('[data-tb-term]')!;
    expect(win.getComputedStyle(light).textDecorationStyle).to.equal('dotted');
    light.click();
    await waitUntil(() => doc.querySelector('tb-jargon'), 'term used', { timeout: 10_000 });
    const jargon = doc.querySelector('tb-jargon')!;
    // The definition is Markdown: this goes through marked, DOMPurify and the techbridge policy.
    await waitUntil(() => (jargon.shadowRoot!.textContent ?? '').length > 80, 'definition shown', { timeout: 10_000 });

    const index = doc.querySelector('tb-glossary-index')!;
    await waitUntil(() => (index.shadowRoot?.textContent ?? '').includes('OPAC'), 'index rendered', {
      timeout: 10_000
    });

    const report = doc.querySelector('tb-problem-report')!;
    await waitUntil(() => report.shadowRoot?.querySelector('form'), 'report form', { timeout: 10_000 });
    const form = report.shadowRoot!.querySelector('form')!;
    form.requestSubmit();
    await waitUntil(() => report.shadowRoot!.querySelector('[role="alert"]'), 'error summary', { timeout: 10_000 });

    const finder = doc.querySelector('tb-partner-finder')!;
    await waitUntil(() => (finder.shadowRoot?.textContent ?? '').match(/\d+ (partners|organi[sz]ations)/i), 'results', {
      timeout: 10_000
    });

    expect(win.__cspViolations, win.__cspViolations.join('\n')).to.deep.equal([]);
  });
});
