// @ts-check
// POST /api/submissions: every answer the elements can get, over real HTTP, into a real SQLite file.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { countRows, makeEnvelope, postEnvelope, startTestServer } from './helpers.js';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let app;
before(async () => {
  app = await startTestServer({ maxBodyBytes: 4096 });
});
after(() => app.stop());

describe('accepting a submission', () => {
  test('201 with a reference, the id and a Location; one row stored', async () => {
    const envelope = makeEnvelope();
    const response = await postEnvelope(app.url, envelope);
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.match(body.reference, /^PR-\d{6}$/);
    assert.equal(body.id, envelope.id);
    assert.equal(response.headers.get('location'), `/api/submissions/${body.reference}`);
    assert.equal(response.headers.get('idempotent-replayed'), null);
    const row = /** @type {any} */ (app.db.prepare('SELECT * FROM submissions WHERE id = ?').get(envelope.id));
    assert.equal(row.reference, body.reference);
    assert.equal(row.type, 'problem-report');
    assert.equal(row.created_at, envelope.createdAt);
    assert.deepEqual(JSON.parse(row.envelope), envelope);
    assert.match(row.body_hash, /^[0-9a-f]{64}$/);
  });

  test('a charset parameter on the content type is fine', async () => {
    const response = await postEnvelope(app.url, makeEnvelope(), { 'Content-Type': 'application/json; charset=UTF-8' });
    assert.equal(response.status, 201);
  });

  test('the Idempotency-Key header is optional: the envelope id is the key', async () => {
    const envelope = makeEnvelope();
    const response = await fetch(`${app.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(envelope)
    });
    assert.equal(response.status, 201);
    assert.equal(countRows(app.db, envelope.id), 1);
  });

  test('a type the operator added, with no schema of its own, is checked against the envelope only', async () => {
    const response = await postEnvelope(app.url, makeEnvelope({ type: 'room-booking', data: { anything: [1, 2] } }));
    assert.equal(response.status, 201);
    assert.match((await response.json()).reference, /^RB-\d{6}$/);
  });

  test('references count up per type', async () => {
    const post = async (/** @type {string} */ type) =>
      (await (await postEnvelope(app.url, makeEnvelope({ type, data: { summary: 'x' } }))).json()).reference;
    assert.equal(await post('glossary-suggestion'), 'GS-000001');
    assert.equal(await post('mou'), 'MOU-000001');
    assert.equal(await post('glossary-suggestion'), 'GS-000002');
    assert.equal(await post('foo-bar'), 'FB-000001');
    // A second unknown type with the same initials shares the counter, so references stay unique.
    assert.equal(await post('fizz-buzz'), 'FB-000002');
    const first = await post('problem-report');
    assert.equal(await post('problem-report'), `PR-${String(Number(first.slice(3)) + 1).padStart(6, '0')}`);
  });
});

describe('idempotency', () => {
  test('the same key and body again: 200, the same reference, still one row', async () => {
    const envelope = makeEnvelope();
    const first = await (await postEnvelope(app.url, envelope)).json();
    // Key order differs on the retry; the canonical hash makes it the same body.
    const reordered = Object.fromEntries(Object.entries(envelope).reverse());
    const again = await postEnvelope(app.url, reordered);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), first);
    assert.equal(again.headers.get('location'), `/api/submissions/${first.reference}`);
    assert.equal(countRows(app.db, envelope.id), 1);
  });

  test('the same key with a different body: 422, the first one kept', async () => {
    const envelope = makeEnvelope();
    assert.equal((await postEnvelope(app.url, envelope)).status, 201);
    const changed = { ...envelope, data: { summary: 'Something else entirely' } };
    const response = await postEnvelope(app.url, changed);
    assert.equal(response.status, 422);
    const body = await response.json();
    assert.equal(body.error, 'idempotency-conflict');
    assert.equal(typeof body.message, 'string');
    const row = /** @type {any} */ (app.db.prepare('SELECT envelope FROM submissions WHERE id = ?').get(envelope.id));
    assert.deepEqual(JSON.parse(row.envelope).data, envelope.data);
  });

  test('an Idempotency-Key header that differs from the envelope id: 400, nothing stored', async () => {
    const envelope = makeEnvelope();
    const response = await postEnvelope(app.url, envelope, { 'Idempotency-Key': crypto.randomUUID() });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'idempotency-key-mismatch');
    assert.equal(countRows(app.db, envelope.id), 0);
  });

  test('identical requests arriving together: one row, one reference, one 201', async () => {
    const envelope = makeEnvelope();
    const responses = await Promise.all(Array.from({ length: 12 }, () => postEnvelope(app.url, envelope)));
    const statuses = responses.map(response => response.status).sort();
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const references = new Set(await Promise.all(responses.map(async response => (await response.json()).reference)));
    assert.equal(references.size, 1);
    assert.equal(countRows(app.db, envelope.id), 1);
  });
});

describe('refusing a submission', () => {
  test('400 for a body that is not JSON', async () => {
    for (const body of ['{"id":', '', 'null x']) {
      const response = await postEnvelope(app.url, body);
      assert.equal(response.status, 400);
      assert.equal((await response.json()).error, 'invalid-json');
    }
  });

  test('400 for bytes that are not UTF-8', async () => {
    const response = await fetch(`${app.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: Buffer.from([0x7b, 0xff, 0x7d])
    });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'invalid-json');
  });

  test('400 with plain-language field errors keyed by JSON pointer', async () => {
    const envelope = makeEnvelope({
      id: 'not-a-uuid',
      schemaVersion: 0,
      page: { title: 'x'.repeat(501) },
      data: { summary: '' },
      surprise: true
    });
    const response = await postEnvelope(app.url, envelope);
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.equal(body.error, 'invalid');
    assert.match(body.message, /^The submission was not saved: \d+ fields need attention\.$/);
    assert.deepEqual(body.fieldErrors, {
      '/id': 'must be an ID like 123e4567-e89b-42d3-a456-426614174000',
      '/schemaVersion': 'must be 1 or more',
      '/page/url': 'is required',
      '/page/title': 'must be 500 characters or fewer',
      '/surprise': 'is not expected here',
      '/data/summary': 'must not be empty'
    });
    assert.equal(countRows(app.db, 'not-a-uuid'), 0);
  });

  test('400 names missing fields and wrong types, in the envelope and in data', async () => {
    // Without a type there is no data schema to apply, so only the envelope is checked.
    const withoutType = /** @type {Partial<ReturnType<typeof makeEnvelope>>} */ (
      makeEnvelope({ data: { steps: 'x' } })
    );
    delete withoutType.type;
    const untyped = await (await postEnvelope(app.url, withoutType)).json();
    assert.deepEqual(untyped.fieldErrors, { '/type': 'is required' });
    const typed = await (await postEnvelope(app.url, makeEnvelope({ data: { steps: 'restarted' } }))).json();
    assert.equal(typed.message, 'The submission was not saved: 2 fields need attention.');
    assert.deepEqual(typed.fieldErrors, { '/data/summary': 'is required', '/data/steps': 'must be a list' });
  });

  test('400 for data nested deeper than anyone would type', async () => {
    let deep = /** @type {any} */ ({});
    for (let i = 0; i < 100; i++) deep = { deeper: deep };
    const response = await postEnvelope(app.url, makeEnvelope({ type: 'room-booking', data: deep }));
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.equal(body.message, 'The submission was not saved: one field needs attention.');
    assert.deepEqual(body.fieldErrors, { '/data': 'is nested too deeply' });
  });

  test('415 for anything but application/json', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']) {
      const response = await postEnvelope(app.url, makeEnvelope(), { 'Content-Type': type });
      assert.equal(response.status, 415, type);
      assert.equal((await response.json()).error, 'unsupported-media-type');
    }
    const bare = await fetch(`${app.url}/api/submissions`, { method: 'POST', body: new Uint8Array([123, 125]) });
    assert.equal(bare.status, 415);
  });

  test('413 from the Content-Length alone, before any of the body is sent', async () => {
    const response = await rawRequest(app.url, { 'Content-Length': String(10 * 1024 * 1024) }, []);
    assert.equal(response.status, 413);
    assert.equal(JSON.parse(response.body).error, 'too-large');
  });

  test('413 while a chunked body without Content-Length is still arriving', async () => {
    // Two 3 KB chunks pass the 4 KB limit; the request is never finished, so the answer must not wait for its end.
    const response = await rawRequest(app.url, {}, [Buffer.alloc(3072, 32), Buffer.alloc(3072, 32)]);
    assert.equal(response.status, 413);
    assert.equal(JSON.parse(response.body).error, 'too-large');
  });

  test('413 reaches an ordinary client that sends the whole oversized body', async () => {
    const big = JSON.stringify(makeEnvelope({ data: { summary: 'x'.repeat(100_000) } }));
    const response = await postEnvelope(app.url, big);
    assert.equal(response.status, 413);
    const streamed = await fetch(`${app.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Blob([big]).stream(),
      // @ts-expect-error Node's fetch needs this for a streamed body; the DOM types do not know it.
      duplex: 'half'
    });
    assert.equal(streamed.status, 413);
    // The server is still fine afterwards.
    assert.equal((await postEnvelope(app.url, makeEnvelope())).status, 201);
  });
});

/**
 * Sends a POST whose body is never finished, and resolves with the response as soon as it arrives.
 * @param {string} baseUrl
 * @param {Record<string, string>} headers
 * @param {Buffer[]} chunks
 * @returns {Promise<{ status: number, body: string }>}
 */
function rawRequest(baseUrl, headers, chunks) {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers }
    });
    request.on('response', response => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', chunk => (body += chunk));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    request.on('error', reject);
    if (chunks.length === 0) request.flushHeaders();
    for (const chunk of chunks) request.write(chunk);
  });
}
