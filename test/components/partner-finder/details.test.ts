import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/partner-finder/define.js';
import { checkOutreach } from '../../../src/components/partner-finder/forms.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';
import { faultyEndpoint } from '../../support/servers.js';

// Details opened from every view, focus when forms close and history moves, and errors that stay with their form.
const BASE = '/test/fixtures/partner-finder/';
const $ = <T extends Element = HTMLElement>(el: TbPartnerFinder, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = (el: TbPartnerFinder, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const focused = (el: TbPartnerFinder) => el.shadowRoot!.activeElement as HTMLElement | null;
const clickText = (el: TbPartnerFinder, selector: string, text: string) =>
  $$(el, selector)
    .find(b => b.textContent!.includes(text))!
    .click();

async function finder(endpoint = '') {
  const el = await fixture<TbPartnerFinder>(
    html`<tb-partner-finder src="${BASE}partners.csv" mode="staff" endpoint=${endpoint}></tb-partner-finder>`
  );
  // Loaded: the element holds its index (the suggest view shows no cards).
  await waitUntil(() => (el as unknown as { index?: object }).index, 'directory did not load', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

async function historyStep(el: TbPartnerFinder, step: () => void) {
  const moved = oneEvent(window, 'popstate');
  step();
  await moved;
  await el.updateComplete;
}

function resetUrl() {
  history.replaceState(null, '', location.pathname);
}

describe('<tb-partner-finder> details and forms', () => {
  // A few entries of this same page first: a browser Back in these tests must stay in this document (landing on
  // an earlier entry fails the test's own checks) instead of leaving the test page, which stops the whole run.
  before(() => {
    for (let i = 0; i < 5; i++) history.pushState(null, '', `${location.pathname}?pf-test-buffer=${i}`);
  });
  beforeEach(resetUrl);
  afterEach(resetUrl);

  it('opens a partner from the goal picker and goes back to the goal', async () => {
    history.replaceState(null, '', `${location.pathname}?pf-view=goals&pf-for=literacy`);
    const el = await finder();
    clickText(el, '.goals .cards [data-org]', 'Riverside Literacy Council');
    await el.updateComplete;
    expect($(el, '#pf-detail-title').textContent).to.equal('Riverside Literacy Council');
    expect(focused(el)?.id).to.equal('pf-detail-title');
    const back = $(el, '.detail button.link');
    expect(back.textContent!.trim()).to.equal('Back to partners for this goal');
    await expect(el).to.be.accessible();
    back.click();
    await el.updateComplete;
    expect($(el, '.goals')).to.exist;
    expect(focused(el)?.textContent).to.equal('Riverside Literacy Council');
  });

  it('puts focus on the partner when the browser goes forward into its details', async () => {
    const el = await finder();
    clickText(el, '[data-org]', 'Fairview Chamber');
    await el.updateComplete;
    await historyStep(el, () => history.back());
    expect($(el, '.detail')).to.equal(null);
    await historyStep(el, () => history.forward());
    expect(focused(el)?.id).to.equal('pf-detail-title');
  });

  it('gives focus back to the button that opened a form when it is cancelled', async () => {
    const el = await finder(await faultyEndpoint());
    clickText(el, '[data-org]', 'Brookhaven');
    await el.updateComplete;
    for (const [button, id] of [
      ['Report a correction', 'pf-open-correction'],
      ['Log outreach', 'pf-open-outreach']
    ]) {
      clickText(el, '.detail .actions button', button);
      await el.updateComplete;
      clickText(el, '.detail form button[type="button"]', 'Cancel');
      await el.updateComplete;
      expect(focused(el)?.id).to.equal(id);
    }
  });

  it('never shows one form’s errors on another form', async () => {
    history.replaceState(null, '', `${location.pathname}?pf-view=suggest`);
    const el = await finder(await faultyEndpoint());
    clickText(el, '.views button', 'Find partners');
    await el.updateComplete;
    clickText(el, '[data-org]', 'Brookhaven');
    await el.updateComplete;
    clickText(el, '.detail .actions button', 'Report a correction');
    await el.updateComplete;
    $(el, '.detail form button[type="submit"]').click();
    await el.updateComplete;
    expect($(el, '#pf-correction-errors').textContent).to.include('Say what is wrong');
    await historyStep(el, () => history.back());
    await historyStep(el, () => history.back());
    expect($(el, '#pf-suggest-name')).to.exist;
    expect($$(el, '.error-summary, .error-message')).to.deep.equal([]);
  });

  it('names the field of an error from the server in the summary; an unknown field is not a link', async () => {
    history.replaceState(null, '', `${location.pathname}?pf-view=suggest`);
    const el = await finder(await faultyEndpoint());
    // What handleSubmit keeps from a 400 answer with messages per field.
    const internals = el as unknown as { formErrors: Record<string, string>; errorsOf: string };
    internals.errorsOf = 'suggest';
    internals.formErrors = { name: 'This must be 200 characters or fewer', organization: 'This is not allowed' };
    el.requestUpdate();
    await el.updateComplete;
    const items = $$(el, '#pf-suggest-errors li');
    expect(items.map(li => li.textContent!.trim())).to.deep.equal([
      'Name of the organization: must be 200 characters or fewer',
      'This is not allowed'
    ]);
    expect(items[0].querySelector('a')!.getAttribute('href')).to.equal('#pf-suggest-name');
    expect(items[1].querySelector('a')).to.equal(null);
    expect($(el, '#pf-suggest-name-error').textContent).to.include('This must be 200 characters or fewer');
  });

  it('keeps one history step for a drop-down, however many options the arrow keys pass', async () => {
    history.replaceState(null, '', `${location.pathname}?pf-view=goals`);
    const el = await finder();
    // Counted at the source: history.length also drops forward entries, so it cannot tell.
    const push = history.pushState;
    let steps = 0;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      steps++;
      return push.apply(this, args);
    };
    const goal = $<HTMLSelectElement>(el, '#pf-goal');
    for (const value of ['literacy', 'digital-inclusion', 'job-seekers']) {
      goal.value = value;
      goal.dispatchEvent(new Event('change'));
      await el.updateComplete;
    }
    await waitUntil(() => location.search.includes('pf-for=job-seekers'), 'the address did not follow', {
      timeout: 2000
    });
    clickText(el, '.views button', 'Find partners');
    await el.updateComplete;
    const sort = $<HTMLSelectElement>(el, '#pf-sort');
    for (const value of ['verified', 'name']) {
      sort.value = value;
      sort.dispatchEvent(new Event('change'));
      await el.updateComplete;
    }
    await new Promise(resolve => setTimeout(resolve, 500));
    history.pushState = push;
    // One step for opening the list view; none for the five drop-down changes.
    expect(steps).to.equal(1);
    expect(location.search).to.include('pf-sort=name');
  });

  it('takes today on the person’s own calendar as today, wherever they are', () => {
    // 09:00 on 30 November in Auckland is still 29 November in UTC.
    const today = new Date(2026, 10, 30, 9);
    today.toISOString = () => '2026-11-29T20:00:00.000Z';
    const fields = { date: '2026-11-30', method: 'meeting', summary: 'Met at the fair.', nextStep: '', staff: '' };
    expect(checkOutreach(fields, today)).to.deep.equal({});
    expect(checkOutreach({ ...fields, date: '2026-12-01' }, today)).to.have.property('date');
  });
});
