// <tb-problem-report>: the call-back (contact) flow, "sent later" news after a reload, and errors that clear.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/problem-report/define.js';
import type { TbProblemReport } from '../../../src/components/problem-report/problem-report.js';
import { getOutbox, type OutboxEntry } from '../../../src/core/outbox.js';
import {
  fillRequired,
  resetDelivery,
  sendAndWait,
  startDelivery,
  toReview,
  type
} from '../../support/problem-report.js';
import { setFaults, storedSubmissions } from '../../support/servers.js';
import { $, $$, active, sr, tabTo } from '../../support/shadow.js';

let endpoint = '';
let counter = 0;
const uid = () => `pr-flow-${Date.now()}-${counter++}`;

/**
 * A report queued while the server is down; the page goes away before it is delivered ("reload"), then the server
 * is back and the outbox sends it. Returns the report's outbox entry.
 */
async function queueThenLeave(): Promise<OutboxEntry> {
  const first = await fixture<TbProblemReport>(
    html`<tb-problem-report id=${uid()} endpoint=${endpoint} min-fill-seconds="0"></tb-problem-report>`
  );
  await setFaults({ mode: 'down' });
  await fillRequired(first);
  await toReview(first);
  expect(await sendAndWait(first)).to.equal('queued');
  const [entry] = await getOutbox().list();
  first.remove();
  await setFaults({ mode: 'ok' });
  await getOutbox().flush();
  return entry;
}

