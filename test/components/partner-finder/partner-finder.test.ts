import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/partner-finder/define.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';
import { getOutbox } from '../../../src/core/outbox.js';
import { faultyEndpoint, setFaults, storedSubmissions } from '../../support/servers.js';

const BASE = '/test/fixtures/partner-finder/';
const $ = <T extends Element = HTMLElement>(el: TbPartnerFinder, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = (el: TbPartnerFinder, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
/** Clicks the first element matching `selector` whose text includes `text` (a view button, a card's name). */
const clickText = (el: TbPartnerFinder, selector: string, text: string) =>
  $$(el, selector)
    .find(b => b.textContent!.includes(text))!
    .click();
const cardNames = (el: TbPartnerFinder) => $$(el, '.cards [data-org]').map(b => b.textContent!.trim());

async function loaded(el: TbPartnerFinder) {
  await waitUntil(() => el.shadowRoot!.querySelector('.cards, .notice.problem'), 'directory did not load', {
    timeout: 10000
  });
  await el.updateComplete;
  return el;
}

async function finder(attrs: { src?: string; mode?: string; endpoint?: string } = {}) {
  const el = await fixture<TbPartnerFinder>(
    html`<tb-partner-finder
      src=${attrs.src ?? `${BASE}partners.csv`}
      mode=${attrs.mode ?? 'staff'}
      endpoint=${attrs.endpoint ?? ''}
    ></tb-partner-finder>`
  );
  return loaded(el);
}

function resetUrl() {
  history.replaceState(null, '', location.pathname);
}

describe('<tb-partner-finder>', () => {
  beforeEach(resetUrl);
  afterEach(resetUrl);

  it('without data is an accessible guide to the chart', async () => {
    const el = await fixture<TbPartnerFinder>(html`<tb-partner-finder></tb-partner-finder>`);
    expect($$(el, '.guide details')).to.have.length(19);
    expect($(el, '.guide').textContent).to.include('Area Agency on Aging');
    await expect(el).to.be.accessible();
    // The goal picker ranks types even without a directory.
    clickText(el, '.views button', 'By library goal');
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#pf-goal');
    select.value = 'health-information';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '.goals ol li').textContent).to.include('Health organizations');
    expect($(el, '.goals ol li .reason').textContent).to.match(/^Serves: health information; brings:/);
    await expect(el).to.be.accessible();
  });

  it('loads a CSV, searches as you type, and announces the count politely', async () => {
    const el = await finder();
    expect(cardNames(el)).to.have.length(5);
    const input = $<HTMLInputElement>(el, '#pf-search');
    input.value = 'riverside';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(cardNames(el)).to.have.members(['Riverside Computer Club', 'Riverside Literacy Council']);
    expect($(el, '#pf-count').textContent).to.include('Showing 2 of 2 partners');
    const live = $(el, '[aria-live="polite"]');
    await waitUntil(() => live.textContent!.includes('2 partners found'), 'no announcement', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('filters with facets, shows counts, disables empty options, and shows chips', async () => {
    const el = await finder();
    const box = (label: string) =>
      $$(el, '.option')
        .find(o => o.textContent!.includes(label))!
        .querySelector('input')!;
    box('Riverside').click();
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(2);
    // Long lists start folded; "Show all" reveals the empty (disabled) options too.
    const showAll = $$(el, 'fieldset button.link').find(b => b.textContent!.includes('Show all 19'))!;
    showAll.click();
    await el.updateComplete;
    expect(showAll.getAttribute('aria-expanded')).to.equal('true');
    expect(box('Health organizations').disabled).to.equal(true);
    expect(box('Fairview').disabled).to.equal(false);
    expect(
      $$(el, '.option')
        .find(o => o.textContent!.includes('Fairview'))!
        .textContent!.replace(/\s+/g, ' ')
    ).to.include('Fairview (2)');
    box('Fairview').click();
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(4);
    const chips = $$(el, '.chips button');
    expect(chips.map(c => c.textContent!.replace(/\s+/g, ' ').trim())).to.include(
      'Remove filter City or area: Riverside ×'
    );
    expect(new URLSearchParams(location.search).getAll('pf-city')).to.deep.equal(['riverside', 'fairview']);
    await expect(el).to.be.accessible();
    chips[0].click();
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(2);
  });

  it('keeps filters in the address: a shared link opens the same view, and back undoes a filter', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&pf-q=club&pf-cat=technology`);
    const el = await finder();
    expect($<HTMLInputElement>(el, '#pf-search').value).to.equal('club');
    expect(cardNames(el)).to.deep.equal(['Riverside Computer Club']);
    $$(el, '.chips button')[0].click();
    await el.updateComplete;
    expect(location.search).to.equal('?keep=1&pf-q=club');
    expect(cardNames(el).length).to.be.greaterThan(0);
    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(location.search).to.equal('?keep=1&pf-q=club&pf-cat=technology');
    expect(cardNames(el)).to.deep.equal(['Riverside Computer Club']);
  });

  it('opens details with a freshness badge; back returns focus to the card', async () => {
    const el = await finder();
    clickText(el, '[data-org]', 'Fairview Chamber');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('pf-detail-title');
    expect($(el, '.detail').textContent).to.include('Carla Chen');
    expect($(el, '.detail .badge').textContent).to.match(/Checked|Not checked since/);
    expect(new URLSearchParams(location.search).get('pf-org')).to.equal('fairview-chamber-of-commerce-fairview');
    await expect(el).to.be.accessible();
    $(el, '.detail button.link').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent).to.include('Fairview Chamber');
  });

  it('public mode hides named people and their details, in the page and in exports', async () => {
    const el = await finder({ mode: 'public' });
    clickText(el, '[data-org]', 'Riverside Literacy');
    await el.updateComplete;
    const text = $(el, '.detail').textContent!;
    expect(text).to.not.include('Ana Delgado');
    expect(text).to.not.include('ana@riverside-literacy');
    expect(text).to.include('info@riverside-literacy.example.org');
    expect(await el.exportCsv()).to.not.include('Ana Delgado');
    expect(el.exportVCard()).to.not.include('Ana Delgado');
    setTimeout(() => $(el, '.detail .primary').click());
    const event = await oneEvent(el, 'tb-partner-select');
    expect(event.detail.organization.name).to.equal('Riverside Literacy Council');
    expect(event.detail.organization.contacts).to.deep.equal([]);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('exports the filtered view as CSV', async () => {
    const el = await finder();
    const input = $<HTMLInputElement>(el, '#pf-search');
    input.value = 'fairview';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const csv = await el.exportCsv();
    expect(csv.split('\r\n').filter(Boolean)).to.have.length(3);
    expect(csv).to.include('Fairview Chamber of Commerce');
    expect(csv).to.include('Carla Chen');
  });

  it('renders hostile directory strings as text; only http(s), mailto and tel become links', async () => {
    (window as unknown as { __pwned?: boolean }).__pwned = false;
    const el = await finder({ src: `${BASE}hostile.csv` });
    expect(el.shadowRoot!.querySelector('script, img, svg, b, i')).to.equal(null);
    expect(cardNames(el).some(n => n.includes('<script>'))).to.equal(true);
    for (const name of ['Evil Org', 'Data Org', 'Tabbed Org']) {
      clickText(el, '[data-org]', name);
      await el.updateComplete;
      for (const a of $$(el, '.detail a[href]')) {
        expect((a as HTMLAnchorElement).protocol, a.getAttribute('href')!).to.be.oneOf([
          'http:',
          'https:',
          'mailto:',
          'tel:'
        ]);
      }
      expect(el.shadowRoot!.querySelector('script, img, svg')).to.equal(null);
      $(el, '.detail button.link').click();
      await el.updateComplete;
    }
    // The problems are reported, and the rows still loaded.
    expect($(el, '#pf-load-notice').textContent).to.match(/javascript:window.__pwned=true.*shown as text/s);
    await aTimeout(50);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows a plain notice for malformed rows while valid rows load', async () => {
    const el = await finder({ src: `${BASE}malformed.csv` });
    expect(cardNames(el)).to.deep.equal(['Good Row One', 'Good Row Two']);
    const notice = $(el, '#pf-load-notice').textContent!.replace(/\s+/g, ' ');
    expect(notice).to.include('3 problems in the directory files');
    expect(notice).to.include('malformed.csv: Row 3');
    await expect(el).to.be.accessible();
  });

  it('merges several feeds, including the HSDS samples, and says which could not load', async () => {
    const el = await finder({
      src: `${BASE}partners.csv ${BASE}partners-more.csv ${BASE}hsds-sample/hsds-1.1-multi-org/datapackage.json ${BASE}hsds-sample/csv/datapackage.json ${BASE}missing.csv`
    });
    expect($(el, '#pf-count').textContent).to.include('of 17 partners');
    const notice = $(el, '#pf-load-notice').textContent!;
    expect(notice).to.include('missing.csv');
    expect(notice).to.match(/contacts\.csv: Row 2/);
  });

  it('shows gaps on purpose, with examples', async () => {
    const el = await finder();
    clickText(el, '.views button', 'Gaps');
    await el.updateComplete;
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(19);
    const legal = rows.find(r => r.textContent!.includes('Legal organizations'))!;
    expect(legal.classList.contains('gap')).to.equal(true);
    expect(legal.textContent).to.include('None yet');
    expect(legal.textContent).to.include('Legal aid');
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone: search, filter, open, go back', async () => {
    const el = await finder();
    $<HTMLInputElement>(el, '#pf-search').focus();
    await sendKeys({ type: 'computer' });
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Riverside Computer Club']);
    // Tab from the search box reaches the filters.
    await sendKeys({ press: 'Tab' });
    const focused = () => el.shadowRoot!.activeElement as HTMLElement;
    expect(focused().tagName).to.equal('SUMMARY');
    // Open the first result with Enter, then Escape goes back to it.
    ($$(el, '[data-org]')[0] as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused().id).to.equal('pf-detail-title');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focused().textContent).to.include('Riverside Computer Club');
  });

  it('shows results a page at a time and moves focus to the first new one', async () => {
    const el = await fixture<TbPartnerFinder>(
      html`<tb-partner-finder page-size="2" src=${`${BASE}partners.csv`}></tb-partner-finder>`
    );
    await loaded(el);
    expect(cardNames(el)).to.have.length(2);
    $(el, '.more button').click();
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(4);
    expect(el.shadowRoot!.activeElement?.textContent).to.equal(cardNames(el)[2]);
  });

  it('follows heading-level for its own heading and the ones inside', async () => {
    const el = await fixture<TbPartnerFinder>(html`<tb-partner-finder heading-level="3"></tb-partner-finder>`);
    expect($(el, '#pf-heading').tagName).to.equal('H3');
    expect($(el, '#pf-view-title').tagName).to.equal('H4');
    el.setAttribute('heading-level', 'none');
    await el.updateComplete;
    expect($(el, '#pf-heading').tagName).to.equal('P');
    expect($(el, '#pf-view-title').tagName).to.equal('H3');
    await expect(el).to.be.accessible();
  });

  it('shows a configuration message for a bad mode and treats it as public', async () => {
    const el = await finder({ mode: 'everyone' });
    expect($(el, '[role="alert"]').textContent).to.include('"everyone"');
    expect(await el.exportCsv()).to.not.include('Ana Delgado');
  });
});

describe('<tb-partner-finder> sending', () => {
  beforeEach(async () => {
    resetUrl();
    await getOutbox().clear();
    await setFaults({ mode: 'ok' });
  });
  afterEach(resetUrl);

  it('checks a suggestion GOV.UK style, then sends it and shows the reference', async () => {
    const endpoint = await faultyEndpoint();
    const el = await finder({ endpoint });
    clickText(el, '.views button', 'Suggest');
    await el.updateComplete;
    $(el, 'form[part="form"] button[type="submit"]').click();
    await el.updateComplete;
    const summary = $(el, '#pf-suggest-errors');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.textContent).to.include('Enter the name of the organization');
    expect($(el, '#pf-suggest-name-error').textContent).to.match(/^Error:/);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#pf-suggest-name').value = 'Oak Point Makerspace';
    $<HTMLTextAreaElement>(el, '#pf-suggest-why').value = 'They teach soldering and 3D printing.';
    $<HTMLSelectElement>(el, '#pf-suggest-category').value = 'technology';
    $(el, 'form[part="form"] button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#pf-suggest-outcome'), 'no outcome', { timeout: 10000 });
    expect($(el, '#pf-suggest-outcome').textContent).to.match(/was sent.*Reference/s);
    // Find this test's record by name: other tests on this page's origin send suggestions too (their outbox entries
    // may arrive in any order), so the last one stored need not be ours.
    const stored = await storedSubmissions('partner-suggestion');
    const ours = stored.filter(x => x.envelope.data.name === 'Oak Point Makerspace');
    expect(ours).to.have.length(1);
    expect(ours[0].envelope.data).to.deep.include({ category: 'technology' });
    await expect(el).to.be.accessible();
  });

  it('shows a field the endpoint refused beside that field, in its own words', async () => {
    const endpoint = await faultyEndpoint();
    const el = await finder({ endpoint });
    clickText(el, '.views button', 'Suggest');
    await el.updateComplete;
    $<HTMLInputElement>(el, '#pf-suggest-name').value = 'Cedar Grove Makers';
    $<HTMLTextAreaElement>(el, '#pf-suggest-why').value = 'Robotics club for teens.';
    // Past the element's own checks, as an endpoint with stricter rules than the element's would see it.
    el.addEventListener(
      'tb-submit',
      e => ((e.detail.envelope.data as Record<string, unknown>).name = 'x'.repeat(250)),
      {
        once: true
      }
    );
    $(el, 'form[part="form"] button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#pf-suggest-name-error'), 'no field error', { timeout: 10000 });
    expect($(el, '#pf-suggest-name-error').textContent).to.include(
      'Not accepted: this must be 200 characters or fewer'
    );
    expect($(el, '#pf-suggest-errors').textContent).to.include('Not accepted');
    await expect(el).to.be.accessible();
  });

  it('sends a correction and an outreach note about a partner', async () => {
    const endpoint = await faultyEndpoint();
    const el = await finder({ endpoint });
    clickText(el, '[data-org]', 'Brookhaven');
    await el.updateComplete;
    clickText(el, '.detail .actions button', 'Report a correction');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('pf-correction-title');
    $<HTMLTextAreaElement>(el, '#pf-correction-problem').value = 'The phone number is now (555) 010-0299.';
    $(el, 'form[part="form"] button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#pf-correction-outcome'), 'no outcome', { timeout: 10000 });
    const corrections = await storedSubmissions('partner-correction');
    expect(corrections.at(-1)!.envelope.data).to.deep.include({ problem: 'The phone number is now (555) 010-0299.' });
    expect((corrections.at(-1)!.envelope.data.organization as { name: string }).name).to.equal(
      'Brookhaven Public Health Clinic'
    );

    clickText(el, '.detail .actions button', 'Log outreach');
    await el.updateComplete;
    $<HTMLInputElement>(el, '#pf-outreach-date').value = '2025-01-10';
    $<HTMLSelectElement>(el, '#pf-outreach-method').value = 'meeting';
    $<HTMLTextAreaElement>(el, '#pf-outreach-summary').value = 'Talked about health talks in the spring.';
    $(el, 'form[part="form"] button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#pf-outreach-outcome'), 'no outcome', { timeout: 10000 });
    const notes = await storedSubmissions('outreach-log');
    expect(notes.at(-1)!.envelope.data).to.deep.include({ date: '2025-01-10', method: 'meeting' });
  });

  it('tells the truth when the server is down: saved, will send', async () => {
    await setFaults({ mode: 'down' });
    const endpoint = await faultyEndpoint();
    const el = await finder({ endpoint });
    clickText(el, '.views button', 'Suggest');
    await el.updateComplete;
    $<HTMLInputElement>(el, '#pf-suggest-name').value = 'Quarry Hill Lions';
    $<HTMLTextAreaElement>(el, '#pf-suggest-why').value = 'Eye screening days.';
    $(el, 'form[part="form"] button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#pf-suggest-outcome'), 'no outcome', { timeout: 30000 });
    expect($(el, '#pf-suggest-outcome').textContent).to.include('saved on this computer');
    await setFaults({ mode: 'ok' });
    await getOutbox().clear();
  });

  it('says "sent" in place once a saved suggestion goes later, and "not accepted" if it is refused later', async function () {
    // Two waits on the outbox: generous on a busy machine.
    this.timeout(90000);
    await setFaults({ mode: 'down' });
    const endpoint = await faultyEndpoint();
    const el = await finder({ endpoint });
    clickText(el, '.views button', 'Suggest');
    await el.updateComplete;
    const send = (name: string) => {
      $<HTMLInputElement>(el, '#pf-suggest-name').value = name;
      $<HTMLTextAreaElement>(el, '#pf-suggest-why').value = 'Seed swaps every spring.';
      $(el, 'form[part="form"] button[type="submit"]').click();
    };
    send('Hillside Seed Library');
    const outcome = () => el.shadowRoot!.querySelector('#pf-suggest-outcome')?.textContent ?? '';
    await waitUntil(() => outcome().includes('saved on this computer'), 'not queued', { timeout: 30000 });
    await setFaults({ mode: 'ok' });
    await getOutbox().flush();
    await waitUntil(() => outcome().includes('was sent'), 'the late "sent" was not shown', { timeout: 30000 });
    const stored = await storedSubmissions('partner-suggestion');
    expect(stored.some(x => x.envelope.data.name === 'Hillside Seed Library')).to.equal(true);

    // Saved while down, then refused by the endpoint once it answers (a field its schema does not know).
    await setFaults({ mode: 'down' });
    el.addEventListener('tb-submit', e => ((e.detail.envelope.data as Record<string, unknown>).unexpected = 1), {
      once: true
    });
    send('Hillside Tool Library');
    await waitUntil(() => outcome().includes('saved on this computer'), 'not queued', { timeout: 30000 });
    await setFaults({ mode: 'ok' });
    await getOutbox().flush();
    await waitUntil(() => outcome().includes('was not sent'), 'the late refusal was not shown', { timeout: 30000 });
    expect(outcome()).to.include('did not accept it');
    await expect(el).to.be.accessible();
    await getOutbox().clear();
  });

  it('without an endpoint offers no sending and says so', async () => {
    const el = await finder();
    expect($$(el, '.views button').some(b => b.textContent!.includes('Suggest'))).to.equal(false);
    $$(el, '[data-org]')[0].click();
    await el.updateComplete;
    expect($(el, '.detail').textContent).to.include('not set up to send corrections');
  });
});
