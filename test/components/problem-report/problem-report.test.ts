// <tb-problem-report> in real Chromium, delivering to the real reference intake server behind the fault proxy.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import sinon from 'sinon';
import '../../../src/components/problem-report/define.js';
import type { TbProblemReport } from '../../../src/components/problem-report/problem-report.js';
import { getOutbox } from '../../../src/core/outbox.js';
import { glossaryContext, type GlossaryLookup } from '../../../src/core/context.js';
import {
  FAST,
  fillRequired,
  resetDelivery,
  sendAndWait,
  startDelivery,
  toReview,
  type
} from '../../support/problem-report.js';
import { eventually, faultStats, setFaults, storedSubmissions } from '../../support/servers.js';
import { $, $$, active, sr, tabTo } from '../../support/shadow.js';

let endpoint = '';
let counter = 0;
const uid = () => `pr-test-${Date.now()}-${counter++}`;

async function make(attrs: { endpoint?: string; id?: string } = {}) {
  const id = attrs.id ?? uid();
  const el = await fixture<TbProblemReport>(
    html`<tb-problem-report id=${id} endpoint=${attrs.endpoint ?? ''} min-fill-seconds="0"></tb-problem-report>`
  );
  return el;
}

describe('<tb-problem-report>', () => {
  before(async () => {
    endpoint = await startDelivery();
  });

  beforeEach(resetDelivery);

  describe('form', () => {
    it('renders an accessible empty form that says when nothing will be sent', async () => {
      const el = await make();
      expect($(el, 'form[novalidate]')).to.exist;
      expect($(el, '#f-summary')).to.exist;
      expect(sr(el).textContent).to.include('not connected to the IT inbox');
      await expect(el).to.be.accessible();
    });

    it('shows a GOV.UK error summary that takes focus, links to fields and keeps what was typed', async () => {
      const el = await make();
      await type(el, 'summary', 'Scanner problem');
      await toReview(el);
      const summary = $(el, '.error-summary');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(active(el)).to.equal(summary);
      const links = $$(el, '.error-summary a');
      expect(links.map(a => a.getAttribute('href'))).to.deep.equal(['#f-whatHappened']);
      const field = $<HTMLTextAreaElement>(el, '#f-whatHappened');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.include('f-whatHappened-error');
      expect($(el, '#f-whatHappened-error .visually-hidden').textContent).to.equal('Error:');
      expect($<HTMLInputElement>(el, '#f-summary').value).to.equal('Scanner problem');
      await expect(el).to.be.accessible();
      links[0].click();
      await el.updateComplete;
      await aTimeout(0);
      expect(active(el)).to.equal(field);
    });

    it('lists both required answers when both are empty', async () => {
      const el = await make();
      await toReview(el);
      expect($$(el, '.error-summary a').map(a => a.dataset.field)).to.deep.equal(['summary', 'whatHappened']);
    });

    it('coaches on vague words once typing pauses, without blocking, and again on the check step', async () => {
      const el = await make();
      await fillRequired(el, 'The system is down', 'It crashed.');
      // Settles after a pause in typing, so it does not flicker (or get announced) on every key.
      expect(sr(el).querySelector('#coaching')).to.equal(null);
      await waitUntil(() => sr(el).querySelector('#coaching'), 'coaching appears after a pause', { timeout: 5000 });
      const box = $(el, '#coaching');
      expect(box.getAttribute('part')).to.equal('coaching');
      expect(box.textContent).to.include('You wrote “The system is down”');
      expect(box.textContent).to.include('What do you see on the screen when you try to use it?');
      expect(box.textContent).to.include('You wrote “It crashed”');
      expect(box.textContent).to.include('What were you doing just before it happened');
      expect($(el, '#f-whatHappened').getAttribute('aria-describedby')).to.include('coaching');
      await expect(el).to.be.accessible();
      await toReview(el);
      expect($(el, '#review-heading')).to.exist;
      expect($(el, '#review-coaching').textContent).to.include('You wrote “The system is down”');
      await expect(el).to.be.accessible();
    });

    it('asks the question that fits the words, and stays quiet for a specific report', async () => {
      const el = await make();
      await fillRequired(el, 'Computers are really slow', 'Patrons are waiting.');
      await waitUntil(() => sr(el).querySelector('#coaching'), 'coaching appears', { timeout: 5000 });
      expect($(el, '#coaching').textContent).to.include('Since when has it been slow?');
      await type(el, 'whatHappened', "Each search takes 30 seconds, the screen says 'Please wait'.");
      await waitUntil(() => !sr(el).querySelector('#coaching'), 'coaching goes once answered', { timeout: 5000 });
    });
  });

  describe('library systems', () => {
    it('adds the library systems a webmaster switches on to the program list', async () => {
      const el = await make();
      const options = () => $$(el, '#f-program option').map(o => o.textContent!.trim());
      expect(options().some(o => o.startsWith('Sierra'))).to.equal(false);
      el.setAttribute('library-systems', 'sierra papercut');
      await el.updateComplete;
      expect(options().filter(o => /^(Sierra|PaperCut)/.test(o))).to.have.length(2);
      el.setAttribute('library-systems', 'sierra nonsense');
      await el.updateComplete;
      expect($(el, '[part="config"]').textContent).to.include('nonsense');
      await expect(el).to.be.accessible();
    });
  });

  describe('check your report', () => {
    it('shows the report as the IT person reads it, with change links and gap hints', async () => {
      const el = await make();
      await fillRequired(el);
      await toReview(el);
      expect(active(el)).to.equal($(el, '#review-heading'));
      expect(sr(el).textContent).to.include('Receipt printer prints blank pages');
      const gapLinks = $$(el, '.gaps a').map(a => a.textContent!.trim());
      expect(gapLinks[0]).to.equal('No exact error message. Add one if there was a message on the screen.');
      await expect(el).to.be.accessible();

      // A change link for a field inside "Add more detail" opens it and focuses the field.
      $(el, '.review a[data-field="program"]').click();
      await el.updateComplete;
      await aTimeout(0);
      expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
      expect(active(el)).to.equal($(el, '#f-program'));
      expect($<HTMLTextAreaElement>(el, '#f-whatHappened').value).to.equal('I press print and a blank slip comes out.');
    });

    it('masks card numbers, emails and phone numbers in the "what will be sent" view', async () => {
      const el = await make();
      await fillRequired(el, 'Card 21234000123456 rejected', 'Patron jane@example.org, call 555-123-4567');
      await toReview(el);
      const text = $(el, '#report-text').textContent!;
      expect(text).to.not.include('21234000123456');
      expect(text).to.not.include('jane@example.org');
      expect(text).to.not.include('555-123-4567');
      expect(sr(el).textContent).to.include('we hid 3 things');
    });
  });

  describe('delivery', () => {
    it('sent: shows the reference from a 2xx and what happens next; clears the draft', async () => {
      const el = await make({ endpoint });
      await fillRequired(el);
      const key = Object.keys(localStorage).find(k => k.includes(el.id))!;
      expect(key).to.exist;
      await toReview(el);
      const submitted = oneEvent(el, 'tb-submitted');
      expect(await sendAndWait(el)).to.equal('sent');
      const { detail } = await submitted;
      expect(detail.reference).to.match(/^PR-\d{6}$/);
      expect($(el, '.reference').textContent).to.equal(detail.reference);
      expect(active(el)).to.equal($(el, '#outcome-heading'));
      expect(localStorage.getItem(key)).to.equal(null);
      const stored = (await storedSubmissions('problem-report')).filter(s => s.id === detail.id);
      expect(stored).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('never lets a patron barcode, email or phone number reach the server, in text or in a URL', async () => {
      const el = await make({ endpoint });
      await fillRequired(
        el,
        'Card 21234000123456 rejected at desk',
        'Patron mary.smith@example.org called on (555) 123-4567.'
      );
      await type(el, 'errorMessage', 'Account 21234000999999 blocked; contact 555-987-6543');
      await type(
        el,
        'webPage',
        'https://opac.example/account?barcode=21234000123456&email=mary.smith%40example.org&phone=555-123-4567&view=holds'
      );
      await toReview(el);
      const submitted = oneEvent(el, 'tb-submitted');
      expect(await sendAndWait(el)).to.equal('sent');
      const { detail } = await submitted;
      const stored = (await storedSubmissions('problem-report')).find(s => s.id === detail.id)!;
      const json = JSON.stringify(stored.envelope);
      for (const secret of [
        '21234000123456',
        '21234000999999',
        'mary.smith',
        '555-123-4567',
        '123-4567',
        '555-987-6543'
      ]) {
        expect(json, secret).to.not.include(secret);
      }
      const data = stored.envelope.data as { webPage: string; privacy: { maskedCount: number } };
      expect(data.webPage).to.include('view=holds');
      expect(data.privacy.maskedCount).to.equal(8);
    });

    it('queued: a report typed while the server is down arrives exactly once, with the same id, after it comes back', async () => {
      const el = await make({ endpoint });
      el.fallbackPhone = '555-0100';
      await setFaults({ mode: 'down' });
      await fillRequired(el, 'Wi-Fi sign-in page never loads', 'Patrons press Accept and the page spins.');
      await toReview(el);
      const queued = oneEvent(el, 'tb-queued');
      expect(await sendAndWait(el)).to.equal('queued');
      const { detail } = await queued;
      expect(sr(el).textContent).to.include('Saved on this computer');
      expect(sr(el).textContent).to.not.include('Report sent');
      // The local number is a small hint: only a reference from the inbox is shown large.
      expect(!!sr(el).querySelector('[data-outcome="queued"] .reference')).to.equal(false);
      expect($(el, '[data-outcome="queued"] .hint').textContent).to.include(detail.id.slice(0, 8));
      // When it cannot be sent now, a waiting patron is when a phone call matters most.
      expect($<HTMLAnchorElement>(el, '[data-outcome="queued"] a[href^="tel:"]').getAttribute('href')).to.equal(
        'tel:5550100'
      );
      await expect(el).to.be.accessible();
      expect((await getOutbox().list()).map(e => e.id)).to.deep.equal([detail.id]);

      await setFaults({ mode: 'ok' });
      await eventually(async () => sr(el).querySelector('[data-outcome="sent"]'), 'the queued report to send', 20000);
      expect($(el, '.reference').textContent).to.match(/^PR-\d{6}$/);
      const stored = (await storedSubmissions('problem-report')).filter(s => s.id === detail.id);
      expect(stored).to.have.length(1);
      await aTimeout(600);
      expect((await storedSubmissions('problem-report')).filter(s => s.id === detail.id)).to.have.length(1);
      expect(await getOutbox().list()).to.have.length(0);
    });

    it('failed: a refusal is shown truthfully with copy, email and call; the report stays', async () => {
      const el = await make({ endpoint });
      el.fallbackEmail = 'it@library.example';
      el.fallbackPhone = '555-0100 ext 12';
      await fillRequired(el);
      await toReview(el);
      el.addEventListener('tb-submit', e => ((e.detail.envelope.data as Record<string, unknown>).unexpected = 1), {
        once: true
      });
      expect(await sendAndWait(el)).to.equal('failed');
      expect(sr(el).textContent).to.include('Your report was not sent');
      expect(sr(el).textContent).to.not.include('Report sent');
      // Plain words in view; the server's own words only under "Details for the IT team".
      const failed = $(el, '[data-outcome="failed"]');
      const inView = [...failed.children]
        .filter(c => c.tagName !== 'DETAILS')
        .map(c => c.textContent)
        .join(' ');
      expect(inView).to.include('The IT inbox did not accept it.');
      expect(inView).to.not.match(/server|error \d/i);
      // The server's field list is for the IT team: folded away, not in the librarian's face.
      const codes = $$(el, '[data-outcome="failed"] code');
      expect(codes.length).to.be.greaterThan(0);
      for (const code of codes) expect(code.closest('details:not([open])')).to.exist;
      const email = $<HTMLAnchorElement>(el, '#email');
      expect(email.href).to.match(/^mailto:it@library\.example\?subject=/);
      expect(decodeURIComponent(email.href)).to.include('Receipt printer prints blank pages');
      expect($<HTMLAnchorElement>(el, 'a[href^="tel:"]').getAttribute('href')).to.equal('tel:5550100;ext=12');
      await expect(el).to.be.accessible();
      $(el, '#copy').click();
      await waitUntil(() => $(el, 'p.hint[role="status"]').textContent!.trim() !== '');
      // Back to the report: nothing typed was lost.
      $$(el, 'button')
        .find(b => b.textContent!.includes('Go back to my report'))!
        .click();
      await el.updateComplete;
      expect(sr(el).textContent).to.include('Receipt printer prints blank pages');
    });

    it('without an endpoint: says nothing was sent and offers copy, email and print', async () => {
      const el = await make();
      el.fallbackEmail = 'it@library.example';
      await fillRequired(el);
      await toReview(el);
      expect($(el, '#send').textContent!.trim()).to.equal('Finish');
      expect(await sendAndWait(el)).to.equal('local');
      expect(sr(el).textContent).to.include('Nothing has been sent');
      expect($(el, '#email')).to.exist;
      expect($$(el, 'button').some(b => b.textContent!.includes('Print'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('when this computer cannot save it (storage full): sends it anyway, or says truthfully it is not saved', async () => {
      const full = sinon
        .stub(IDBObjectStore.prototype, 'put')
        .throws(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      try {
        let el = await make({ endpoint });
        await fillRequired(el);
        const key = Object.keys(localStorage).find(k => k.includes(el.id))!;
        await toReview(el);
        expect(await sendAndWait(el)).to.equal('sent');
        expect($(el, '.reference').textContent).to.match(/^PR-\d{6}$/);
        expect(localStorage.getItem(key)).to.equal(null);

        await setFaults({ mode: 'down' });
        el = await make({ endpoint });
        await fillRequired(el, 'Wi-Fi sign-in page never loads', 'Patrons press Accept and the page spins.');
        const draft = Object.keys(localStorage).find(k => k.includes(el.id))!;
        await toReview(el);
        expect(await sendAndWait(el)).to.equal('queued');
        expect(sr(el).textContent).to.not.include('Saved on this computer');
        expect(sr(el).textContent).to.include('Keep this page open');
        expect($(el, '#copy')).to.exist;
        expect(localStorage.getItem(draft), 'the draft is kept').to.not.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        full.restore();
      }
    });

    it('still saves and sends after the browser storage connection was closed (site data cleared)', async () => {
      const el = await make({ endpoint });
      await getOutbox().list(); // the outbox's connection is open
      await new Promise((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase('techbridge');
        deleting.onsuccess = resolve;
        deleting.onerror = () => reject(deleting.error);
      });
      await setFaults({ mode: 'down' });
      await fillRequired(el);
      await toReview(el);
      // Saved for real on a new connection, not only kept in memory.
      const queued = oneEvent(el, 'tb-queued');
      expect(await sendAndWait(el)).to.equal('queued');
      const { detail } = await queued;
      expect(sr(el).textContent).to.include('Saved on this computer');
      // This report's entry (a report an earlier test left retrying may be saved beside it on a busy machine).
      const mine = (await getOutbox().list()).filter(e => e.id === detail.id);
      expect(mine.map(e => e.state)).to.deep.equal(['pending']);
      await setFaults({ mode: 'ok' });
      await eventually(async () => sr(el).querySelector('[data-outcome="sent"]'), 'the report to send', 20000);
    });

    it('says "not sent" and keeps the report when something in the browser breaks while sending', async () => {
      const outbox = getOutbox();
      const closing = () => new DOMException('The database connection is closing.', 'InvalidStateError');
      const save = sinon.stub(outbox, 'save').rejects(closing());
      const deliver = sinon.stub(outbox, 'deliver').rejects(closing());
      try {
        const el = await make({ endpoint });
        el.fallbackPhone = '555-0100';
        await fillRequired(el);
        const key = Object.keys(localStorage).find(k => k.includes(el.id))!;
        await toReview(el);
        expect(await sendAndWait(el)).to.equal('failed');
        expect(sr(el).textContent).to.include('Your report was not sent');
        expect(sr(el).textContent).to.not.include('did not accept');
        expect(active(el)?.id).to.equal('outcome-heading');
        expect($(el, '#copy')).to.exist;
        expect($(el, 'a[href^="tel:"]')).to.exist;
        expect(localStorage.getItem(key), 'the draft is kept').to.not.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        save.restore();
        deliver.restore();
      }
    });

    it('disables the send button while sending, so a double click sends once', async () => {
      const el = await make({ endpoint });
      const summary = `Double click ${uid()}`;
      await fillRequired(el, summary);
      await toReview(el);
      const envelopes: string[] = [];
      el.addEventListener('tb-submit', e => envelopes.push(e.detail.envelope.id));
      const button = $<HTMLButtonElement>(el, '#send');
      // Two clicks in the same moment (before the page redraws), then one more once it shows "Sending…".
      button.click();
      button.click();
      await el.updateComplete;
      expect(button.disabled).to.equal(true);
      button.click();
      $<HTMLFormElement>(el, '#send').form!.requestSubmit();
      await waitUntil(() => sr(el).querySelector('[data-outcome]'), 'outcome', { timeout: 15000 });
      // One report, one envelope. (POSTs are counted per envelope: on a busy machine the outbox may resend the
      // same envelope after a timeout, which the inbox takes once; a report left over by an earlier test may
      // also be delivered meanwhile. Neither is a second report.)
      expect(envelopes).to.have.length(1);
      const stats = await faultStats();
      const keys = Object.keys(stats.attemptsByKey);
      expect(keys).to.include(envelopes[0]);
      const mine = (await storedSubmissions('problem-report')).filter(
        s => (s.envelope.data as { summary?: string }).summary === summary
      );
      expect(mine.map(s => s.id)).to.deep.equal(envelopes);
    });
  });

  describe('keyboard only', () => {
    it('can be completed and sent with the keyboard alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <tb-problem-report id=${uid()} endpoint=${endpoint} min-fill-seconds="0"></tb-problem-report>
        </div>`
      );
      const el = wrapper.querySelector('tb-problem-report')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('f-summary');
      await sendKeys({ type: 'Self-checkout will not read cards' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'The screen says Scan your card, but nothing happens when a card is scanned.' });
      // Tab on to the continue button and press Enter.
      for (let i = 0; i < 60 && active(el)?.id !== 'continue'; i++) await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('continue');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'review-heading', 'review heading focused');
      for (let i = 0; i < 60 && active(el)?.id !== 'send'; i++) await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('send');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sr(el).querySelector('[data-outcome="sent"]'), 'sent', { timeout: 15000 });
      expect($(el, '.reference').textContent).to.match(/^PR-\d{6}$/);
    });
  });

  describe('draft', () => {
    it('restores every field after the element is re-created, and clears it on discard', async () => {
      const id = uid();
      let el = await make({ id });
      await fillRequired(el);
      await type(el, 'asset', 'LIB-PC-042');
      $<HTMLInputElement>(el, '#f-scope-branch').click();
      await el.updateComplete;
      el.remove();

      el = await make({ id });
      expect($<HTMLInputElement>(el, '#f-summary').value).to.equal('Receipt printer prints blank pages');
      expect($<HTMLInputElement>(el, '#f-asset').value).to.equal('LIB-PC-042');
      expect($<HTMLInputElement>(el, '#f-scope-branch').checked).to.equal(true);
      expect(sr(el).textContent).to.include('We brought back what you typed earlier');

      $(el, '#discard').click();
      await el.updateComplete;
      await aTimeout(0);
      expect(active(el)?.id).to.equal('discard-yes');
      $(el, '#discard-yes').click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#f-summary').value).to.equal('');
      el.remove();
      el = await make({ id });
      expect($<HTMLInputElement>(el, '#f-summary').value).to.equal('');
    });

    it('keeps one draft per tab: sending in one tab leaves what another open tab typed', async () => {
      const id = uid();
      const first = await make({ id, endpoint });
      await fillRequired(first, 'Scanner at desk 1 beeps', 'Typed in the first tab.');
      const firstKey = Object.keys(localStorage).find(k => k.includes(id))!;
      // A second tab: its own tab id, while this page (the first tab) is still open.
      sessionStorage.setItem('tb-problem-report:tab', `second-${id}`);
      try {
        const second = await make({ id, endpoint });
        await aTimeout(50);
        await second.updateComplete;
        expect($<HTMLInputElement>(second, '#f-summary').value, 'an open tab keeps its draft').to.equal('');
        await fillRequired(second, 'Printer jams', 'Typed in the second tab.');
        await toReview(second);
        expect(await sendAndWait(second)).to.equal('sent');
        expect(localStorage.getItem(firstKey)).to.include('Scanner at desk 1 beeps');
        expect($<HTMLInputElement>(first, '#f-summary').value).to.equal('Scanner at desk 1 beeps');
      } finally {
        sessionStorage.removeItem('tb-problem-report:tab');
      }
    });

    it('brings back the newest draft of a tab that was closed, and moves it to this tab', async () => {
      const id = uid();
      const prefix = `tb-problem-report:draft:${location.pathname}#${id}`;
      const record = (summary: string, savedAt: number) =>
        JSON.stringify({ v: 1, values: { summary, whatHappened: 'From a closed tab.' }, savedAt });
      localStorage.setItem(`${prefix}@closed-older`, record('Older draft', 1));
      localStorage.setItem(`${prefix}@closed-newer`, record('Newer draft', 2));
      const el = await make({ id });
      await waitUntil(() => $<HTMLInputElement>(el, '#f-summary').value === 'Newer draft', 'the newer draft');
      expect(sr(el).textContent).to.include('We brought back what you typed earlier');
      expect(localStorage.getItem(`${prefix}@closed-newer`)).to.equal(null);
      expect(localStorage.getItem(`${prefix}@closed-older`)).to.not.equal(null);
    });

    it('pre-fills from the page address and keeps the draft across a real page reload', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="test page"></iframe>`);
      const ready = () =>
        new Promise<void>(resolve => {
          const onMessage = (e: MessageEvent) => {
            if (e.data?.tbProblemReportReady) {
              window.removeEventListener('message', onMessage);
              resolve();
            }
          };
          window.addEventListener('message', onMessage);
        });
      let loaded = ready();
      frame.src = '/test/fixtures/problem-report/page.html?asset=LIB-PC-042&branch=Main&summary=Printer%20jam';
      await loaded;
      const inner = () => frame.contentDocument!.querySelector('tb-problem-report')!;
      await waitUntil(() => inner().shadowRoot?.querySelector('#f-asset'));
      expect((inner().shadowRoot!.querySelector('#f-asset') as HTMLInputElement).value).to.equal('LIB-PC-042');
      expect((inner().shadowRoot!.querySelector('#f-branch') as HTMLInputElement).value).to.equal('Main');
      expect((inner().shadowRoot!.querySelector('#f-summary') as HTMLInputElement).value).to.equal('Printer jam');
      const what = inner().shadowRoot!.querySelector('#f-whatHappened') as HTMLTextAreaElement;
      what.value = 'Paper jams in tray 2 every third page.';
      what.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      loaded = ready();
      frame.contentWindow!.location.reload();
      await loaded;
      await waitUntil(() => inner().shadowRoot?.querySelector('#f-whatHappened'));
      await (inner() as TbProblemReport).updateComplete;
      expect((inner().shadowRoot!.querySelector('#f-whatHappened') as HTMLTextAreaElement).value).to.equal(
        'Paper jams in tray 2 every third page.'
      );
      frame.contentWindow!.localStorage.clear();
    });
  });

  describe('screenshot', () => {
    const png = (bytes: number) =>
      new File([new Uint8Array(bytes)], 'image.png', {
        type: 'image/png'
      });

    async function paste(el: TbProblemReport, file: File) {
      const zone = $(el, '.paste-zone');
      const data = new DataTransfer();
      data.items.add(file);
      zone.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true }));
      await waitUntil(() => sr(el).querySelector('.shot img, #f-screenshot-error'));
      await el.updateComplete;
    }

    it('takes a pasted picture, shows it and sends it as a data URL', async () => {
      const el = await make({ endpoint });
      await fillRequired(el);
      $(el, 'details summary').click();
      await el.updateComplete;
      await paste(el, png(2000));
      expect($<HTMLImageElement>(el, '.shot img').alt).to.include('image.png');
      await expect(el).to.be.accessible();
      await toReview(el);
      const submitted = oneEvent(el, 'tb-submitted');
      await sendAndWait(el);
      const { detail } = await submitted;
      const stored = (await storedSubmissions('problem-report')).find(s => s.id === detail.id)!;
      const shot = (stored.envelope.data as { screenshot: { dataUrl: string; bytes: number } }).screenshot;
      expect(shot.dataUrl.startsWith('data:image/png;base64,')).to.equal(true);
      expect(shot.bytes).to.equal(2000);
    });

    it('refuses a picture over the limit with a clear message, and non-pictures', async () => {
      const el = await make();
      el.screenshotMaxKb = 10;
      await el.updateComplete;
      $(el, 'details summary').click();
      await el.updateComplete;
      await paste(el, png(20 * 1024));
      expect($(el, '#f-screenshot-error').textContent).to.include('It must be 10 KB or smaller');
      await expect(el).to.be.accessible();
    });
  });

  describe('spam protection', () => {
    it('drops a report whose honeypot is filled, and looks normal', async () => {
      const el = await make({ endpoint });
      await fillRequired(el);
      const trap = $<HTMLInputElement>(el, '#f-website');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      trap.value = 'http://spam.example';
      trap.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await toReview(el);
      expect(await sendAndWait(el)).to.equal('sent');
      expect((await faultStats()).posts).to.equal(0);
    });

    it('asks a person who sends faster than min-fill-seconds to confirm, and never says "sent" before', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report id=${uid()} endpoint=${endpoint} min-fill-seconds="60"></tb-problem-report>`
      );
      await fillRequired(el);
      await toReview(el);
      $<HTMLButtonElement>(el, '#send').click();
      await waitUntil(() => sr(el).querySelector('#quick-heading'), 'the confirmation', { timeout: 5000 });
      await el.updateComplete;
      expect(active(el)).to.equal($(el, '#quick-heading'));
      expect(sr(el).querySelector('[data-outcome]')).to.equal(null);
      expect(sr(el).textContent).to.not.include('Report sent');
      expect((await faultStats()).posts).to.equal(0);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '#send-confirmed').click();
      await waitUntil(() => sr(el).querySelector('[data-outcome]'), 'outcome', { timeout: 15000 });
      expect($(el, '[data-outcome]').dataset.outcome).to.equal('sent');
      const reference = $(el, '.reference').textContent!;
      expect((await storedSubmissions('problem-report')).some(s => s.reference === reference)).to.equal(true);
    });
  });

  describe('known problems', () => {
    it('shows incidents as inert text and sends "this is affecting me too" as a note', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report
          id=${uid()}
          endpoint=${endpoint}
          min-fill-seconds="0"
          status-src="/test/fixtures/problem-report/status.json"
        ></tb-problem-report>`
      );
      await waitUntil(() => sr(el).querySelector('.incident'), 'incidents');
      expect($$(el, '.incident')).to.have.length(1);
      expect($(el, '.incident-title').textContent).to.include('<img src=x onerror=alert(1)>');
      expect(sr(el).querySelector('.incidents img, .incidents script')).to.equal(null);
      await expect(el).to.be.accessible();
      await type(el, 'branch', 'Main');
      $(el, '#incident-button-print-main-0131').click();
      await el.updateComplete;
      await aTimeout(0);
      const note = $<HTMLTextAreaElement>(el, '#incident-note-print-main-0131');
      expect(active(el)).to.equal(note);
      note.value = 'Also at desk 2; patron 21234000123456 waiting';
      note.dispatchEvent(new Event('input'));
      $<HTMLButtonElement>(el, '.incident button[type="submit"]').click();
      await waitUntil(() => sr(el).querySelector('#incident-result-print-main-0131'), 'note result', {
        timeout: 15000
      });
      expect($(el, '#incident-result-print-main-0131').textContent).to.match(
        /Thank you\. Your note was sent \(IN-\d{6}\)/
      );
      // This note, by its reference (other test files send notes to the same inbox).
      const reference = $(el, '#incident-result-print-main-0131').textContent!.match(/IN-\d{6}/)![0];
      const notes = await storedSubmissions('incident-note');
      const stored = notes.find(n => n.reference === reference)!;
      const data = stored.envelope.data as { incidentId: string; note: string; where: { branch: string } };
      expect(data.incidentId).to.equal('print-main-0131');
      expect(data.where.branch).to.equal('Main');
      expect(data.note).to.not.include('21234000123456');
    });

    it('shows a strong focus on the "Discard this report" link-style button', async () => {
      const el = await make();
      const discard = $<HTMLButtonElement>(el, '#discard');
      await tabTo(() => active(el) === discard, 'the discard button');
      expect(discard.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(discard);
      // The yellow focus colour behind dark text, as links have (not a faint yellow outline on white).
      expect(style.backgroundColor).to.equal('rgb(255, 221, 0)');
      expect(style.boxShadow).to.not.equal('none');
    });

    it('keeps focus on a known problem whose id has a dot in it', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report
          id=${uid()}
          endpoint=${endpoint}
          status-src="/test/fixtures/problem-report/status-dotted.json"
        ></tb-problem-report>`
      );
      await waitUntil(() => sr(el).querySelector('.incident'), 'incidents');
      sr(el).getElementById('incident-button-wifi.main_2')!.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(active(el)?.id).to.equal('incident-note-wifi.main_2');
      $$(el, '.incident button')
        .find(b => b.textContent!.trim() === 'Cancel')!
        .click();
      await el.updateComplete;
      await aTimeout(0);
      expect(active(el)?.id).to.equal('incident-button-wifi.main_2');
    });

    it('says so gently when the status file cannot be loaded', async () => {
      const error = sinon.stub(console, 'error');
      try {
        const el = await fixture<TbProblemReport>(
          html`<tb-problem-report
            id=${uid()}
            status-src="/test/fixtures/problem-report/missing.json"
          ></tb-problem-report>`
        );
        await waitUntil(() => sr(el).textContent!.includes('could not load the list of known problems'));
        expect($(el, '#f-summary')).to.exist;
      } finally {
        error.restore();
      }
    });
  });

  describe('configuration and text', () => {
    it('shows a plain message and logs for bad barcode-pattern, priority-map and fallback-email', async () => {
      const error = sinon.stub(console, 'error');
      try {
        const el = await fixture<TbProblemReport>(
          html`<tb-problem-report
            id=${uid()}
            barcode-pattern="("
            priority-map="{nope"
            fallback-email="not-an-email"
          ></tb-problem-report>`
        );
        const text = $(el, '.config').textContent!;
        expect(text).to.include('barcode-pattern');
        expect(text).to.include('priority-map');
        expect(text).to.include('fallback-email');
        expect(error.callCount).to.equal(3);
        await expect(el).to.be.accessible();
      } finally {
        error.restore();
      }
    });

    it('puts the configured priority in the payload', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report
          id=${uid()}
          endpoint=${endpoint}
          min-fill-seconds="0"
          priority-map='{"patrons-waiting": {"*": "P1"}}'
        ></tb-problem-report>`
      );
      await fillRequired(el);
      $<HTMLInputElement>(el, '#f-impact').click();
      await toReview(el);
      const submitted = oneEvent(el, 'tb-submitted');
      await sendAndWait(el);
      const { detail } = await submitted;
      const stored = (await storedSubmissions('problem-report')).find(s => s.id === detail.id)!;
      expect((stored.envelope.data as { priority: string }).priority).to.equal('P1');
    });

    it('lets every string be replaced by a JSON attribute or the property', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report id=${uid()} strings='{"heading": "Tell IT", "continue": "Next"}'></tb-problem-report>`
      );
      expect($(el, 'h2').textContent).to.equal('Tell IT');
      expect($(el, '#continue').textContent!.trim()).to.equal('Next');
      el.strings = { summaryLabel: 'Short summary' };
      await el.updateComplete;
      expect($(el, 'label[for="f-summary"]').textContent).to.equal('Short summary');
    });

    it('shows no built-in words once every string is replaced', async () => {
      const { DEFAULT_STRINGS } = await import('../../../src/components/problem-report/strings.js');
      const strings = Object.fromEntries(Object.keys(DEFAULT_STRINGS).map(k => [k, `«${k}» {count}{email}{phone}`]));
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report
          id=${uid()}
          min-fill-seconds="0"
          remember
          fallback-email="it@library.example"
          fallback-phone="555-0100"
          .strings=${strings}
          .pickers=${{ programs: [{ id: 'p', label: '«program»' }], tried: [{ id: 't', label: '«tried»' }] }}
        ></tb-problem-report>`
      );
      $<HTMLDetailsElement>(el, 'details').open = true;
      await el.updateComplete;
      // Text the person typed, data from configuration (pickers) and the report text itself are allowed.
      const typed = ['Printer jam', 'Tray 2 is stuck'];
      const leaks = () => {
        const walker = document.createTreeWalker(sr(el), NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent!.trim();
          if (!text || node.parentElement?.closest('pre, style')) continue;
          if (/^[«»\w\s{}.,:()@+-]*$/.test(text) && (text.includes('«') || /^[\d\s@.()+-]*$/.test(text))) continue;
          if (typed.some(t => text.includes(t)) || /^(it@library\.example|555-0100|high|normal)$/.test(text)) continue;
          found.push(text);
        }
        return found;
      };
      expect(leaks(), 'form').to.deep.equal([]);
      await fillRequired(el, 'Printer jam', 'Tray 2 is stuck');
      await toReview(el);
      expect(leaks(), 'review').to.deep.equal([]);
      expect(await sendAndWait(el)).to.equal('local');
      expect(leaks(), 'not sent').to.deep.equal([]);
    });

    it('loads programs from programs-src', async () => {
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report
          id=${uid()}
          programs-src="/test/fixtures/problem-report/programs.json"
        ></tb-problem-report>`
      );
      await waitUntil(() => sr(el).querySelector('option[value="koha"]'), 'loaded program');
      // The checklist was not in the file: the default one stays.
      expect($$(el, 'input[data-key="tried"]').length).to.be.greaterThan(3);
    });

    it('remembers name and branch on this computer only when asked', async () => {
      let el = await fixture<TbProblemReport>(
        html`<tb-problem-report id=${uid()} endpoint=${endpoint} min-fill-seconds="0" remember></tb-problem-report>`
      );
      await fillRequired(el);
      await type(el, 'name', 'Sam');
      await type(el, 'branch', 'East');
      $<HTMLInputElement>(el, '#f-remember').click();
      await toReview(el);
      await sendAndWait(el);
      el = await fixture<TbProblemReport>(
        html`<tb-problem-report id=${uid()} min-fill-seconds="0" remember></tb-problem-report>`
      );
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Sam');
      expect($<HTMLInputElement>(el, '#f-branch').value).to.equal('East');
      el = await fixture<TbProblemReport>(html`<tb-problem-report id=${uid()}></tb-problem-report>`);
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('');
    });

    it('wraps glossary terms in hints with <tb-jargon> when a glossary is provided', async () => {
      if (!customElements.get('tb-jargon')) customElements.define('tb-jargon', class extends HTMLElement {});
      const glossary: GlossaryLookup = {
        has: term => term === 'asset tag',
        findTerms: text => {
          const at = text.indexOf('asset tag');
          return at === -1 ? [] : [{ start: at, end: at + 'asset tag'.length, term: 'asset tag' }];
        }
      };
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(wrapper, { context: glossaryContext, initialValue: glossary });
      const el = document.createElement('tb-problem-report');
      el.id = uid();
      el.strings = { assetHint: 'The asset tag is on a sticker.' };
      wrapper.append(el);
      await el.updateComplete;
      const jargon = $(el, '#f-asset-hint tb-jargon');
      expect(jargon.getAttribute('term')).to.equal('asset tag');
      expect($(el, '#f-asset-hint').textContent).to.equal('The asset tag is on a sticker.');
    });

    it('fits a 320 px column without sideways scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <tb-problem-report id=${uid()}></tb-problem-report>
        </div>`
      );
      const el = wrapper.querySelector('tb-problem-report')!;
      await el.updateComplete;
      $<HTMLDetailsElement>(el, 'details').open = true;
      await aTimeout(0);
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, 'input, textarea, select, button')) {
        expect(node.getBoundingClientRect().right, node.id).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
      }
    });
  });
  describe('follow-up after sending', () => {
    it('turns "saved, will send" into "sent" with the reference when another tab sends it', async () => {
      // This page waits a long time before retrying, so the other page is the one that delivers.
      getOutbox().options = { ...FAST, baseDelayMs: 60_000, maxDelayMs: 60_000 };
      try {
        const el = await make({ endpoint });
        await setFaults({ mode: 'down' });
        await fillRequired(el, 'Self-check kiosk frozen', 'The screen stopped on "Please wait".');
        await toReview(el);
        const queued = oneEvent(el, 'tb-queued');
        expect(await sendAndWait(el)).to.equal('queued');
        const { detail } = await queued;
        expect(sr(el).textContent).to.include('Saved on this computer');

        await setFaults({ mode: 'ok' });
        const done = new Promise<{ status: string }[]>(resolve => {
          const onMessage = (e: MessageEvent) => {
            if (e.data?.tbOtherTabDone) {
              window.removeEventListener('message', onMessage);
              resolve(e.data.tbOtherTabDone as { status: string }[]);
            }
          };
          window.addEventListener('message', onMessage);
        });
        await fixture(html`<iframe title="another tab" src="/test/fixtures/problem-report/other-tab.html"></iframe>`);
        expect((await done).map(r => r.status)).to.deep.equal(['sent']);

        await waitUntil(() => sr(el).querySelector('[data-outcome="sent"]'), 'the panel to say sent', {
          timeout: 5000
        });
        const stored = (await storedSubmissions('problem-report')).filter(x => x.id === detail.id);
        expect(stored).to.have.length(1);
        expect($(el, '.reference').textContent).to.equal(stored[0].reference);
        expect(active(el)).to.equal($(el, '#outcome-heading'));
        await expect(el).to.be.accessible();

        // Nothing is left waiting, and the form does not say otherwise.
        $$(el, 'button')
          .find(b => b.textContent!.includes('Report another problem'))!
          .click();
        await el.updateComplete;
        await aTimeout(50);
        await el.updateComplete;
        expect(sr(el).textContent).to.not.include('waiting to send');
      } finally {
        getOutbox().options = { ...FAST };
      }
    });

    it('shows a saved report that the IT inbox later refused, on every load, until it is sent or deleted', async () => {
      const id = uid();
      const attrs = { id, endpoint };
      let el = await make(attrs);
      el.fallbackEmail = 'it@library.example';
      el.fallbackPhone = '555-0100';
      await setFaults({ mode: 'down' });
      await fillRequired(el, 'Self-check kiosk frozen', 'The screen stopped on "Please wait".');
      await toReview(el);
      // The endpoint will refuse this one (a field its schema does not know), but only once it is reachable again.
      el.addEventListener('tb-submit', e => ((e.detail.envelope.data as Record<string, unknown>).unexpected = 1), {
        once: true
      });
      expect(await sendAndWait(el)).to.equal('queued');
      $$(el, 'button')
        .find(b => b.textContent!.includes('Report another problem'))!
        .click();
      await el.updateComplete;

      await setFaults({ mode: 'ok' });
      await getOutbox().flush();
      await waitUntil(() => sr(el).querySelector('[data-refused]'), 'the refused report to be shown', {
        timeout: 10000
      });
      const panel = () => $(el, '[data-refused]');
      // Sent from this very form a moment ago: it is "the report you just sent", not an older one.
      expect(panel().querySelector('h3')!.textContent!.trim()).to.equal(
        'The report you just sent was not accepted by the IT inbox'
      );
      expect(panel().querySelector('pre')!.textContent).to.include('Self-check kiosk frozen');
      expect(panel().querySelector('a[href^="mailto:it@library.example"]')).to.exist;
      expect(panel().querySelector('a[href^="tel:"]')).to.exist;
      expect($(el, '.visually-hidden[role="status"]').textContent).to.include('was not accepted');
      await expect(el).to.be.accessible();

      // A reload (a new element) still shows it: nothing disappears unseen.
      el.remove();
      el = await make(attrs);
      await waitUntil(() => sr(el).querySelector('[data-refused]'), 'the refused report after a reload');

      // Trying again gets the same answer, and says so; it stays listed.
      const tryAgain = Array.from(panel().querySelectorAll('button')).find(b => b.textContent!.includes('again'))!;
      tryAgain.click();
      await waitUntil(
        () => $(el, '.visually-hidden[role="status"]').textContent!.includes('turned down again'),
        'the second refusal to be announced',
        { timeout: 10000 }
      );
      expect(sr(el).querySelector('[data-refused]')).to.exist;

      // Deleting it is the person's choice, and removes it from the outbox.
      Array.from(panel().querySelectorAll('button'))
        .find(b => b.textContent!.includes('Delete'))!
        .click();
      await waitUntil(() => !sr(el).querySelector('[data-refused]'), 'the refused report to go');
      expect(await getOutbox().list()).to.have.length(0);
      await waitUntil(() => active(el)?.id === 'heading', 'focus on the heading');
    });

    it('lists a saved "affecting me too" note that the IT inbox later refused on the next visit', async () => {
      const attrs = { id: uid(), endpoint };
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report
          id=${attrs.id}
          endpoint=${endpoint}
          min-fill-seconds="0"
          status-src="/test/fixtures/problem-report/status.json"
        ></tb-problem-report>`
      );
      await waitUntil(() => sr(el).querySelector('.incident'), 'incidents');
      await setFaults({ mode: 'down' });
      $(el, '#incident-button-print-main-0131').click();
      await el.updateComplete;
      const note = $<HTMLTextAreaElement>(el, '#incident-note-print-main-0131');
      note.value = 'Also at desk 2';
      note.dispatchEvent(new Event('input'));
      // The endpoint will refuse this one (a field its schema does not know), but only once it is reachable again.
      el.addEventListener('tb-submit', e => ((e.detail.envelope.data as Record<string, unknown>).unexpected = 1), {
        once: true
      });
      $<HTMLButtonElement>(el, '.incident button[type="submit"]').click();
      await waitUntil(
        () => sr(el).querySelector('#incident-result-print-main-0131')?.textContent?.includes('saved on this computer'),
        'the note to wait on this computer',
        { timeout: 15000 }
      );
      el.remove();

      const next = await make(attrs);
      await setFaults({ mode: 'ok' });
      await getOutbox().flush();
      await waitUntil(() => sr(next).querySelector('[data-refused]'), 'the refused note on the next visit', {
        timeout: 15000
      });
      const panel = $(next, '[data-refused]');
      expect(panel.querySelector('h3')!.textContent).to.match(/^A note from .+ about a known problem was not accepted/);
      expect(panel.querySelector('pre')!.textContent).to.include('Also at desk 2');
      expect(panel.querySelector('pre')!.textContent).to.not.include('{');
      await expect(next).to.be.accessible();

      Array.from(panel.querySelectorAll('button'))
        .find(b => b.textContent!.includes('Delete'))!
        .click();
      await waitUntil(() => !sr(next).querySelector('[data-refused]'), 'the refused note to go');
      expect((await getOutbox().list()).filter(e => e.envelope.type === 'incident-note')).to.have.length(0);
    });

    it('a late "Report sent" does not take focus from elsewhere on the page; it is announced instead', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <input id="elsewhere" aria-label="Another field on the page" />
          <tb-problem-report id=${uid()} endpoint=${endpoint} min-fill-seconds="0"></tb-problem-report>
        </div>`
      );
      const el = wrapper.querySelector('tb-problem-report')!;
      await el.updateComplete;
      await setFaults({ mode: 'down' });
      await fillRequired(el);
      await toReview(el);
      expect(await sendAndWait(el)).to.equal('queued');
      const other = wrapper.querySelector<HTMLInputElement>('#elsewhere')!;
      other.focus();
      await setFaults({ mode: 'ok' });
      await eventually(async () => sr(el).querySelector('[data-outcome="sent"]'), 'the queued report to send', 20000);
      await el.updateComplete;
      expect(document.activeElement === other, 'focus stays where the person is').to.equal(true);
      expect($(el, '.visually-hidden[role="status"]').textContent).to.match(/Report sent\. .*PR-\d{6}/);
    });

    it('with endpoint="mailto:…" opens a pre-filled, masked email instead of posting', async () => {
      let clicked = '';
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked = this.href;
      };
      try {
        const el = await make({ endpoint: 'mailto:it@library.example' });
        await fillRequired(el, 'Card 21234000123456 will not scan', 'The scanner beeps twice and nothing shows.');
        await toReview(el);
        expect(await sendAndWait(el)).to.equal('mailto');
        expect(clicked).to.match(/^mailto:it@library\.example\?subject=Problem%20report/);
        const body = decodeURIComponent(clicked);
        expect(body).to.include('What happened: The scanner beeps twice and nothing shows.');
        expect(body).to.include('[card number hidden]');
        expect(body).to.not.include('21234000123456');
        expect(sr(el).textContent).to.include('Finish in your email program');
        expect((await faultStats()).posts).to.equal(0);
        await expect(el).to.be.accessible();
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
    });

    it('prints with the report text open', async () => {
      const el = await make();
      await fillRequired(el);
      await toReview(el);
      expect(await sendAndWait(el)).to.equal('local');
      let openWhenPrinted = false;
      const print = sinon.stub(window, 'print').callsFake(() => {
        openWhenPrinted = $<HTMLDetailsElement>(el, 'details.report-text').open;
      });
      try {
        $$(el, 'button')
          .find(b => b.textContent!.includes('Print the report'))!
          .click();
        await waitUntil(() => print.called, 'print to be called');
        expect(print.callCount).to.equal(1);
        expect(openWhenPrinted).to.equal(true);
        expect($(el, 'details.report-text pre').textContent).to.include('Receipt printer prints blank pages');
      } finally {
        print.restore();
      }
    });

    it('masks card numbers, emails and phone numbers in the page address and title it sends', async () => {
      const oldUrl = location.href;
      const oldTitle = document.title;
      const sep = location.search ? '&' : '?';
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${location.search}${sep}card=21234000123456&who=jane.doe%40example.org&tel=555-123-4567&tab=holds`
      );
      document.title = 'Account 21234000654321';
      try {
        const el = await make({ endpoint });
        await fillRequired(el);
        await toReview(el);
        const submitted = oneEvent(el, 'tb-submitted');
        expect(await sendAndWait(el)).to.equal('sent');
        const { detail } = await submitted;
        const stored = (await storedSubmissions('problem-report')).find(x => x.id === detail.id)!;
        const envelope = stored.envelope as unknown as {
          page: { url: string; title: string };
          data: { context: { pageUrl: string; pageTitle: string } };
        };
        for (const value of [
          envelope.page.url,
          envelope.page.title,
          envelope.data.context.pageUrl,
          envelope.data.context.pageTitle
        ]) {
          for (const secret of ['21234000123456', '21234000654321', 'jane.doe', '555-123-4567']) {
            expect(value, secret).to.not.include(secret);
          }
        }
        expect(envelope.page.url).to.include('tab=holds');
        expect(JSON.stringify(stored.envelope)).to.not.include('jane.doe');
      } finally {
        history.replaceState(history.state, '', oldUrl);
        document.title = oldTitle;
      }
    });
  });

  describe('keyboard only: errors and changes', () => {
    it('reaches the error summary, follows its link, and comes back to the field from a "change" link', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <tb-problem-report id=${uid()} endpoint=${endpoint} min-fill-seconds="0"></tb-problem-report>
        </div>`
      );
      const el = wrapper.querySelector('tb-problem-report')!;
      await el.updateComplete;

      // Continue with nothing typed: the summary takes focus; its first link leads to the first question.
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await tabTo(() => active(el)?.id === 'continue', 'continue button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.classList.contains('error-summary'), 'error summary focused');
      await sendKeys({ press: 'Tab' });
      expect((active(el) as HTMLElement).dataset.field).to.equal('summary');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'f-summary', 'summary field focused');
      await sendKeys({ type: 'Card reader at desk 2 beeps' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('f-whatHappened');
      await sendKeys({ type: 'It beeps twice and shows nothing.' });
      await tabTo(() => active(el)?.id === 'continue', 'continue button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'review-heading', 'review heading focused');

      // A "change" link for a question inside "Add more detail" opens it and focuses that question.
      await tabTo(() => (active(el) as HTMLElement)?.dataset?.field === 'started', 'change link for "Started"');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'f-started', 'start time focused');
      expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);

      // A "change" link for the error message focuses the message box; the new text shows on the next check.
      await tabTo(() => active(el)?.id === 'continue', 'continue button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'review-heading', 'review heading focused again');
      await tabTo(() => (active(el) as HTMLElement)?.dataset?.field === 'errorMessage', 'change link for the message');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'f-errorMessage', 'message box focused');
      await sendKeys({ type: 'Device not found (code 43)' });
      await tabTo(() => active(el)?.id === 'continue', 'continue button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'review-heading', 'review heading focused a third time');
      expect($(el, '.review').textContent).to.include('Device not found (code 43)');
      await tabTo(() => active(el)?.id === 'send', 'send button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sr(el).querySelector('[data-outcome="sent"]'), 'sent', { timeout: 15000 });
      expect(active(el)?.id).to.equal('outcome-heading');
    });
  });

  describe('check answers: straight back after a change', () => {
    const changeLink = (el: TbProblemReport, field: string) => $(el, `.review a[data-field="${field}"]`);
    const settle = async (el: TbProblemReport) => {
      await el.updateComplete;
      await aTimeout(0);
      await el.updateComplete;
    };

    it('Change, edit, then "Back to check your report" shows the new value with focus on the heading', async () => {
      const el = await make();
      await fillRequired(el);
      await toReview(el);
      changeLink(el, 'summary').click();
      await settle(el);
      expect(active(el)).to.equal($(el, '#f-summary'));

      // The button sits right after the answer being changed, which is marked so it is easy to find.
      const field = $(el, '#f-summary').closest('.field')!;
      expect(field.classList.contains('field--changing')).to.equal(true);
      const back = $<HTMLButtonElement>(el, '#return-to-check');
      expect(back.textContent!.trim()).to.equal('Back to check your report');
      expect(field.nextElementSibling?.contains(back)).to.equal(true);
      expect($$(el, '#return-to-check')).to.have.length(1);
      expect($(el, '#continue')).to.exist;
      await expect(el).to.be.accessible();

      await type(el, 'summary', 'Receipt printer at the front desk prints nothing');
      back.click();
      await settle(el);
      expect(active(el)).to.equal($(el, '#review-heading'));
      const marked = $$(el, '.review-row--changed');
      expect(marked).to.have.length(1);
      expect(marked[0].textContent).to.include('Receipt printer at the front desk prints nothing');
      expect(marked[0].querySelector('.tag')!.textContent).to.equal('Changed');
      expect(sr(el).textContent).to.not.include('Receipt printer prints blank pages');
      await expect(el).to.be.accessible();

      // The bottom "Continue" still works too, for a question inside "Add more detail".
      changeLink(el, 'started').click();
      await settle(el);
      expect(active(el)).to.equal($(el, '#f-started'));
      expect($(el, '#return-to-check').closest('details')).to.exist;
      const started = $<HTMLSelectElement>(el, '#f-started');
      started.value = 'today';
      started.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      $<HTMLButtonElement>(el, '#continue').click();
      await settle(el);
      expect(active(el)).to.equal($(el, '#review-heading'));
      expect($(el, '.review-row--changed').textContent).to.include('Earlier today');

      // "Go back and change" is a general way back: no return button, nothing marked.
      $$(el, 'button')
        .find(b => b.textContent!.includes('Go back and change'))!
        .click();
      await settle(el);
      expect(sr(el).querySelector('#return-to-check')).to.equal(null);
    });

    it('Change, clear a required answer, then back: error summary, and no return until it is fixed', async () => {
      const el = await make();
      await fillRequired(el);
      await toReview(el);
      changeLink(el, 'whatHappened').click();
      await settle(el);
      await type(el, 'whatHappened', '');
      $<HTMLButtonElement>(el, '#return-to-check').click();
      await settle(el);

      const summary = $(el, '.error-summary');
      expect(active(el)).to.equal(summary);
      expect($$(el, '.error-summary a').map(a => a.dataset.field)).to.deep.equal(['whatHappened']);
      expect(sr(el).querySelector('#review-heading')).to.equal(null);
      expect($(el, '#f-whatHappened').getAttribute('aria-invalid')).to.equal('true');
      // Still changing the same answer: the way back stays beside it.
      expect($(el, '#f-whatHappened').closest('.field')!.nextElementSibling?.querySelector('#return-to-check')).to
        .exist;
      await expect(el).to.be.accessible();

      // Following the error link keeps the way back; once fixed, it returns to the check step.
      $(el, '.error-summary a').click();
      await settle(el);
      expect(active(el)).to.equal($(el, '#f-whatHappened'));
      await type(el, 'whatHappened', 'Blank slips come out of the printer.');
      $<HTMLButtonElement>(el, '#return-to-check').click();
      await settle(el);
      expect(active(el)).to.equal($(el, '#review-heading'));
      expect($(el, '.review-row--changed').textContent).to.include('Blank slips come out of the printer.');
    });

    it('works with the keyboard alone: Change, edit, Tab to "Back to check your report", Enter', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <tb-problem-report id=${uid()} min-fill-seconds="0"></tb-problem-report>
        </div>`
      );
      const el = wrapper.querySelector('tb-problem-report')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Public PC 4 has no sound' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Videos play but nothing comes out of the headphones.' });
      await tabTo(() => active(el)?.id === 'continue', 'continue button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'review-heading', 'review heading focused');

      // A text answer: the way back is the very next Tab stop.
      await tabTo(() => (active(el) as HTMLElement)?.dataset?.field === 'errorMessage', 'change link for the message');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'f-errorMessage', 'message box focused');
      await sendKeys({ type: 'No audio device installed' });
      await sendKeys({ press: 'Tab' }); // the "no message" tick box
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('return-to-check');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'review-heading', 'review heading focused after the change');
      expect($(el, '.review-row--changed').textContent).to.include('No audio device installed');

      // A group of choices: pick one with the arrow keys, then Tab on to the way back.
      await tabTo(() => (active(el) as HTMLElement)?.dataset?.field === 'scope', 'change link for "Who is affected"');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'f-scope', 'first choice focused');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await tabTo(() => active(el)?.id === 'return-to-check', 'back to check button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'review-heading', 'review heading focused a third time');
      expect($(el, '.review-row--changed').textContent).to.include('Everyone using this computer or device');
    });

    it('fits a 320 px column and takes its words from strings', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <tb-problem-report
            id=${uid()}
            min-fill-seconds="0"
            strings='{"returnToCheck": "Done, back to my report", "changedTag": "New"}'
          ></tb-problem-report>
        </div>`
      );
      const el = wrapper.querySelector('tb-problem-report')!;
      await el.updateComplete;
      await fillRequired(el);
      await toReview(el);
      changeLink(el, 'branch').click();
      await settle(el);
      expect(active(el)).to.equal($(el, '#f-branch'));
      const back = $(el, '#return-to-check');
      expect(back.textContent!.trim()).to.equal('Done, back to my report');
      expect(back.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
      expect(el.scrollWidth).to.be.at.most(320);
      await type(el, 'branch', 'Riverside');
      back.click();
      await settle(el);
      expect($$(el, '.review-row--changed .tag').map(t => t.textContent)).to.deep.equal(['New']);
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });
  });

  describe('spam protection and drafts', () => {
    it('never keeps the honeypot in the draft, and does not hold it against the next report', async () => {
      const el = await make({ endpoint });
      const trap = $<HTMLInputElement>(el, '#f-website');
      trap.value = 'http://spam.example';
      trap.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await fillRequired(el);
      const drafts = Object.keys(localStorage).filter(k => k.includes(el.id));
      expect(drafts).to.have.length(1);
      expect(drafts.map(k => localStorage.getItem(k)).join('')).to.not.include('spam.example');
      await toReview(el);
      expect(await sendAndWait(el)).to.equal('sent');
      expect((await faultStats()).posts).to.equal(0);

      $$(el, 'button')
        .find(b => b.textContent!.includes('Report another problem'))!
        .click();
      await el.updateComplete;
      await fillRequired(el, 'Public PC 7 has no sound', 'Headphones plugged in, videos play silently.');
      await toReview(el);
      const submitted = oneEvent(el, 'tb-submitted');
      expect(await sendAndWait(el)).to.equal('sent');
      await submitted;
      expect((await faultStats()).posts).to.equal(1);
    });

    it('sends a draft brought back from earlier even when sent quickly', async () => {
      const id = uid();
      const first = await fixture<TbProblemReport>(
        html`<tb-problem-report id=${id} endpoint=${endpoint} min-fill-seconds="60"></tb-problem-report>`
      );
      await fillRequired(first);
      first.remove();
      const el = await fixture<TbProblemReport>(
        html`<tb-problem-report id=${id} endpoint=${endpoint} min-fill-seconds="60"></tb-problem-report>`
      );
      expect(sr(el).textContent).to.include('We brought back what you typed earlier');
      await toReview(el);
      const submitted = oneEvent(el, 'tb-submitted');
      expect(await sendAndWait(el)).to.equal('sent');
      await submitted;
      expect((await faultStats()).posts).to.equal(1);
    });
  });
});
