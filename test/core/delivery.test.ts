// Delivery against the real reference intake server behind a real fault-injecting proxy (no stubbed fetch).
import { expect } from '@open-wc/testing';
import { createEnvelope, type Envelope } from '../../src/core/envelope.js';
import { Outbox } from '../../src/core/outbox.js';
import { MemoryStore, type OutboxEntry, type OutboxStore } from '../../src/core/outbox-store.js';
import { parseEndpoint, submitEnvelope, type SubmitResult } from '../../src/core/submit.js';
import type { TbQueuedDetail, TbSubmittedDetail, TbErrorDetail } from '../../src/core/events.js';
import { eventually, faultStats, faultyEndpoint, setFaults, storedSubmissions } from '../support/servers.js';

// Short delays keep the tests quick; the request timeout stays generous so a busy machine is not taken for a
// dead server (tests of timeouts set their own).
const FAST = { baseDelayMs: 40, maxDelayMs: 400, timeoutMs: 8_000, concurrency: 4 };

/** A browser store that is full: every write fails, as IndexedDB does with QuotaExceededError. */
class FullStore implements OutboxStore {
  readonly persistent = true;
  private readonly inner = new MemoryStore();
  get(id: string) {
    return this.inner.get(id);
  }
  async put(_entry: OutboxEntry): Promise<void> {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
  delete(id: string) {
    return this.inner.delete(id);
  }
  all() {
    return this.inner.all();
  }
  clear() {
    return this.inner.clear();
  }
}

function freshOutbox(options = FAST): Outbox {
  const outbox = new Outbox();
  outbox.options = { ...options };
  return outbox;
}

function envelope(type: string, data: Record<string, unknown> = {}): Envelope {
  return createEnvelope(type, { note: 'test', ...data });
}

describe('delivery through the outbox', () => {
  let outbox: Outbox;
  let endpoint: string;
  const host = document.createElement('div');
  document.body.append(host);

  beforeEach(async () => {
    endpoint = await faultyEndpoint();
    await setFaults({ mode: 'ok' });
    outbox = freshOutbox();
    await outbox.clear();
  });

  afterEach(() => outbox.stop());

  it('sends, returns the reference and fires tb-submit then tb-submitted', async () => {
    const seen: string[] = [];
    let submitted: TbSubmittedDetail | undefined;
    host.addEventListener('tb-submit', () => seen.push('tb-submit'), { once: true });
    host.addEventListener('tb-submitted', e => ((submitted = e.detail), seen.push('tb-submitted')), { once: true });
    const env = envelope('delivery-ok');
    const result = await submitEnvelope(env, { endpoint: parseEndpoint(endpoint), host, outbox });
    expect(result.status).to.equal('sent');
    expect((result as { reference?: string }).reference).to.match(/^DO-\d{6}$/);
    expect(seen).to.deep.equal(['tb-submit', 'tb-submitted']);
    expect(submitted?.reference).to.equal((result as { reference?: string }).reference);
    expect(await outbox.list()).to.have.length(0);
    const stats = await faultStats();
    expect(stats.lastHeaders['idempotency-key']).to.equal(env.id);
    expect(stats.lastHeaders['content-type']).to.equal('application/json');
  });

  it('lets a tb-submit listener amend the envelope, and cancel it', async () => {
    host.addEventListener('tb-submit', e => (e.detail.envelope.data.addedBy = 'listener'), { once: true });
    const amended = envelope('delivery-amend');
    await submitEnvelope(amended, { endpoint: parseEndpoint(endpoint), host, outbox });
    const stored = await storedSubmissions('delivery-amend');
    expect(stored.find(s => s.id === amended.id)?.envelope.data.addedBy).to.equal('listener');

    host.addEventListener('tb-submit', e => e.preventDefault(), { once: true });
    const cancelled = await submitEnvelope(envelope('delivery-amend'), {
      endpoint: parseEndpoint(endpoint),
      host,
      outbox
    });
    expect(cancelled.status).to.equal('cancelled');
    expect((await faultStats()).posts).to.equal(1);
  });

  it('sends the CSRF token from the attribute, else from the page meta tag', async () => {
    await submitEnvelope(envelope('delivery-csrf'), {
      endpoint: parseEndpoint(endpoint),
      host,
      outbox,
      csrfToken: 'from-attribute'
    });
    expect((await faultStats()).lastHeaders['x-csrf-token']).to.equal('from-attribute');

    const meta = Object.assign(document.createElement('meta'), { name: 'csrf-token', content: 'from-meta' });
    document.head.append(meta);
    try {
      await submitEnvelope(envelope('delivery-csrf'), { endpoint: parseEndpoint(endpoint), host, outbox });
      expect((await faultStats()).lastHeaders['x-csrf-token']).to.equal('from-meta');
      await submitEnvelope(envelope('delivery-csrf'), {
        endpoint: parseEndpoint(endpoint),
        host,
        outbox,
        csrfToken: 'from-attribute'
      });
      expect((await faultStats()).lastHeaders['x-csrf-token'], 'the attribute wins').to.equal('from-attribute');
    } finally {
      meta.remove();
    }
  });

  it('queues on a dead network, says so, and delivers once the server is back', async () => {
    await setFaults({ mode: 'down' });
    let queued: TbQueuedDetail | undefined;
    host.addEventListener('tb-queued', e => (queued = e.detail), { once: true });
    const env = envelope('delivery-queued');
    const result = await submitEnvelope(env, { endpoint: parseEndpoint(endpoint), host, outbox });
    expect(result).to.include({ status: 'queued', persistent: true });
    expect(queued?.reason).to.equal('The network or the server could not be reached.');
    expect((await outbox.list()).map(e => e.id)).to.deep.equal([env.id]);

    const sent = new Promise<string | undefined>(resolve =>
      outbox.addEventListener('sent', e => resolve((e as CustomEvent<{ reference?: string }>).detail.reference))
    );
    await setFaults({ mode: 'ok' });
    window.dispatchEvent(new Event('online'));
    outbox.start();
    expect(await sent).to.match(/^DQ-\d{6}$/);
    expect(await outbox.list()).to.have.length(0);
    expect((await storedSubmissions('delivery-queued')).filter(s => s.id === env.id)).to.have.length(1);
  });

  it('honours Retry-After on 429', async () => {
    outbox.options = { ...FAST, maxDelayMs: 60_000 };
    await setFaults({ mode: 'random', rates: { e429: 1 }, retryAfter: '7' });
    const before = Date.now();
    const result = await submitEnvelope(envelope('delivery-429'), { endpoint: parseEndpoint(endpoint), host, outbox });
    const after = Date.now();
    expect(result.status).to.equal('queued');
    const [entry] = await outbox.list();
    // Seven seconds from when the answer came, whenever that was between the two clock readings: no bound on how
    // long the request itself took, which depends on how busy the machine is.
    expect(entry.nextAttemptAt).to.be.within(before + 7_000, after + 7_000);
    expect(entry.lastStatus).to.equal(429);
  });

  it('treats a timeout as "will retry", not as a failure', async () => {
    outbox.options = { ...FAST, timeoutMs: 300 };
    await setFaults({ mode: 'random', rates: { hang: 1 }, hangMs: 1500 });
    const result = await submitEnvelope(envelope('delivery-timeout'), {
      endpoint: parseEndpoint(endpoint),
      host,
      outbox
    });
    expect(result).to.include({ status: 'queued', reason: 'The server took too long to answer.' });
  });

  it('shows a refusal (4xx) as an error with field messages, and does not keep retrying it', async () => {
    let error: TbErrorDetail | undefined;
    host.addEventListener('tb-error', e => (error = e.detail), { once: true });
    const bad = envelope('delivery-refused');
    (bad as unknown as Record<string, unknown>).schemaVersion = 0;
    const result = await submitEnvelope(bad, { endpoint: parseEndpoint(endpoint), host, outbox });
    expect(result.status).to.equal('failed');
    expect(error?.status).to.equal(400);
    expect(error?.fieldErrors).to.have.property('/schemaVersion');
    expect(await outbox.list()).to.have.length(0);
  });

  it('sends a double-clicked submit once', async () => {
    const env = envelope('delivery-double');
    const options = { endpoint: parseEndpoint(endpoint), host, outbox };
    const [a, b] = await Promise.all([submitEnvelope(env, options), submitEnvelope(env, options)]);
    expect(a.status).to.equal('sent');
    expect(b.status).to.equal('sent');
    expect((await faultStats()).attemptsByKey[env.id]).to.equal(1);
    expect((await storedSubmissions('delivery-double')).filter(s => s.id === env.id)).to.have.length(1);
  });

  it('says the truth when this browser cannot keep the outbox', async () => {
    const memoryOutbox = new Outbox(Promise.resolve(new MemoryStore()));
    memoryOutbox.options = { ...FAST };
    await setFaults({ mode: 'down' });
    const result = await submitEnvelope(envelope('delivery-memory'), {
      endpoint: parseEndpoint(endpoint),
      host,
      outbox: memoryOutbox
    });
    expect(result).to.include({ status: 'queued', persistent: false });
    memoryOutbox.stop();
  });

  it('sends straight from memory when saving fails (storage full), and never calls it saved', async () => {
    const full = new Outbox(Promise.resolve(new FullStore()));
    full.options = { ...FAST };
    try {
      const env = envelope('delivery-full');
      const result = await submitEnvelope(env, { endpoint: parseEndpoint(endpoint), host, outbox: full });
      expect(result.status).to.equal('sent');
      expect((result as { reference?: string }).reference).to.match(/^DF-\d{6}$/);
      expect((await storedSubmissions('delivery-full')).filter(s => s.id === env.id)).to.have.length(1);
      expect(await full.list()).to.have.length(0);

      // Server down as well: the truth is "not kept after a reload"; it is still retried while the page is open.
      await setFaults({ mode: 'down' });
      const later = envelope('delivery-full');
      const queued = await submitEnvelope(later, { endpoint: parseEndpoint(endpoint), host, outbox: full });
      expect(queued).to.include({ status: 'queued', persistent: false });
      const sent = new Promise(resolve => full.addEventListener('sent', resolve, { once: true }));
      await setFaults({ mode: 'ok' });
      full.start();
      await sent;
      expect((await storedSubmissions('delivery-full')).filter(s => s.id === later.id)).to.have.length(1);
    } finally {
      full.stop();
    }
  });

  it('delivers 200 submissions through dropped connections, 500s, 429s, timeouts and lost responses: each stored exactly once', async function () {
    this.timeout(120_000);
    outbox.options = { baseDelayMs: 30, maxDelayMs: 300, timeoutMs: 2_000, concurrency: 6 };
    await setFaults({
      mode: 'random',
      seed: 20261128,
      rates: { drop: 0.12, e500: 0.12, e429: 0.08, hang: 0.04, lost: 0.1 },
      hangMs: 4_000,
      retryAfter: '1'
    });
    const type = 'delivery-soak';
    const envelopes = Array.from({ length: 200 }, (_, i) => envelope(type, { n: i }));
    const results: SubmitResult[] = [];
    for (let i = 0; i < envelopes.length; i += 10) {
      const batch = envelopes.slice(i, i + 10);
      results.push(
        ...(await Promise.all(
          batch.map(env => submitEnvelope(env, { endpoint: parseEndpoint(endpoint), host, outbox }))
        ))
      );
    }
    expect(results.every(r => r.status === 'sent' || r.status === 'queued')).to.equal(true);
    outbox.start();
    await eventually(async () => (await outbox.list()).length === 0, 'the outbox to empty', 100_000);

    const stored = await storedSubmissions(type);
    const ids = new Set(envelopes.map(e => e.id));
    const storedIds = stored.map(s => s.id).filter(id => ids.has(id));
    expect(storedIds.length, 'rows stored').to.equal(200);
    expect(new Set(storedIds).size, 'distinct rows').to.equal(200);

    const stats = await faultStats();
    // The run really met every kind of fault, and the lost responses were answered from the stored copy.
    for (const kind of ['drop', 'e500', 'e429', 'hang', 'lost'])
      expect(stats.outcomes[kind], kind).to.be.greaterThan(0);
    expect(stats.replays).to.be.greaterThan(0);
    expect(stats.overlaps).to.equal(0);
  });
});

describe('delivery across page loads and tabs', () => {
  let frames: HTMLIFrameElement[] = [];

  type FrameApi = {
    outbox: Outbox;
    submitEnvelope: typeof submitEnvelope;
    parseEndpoint: typeof parseEndpoint;
    createEnvelope: typeof createEnvelope;
  };
  const api = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { tb: FrameApi }).tb;

  function load(frame: HTMLIFrameElement, name: string, start: boolean): Promise<void> {
    return new Promise(resolve => {
      const onMessage = (event: MessageEvent) => {
        if (event.source === frame.contentWindow && event.data?.tbReady === name) {
          window.removeEventListener('message', onMessage);
          resolve();
        }
      };
      window.addEventListener('message', onMessage);
      frame.src = `/test/fixtures/outbox-page.html?name=${name}${start ? '&start' : ''}`;
    });
  }

  async function openFrame(name: string, start: boolean) {
    const frame = document.createElement('iframe');
    frames.push(frame);
    const ready = load(frame, name, start);
    document.body.append(frame);
    await ready;
    return frame;
  }

  beforeEach(async () => {
    await setFaults({ mode: 'ok' });
    await new Outbox().clear();
  });

  afterEach(() => {
    frames.forEach(f => f.remove());
    frames = [];
  });

  it('still sends a queued report when the page is reloaded in the middle of a retry', async () => {
    const endpoint = await faultyEndpoint();
    const frame = await openFrame('first', true);
    await setFaults({ mode: 'down' });
    const tb = api(frame);
    const env = tb.createEnvelope('reload-test', { note: 'typed while the network was down' });
    const result = await tb.submitEnvelope(env, {
      endpoint: tb.parseEndpoint(endpoint),
      host: frame.contentDocument!.body,
      outbox: tb.outbox
    });
    expect(result.status).to.equal('queued');

    // Make the next retry hang, wait until it is in flight, then reload the page under it.
    await setFaults({ mode: 'random', rates: { hang: 1 }, hangMs: 5000 });
    await eventually(async () => (await faultStats()).posts > 0, 'a retry in flight');
    await setFaults({ mode: 'ok' });
    const reloaded = load(frame, 'first', true);
    frame.contentWindow!.location.reload();
    await reloaded;

    await eventually(
      async () => (await storedSubmissions('reload-test')).some(s => s.id === env.id),
      'the report to arrive after the reload'
    );
    expect((await storedSubmissions('reload-test')).filter(s => s.id === env.id)).to.have.length(1);
    await eventually(async () => (await api(frame).outbox.list()).length === 0, 'the outbox to empty');
  });

  it('two open tabs never send the same envelope at the same time', async function () {
    this.timeout(60_000);
    const endpoint = await faultyEndpoint();
    const a = await openFrame('a', false);
    const b = await openFrame('b', false);
    await setFaults({ mode: 'down' });
    const tbA = api(a);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const env = tbA.createEnvelope('two-tabs', { n: i });
      ids.push(env.id);
      await tbA.submitEnvelope(env, {
        endpoint: tbA.parseEndpoint(endpoint),
        host: a.contentDocument!.body,
        outbox: tbA.outbox
      });
    }
    await setFaults({ mode: 'random', seed: 7, rates: { hang: 0.1, e500: 0.2 }, hangMs: 300 });
    // Both "tabs" wake up at once and flush the shared outbox.
    await Promise.all([api(a).outbox.flush(), api(b).outbox.flush()]);
    api(a).outbox.start();
    api(b).outbox.start();
    await eventually(async () => (await api(a).outbox.list()).length === 0, 'the outbox to empty', 50_000);
    const stats = await faultStats();
    expect(stats.overlaps, JSON.stringify(stats.overlapDetails)).to.equal(0);
    const stored = (await storedSubmissions('two-tabs')).filter(s => ids.includes(s.id));
    expect(stored).to.have.length(30);
  });
});
