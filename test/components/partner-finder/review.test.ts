import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/partner-finder/define.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';

const BASE = '/test/fixtures/partner-finder/';
const $ = <T extends Element = HTMLElement>(el: TbPartnerFinder, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = (el: TbPartnerFinder, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const cardNames = (el: TbPartnerFinder) => $$(el, '.cards [data-org]').map(b => b.textContent!.trim());
const visible = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';

async function loaded(el: TbPartnerFinder) {
  await waitUntil(() => el.shadowRoot!.querySelector('.cards, .notice.problem'), 'directory did not load', {
    timeout: 10000
  });
  await el.updateComplete;
  return el;
}

function resetUrl() {
  history.replaceState(null, '', location.pathname);
}

function type(el: TbPartnerFinder, text: string) {
  const input = $<HTMLInputElement>(el, '#pf-search');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  return el.updateComplete;
}

describe('<tb-partner-finder> review fixes', () => {
  beforeEach(resetUrl);
  afterEach(async () => {
    resetUrl();
    await emulateMedia({ media: 'screen' });
  });

  it('searches names, other names, descriptions and partner types', async () => {
    const el = await loaded(
      await fixture<TbPartnerFinder>(html`<tb-partner-finder src=${`${BASE}partners.csv`}></tb-partner-finder>`)
    );
    await type(el, 'riverside reads');
    expect(cardNames(el)).to.deep.equal(['Riverside Literacy Council']);
    await type(el, 'vaccinations');
    expect(cardNames(el)).to.deep.equal(['Brookhaven Public Health Clinic']);
    await type(el, 'technology experts');
    expect(cardNames(el)).to.deep.equal(['Riverside Computer Club']);
    await type(el, 'cafe muller');
    expect(cardNames(el)).to.deep.equal(['Café Müller Arts Collective']);
  });

  it('announces the count once typing pauses, also when a new search finds as many as before', async () => {
    const el = await loaded(
      await fixture<TbPartnerFinder>(html`<tb-partner-finder src=${`${BASE}partners.csv`}></tb-partner-finder>`)
    );
    const live = $(el, '[aria-live="polite"]');
    await waitUntil(() => live.textContent!.includes('5 partners found'), 'no first announcement', { timeout: 3000 });
    await type(el, 'r');
    await type(el, 'ri');
    await type(el, 'riverside');
    // Not on every letter: nothing new until the pause.
    expect(live.textContent!.trim()).to.equal('5 partners found.');
    await waitUntil(() => live.textContent!.includes('2 partners found'), 'no announcement', { timeout: 3000 });
    const before = live.textContent;
    $<HTMLInputElement>(el, 'input[data-facet="city"][value="riverside"]').click();
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(2);
    await waitUntil(() => live.textContent !== before, 'same count was not announced again', { timeout: 3000 });
    expect(live.textContent!.trim()).to.equal('2 partners found.');
  });

  it('shows the search words as a chip that the keyboard can remove, then focus moves on sensibly', async () => {
    history.replaceState(null, '', `${location.pathname}?pf-q=riverside&pf-city=riverside`);
    const el = await loaded(
      await fixture<TbPartnerFinder>(html`<tb-partner-finder src=${`${BASE}partners.csv`}></tb-partner-finder>`)
    );
    const chipTexts = () => $$(el, '.chips button').map(b => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(chipTexts()).to.deep.equal([
      'Remove filter City or area: Riverside ×',
      'Remove search Search: “riverside” ×',
      'Clear search and filters'
    ]);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.chips .search-chip').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#pf-search').value).to.equal('');
    expect(cardNames(el)).to.have.length(2);
    // Focus lands on the filter chip before it, not on the page body.
    expect(el.shadowRoot!.activeElement?.textContent).to.include('City or area: Riverside');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // No chips left: focus goes back to the search box.
    expect($$(el, '.chips')).to.have.length(0);
    expect(el.shadowRoot!.activeElement?.id).to.equal('pf-search');
    expect(cardNames(el)).to.have.length(5);
  });

  it('prints the whole filtered list from the button and from the browser menu, not just the first page', async () => {
    const el = await loaded(
      await fixture<TbPartnerFinder>(
        html`<tb-partner-finder page-size="2" src=${`${BASE}partners.csv`}></tb-partner-finder>`
      )
    );
    const total = (await el.exportCsv()).split('\r\n').filter(Boolean).length - 1;
    expect(cardNames(el)).to.have.length(2);
    expect(total).to.be.greaterThan(2);
    await emulateMedia({ media: 'print' });
    // The browser's own print command (Ctrl+P) fires beforeprint.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const items = $$(el, '.print-list > li');
    expect(items).to.have.length(total);
    expect($(el, '.print-summary').textContent!.trim()).to.equal(`${total} partners.`);
    expect(visible($(el, '.print-only'))).to.equal(true);
    expect(visible($(el, '.results .cards'))).to.equal(false);
    expect(visible($(el, '.controls'))).to.equal(false);
    // The list takes the full width of the page, not the narrow filter column.
    expect($(el, '.print-only').getBoundingClientRect().width).to.be.greaterThan(
      el.getBoundingClientRect().width * 0.9
    );
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.print-list')).to.equal(null);
    // Even if a browser skipped beforeprint, the cards on screen would still print.
    expect(visible($(el, '.results .cards'))).to.equal(true);
  });

  it('prints partners in the goal view too', async () => {
    history.replaceState(null, '', `${location.pathname}?pf-view=goals&pf-for=literacy`);
    const el = await loaded(
      await fixture<TbPartnerFinder>(html`<tb-partner-finder src=${`${BASE}partners.csv`}></tb-partner-finder>`)
    );
    await emulateMedia({ media: 'print' });
    expect(visible($(el, '.goals .cards'))).to.equal(true);
    expect($(el, '.goals .cards').textContent).to.include('Riverside Literacy Council');
  });

  it('public mode leaves named people out of the printed list', async () => {
    const el = await loaded(
      await fixture<TbPartnerFinder>(
        html`<tb-partner-finder mode="public" src=${`${BASE}partners.csv`}></tb-partner-finder>`
      )
    );
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const text = $(el, '.print-only').textContent!;
    expect(text).to.include('Riverside Literacy Council');
    expect(text).to.not.include('Ana Delgado');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('fits a 320 px column in the gap view, with zeros shown on purpose and examples', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><tb-partner-finder src=${`${BASE}partners.csv`}></tb-partner-finder></div>`
    );
    const el = await loaded(wrapper.querySelector('tb-partner-finder')!);
    $$(el, '.views button')
      .find(b => b.textContent!.includes('Gaps'))!
      .click();
    await el.updateComplete;
    const edge = wrapper.getBoundingClientRect().right + 1;
    const table = $(el, '.gaps table');
    expect(table.getBoundingClientRect().width).to.be.at.most(320);
    const outside = $$(el, '.gaps *').filter(n => n.getBoundingClientRect().right > edge);
    expect(outside.map(n => n.outerHTML.slice(0, 80))).to.deep.equal([]);
    const legal = $$(el, 'tbody tr').find(r => r.textContent!.includes('Legal organizations'))!;
    expect(legal.querySelector('.gap-count')!.textContent).to.equal('None yet');
    expect(legal.querySelector('.gap-examples')!.textContent).to.match(/Examples to look for: .*Legal aid/);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px column in the list and detail views', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><tb-partner-finder src=${`${BASE}partners.csv`}></tb-partner-finder></div>`
    );
    const el = await loaded(wrapper.querySelector('tb-partner-finder')!);
    const edge = wrapper.getBoundingClientRect().right + 1;
    const outside = () =>
      $$(el, '.finder *')
        .filter(n => n.getBoundingClientRect().right > edge)
        .map(n => n.outerHTML.slice(0, 80));
    expect(outside()).to.deep.equal([]);
    $$(el, '[data-org]')[0].click();
    await el.updateComplete;
    expect(outside()).to.deep.equal([]);
  });
});
