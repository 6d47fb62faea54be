import { expect } from '@open-wc/testing';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../../src/core/outbox.js';
import { mailtoHref, parseEndpoint, submitEnvelope } from '../../src/core/submit.js';
import { createEnvelope, createId, PAGE_TITLE_MAX, PAGE_URL_MAX } from '../../src/core/envelope.js';
import { VERSION } from '../../src/core/version.js';

describe('submit contract helpers', () => {
  it('reads endpoint attributes without throwing', () => {
    expect(parseEndpoint(null)).to.deep.equal({ kind: 'none' });
    expect(parseEndpoint('  ')).to.deep.equal({ kind: 'none' });
    expect(parseEndpoint('/api/submissions')).to.deep.equal({
      kind: 'http',
      url: new URL('/api/submissions', document.baseURI).href
    });
    expect(parseEndpoint('https://help.example.org/intake')).to.deep.include({ kind: 'http' });
    expect(parseEndpoint('mailto:it@library.example')).to.deep.equal({ kind: 'mailto', address: 'it@library.example' });
    expect(parseEndpoint('javascript:alert(1)').kind).to.equal('invalid');
    expect(parseEndpoint('ftp://files.example').kind).to.equal('invalid');
    expect(parseEndpoint('mailto:not an address').kind).to.equal('invalid');
    expect(parseEndpoint('http://[bad').kind).to.equal('invalid');
  });

  it('retries only what may succeed later', () => {
    for (const s of [408, 425, 429, 500, 502, 503, 504]) expect(isRetryableStatus(s), String(s)).to.equal(true);
    for (const s of [400, 401, 403, 404, 409, 413, 415, 422]) expect(isRetryableStatus(s), String(s)).to.equal(false);
  });

  it('reads Retry-After as seconds or a date', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('backs off exponentially with jitter, within the ceiling', () => {
    const options = { baseDelayMs: 1000, maxDelayMs: 60_000 };
    for (let attempt = 1; attempt <= 12; attempt++) {
      const step = Math.min(60_000, 1000 * 2 ** (attempt - 1));
      for (let i = 0; i < 50; i++) expect(backoffDelay(attempt, options)).to.be.within(step / 2, step);
    }
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(5, options)));
    expect(spread.size, 'jitter spreads retries').to.be.greaterThan(10);
  });

  it('builds mailto links that fit in a mail program', () => {
    const href = mailtoHref('it@library.example', 'Printer jam', 'Line one\nLine two & more');
    expect(href).to.equal('mailto:it@library.example?subject=Printer%20jam&body=Line%20one%0ALine%20two%20%26%20more');
    const long = mailtoHref('it@library.example', 'Long', 'x'.repeat(10_000));
    expect(long.length).to.be.at.most(1900);
    expect(decodeURIComponent(long)).to.contain('shortened');
  });

  it('opens an email for mailto endpoints instead of posting', async () => {
    const host = document.createElement('div');
    let clicked = '';
    // Catch the link click before a mail program would open.
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked = this.href;
    };
    try {
      const result = await submitEnvelope(createEnvelope('mail-test', { summary: 'Printer jam' }), {
        endpoint: parseEndpoint('mailto:it@library.example'),
        host,
        mail: { subject: 'Printer jam', body: 'Tray 2 is stuck.' }
      });
      expect(result.status).to.equal('mailto');
      expect(clicked).to.equal('mailto:it@library.example?subject=Printer%20jam&body=Tray%202%20is%20stuck.');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
  });

  it('reports a missing or wrong endpoint as tb-error', async () => {
    const host = document.createElement('div');
    const messages: string[] = [];
    host.addEventListener('tb-error', e => messages.push(e.detail.message));
    expect((await submitEnvelope(createEnvelope('x-test', {}), { endpoint: parseEndpoint(''), host })).status).to.equal(
      'failed'
    );
    await submitEnvelope(createEnvelope('x-test', {}), { endpoint: parseEndpoint('javascript:void 0'), host });
    expect(messages).to.have.length(2);
    expect(messages[1]).to.contain('must start with https://');
  });

  it('builds envelopes with a v4 id, the page and the client version', () => {
    const env = createEnvelope('problem-report', { summary: 'x' });
    expect(env.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createId()).to.not.equal(createId());
    expect(env).to.include({ type: 'problem-report', schemaVersion: 1 });
    expect(env.page.url).to.equal(location.href);
    expect(env.client).to.deep.equal({ name: 'techbridge', version: VERSION });
    expect(Number.isNaN(Date.parse(env.createdAt))).to.equal(false);
  });

  it('masks the page through maskPage and keeps address and title within the schema limits', () => {
    const masked = createEnvelope('x-test', {}, { maskPage: page => ({ url: page.url + '#masked', title: 'Masked' }) });
    expect(masked.page).to.deep.equal({ url: `${location.href}#masked`, title: 'Masked' });
    const long = createEnvelope(
      'x-test',
      {},
      { maskPage: () => ({ url: `https://x.example/${'a'.repeat(5000)}`, title: 't'.repeat(900) }) }
    );
    expect(long.page.url.length).to.equal(PAGE_URL_MAX);
    expect(long.page.title.length).to.equal(PAGE_TITLE_MAX);
  });
});
