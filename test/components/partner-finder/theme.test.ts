import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/partner-finder/define.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';

const BASE = '/test/fixtures/partner-finder/';
const PAGES = { dark: 'background:#1b1b1b;color:#eee;padding:8px', light: 'background:#fff;color:#111;padding:8px' };
const $$ = (el: TbPartnerFinder, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const click = async (el: TbPartnerFinder, selector: string, text: string) => {
  $$(el, selector)
    .find(b => b.textContent!.includes(text))!
    .click();
  await el.updateComplete;
};

/** Every state a person reaches, each checked with axe (contrast included) on the given host page. */
async function walkStates(page: string) {
  const host = await fixture<HTMLDivElement>(
    html`<div style=${page}>
      <tb-partner-finder
        src="${BASE}partners.csv ${BASE}malformed.csv"
        endpoint="/api/submissions"
        url-state="off"
      ></tb-partner-finder>
    </div>`
  );
  const el = host.querySelector('tb-partner-finder') as TbPartnerFinder;
  await waitUntil(() => el.shadowRoot!.querySelector('.cards'), 'no cards', { timeout: 10000 });
  await el.updateComplete;
  const states: string[] = [];
  const check = async (name: string) => {
    states.push(name);
    await expect(el, name).to.be.accessible();
  };
  await check('results with data warnings');
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#pf-search')!;
  input.value = 'zzzz no such partner';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  await check('zero results');
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  await click(el, '.cards [data-org]', 'Riverside Literacy Council');
  await check('details');
  await click(el, 'button', 'Report a correction');
  el.shadowRoot!.querySelector<HTMLFormElement>('form[part="form"]')!.requestSubmit();
  await el.updateComplete;
  await check('correction form with errors');
  await click(el, 'button', 'Back to results');
  await click(el, '.views button', 'By library goal');
  await check('goal picker');
  await click(el, '.views button', 'Gaps');
  await check('gap report');
  await click(el, '.views button', 'Suggest');
  el.shadowRoot!.querySelector<HTMLFormElement>('form[part="form"]')!.requestSubmit();
  await el.updateComplete;
  await check('suggest form with errors');
  return { el, states };
}

describe('<tb-partner-finder> on light and dark pages', () => {
  it('takes the dark palette on a dark page and is accessible (contrast included) in every state', async () => {
    const { el, states } = await walkStates(PAGES.dark);
    expect(el.matches(':state(dark)')).to.equal(true);
    expect(states).to.have.length(7);
  });

  it('keeps the light palette on a light page and is accessible in every state', async () => {
    const { el } = await walkStates(PAGES.light);
    expect(el.matches(':state(dark)')).to.equal(false);
  });
});
