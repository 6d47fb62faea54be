import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/partner-finder/define.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';

const BASE = '/test/fixtures/partner-finder/';
const $ = <T extends Element = HTMLElement>(el: TbPartnerFinder, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = (el: TbPartnerFinder, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const cardNames = (el: TbPartnerFinder) => $$(el, '.cards [data-org]').map(b => b.textContent!.trim());
const filters = (el: TbPartnerFinder) => $<HTMLDetailsElement>(el, 'details.filters');
const summaryText = (el: TbPartnerFinder) => $(el, 'details.filters > summary').textContent!.trim();
/** Rendered on screen (the content of a closed <details> is not). */
const shown = (node: Element) => node.checkVisibility();

async function inColumn(width: number) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><tb-partner-finder src=${`${BASE}partners.csv`}></tb-partner-finder></div>`
  );
  const el = wrapper.querySelector('tb-partner-finder')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.cards'), 'directory did not load', { timeout: 10000 });
  await el.updateComplete;
  return { wrapper, el };
}

function resetUrl() {
  history.replaceState(null, '', location.pathname);
}

describe('<tb-partner-finder> in a narrow column', () => {
  beforeEach(() => {
    resetUrl();
    window.scrollTo(0, 0);
  });
  afterEach(resetUrl);

  it('at 320 px starts with the filters closed, and the first result is on screen without scrolling', async () => {
    const { el } = await inColumn(320);
    const details = filters(el);
    expect(details.open).to.equal(false);
    expect(summaryText(el)).to.equal('Filters');
    // None of the checkboxes take space; the first result follows the closed panel and fits the first screen.
    expect($$(el, '.filters fieldset').some(shown)).to.equal(false);
    const summary = $(el, 'details.filters > summary').getBoundingClientRect();
    const first = $(el, '.cards > li').getBoundingClientRect();
    expect(window.scrollY).to.equal(0);
    expect(first.top).to.be.greaterThan(summary.bottom);
    expect(first.top - summary.bottom).to.be.below(200);
    expect(first.top).to.be.below(window.innerHeight);
    await expect(el).to.be.accessible();
  });

  it('says how many filters are on in the summary, also while closed', async () => {
    history.replaceState(null, '', `${location.pathname}?pf-city=riverside&pf-city=fairview`);
    const { el } = await inColumn(320);
    expect(filters(el).open).to.equal(false);
    expect(summaryText(el)).to.equal('Filters (2 on)');
    await expect(el).to.be.accessible();
  });

  it('opens the filters with the keyboard, and they stay open while the person filters and searches', async () => {
    const { el } = await inColumn(320);
    $<HTMLInputElement>(el, '#pf-search').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('SUMMARY');
    expect(el.shadowRoot!.activeElement?.closest('details')).to.equal(filters(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => filters(el).open, 'Enter did not open the filters');
    await el.updateComplete;
    expect($$(el, '.filters fieldset').some(shown)).to.equal(true);
    await expect(el).to.be.accessible();
    // Tab into the first checkbox, tick it with Space: the list re-renders, the panel stays open.
    await sendKeys({ press: 'Tab' });
    const box = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(box.type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(filters(el).open).to.equal(true);
    expect(summaryText(el)).to.equal('Filters (1 on)');
    // Searching re-renders too; opening a partner and coming back draws the panel anew. Still open.
    const input = $<HTMLInputElement>(el, '#pf-search');
    input.value = 'a';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(filters(el).open).to.equal(true);
    $$(el, '[data-org]')[0].click();
    await el.updateComplete;
    $(el, '.detail button.link').click();
    await el.updateComplete;
    expect(filters(el).open).to.equal(true);
    // Closing by keyboard is kept the same way.
    $(el, 'details.filters > summary').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !filters(el).open, 'Space did not close the filters');
    input.value = 'ab';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(filters(el).open).to.equal(false);
  });

  it('at 1000 px starts with the filters open, as before', async () => {
    const { el } = await inColumn(1000);
    expect(filters(el).open).to.equal(true);
    expect($$(el, '.filters fieldset').some(shown)).to.equal(true);
    expect(cardNames(el)).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('follows the width of its column until the person chooses, and shows the filters again when wide', async () => {
    const { wrapper, el } = await inColumn(1000);
    wrapper.style.width = '320px';
    await waitUntil(() => !filters(el).open, 'did not close when narrow');
    wrapper.style.width = '1000px';
    await waitUntil(() => filters(el).open, 'did not open when wide');
    // Closed by the person while wide: it stays closed on re-render, as it always did.
    $(el, 'details.filters > summary').click();
    await waitUntil(() => !filters(el).open, 'click did not close');
    const input = $<HTMLInputElement>(el, '#pf-search');
    input.value = 'riverside';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(filters(el).open).to.equal(false);
    // Opened by the person while narrow: it stays open through wide and narrow again.
    wrapper.style.width = '320px';
    await el.updateComplete;
    $(el, 'details.filters > summary').click();
    await waitUntil(() => filters(el).open, 'click did not open');
    wrapper.style.width = '1000px';
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    wrapper.style.width = '320px';
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    expect(filters(el).open).to.equal(true);
  });

  it('wraps long unbroken directory text instead of scrolling sideways at 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><tb-partner-finder></tb-partner-finder></div>`
    );
    const el = wrapper.querySelector('tb-partner-finder')!;
    const long = 'Riverside' + 'Adult'.repeat(30) + 'LearningCenter';
    el.partners = [
      {
        name: long,
        city: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
        description: `Write to programs@riversideadultlearningcenter.example.org or see ${'https://example.org/' + 'a'.repeat(120)}.`,
        categories: 'Educational'
      }
    ];
    await waitUntil(() => el.shadowRoot!.querySelector('.cards'), 'directory did not load', { timeout: 10000 });
    $(el, 'details.filters > summary').click();
    await waitUntil(() => filters(el).open, 'filters did not open');
    await el.updateComplete;
    const overflowing = [...el.shadowRoot!.querySelectorAll('*')].filter(
      node => node.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 0.5
    );
    expect(overflowing.map(node => `${node.tagName} ${node.className}`)).to.deep.equal([]);
    expect(wrapper.scrollWidth).to.be.at.most(320);
  });
});
