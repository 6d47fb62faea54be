// <tb-donation-checker> in real Chromium: guided form, paste, results, policy page from the same data, lots,
// configuration messages, Spanish, and saving to the real reference server behind the fault proxy.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/donation-checker/define.js';
import type { TbDonationChecker, TbDonationDecisionDetail } from '../../../src/components/donation-checker/define.js';
import type { DecisionRecord } from '../../../src/components/donation-checker/decision-record.js';
import { PRESETS } from '../../../src/components/donation-checker/presets-data.js';
import { forgetNotice, pendingNotices } from '../../../src/core/notices.js';
import { getOutbox } from '../../../src/core/outbox.js';
import { faultyEndpoint, setFaults, storedSubmissions } from '../../support/servers.js';
import { $, $$, sr } from '../../support/shadow.js';

const text = (el: Element, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function set(el: TbDonationChecker, id: string, value: string) {
  const control = $<HTMLInputElement | HTMLSelectElement>(el, `#${id}`);
  control.value = value;
  control.dispatchEvent(
    new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true, composed: true })
  );
  await el.updateComplete;
}
async function radio(el: TbDonationChecker, name: string, value: string) {
  const input = $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);
  input.click();
  await el.updateComplete;
}
async function check(el: TbDonationChecker) {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
  await el.updateComplete;
}

/** A Windows 11 desktop that meets the baseline policy. */
async function fillGood(el: TbDonationChecker) {
  await set(el, 'type', 'desktop');
  await set(el, 'model', 'Dell OptiPlex 7090');
  await set(el, 'year', '2022');
  await set(el, 'cpu', 'Intel Core i5-10505');
  await set(el, 'cores', '6');
  await set(el, 'ram', '16');
  await set(el, 'storage', '256');
  await set(el, 'storageType', 'ssd');
  await set(el, 'os', 'windows');
  await set(el, 'osVersion', '11');
  await set(el, 'edition', 'pro');
  for (const name of ['licence', 'recovery', 'working', 'complete']) await radio(el, name, 'yes');
  await set(el, 'data', 'please-wipe');
}

async function checker(attrs = '') {
  const el = await fixture<TbDonationChecker>(html`<tb-donation-checker today="2026-12-06"></tb-donation-checker>`);
  for (const part of attrs.split(' ').filter(Boolean)) {
    const [name, ...value] = part.split('=');
    el.setAttribute(name, value.join('='));
  }
  await el.updateComplete;
  return el;
}

