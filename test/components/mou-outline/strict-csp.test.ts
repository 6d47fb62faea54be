// <tb-mou-outline> on a page with a strict CSP and Trusted Types (the shared strict fixture page): every section,
// the review, the print layout and a wording replacement, with no policy violation.
import { expect, waitUntil } from '@open-wc/testing';
import type { TbMouOutline } from '../../../src/components/mou-outline/mou-outline.js';
import { finishedDoc } from './fixtures.js';
import { openFrame, type StrictWindow } from '../../support/strict-page.js';

describe('<tb-mou-outline> under a strict CSP with Trusted Types', () => {
  it('renders every step, prints and replaces wording without a violation', async () => {
    const frame = await openFrame('/test/fixtures/all-elements-strict.html');
    const win = frame.contentWindow as StrictWindow;
    await waitUntil(() => win.customElements.get('tb-mou-outline'), 'defined', { timeout: 15_000 });
    const el = frame.contentDocument!.createElement('tb-mou-outline') as TbMouOutline;
    frame.contentDocument!.body.append(el);
    await el.updateComplete;
    const doc = finishedDoc();
    doc.answers.purpose.purpose = 'A joint venture <img src=x onerror=alert(1)>';
    el.doc = doc;
    for (let i = 0; i <= el.sections.length; i++) {
      el.go(i);
      await el.updateComplete;
    }
    el.replace(el.findings.find(f => f.code === 'joint-venture')!);
    await el.updateComplete;
    expect(el.doc.answers.purpose.purpose).to.equal('A collaboration <img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await el.preparePrint('document');
    expect(el.markdown()).to.contain('\\<img');
    expect(win.__cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
