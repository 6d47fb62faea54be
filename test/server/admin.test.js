// @ts-check
// What the IT person reaches with the admin token (the list API, one submission, the inbox), what everyone else
// gets, and the routes around them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN_TOKEN, basic, bearer, makeEnvelope, postEnvelope, startTestServer } from './helpers.js';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let app;
/** References in the order they were sent. */
const sent = /** @type {string[]} */ ([]);

before(async () => {
  app = await startTestServer();
  for (const type of ['problem-report', 'glossary-suggestion', 'problem-report']) {
    const response = await postEnvelope(app.url, makeEnvelope({ type, data: { summary: `a ${type}` } }));
    sent.push((await response.json()).reference);
    await sleep(5); // distinct received times, so `since` has something to tell apart
  }
});
after(() => app.stop());

/**
 * @param {string} path
 * @param {Record<string, string>} [headers]
 */
const get = (path, headers = {}) => fetch(`${app.url}${path}`, { headers });

describe('admin sign-in', () => {
  for (const path of ['/api/submissions', '/api/submissions/PR-000001']) {
    test(`${path}: 401 JSON without a token, with a wrong one, or with a malformed header`, async () => {
      for (const headers of [{}, bearer('wrong-token'), basic('wrong-token'), { Authorization: 'Bearer' }]) {
        const response = await get(path, headers);
        assert.equal(response.status, 401);
        assert.deepEqual(await response.json(), {
          error: 'unauthorized',
          message: 'This needs the admin token, sent as "Authorization: Bearer <token>".'
        });
        assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="Techbridge"');
      }
    });
  }

  test('/inbox: 401 with a Basic prompt, so a browser asks for the token', async () => {
    for (const headers of [{}, basic('wrong-token'), bearer(`${ADMIN_TOKEN}x`)]) {
      const response = await get('/inbox', headers);
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('www-authenticate'), 'Basic realm="Techbridge inbox"');
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(await response.text(), /Please sign in/);
    }
  });

  test('200 with the token as Bearer, or as the Basic password with any user name', async () => {
    for (const headers of [bearer(), basic(), basic(ADMIN_TOKEN, ''), { Authorization: `bearer ${ADMIN_TOKEN}` }]) {
      assert.equal((await get('/api/submissions', headers)).status, 200);
      assert.equal((await get('/inbox', headers)).status, 200);
    }
  });

  test('the token never appears in the request log', async () => {
    await get('/api/submissions?type=problem-report', bearer());
    await get('/inbox', basic());
    await get(`/inbox?token=${ADMIN_TOKEN}`, basic('wrong'));
    await get(`/nothing/${ADMIN_TOKEN}`);
    const basicValue = basic().Authorization.slice('Basic '.length);
    assert.ok(app.logs.length > 0);
    for (const line of app.logs) {
      assert.ok(!line.includes(ADMIN_TOKEN), line);
      assert.ok(!line.includes(basicValue), line);
      assert.ok(!line.includes('?'), `no query strings: ${line}`);
    }
    assert.match(app.logs.at(-1) ?? '', /^GET \/nothing\/\[token\] 404 \d+ms$/);
  });
});

