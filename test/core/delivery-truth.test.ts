// Issue 11: a 2xx is "sent" only with proof; redirects, catch-all HTML pages, refused preflights and wrong
// addresses never count as sent, never leave the outbox, and end in a truthful message with fallbacks.
// Real servers only: the reference intake server (one that allows another site only) and a mischief server.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { createEnvelope } from '../../src/core/envelope.js';
import { getOutbox } from '../../src/core/outbox.js';
import { parseEndpoint } from '../../src/core/submit.js';
import { TbElement } from '../../src/core/tb-element.js';
import { baseStyles } from '../../src/core/base-styles.js';
import { coreI18n } from '../../src/core/core-i18n.js';
import { SubmitController } from '../../src/core/controllers/submit.js';
import { fallbackActions, failText, outcomeStyles, waitText } from '../../src/core/form/outcome.js';
import { mischiefPosts, testEnv } from '../support/servers.js';

/** A minimal element on the shared layer: a button, and the truthful outcome with fallbacks. */
class TbDeliveryProbe extends TbElement {
  static override styles = [...baseStyles, outcomeStyles];
  static override properties = { endpoint: {}, proof: {} };
  endpoint = '';
  proof: 'reply' | 'status' = 'reply';
  readonly core = coreI18n(this);
  readonly sender = new SubmitController(this, { types: ['glossary-suggestion'] });

  send() {
    const envelope = createEnvelope('glossary-suggestion', { term: 'Router', context: 'probe' });
    return this.sender.submit(envelope, { endpoint: parseEndpoint(this.endpoint), proof: this.proof });
  }

  override render() {
    const state = this.sender.state;
    const fallbacks = fallbackActions(this.core, {
      text: 'Router: please explain',
      mailtoHref: 'mailto:it@example.org',
      phone: '555-0100'
    });
    switch (state.kind) {
      case 'sent':
        return litHtml`<p class="outcome">Sent ${state.reference ?? ''}</p>`;
      case 'queued':
        return litHtml`<p class="outcome">${waitText(this.core, state.code, 'the IT inbox')}</p>${
          state.code === 'not-allowed' ? fallbacks : ''
        }`;
      case 'failed':
        return litHtml`<p class="outcome">${failText(this.core, state.code, 'the IT inbox')}</p>${fallbacks}`;
      default:
        return litHtml`<button class="tb-button" @click=${() => this.send()}>Send</button>`;
    }
  }
}
TbDeliveryProbe.define('tb-delivery-probe');

async function probe(endpoint: string, proof: 'reply' | 'status' = 'reply') {
  const el = await fixture<TbDeliveryProbe>(
    html`<tb-delivery-probe .endpoint=${endpoint} .proof=${proof}></tb-delivery-probe>`
  );
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  const events: string[] = [];
  for (const type of ['tb-submitted', 'tb-queued', 'tb-error']) el.addEventListener(type, () => events.push(type));
  let result;
  try {
    result = await el.send();
  } finally {
    console.error = original;
  }
  await el.updateComplete;
  // The answer comes from the first attempt itself (no waiting on retries): that is what makes it arrive within
  // the minute the issue asks for. Not timed here: timings belong in the bench.
  return { el, result, errors, events };
}

async function inOutbox(id: string) {
  return (await getOutbox().list()).find(e => e.id === id);
}

