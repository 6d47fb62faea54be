// @ts-check
// Pages on the allow-listed intranet may send from the browser; pages elsewhere get no CORS headers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bearer, makeEnvelope, postEnvelope, startTestServer } from './helpers.js';

const INTRANET = 'https://intranet.example.org';
const ELSEWHERE = 'https://evil.example.com';

/**
 * @param {string} url
 * @param {string} origin
 * @param {string} [path]
 */
const preflight = (url, origin, path = '/api/submissions') =>
  fetch(`${url}${path}`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, idempotency-key, x-csrf-token'
    }
  });

describe('with an allow-list', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let app;
  before(async () => {
    app = await startTestServer({ allowedOrigins: [INTRANET, 'http://localhost:8000'] });
  });
  after(() => app.stop());

  test('a POST from an allowed origin gets its origin back and can read the headers it needs', async () => {
    const response = await postEnvelope(app.url, makeEnvelope(), { Origin: INTRANET });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), INTRANET);
    assert.equal(response.headers.get('vary'), 'Origin');
    assert.equal(response.headers.get('access-control-expose-headers'), 'Idempotent-Replayed, Location');
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
  });

  test('a request from another origin gets no CORS headers, only Vary', async () => {
    for (const origin of [ELSEWHERE, `${INTRANET}.evil.example.com`, 'null', INTRANET.toUpperCase()]) {
      const response = await postEnvelope(app.url, makeEnvelope(), { Origin: origin });
      assert.equal(response.headers.get('access-control-allow-origin'), null, origin);
      assert.equal(response.headers.get('access-control-expose-headers'), null, origin);
      assert.equal(response.headers.get('vary'), 'Origin');
    }
  });

  test('the admin API answers an allowed origin too', async () => {
    const response = await fetch(`${app.url}/api/submissions`, { headers: { Origin: INTRANET, ...bearer() } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), INTRANET);
  });

  test('preflight from an allowed origin: 204 with methods, headers and max-age', async () => {
    const response = await preflight(app.url, INTRANET);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), INTRANET);
    assert.equal(response.headers.get('access-control-allow-methods'), 'POST, GET, OPTIONS');
    assert.equal(
      response.headers.get('access-control-allow-headers'),
      'Content-Type, Idempotency-Key, X-CSRF-Token, Authorization'
    );
    assert.equal(response.headers.get('access-control-max-age'), '600');
    assert.equal(response.headers.get('vary'), 'Origin');
    assert.equal(await response.text(), '');
  });

  test('preflight from any other origin, or with none: 403 without CORS headers', async () => {
    for (const origin of [ELSEWHERE, '']) {
      const response = await preflight(app.url, origin);
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.equal(response.headers.get('access-control-allow-methods'), null);
      assert.equal((await response.json()).error, 'origin-not-allowed');
    }
  });

  test('preflight for an address that does not exist: 404', async () => {
    assert.equal((await preflight(app.url, INTRANET, '/api/nothing')).status, 404);
  });
});

describe('with "*" in the allow-list', () => {
  test('any origin is reflected', async () => {
    const app = await startTestServer({ allowedOrigins: ['*'] });
    try {
      const response = await postEnvelope(app.url, makeEnvelope(), { Origin: ELSEWHERE });
      assert.equal(response.headers.get('access-control-allow-origin'), ELSEWHERE);
      assert.equal((await preflight(app.url, ELSEWHERE)).status, 204);
    } finally {
      await app.stop();
    }
  });
});

describe('with no allow-list (the default)', () => {
  test('no origin gets CORS headers, and preflights are refused', async () => {
    const app = await startTestServer();
    try {
      const response = await postEnvelope(app.url, makeEnvelope(), { Origin: INTRANET });
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.equal((await preflight(app.url, INTRANET)).status, 403);
    } finally {
      await app.stop();
    }
  });
});
