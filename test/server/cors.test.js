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
    // As a webmaster pastes them: another case, a trailing slash.
    app = await startTestServer({ allowedOrigins: ['https://Intranet.Example.org/', 'http://localhost:8000'] });
  });
  after(() => app.stop());

  test('a POST from an allowed origin gets its origin back and can read the headers it needs', async () => {
    const response = await postEnvelope(app.url, makeEnvelope(), { Origin: INTRANET });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), INTRANET);
    assert.equal(response.headers.get('vary'), 'Origin');
    assert.equal(
      response.headers.get('access-control-expose-headers'),
      'Techbridge-Accepted, Idempotent-Replayed, Location, Retry-After'
    );
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
  });

  test('the allow-list matches whatever the case of the origin', async () => {
    const response = await postEnvelope(app.url, makeEnvelope(), { Origin: 'HTTPS://INTRANET.EXAMPLE.ORG' });
    assert.equal(response.headers.get('access-control-allow-origin'), 'HTTPS://INTRANET.EXAMPLE.ORG');
  });

  test('a request from another origin gets no CORS headers, only Vary', async () => {
    for (const origin of [ELSEWHERE, `${INTRANET}.evil.example.com`, 'null', `${INTRANET}:8443`]) {
      const response = await postEnvelope(app.url, makeEnvelope(), { Origin: origin });
      assert.equal(response.headers.get('access-control-allow-origin'), null, origin);
      assert.equal(response.headers.get('access-control-expose-headers'), null, origin);
      assert.equal(response.headers.get('vary'), 'Origin');
    }
  });

  test('the admin routes never answer other sites, even allowed ones', async () => {
    for (const path of ['/api/submissions', '/api/submissions/PR-000001', '/inbox']) {
      const response = await fetch(`${app.url}${path}`, { headers: { Origin: INTRANET, ...bearer() } });
      assert.notEqual(response.headers.get('vary'), null, path);
      assert.equal(response.headers.get('access-control-allow-origin'), null, path);
    }
    const listPreflight = await fetch(`${app.url}/api/submissions`, {
      method: 'OPTIONS',
      headers: {
        Origin: INTRANET,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization'
      }
    });
    assert.equal(listPreflight.status, 403);
    assert.equal(listPreflight.headers.get('access-control-allow-origin'), null);
    assert.equal((await preflight(app.url, INTRANET, '/inbox')).status, 403);
  });

  test('the health check answers allowed pages, so they can tell "offline" from "not allowed"', async () => {
    const response = await fetch(`${app.url}/api/health`, { headers: { Origin: INTRANET } });
    assert.equal(response.headers.get('access-control-allow-origin'), INTRANET);
  });

  test('the log names a refused origin and the setting that would allow it, once a minute at most', async () => {
    const before = app.logs.length;
    await preflight(app.url, 'https://Other.example.net');
    await preflight(app.url, 'https://other.example.net');
    await postEnvelope(app.url, makeEnvelope(), { Origin: 'https://other.example.net' });
    const lines = app.logs.slice(before).filter(line => line.startsWith('Refused'));
    assert.deepEqual(lines, [
      'Refused a page at https://other.example.net: it is not in the allowed origins. To let its pages send here, ' +
        'start the server with TB_ALLOWED_ORIGINS=https://intranet.example.org,http://localhost:8000,https://other.example.net'
    ]);
  });

  test('a page on the server itself is not reported as refused', async () => {
    const before = app.logs.length;
    await postEnvelope(app.url, makeEnvelope(), { Origin: app.url });
    assert.ok(!app.logs.slice(before).some(line => line.startsWith('Refused')));
  });

  test('preflight from an allowed origin: 204 with methods, headers and max-age', async () => {
    const response = await preflight(app.url, INTRANET);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), INTRANET);
    assert.equal(response.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
    assert.equal(response.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key, X-CSRF-Token');
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
      const body = await response.json();
      assert.equal(body.error, 'origin-not-allowed');
      if (origin) assert.match(body.message, /evil\.example\.com.*TB_ALLOWED_ORIGINS/);
    }
  });

  test('preflight for an address that does not exist: 404', async () => {
    assert.equal((await preflight(app.url, INTRANET, '/api/nothing')).status, 404);
  });
});

describe('with "*" in the allow-list', () => {
  test('any origin is reflected on the public routes, but never "null", and never on the admin routes', async () => {
    const app = await startTestServer({ allowedOrigins: ['*'] });
    try {
      const response = await postEnvelope(app.url, makeEnvelope(), { Origin: ELSEWHERE });
      assert.equal(response.headers.get('access-control-allow-origin'), ELSEWHERE);
      assert.equal((await preflight(app.url, ELSEWHERE)).status, 204);
      const sandboxed = await postEnvelope(app.url, makeEnvelope(), { Origin: 'null' });
      assert.equal(sandboxed.headers.get('access-control-allow-origin'), null);
      assert.equal((await preflight(app.url, 'null')).status, 403);
      for (const path of ['/api/submissions', '/inbox']) {
        const admin = await fetch(`${app.url}${path}`, { headers: { Origin: ELSEWHERE, ...bearer() } });
        assert.equal(admin.status, 200);
        assert.equal(admin.headers.get('access-control-allow-origin'), null, path);
      }
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