describe('delivery truth (real servers)', () => {
  let mischief = '';
  let strict = '';
  let intake = '';

  before(async () => {
    const env = await testEnv();
    if (!env) throw new Error('test servers did not start');
    mischief = env.mischiefUrl;
    strict = env.strictUrl;
    intake = env.intakeUrl;
    getOutbox().options = { baseDelayMs: 50, maxDelayMs: 500, timeoutMs: 3000, concurrency: 2 };
  });

  beforeEach(() => getOutbox().clear());

  it('a redirect to a sign-in page is not sent, stays in the outbox, and says so with fallbacks', async () => {
    const { el, result, errors, events } = await probe(`${mischief}/redirect`);
    expect(result.status).to.equal('failed');
    expect(result.status === 'failed' && result.code).to.equal('redirected');
    expect(events).to.deep.equal(['tb-error']);
    expect(await inOutbox(result.id), 'kept in the outbox').to.have.property('state', 'failed');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('asked for a sign-in');
    expect(text).not.to.match(/\bsent\b/i);
    expect(el.shadowRoot!.querySelector('a[href^="mailto:"]')).to.exist;
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.exist;
    expect(errors.join('\n'), 'the webmaster hears why').to.contain('redirect');
    await expect(el).to.be.accessible();
  });

  it('a 200 HTML page (a catch-all app page) is not sent', async () => {
    const { el, result, events } = await probe(`${mischief}/spa`);
    expect(result.status === 'failed' && result.code).to.equal('not-accepted');
    expect(events).to.deep.equal(['tb-error']);
    expect(await inOutbox(result.id)).to.have.property('state', 'failed');
    expect(el.shadowRoot!.textContent).to.contain('did not confirm');
  });

  it('a 2xx JSON answer that does not name the submission is not sent; delivery-proof="status" accepts it', async () => {
    const plain = await probe(`${mischief}/empty-json`);
    expect(plain.result.status === 'failed' && plain.result.code).to.equal('not-accepted');
    const optedOut = await probe(`${mischief}/empty-json`, 'status');
    expect(optedOut.result.status).to.equal('sent');
    // Even with the opt-out, an HTML page is never proof.
    const html = await probe(`${mischief}/spa`, 'status');
    expect(html.result.status).to.equal('failed');
  });

  it('a static host answering 501 (a relative endpoint on the wrong site) is "no such address", not a queue forever', async () => {
    const { el, result, errors } = await probe(`${mischief}/static`);
    expect(result.status === 'failed' && result.code).to.equal('no-such-address');
    expect(await inOutbox(result.id)).to.have.property('state', 'failed');
    expect(el.shadowRoot!.textContent).to.contain('Nothing takes these');
    expect(errors.join('\n')).to.contain('relative endpoint');
  });

  it('a relative endpoint on a page whose own server takes no submissions is not sent', async () => {
    const { result } = await probe('/api/submissions');
    expect(result.status).to.equal('failed');
    expect(result.status === 'failed' && ['no-such-address', 'refused', 'not-accepted']).to.include(
      result.status === 'failed' ? result.code : ''
    );
    expect(await inOutbox(result.id)).to.exist;
  });

  it('a refused preflight (this page not in the allowed list) waits as "not allowed", with fallbacks, and names the origin for the webmaster', async () => {
    const { el, result, errors, events } = await probe(`${strict}/api/submissions`);
    expect(result.status).to.equal('queued');
    expect(result.status === 'queued' && result.code).to.equal('not-allowed');
    expect(events).to.deep.equal(['tb-queued']);
    expect(await inOutbox(result.id), 'still waiting in the outbox').to.have.property('state', 'pending');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('not allowed to send');
    expect(el.shadowRoot!.querySelector('.tb-fallbacks')).to.exist;
    expect(errors.join('\n')).to.contain(location.origin).and.to.contain('TB_ALLOWED_ORIGINS');
    await expect(el).to.be.accessible();
    // Retries keep it waiting, never "sent", never dropped.
    await getOutbox().flush();
    expect(await inOutbox(result.id)).to.have.property('state', 'pending');
  });

  it('the reference server proves delivery: sent, with a reference, and gone from the outbox', async () => {
    const { result, events } = await probe(`${intake}/api/submissions`);
    expect(result.status).to.equal('sent');
    expect(events).to.deep.equal(['tb-submitted']);
    expect(await inOutbox(result.id)).to.equal(undefined);
    expect((await mischiefPosts())['/redirect']).to.be.greaterThan(0);
  });

  it('an entry the endpoint refused later, sent again, gives its reference to the person', async () => {
    const { el, result } = await probe(`${mischief}/refuse-then-accept`);
    expect(result.status).to.equal('queued');
    // The outbox tries again by itself and is refused: the element says so.
    await waitUntil(() => el.sender.state.kind === 'failed', 'the later refusal', { timeout: 15000 });
    expect((await inOutbox(result.id))?.state).to.equal('failed');
    const again = await el.sender.retry(result.id);
    expect(again.status).to.equal('sent');
    expect(again.status === 'sent' && again.reference).to.equal('MX-000042');
    expect(await inOutbox(result.id)).to.equal(undefined);
  });

  it('a double click sends once', async () => {
    const el = await fixture<TbDeliveryProbe>(
      html`<tb-delivery-probe .endpoint=${`${intake}/api/submissions`}></tb-delivery-probe>`
    );
    const [first, second] = await Promise.all([el.send(), el.send()]);
    expect(first.status).to.equal('sent');
    expect(second.status).to.equal('cancelled');
    await waitUntil(() => el.sender.state.kind === 'sent');
  });
});