describe('tb-donation-checker', () => {
  let endpoint = '';
  before(async () => {
    endpoint = await faultyEndpoint();
    getOutbox().options = { baseDelayMs: 100, maxDelayMs: 400, timeoutMs: 1500, concurrency: 3 };
  });
  beforeEach(async () => {
    await getOutbox().clear();
    await setFaults({ mode: 'ok' });
    // News of an earlier test's waiting record is core's to show; its markup is checked in core's tests.
    for (const notice of pendingNotices()) forgetNotice(notice.id);
    document.body.removeAttribute('style');
  });

  it('shows the guided form, the data date and the help, and is accessible', async () => {
    const el = await checker();
    expect(text(el, '.title')).to.equal('Check a donated computer');
    expect(text(el, '.as-of')).to.include('August 22, 2026');
    expect($(el, '.warning')).to.equal(null);
    expect(text(el, '.help summary')).to.equal('How to find these details');
    expect(text(el, '.help')).to.include('About This Mac');
    await expect(el).to.be.accessible();
  });

  it('warns when the update dates are older than stale-after-days', async () => {
    const el = await checker('stale-after-days=30');
    expect(text(el, '.warning')).to.include('106 days old');
  });

  it('accepts, reviews and declines, quoting the clause, accessible in each state on light and dark pages', async () => {
    for (const page of ['light', 'dark']) {
      if (page === 'dark') document.body.setAttribute('style', 'background:#1b1b1b;color:#eee');
      const el = await checker();
      await fillGood(el);
      const event = oneEvent(el, 'tb-donation-decision');
      await check(el);
      const detail = (await event).detail as TbDonationDecisionDetail;
      expect(detail.items[0].decision.outcome).to.equal('accept');
      expect(text(el, '.outcome-title')).to.equal('We can accept it');
      expect(text(el, '[data-output="receipt"] .output-text')).to.include('It does not state a value');
      await expect(el).to.be.accessible();

      await set(el, 'ram', '4');
      await check(el);
      expect(text(el, '.outcome-title')).to.equal('Someone needs to take a closer look');
      const ram = $$(el, '.criterion').find(li => li.textContent!.includes('Clause 2.2'))!;
      expect(ram.textContent).to.include('Only 4 GB of memory. We need at least 8 GB.');
      expect(ram.textContent).to.include('Our staff can fix this: add memory.');
      expect(ram.querySelector('blockquote')!.textContent).to.include('at least 8 GB of memory');
      await expect(el).to.be.accessible();

      await set(el, 'type', 'monitor-crt');
      await check(el);
      expect(text(el, '.outcome-title')).to.equal('We cannot accept it');
      const letter = text(el, '[data-output="letter"] .output-text');
      expect(letter).to.include('We cannot take tube (CRT) monitors');
      expect(letter).to.include('electronics recycling day');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('never treats what is not known as a pass', async () => {
    const el = await checker();
    await set(el, 'type', 'laptop');
    await check(el);
    expect(text(el, '.outcome-title')).to.equal('Someone needs to take a closer look');
    expect($$(el, '.badge--unknown').length).to.be.greaterThan(5);
    expect($$(el, '.badge--pass').length).to.equal(1);
  });

  it('reports a typing mistake GOV.UK style and keeps what was typed', async () => {
    const el = await checker();
    await set(el, 'year', '20x1');
    await set(el, 'ram', 'lots');
    await check(el);
    const summary = $(el, '#error-summary');
    await waitUntil(() => sr(el).activeElement === summary, 'the error summary takes focus');
    expect(summary.textContent).to.include('Enter a year from 1980 to 2027');
    expect(text(el, '#year-error')).to.equal('Error: Enter a year from 1980 to 2027');
    expect($<HTMLInputElement>(el, '#ram').value).to.equal('lots');
    expect($(el, '.results')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fills the form from pasted text for confirmation', async () => {
    const el = await checker();
    const sample = await (await fetch('/test/fixtures/donation-checker/msinfo32-win10.txt')).text();
    await set(el, 'paste', sample);
    $<HTMLButtonElement>(el, '#paste-button').click();
    await el.updateComplete;
    expect(text(el, '#paste-message')).to.include('We filled in: Make and model, Processor');
    expect($<HTMLInputElement>(el, '#cpu').value).to.equal('Intel(R) Core(TM) i5-8350U CPU @ 1.70GHz');
    expect($<HTMLInputElement>(el, '#ram').value).to.equal('8');
    expect($<HTMLSelectElement>(el, '#edition').value).to.equal('enterprise');
    await waitUntil(() => sr(el).activeElement === $(el, '#paste-message'), 'the message takes focus');
    await expect(el).to.be.accessible();
  });

  it('works from the keyboard alone', async () => {
    const el = await checker();
    await fillGood(el);
    $<HTMLInputElement>(el, '#year').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sr(el).activeElement?.id === 'results-title', 'focus moves to the results');
    expect(text(el, '.outcome-title')).to.equal('We can accept it');
    const tabs = $$(el, '.views button');
    tabs[2].focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(tabs[2].getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.policy-page')).to.not.equal(null);
  });

  it('renders the policy page and checks from the same data: change a clause and both change', async () => {
    const policy = structuredClone(PRESETS.baseline);
    const age = policy.rules.find(r => r.kind === 'age')!;
    age.text = { en: 'Nothing older than {maxYears} years, please.' };
    age.maxYears = 3;
    const el = await fixture<TbDonationChecker>(
      html`<tb-donation-checker today="2026-12-06" view="policy" .policy=${policy}></tb-donation-checker>`
    );
    expect(text(el, '[data-rule="age"] .clause-text')).to.equal('Nothing older than 3 years, please.');
    await expect(el).to.be.accessible();
    el.view = 'check';
    await el.updateComplete;
    await set(el, 'year', '2022');
    await check(el);
    const result = $$(el, '.criterion').find(li => li.textContent!.includes('Clause 1.2'))!;
    expect(result.querySelector('blockquote')!.textContent).to.include('Nothing older than 3 years, please.');
    expect(result.textContent).to.include('about 4 years old. Our limit is 3 years.');
    expect(result.querySelector('.badge')!.textContent).to.include('Does not meet');
    el.setAttribute('max-age-years', '5');
    await el.updateComplete;
    el.view = 'policy';
    await el.updateComplete;
    expect(text(el, '[data-rule="age"] .clause-text')).to.equal('Nothing older than 5 years, please.');
  });

  it('says in plain words when the policy file is broken, and keeps working', async () => {
    const el = await checker('policy-src=/test/fixtures/donation-checker/broken-policy.json.txt');
    await waitUntil(() => $(el, '.config'), 'a configuration message', { timeout: 10000 });
    expect(text(el, '.config')).to.include('This part of the page is not set up right');
    expect(text(el, '.config')).to.include('the donation policy has a problem: it is not valid JSON');
    expect(text(el, '.config')).to.include('The checker cannot be used until the policy is fixed');
    expect($<HTMLButtonElement>(el, 'button[type="submit"]').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    el.policy = { ...PRESETS.baseline, rules: [{ ...PRESETS.baseline.rules[0], kind: 'colour' }] };
    await el.updateComplete;
    expect(text(el, '.config')).to.include('at “rules[0].kind”: “colour” is not a kind of rule we know');
    el.policy = PRESETS.windows11;
    await el.updateComplete;
    expect($(el, '.config')).to.equal(null);
    expect($<HTMLButtonElement>(el, 'button[type="submit"]').disabled).to.equal(false);
  });

  it('names bad attributes', async () => {
    const el = await checker('min-ram-gb=eight preset=fancy');
    expect(text(el, '.config')).to.include('The setting “min-ram-gb”: use a number, like 6.');
    expect(text(el, '.config')).to.include('The setting “preset”: use baseline, windows11 or public-access.');
  });

  it('walks through in Spanish', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><tb-donation-checker today="2026-12-06"></tb-donation-checker></div>`
    );
    const el = wrapper.querySelector('tb-donation-checker')!;
    await waitUntil(() => text(el, '.title') === 'Revisar una computadora donada', 'Spanish words');
    expect(text(el, '.as-of')).to.include('22 de agosto de 2026');
    await fillGood(el);
    await set(el, 'type', 'printer-inkjet');
    await check(el);
    expect(text(el, '.outcome-title')).to.equal('No podemos aceptarla');
    expect(text(el, '.criteria')).to.include('Impresora de inyección de tinta: no aceptamos este tipo de equipo.');
    expect(text(el, '[data-output="letter"] .output-text')).to.include('Lamentamos no poder aceptarla');
    await expect(el).to.be.accessible();
  });

  it('saves the decision record to the real server and says so only when it is kept', async () => {
    const el = await checker(`endpoint=${endpoint}`);
    await fillGood(el);
    await check(el);
    await set(el, 'donor-name', 'Ana Pérez');
    $<HTMLButtonElement>(el, '#save-button').click();
    await waitUntil(() => text(el, '#save-outcome').startsWith('Decision saved'), 'saved', { timeout: 20000 });
    expect(text(el, '#save-outcome')).to.match(/Its number is \S+/);
    const stored = (await storedSubmissions('donation-decision')).at(-1)!;
    const data = stored.envelope.data as unknown as DecisionRecord;
    expect(data.policy).to.deep.equal({
      id: 'baseline-public-library',
      version: '2026.1',
      title: 'Computer donations: what we accept'
    });
    expect(data.osDataAsOf).to.equal('2026-08-22');
    expect(data.items[0].outcome).to.equal('accept');
    expect(data.items[0].offer.makeModel).to.equal('Dell OptiPlex 7090');
    expect(data.donor).to.deep.equal({ name: 'Ana Pérez' });
    await expect(el).to.be.accessible();
  });

  it('tells the truth when the records server is down', async () => {
    await setFaults({ mode: 'down' });
    const el = await checker(`endpoint=${endpoint}`);
    await fillGood(el);
    await check(el);
    $<HTMLButtonElement>(el, '#save-button').click();
    await waitUntil(() => $(el, '#save-outcome'), 'an outcome', { timeout: 20000 });
    expect(text(el, '#save-outcome')).to.include('Not saved yet');
    expect(text(el, '#save-outcome')).to.not.include('Decision saved');
    await expect(el).to.be.accessible();
    el.remove();
    await getOutbox().clear();
  });

  it('checks a list of computers: bad rows by row number, a summary, and saving', async () => {
    const el = await checker();
    $$(el, '.views button')[1].click();
    await el.updateComplete;
    const csv = await (await fetch('/test/fixtures/donation-checker/lot.csv')).text();
    await set(el, 'lot-text', csv);
    $<HTMLButtonElement>(el, '.lot button[type="submit"]').click();
    await waitUntil(() => $(el, '#lot-results'), 'lot results', { timeout: 10000 });
    expect(text(el, '.lot-summary')).to.include('4 rows checked.');
    expect(text(el, '.lot-summary')).to.include('We can accept 12 machines.');
    expect(text(el, '.lot-problems')).to.include('Row 4, column “RAM GB”: “eight” is not a number.');
    expect($$(el, 'tbody tr').length).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('keeps the policy page and the list results accessible on a dark page', async () => {
    document.body.setAttribute('style', 'background:#1b1b1b;color:#eee');
    const page = await checker('view=policy');
    expect(text(page, '#policy-title')).to.equal('Computer donations: what we accept');
    expect($(page, '.title')).to.equal(null);
    await expect(page).to.be.accessible();
    const el = await checker('view=lot');
    await set(el, 'lot-text', 'type,year,ram_gb\nlaptop,2024,16\ndesktop,2010,x\n');
    $<HTMLButtonElement>(el, '.lot button[type="submit"]').click();
    await waitUntil(() => $(el, '#lot-results'), 'lot results', { timeout: 10000 });
    expect(text(el, '.lot-problems')).to.include('Row 3');
    await expect(el).to.be.accessible();
  });

  it('says when the policy file cannot be loaded', async () => {
    const el = await checker('policy-src=/test/fixtures/donation-checker/no-such-policy.json');
    await waitUntil(() => $(el, '.config'), 'a configuration message', { timeout: 10000 });
    expect(text(el, '.config')).to.include('The setting “policy-src”: the donation policy could not be loaded (404).');
    await expect(el).to.be.accessible();
  });

  it('asks for a list before checking one', async () => {
    const el = await checker('view=lot');
    $<HTMLButtonElement>(el, '.lot button[type="submit"]').click();
    await el.updateComplete;
    await waitUntil(() => sr(el).activeElement === $(el, '#lot-error-summary'), 'the summary takes focus');
    expect(text(el, '#lot-error-summary')).to.include('Choose a file or paste a spreadsheet first');
    await expect(el).to.be.accessible();
  });
});