describe('GET /api/submissions', () => {
  test('lists everything newest first, as summaries with a preview (the envelope is one GET away)', async () => {
    const { submissions, next } = await (await get('/api/submissions', bearer())).json();
    assert.deepEqual(
      submissions.map((/** @type {any} */ s) => s.reference),
      [...sent].reverse()
    );
    assert.equal(next, null);
    const [newest] = submissions;
    assert.deepEqual(Object.keys(newest).sort(), [
      'createdAt',
      'cursor',
      'id',
      'preview',
      'receivedAt',
      'reference',
      'shortId',
      'size',
      'type'
    ]);
    assert.equal(newest.shortId, newest.id.slice(0, 8));
    assert.equal(newest.preview, 'a problem-report');
    assert.ok(newest.size > 100);
    assert.ok(Date.parse(newest.receivedAt) >= Date.parse(newest.createdAt));
    const whole = await (await get(`/api/submissions/${newest.reference}`, bearer())).json();
    assert.equal(whole.envelope.data.summary, 'a problem-report');
  });

  test('pages: next leads on from the last one shown, until there is no more', async () => {
    const first = await (await get('/api/submissions?limit=2', bearer())).json();
    assert.deepEqual(
      first.submissions.map((/** @type {any} */ s) => s.reference),
      [sent[2], sent[1]]
    );
    assert.match(first.next, /^\/api\/submissions\?limit=2&before=\d+$/);
    const second = await (await get(first.next, bearer())).json();
    assert.deepEqual(
      second.submissions.map((/** @type {any} */ s) => s.reference),
      [sent[0]]
    );
    assert.equal(second.next, null);
  });

  test('filters by type and time, and limits', async () => {
    const byType = await (await get('/api/submissions?type=glossary-suggestion', bearer())).json();
    assert.deepEqual(
      byType.submissions.map((/** @type {any} */ s) => s.reference),
      ['GS-000001']
    );
    const limited = await (await get('/api/submissions?limit=1', bearer())).json();
    assert.deepEqual(
      limited.submissions.map((/** @type {any} */ s) => s.reference),
      [sent[2]]
    );
    const all = (await (await get('/api/submissions', bearer())).json()).submissions;
    const since = all.at(-1).receivedAt;
    const later = await (await get(`/api/submissions?since=${encodeURIComponent(since)}`, bearer())).json();
    assert.equal(later.submissions.length, all.length - 1);
    assert.ok(later.submissions.every((/** @type {any} */ s) => s.receivedAt > since));
    const future = await (await get('/api/submissions?since=2999-01-01T00:00:00Z', bearer())).json();
    assert.deepEqual(future, { submissions: [], next: null });
    const offset = await get('/api/submissions?since=2000-01-01T00:00:00+01:00', bearer());
    assert.equal((await offset.json()).submissions.length, all.length);
  });

  test('full=1 gives whole submissions, with their envelopes, for scripts', async () => {
    const { submissions, next } = await (await get('/api/submissions?full=1&limit=2', bearer())).json();
    assert.deepEqual(
      submissions.map((/** @type {any} */ s) => s.envelope.data.summary),
      ['a problem-report', 'a glossary-suggestion']
    );
    assert.match(next, /^\/api\/submissions\?limit=2&full=1&before=\d+$/);
  });

  test('400 for parameters it cannot use', async () => {
    const bad = [
      'limit=0',
      'limit=1001',
      'full=yes',
      'before=abc',
      'before=0',
      'limit=ten',
      'limit=1.5',
      'since=yesterday',
      'since=2025-01-01T10:00',
      'type=Bad Type'
    ];
    for (const query of bad) {
      const response = await get(`/api/submissions?${query}`, bearer());
      assert.equal(response.status, 400, query);
      const body = await response.json();
      assert.equal(body.error, 'invalid-query');
      assert.equal(typeof body.message, 'string');
    }
  });

  test('one submission by its reference (where Location points)', async () => {
    const response = await get(`/api/submissions/${sent[1]}`, bearer());
    assert.equal(response.status, 200);
    const submission = await response.json();
    assert.equal(submission.reference, sent[1]);
    assert.equal(submission.type, 'glossary-suggestion');
    assert.equal((await get('/api/submissions/PR-999999', bearer())).status, 404);
    assert.equal((await get('/api/submissions/..%2Fetc', bearer())).status, 404);
  });
});

describe('other routes', () => {
  test('GET /api/health', async () => {
    const response = await get('/api/health');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { ok: true, schemaVersion: 3 });
  });

  test('404 JSON for anything else', async () => {
    for (const path of ['/', '/api', '/api/submissions/', '/inbox/', '/admin-token']) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.equal((await response.json()).error, 'not-found');
    }
  });

  test('405 with Allow for a method a route does not take', async () => {
    const cases = [
      ['DELETE', '/api/submissions', 'POST, GET, HEAD, OPTIONS'],
      ['PUT', '/api/health', 'GET, HEAD, OPTIONS'],
      ['POST', '/inbox', 'GET, HEAD, OPTIONS']
    ];
    for (const [method, path, allow] of cases) {
      const response = await fetch(`${app.url}${path}`, { method, headers: bearer() });
      assert.equal(response.status, 405, `${method} ${path}`);
      assert.equal(response.headers.get('allow'), allow);
      assert.equal((await response.json()).error, 'method-not-allowed');
    }
  });

  test('HEAD answers like GET, without a body', async () => {
    const response = await fetch(`${app.url}/api/health`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '');
  });

  test('security headers on every response; no-store on the API and the inbox', async () => {
    const responses = [
      await get('/api/health'),
      await get('/api/submissions', bearer()),
      await get('/inbox', bearer()),
      await get('/inbox'),
      await get('/nope'),
      await postEnvelope(app.url, makeEnvelope())
    ];
    for (const response of responses) {
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', response.url);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', response.url);
      assert.equal(response.headers.get('cache-control'), 'no-store', response.url);
    }
    const css = await get('/inbox.css');
    assert.equal(css.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(css.headers.get('referrer-policy'), 'no-referrer');
  });
});