describe('<tb-problem-report> flows', () => {
  before(async () => {
    endpoint = await startDelivery();
  });

  beforeEach(resetDelivery);

  describe('how IT can reach the person', () => {
    it('is pre-filled from attributes, and the sent panel says IT will get back to them there', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report
          id=${uid()}
          endpoint=${endpoint}
          min-fill-seconds="0"
          reporter-name="Ana Ruiz"
          reporter-contact="ext 214"
        ></tb-problem-report>`
      );
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ana Ruiz');
      expect($<HTMLInputElement>(el, '#f-contact').value).to.equal('ext 214');
      await fillRequired(el);
      await toReview(el);
      // Known already: the check step does not ask again.
      expect(sr(el).querySelector('#contact-ask-heading')).to.equal(null);
      expect(await sendAndWait(el)).to.equal('sent');
      expect($(el, '[data-outcome="sent"]').textContent).to.include('get back to you (ext 214)');
      const reference = $(el, '.reference').textContent!;
      const stored = (await storedSubmissions('problem-report')).find(s => s.reference === reference)!;
      expect((stored.envelope.data as { reporter: unknown }).reporter).to.deep.equal({
        name: 'Ana Ruiz',
        contact: 'ext 214'
      });
    });

    it('takes the reporter property', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report
          id=${uid()}
          .reporter=${{ name: 'Sam Lee', contact: 'sam@library.example' }}
        ></tb-problem-report>`
      );
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Sam Lee');
      expect($<HTMLInputElement>(el, '#f-contact').value).to.equal('sam@library.example');
    });

    it('asks "How can IT reach you?" on the check step when missing, and uses the answer', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report id=${uid()} endpoint=${endpoint} min-fill-seconds="0"></tb-problem-report>`
      );
      await fillRequired(el);
      await toReview(el);
      expect($(el, '#contact-ask-heading').textContent).to.include('How can IT reach you?');
      await expect(el).to.be.accessible();
      await type(el, 'ask-contact', 'ext 3');
      // Still there while typing, and what will be sent follows.
      expect(sr(el).querySelector('#f-ask-contact')).to.exist;
      expect($(el, '#report-text').textContent).to.include('ext 3');
      expect(await sendAndWait(el)).to.equal('sent');
      expect($(el, '[data-outcome="sent"]').textContent).to.include('(ext 3)');
    });

    it('without a way to reach them, the sent panel does not promise a call-back', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report id=${uid()} endpoint=${endpoint} min-fill-seconds="0"></tb-problem-report>`
      );
      await fillRequired(el);
      await toReview(el);
      expect(await sendAndWait(el)).to.equal('sent');
      const text = $(el, '[data-outcome="sent"]').textContent!;
      expect(text).to.include('You did not leave a way to reach you');
      expect(text).to.not.include('get back to you');
    });

    it('is required with require-contact: an error until it is given', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report id=${uid()} min-fill-seconds="0" require-contact></tb-problem-report>`
      );
      expect($(el, '#f-contact').getAttribute('aria-required')).to.equal('true');
      await fillRequired(el);
      await toReview(el);
      expect($$(el, '.error-summary a').map(a => a.dataset.field)).to.deep.equal(['contact']);
      expect($(el, '#f-contact-error').textContent).to.include('Say how the IT team can reach you');
      await expect(el).to.be.accessible();
      await type(el, 'contact', 'ext 9');
      expect(sr(el).querySelector('.error-summary')).to.equal(null);
      await toReview(el);
      expect($(el, '#review-heading')).to.exist;
    });

    it('is remembered on this computer only with consent', async () => {
      const id = uid();
      const first = await fixture<TbProblemReport>(
        html`<tb-problem-report id=${id} endpoint=${endpoint} min-fill-seconds="0" remember></tb-problem-report>`
      );
      await fillRequired(first);
      await type(first, 'name', 'Ana');
      await type(first, 'contact', 'ext 214');
      $<HTMLInputElement>(first, '#f-remember').click();
      await first.updateComplete;
      await toReview(first);
      expect(await sendAndWait(first)).to.equal('sent');
      first.remove();
      const second = await fixture<TbProblemReport>(html`<tb-problem-report id=${uid()} remember></tb-problem-report>`);
      expect($<HTMLInputElement>(second, '#f-contact').value).to.equal('ext 214');
      const third = await fixture<TbProblemReport>(html`<tb-problem-report id=${uid()}></tb-problem-report>`);
      expect($<HTMLInputElement>(third, '#f-contact').value).to.equal('');
    });
  });

  it('follows heading-level, with the headings inside one level deeper', async () => {
    const el = await fixture<TbProblemReport>(
      html`<tb-problem-report id=${uid()} heading-level="3" min-fill-seconds="0"></tb-problem-report>`
    );
    expect($(el, '#heading').tagName).to.equal('H3');
    await fillRequired(el);
    await toReview(el);
    expect($(el, '#review-heading').tagName).to.equal('H4');
    expect($(el, '#contact-ask-heading').tagName).to.equal('H5');
    await expect(el).to.be.accessible();
    el.setAttribute('heading-level', 'none');
    await el.updateComplete;
    expect(sr(el).querySelector('#heading')).to.equal(null);
    expect($(el, '#review-heading').tagName).to.equal('H2');
  });

  it('marks the required answers and says "(optional)" on the optional groups', async () => {
    const el = await fixture<TbProblemReport>(html`<tb-problem-report id=${uid()}></tb-problem-report>`);
    expect($(el, '#f-summary').getAttribute('aria-required')).to.equal('true');
    expect($(el, '#f-whatHappened').getAttribute('aria-required')).to.equal('true');
    expect($$(el, '.label-line .marker').map(m => m.textContent!.trim())).to.deep.equal(['(required)', '(required)']);
    const legends = $$(el, 'legend').map(l => l.textContent!.replace(/\s+/g, ' ').trim());
    for (const legend of legends.filter(l => /Where is the problem|About you/.test(l))) {
      expect(legend).to.match(/\(optional\)$/);
    }
  });

  it('clears an error as soon as its answer is fine, and keeps the others', async () => {
    const el = await fixture<TbProblemReport>(html`<tb-problem-report id=${uid()}></tb-problem-report>`);
    await toReview(el);
    expect($$(el, '.error-summary a').map(a => a.dataset.field)).to.deep.equal(['summary', 'whatHappened']);
    await type(el, 'summary', 'Scanner problem');
    expect(sr(el).querySelector('#f-summary-error')).to.equal(null);
    expect($(el, '#f-summary').getAttribute('aria-invalid')).to.equal('false');
    expect($$(el, '.error-summary a').map(a => a.dataset.field)).to.deep.equal(['whatHappened']);
    expect(sr(el).querySelector('#f-whatHappened-error')).to.exist;
    await expect(el).to.be.accessible();
    // Emptying it again does not bring a new error before Continue.
    await type(el, 'summary', '');
    expect(sr(el).querySelector('#f-summary-error')).to.equal(null);
  });

  it('works with the keyboard alone: "How can IT reach you?", then the quick-sender confirmation', async () => {
    const el = await fixture<TbProblemReport>(
      html`<tb-problem-report id=${uid()} endpoint=${endpoint} min-fill-seconds="60"></tb-problem-report>`
    );
    await fillRequired(el);
    await toReview(el);
    await tabTo(() => active(el)?.id === 'f-ask-contact', 'Tab reaches "How can we reach you?"');
    await sendKeys({ type: 'ext 77' });
    await el.updateComplete;
    expect($(el, '#report-text').textContent).to.include('ext 77');
    await tabTo(() => active(el)?.id === 'send', 'Tab reaches Send');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'quick-heading', 'focus on the confirmation', { timeout: 5000 });
    await tabTo(() => active(el)?.id === 'send-confirmed', 'Tab reaches "Yes, send it"');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sr(el).querySelector('[data-outcome="sent"]'), 'sent', { timeout: 15000 });
    expect($(el, '[data-outcome="sent"]').textContent).to.include('(ext 77)');
  });

  it('says it in Spanish on the next page too', async () => {
    await queueThenLeave();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><tb-problem-report id=${uid()}></tb-problem-report></div>`
    );
    const next = wrapper.querySelector('tb-problem-report')!;
    await waitUntil(() => sr(next).querySelector('.tb-notice'), 'the notice', { timeout: 15000 });
    await waitUntil(() => /se envió/.test($(next, '.tb-notice').textContent!), 'in Spanish', { timeout: 5000 });
    expect($(next, '.tb-notice').textContent).to.not.match(/was sent|Close this message/);
    await expect(next).to.be.accessible();
  });

  it('tells the person on the next page when a report that waited was sent, with its reference', async () => {
    const entry = await queueThenLeave();
    await waitUntil(async () => (await storedSubmissions('problem-report')).some(s => s.id === entry.id), 'delivered', {
      timeout: 15000
    });
    const stored = (await storedSubmissions('problem-report')).find(s => s.id === entry.id)!;
    // The next page with a Techbridge element.
    const next = await fixture<TbProblemReport>(html`<tb-problem-report id=${uid()}></tb-problem-report>`);
    await waitUntil(() => sr(next).querySelector('.tb-notice'), 'the notice', { timeout: 10000 });
    const notice = $(next, '.tb-notice');
    expect(notice.textContent).to.include('Your problem report');
    expect(notice.textContent).to.include(stored.reference);
    await expect(next).to.be.accessible();
    // Closed once read: gone, also on the page after.
    notice.querySelector('button')!.click();
    await next.updateComplete;
    expect(sr(next).querySelector('.tb-notice')).to.equal(null);
    const after = await fixture<TbProblemReport>(html`<tb-problem-report id=${uid()}></tb-problem-report>`);
    expect(sr(after).querySelector('.tb-notice')).to.equal(null);
  });
});
