// The donation checker as a webmaster puts it on a page: a CMS placeholder, under a strict Content-Security-Policy
// with Trusted Types enforced; and the generated copies of its data match the files people edit.
import { expect, waitUntil } from '@open-wc/testing';
import { OS_EOL } from '../../../src/components/donation-checker/os-eol-data.js';
import { PRESETS } from '../../../src/components/donation-checker/presets-data.js';
import { openFrame, type StrictWindow } from '../../support/strict-page.js';

describe('tb-donation-checker on a page', () => {
  it('comes from a CMS placeholder and works under a strict CSP without a single violation', async function () {
    this.timeout(60_000);
    const frame = await openFrame('/test/fixtures/donation-checker-strict.html');
    const win = frame.contentWindow as StrictWindow;
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('tb-donation-checker')?.shadowRoot?.querySelector('form'), 'upgraded', {
      timeout: 20_000
    });
    const el = doc.querySelector('tb-donation-checker')!;
    expect(doc.querySelector('[data-tb]')).to.equal(null);
    expect(el.getAttribute('heading-level')).to.equal('1');
    const root = el.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).to.include('Check a donated computer');
    const type = root.querySelector<HTMLSelectElement>('#type')!;
    type.value = 'printer-inkjet';
    type.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    root.querySelector('form')!.requestSubmit();
    await waitUntil(() => root.querySelector('.outcome-title'), 'a result');
    expect(root.querySelector('.outcome-title')!.textContent).to.include('We cannot accept it');
    (win as unknown as { print: () => void }).print = () => undefined;
    root.querySelector<HTMLButtonElement>('[data-output="letter"] .output-actions button')!.click();
    expect(el.getAttribute('printing')).to.equal('letter');
    expect(doc.adoptedStyleSheets.length).to.equal(1);
    win.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('printing')).to.equal(false);
    expect(doc.adoptedStyleSheets.length).to.equal(0);
    // The list view loads the CSV reader lazily, which must pass the CSP too.
    root.querySelectorAll<HTMLButtonElement>('.views button')[1].click();
    await waitUntil(() => root.querySelector('#lot-text'), 'list view');
    const area = root.querySelector<HTMLTextAreaElement>('#lot-text')!;
    area.value = 'type,year\nlaptop,2024\n';
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    root.querySelector<HTMLFormElement>('.lot form')!.requestSubmit();
    await waitUntil(() => root.querySelector('#lot-results'), 'list results', { timeout: 15_000 });
    expect(win.__cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('bundles the same policies and dates as the files in src/content', async () => {
    for (const [name, file] of [
      ['baseline', 'donation-policy.json'],
      ['windows11', 'donation-policy-windows11.json'],
      ['public-access', 'donation-policy-public-access.json']
    ] as const) {
      const json = await (await fetch(`/src/content/${file}`)).json();
      delete json.$schema;
      expect(PRESETS[name], file).to.deep.equal(json);
    }
    const eol = await (await fetch('/src/content/os-eol.json')).json();
    expect(OS_EOL).to.deep.equal(eol);
    expect(OS_EOL.source).to.include({ licence: 'MIT', snapshotDate: '2026-08-22' });
  });
});
