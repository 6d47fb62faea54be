// Every element on one page served with a strict Content-Security-Policy and Trusted Types enforced, as a careful
// library CMS would serve it. Any HTML string sink, inline style attribute or inline script shows up as a
// securitypolicyviolation event.
import { expect, waitUntil } from '@open-wc/testing';

type Frame = Window & { __cspViolations: string[] };

async function openStrictPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/all-elements-strict.html';
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('every element under a strict CSP with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let win: Frame;
  let doc: Document;

  before(async function () {
    this.timeout(30_000);
    frame = await openStrictPage();
    win = frame.contentWindow as Frame;
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
    await waitUntil(() => doc.querySelectorAll('tb-jargon').length >= 3, 'terms annotated', { timeout: 15_000 });
    const jargon = doc.querySelector('tb-jargon')!;
    await waitUntil(() => jargon.shadowRoot?.querySelector('button'), 'term button', { timeout: 10_000 });
    jargon.shadowRoot!.querySelector('button')!.click();
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
