// @ts-check
// A server fit to face the internet (issue 11): proof of acceptance, only known types, size and rate limits,
// throttled sign-in, slow clients cut off, and the smaller holes. Real HTTP, a real SQLite file.
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createValidator } from '../../server/validation.js';
import { DEFAULT_SCHEMAS_DIR } from '../../server/app.js';
import { BUILT_IN_TYPE_LIMITS } from '../../server/types.js';
import { ADMIN_TOKEN, bearer, countRows, makeEnvelope, postEnvelope, startTestServer } from './helpers.js';

/**
 * A request from a chosen loopback address (127.0.0.1, 127.0.0.2, …), so tests can be two different clients.
 * @param {string} url full URL
 * @param {{ method?: string, headers?: Record<string, string>, body?: string | Buffer, from?: string }} options
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
 */
function request(url, { method = 'GET', headers = {}, body, from = '127.0.0.1' }) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, localAddress: from, agent: false });
    req.on('response', res => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', chunk => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * @param {string} baseUrl
 * @param {any} envelope
 * @param {string} [from]
 */
const postFrom = (baseUrl, envelope, from) =>
  request(`${baseUrl}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(envelope),
    from
  });

/**
 * Opens a raw connection and resolves when the server closes it, with whatever it answered.
 * @param {string} baseUrl
 * @param {(socket: net.Socket) => void} talk
 * @returns {{ closed: Promise<string>, socket: net.Socket }}
 */
function rawConnection(baseUrl, talk) {
  const { hostname, port } = new URL(baseUrl);
  const socket = net.connect(Number(port), hostname);
  let answer = '';
  socket.setEncoding('utf8');
  socket.on('data', chunk => (answer += chunk));
  socket.on('error', () => {});
  const closed = new Promise(resolve => socket.on('close', () => resolve(answer)));
  socket.on('connect', () => talk(socket));
  return { closed, socket };
}

/**
 * Waits for `promise`, failing after `ms`: limits here are set to fractions of a second, Node's own defaults are
 * minutes, so a generous bound tells them apart without timing anything closely.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 */
function within(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still open after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('proof of acceptance', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let app;
  before(async () => {
    app = await startTestServer({ extraTypes: ['x-2', 'p-r', 'room-booking'] });
  });
  after(() => app.stop());

  test('201 and 200 both name the envelope id in the body and in Techbridge-Accepted', async () => {
    const envelope = makeEnvelope();
    const first = await postEnvelope(app.url, envelope);
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('techbridge-accepted'), envelope.id);
    const body = await first.json();
    assert.deepEqual(body, { id: envelope.id, reference: body.reference, type: 'problem-report' });
    const again = await postEnvelope(app.url, envelope);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('techbridge-accepted'), envelope.id);
    assert.deepEqual(await again.json(), body);
  });

  test('refusals carry no proof', async () => {
    const refused = await postEnvelope(app.url, makeEnvelope({ data: { summary: '' } }));
    assert.equal(refused.status, 400);
    assert.equal(refused.headers.get('techbridge-accepted'), null);
    assert.equal((await refused.json()).id, undefined);
  });

  test('an id in capitals is the same submission: stored once, in lower case', async () => {
    const envelope = makeEnvelope();
    const upper = { ...envelope, id: envelope.id.toUpperCase() };
    const first = await postEnvelope(app.url, upper);
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('techbridge-accepted'), envelope.id);
    assert.equal((await first.json()).id, envelope.id);
    const again = await postEnvelope(app.url, envelope);
    assert.equal(again.status, 200);
    assert.equal(countRows(app.db, envelope.id), 1);
    assert.equal(countRows(app.db, upper.id), 0);
  });

  test('every reference a type gets can be fetched by its own GET route; PR- is only for problem reports', async () => {
    const post = async (/** @type {string} */ type) =>
      (await (await postEnvelope(app.url, makeEnvelope({ type, data: { note: type } }))).json()).reference;
    const x2 = await post('x-2');
    assert.equal(x2, 'X2-000001');
    const pr = await post('p-r');
    assert.equal(pr, 'XPR-000001');
    for (const reference of [x2, pr, x2.toLowerCase(), 'x2-1']) {
      const response = await fetch(`${app.url}/api/submissions/${reference}`, { headers: bearer() });
      assert.equal(response.status, 200, reference);
      assert.equal((await response.json()).reference, reference === pr ? pr : x2);
    }
  });
});

describe('only known types, each within its size', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let app;
  before(async () => {
    app = await startTestServer({ extraTypes: new Map([['room-booking', 1000]]) });
  });
  after(() => app.stop());

  test('an unknown type: 422 with a plain message naming the types kept and the setting; nothing stored', async () => {
    const envelope = makeEnvelope({ type: 'made-up-type', data: { anything: 'x'.repeat(500) } });
    const response = await postEnvelope(app.url, envelope);
    assert.equal(response.status, 422);
    const body = await response.json();
    assert.equal(body.error, 'unknown-type');
    assert.equal(
      body.message,
      'This server does not keep submissions of the type "made-up-type". It keeps: problem-report, room-booking. ' +
        'The person who runs the server can add a type with TB_EXTRA_TYPES.'
    );
    assert.equal(countRows(app.db), 0);
  });

  test('each type has its own size limit: 413 over it, while a larger problem report is fine', async () => {
    const booking = makeEnvelope({ type: 'room-booking', data: { note: 'x'.repeat(1000) } });
    const response = await postEnvelope(app.url, booking);
    assert.equal(response.status, 413);
    assert.match((await response.json()).message, /for room-booking \(1000 bytes\)/);
    const report = makeEnvelope({ data: { summary: 'x', steps: Array.from({ length: 20 }, () => 'y'.repeat(100)) } });
    assert.equal((await postEnvelope(app.url, report)).status, 201);
    assert.equal(
      (await postEnvelope(app.url, makeEnvelope({ type: 'room-booking', data: { note: 'ok' } }))).status,
      201
    );
  });

  test('100,000 unknown properties: 400 with the first 20 field errors and a count, not megabytes', async () => {
    const envelope = /** @type {Record<string, unknown>} */ (makeEnvelope());
    for (let i = 0; i < 100_000; i++) envelope[`p${i}`] = 1;
    const response = await postEnvelope(app.url, envelope);
    assert.equal(response.status, 400);
    const text = await response.text();
    assert.ok(text.length < 4000, `${text.length} characters`);
    const body = JSON.parse(text);
    assert.equal(Object.keys(body.fieldErrors).length, 20);
    assert.equal(body.moreFieldErrors, 100_000 - 20);
    assert.equal(body.message, 'The submission was not saved: 100000 fields need attention. The first 20 are listed.');
  });

  test('anyType (for test rigs only) keeps any well-formed type, within 64 KiB', async () => {
    const rig = await startTestServer({ extraTypes: [], anyType: true });
    try {
      assert.equal((await postEnvelope(rig.url, makeEnvelope({ type: 'delivery-429', data: {} }))).status, 201);
      const large = makeEnvelope({ type: 'x-test', data: { text: 'x'.repeat(64 * 1024) } });
      assert.equal((await postEnvelope(rig.url, large)).status, 413);
    } finally {
      await rig.stop();
    }
  });

  test('the real problem-report schema takes the largest screenshot the element allows', () => {
    const validator = createValidator(DEFAULT_SCHEMAS_DIR);
    const bytes = 3500 * 1024; // the element's screenshot-max-kb at most
    const dataUrl = `data:image/jpeg;base64,${Buffer.alloc(bytes, 0xab).toString('base64')}`;
    const screenshot = { name: 'screen.jpg', type: 'image/jpeg', bytes, dataUrl };
    const shot = validator.validate(makeEnvelope({ data: { screenshot } }));
    assert.equal(shot?.fieldErrors['/data/screenshot/bytes'], undefined);
    assert.equal(shot?.fieldErrors['/data/screenshot/dataUrl'], undefined);
    const over = validator.validate(makeEnvelope({ data: { screenshot: { ...screenshot, bytes: bytes + 1 } } }));
    assert.equal(over?.fieldErrors['/data/screenshot/bytes'], 'must be 3584000 or less');
    // And the whole envelope, with room for the text fields, fits under the problem-report size limit.
    assert.ok(dataUrl.length + 64 * 1024 < BUILT_IN_TYPE_LIMITS['problem-report']);
  });
});

describe('just over the size limit, from a Node client', () => {
  test('gets a clean 413, not a reset connection, and the server carries on', async () => {
    const app = await startTestServer({ maxBodyBytes: 4096 });
    try {
      for (const over of [1, 1000, 200_000]) {
        const body = Buffer.alloc(4096 + over, 32);
        const response = await request(`${app.url}/api/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) },
          body
        });
        assert.equal(response.status, 413, `${over} over`);
        assert.equal(JSON.parse(response.body).error, 'too-large');
      }
      assert.equal((await postEnvelope(app.url, makeEnvelope())).status, 201);
    } finally {
      await app.stop();
    }
  });
});

describe('rate limit on posts', () => {
  test('500 rapid posts from one client get 429 with Retry-After; another client still gets 201', async () => {
    const app = await startTestServer({ rateLimit: { max: 20, windowMs: 3_600_000 } });
    try {
      /** @type {number[]} */
      const statuses = [];
      /** @type {string[]} */
      const retryAfter = [];
      for (let batch = 0; batch < 25; batch++) {
        const answers = await Promise.all(
          Array.from({ length: 20 }, () => postFrom(app.url, makeEnvelope(), '127.0.0.1'))
        );
        for (const answer of answers) {
          statuses.push(answer.status);
          if (answer.status === 429) retryAfter.push(String(answer.headers['retry-after']));
        }
      }
      assert.equal(statuses.length, 500);
      assert.equal(statuses.filter(status => status === 201).length, 20);
      assert.equal(statuses.filter(status => status === 429).length, 480);
      assert.ok(
        retryAfter.every(value => /^[1-9]\d*$/.test(value)),
        retryAfter[0]
      );
      assert.equal(countRows(app.db), 20);

      const other = await postFrom(app.url, makeEnvelope(), '127.0.0.2');
      assert.equal(other.status, 201);
      const limited = await postFrom(app.url, makeEnvelope(), '127.0.0.1');
      assert.equal(limited.status, 429);
      assert.equal(JSON.parse(limited.body).error, 'too-many-requests');
    } finally {
      await app.stop();
    }
  });
});

describe('admin sign-in throttle', () => {
  test('50 wrong tokens in a row are throttled (429), for that client only, and the lock ends', async () => {
    const app = await startTestServer({ signIn: { freeFailures: 10, lockMs: 1500 } });
    try {
      const get = (/** @type {string} */ token, /** @type {string} */ from, path = '/api/submissions') =>
        request(`${app.url}${path}`, { headers: bearer(token), from });
      /** @type {number[]} */
      const statuses = [];
      for (let i = 0; i < 50; i++) statuses.push((await get(`wrong-${i}`, '127.0.0.1')).status);
      assert.deepEqual(statuses.slice(0, 9), Array(9).fill(401));
      assert.deepEqual(statuses.slice(10), Array(40).fill(429));
      const locked = await get(ADMIN_TOKEN, '127.0.0.1');
      assert.equal(locked.status, 429, 'even the right token waits while locked');
      assert.match(String(locked.headers['retry-after']), /^[12]$/);
      assert.equal((await get('wrong', '127.0.0.1', '/inbox')).status, 429);
      // Someone else is not locked out.
      assert.equal((await get(ADMIN_TOKEN, '127.0.0.2')).status, 200);
      // After the lock, the right token gets in again.
      let status = 0;
      for (let tries = 0; tries < 100 && status !== 200; tries++) {
        await sleep(100);
        status = (await get(ADMIN_TOKEN, '127.0.0.1')).status;
      }
      assert.equal(status, 200);
    } finally {
      await app.stop();
    }
  });
});

describe('slow clients and too many connections', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let app;
  before(async () => {
    app = await startTestServer({ timeouts: { headersMs: 400, requestMs: 800, keepAliveMs: 400 }, maxConnections: 4 });
  });
  after(() => app.stop());

  test('headers sent a line at a time, never finished: the connection is cut', async () => {
    /** @type {NodeJS.Timeout | undefined} */
    let drip;
    const { closed } = rawConnection(app.url, socket => {
      socket.write('POST /api/submissions HTTP/1.1\r\nHost: localhost\r\n');
      drip = setInterval(() => socket.write('X-Slow: 1\r\n'), 50);
    });
    const answer = await within(closed, 8000, 'slow headers');
    clearInterval(drip);
    assert.match(answer, /^(HTTP\/1\.1 408|$)/);
  });

  test('a body sent a few bytes at a time: the connection is cut, nothing stored', async () => {
    const before = countRows(app.db);
    const body = JSON.stringify(makeEnvelope());
    /** @type {NodeJS.Timeout | undefined} */
    let drip;
    const { closed } = rawConnection(app.url, socket => {
      socket.write(
        `POST /api/submissions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`
      );
      let at = 0;
      drip = setInterval(() => {
        if (at < body.length - 2) socket.write(body.slice(at, (at += 2)));
      }, 50);
    });
    const answer = await within(closed, 8000, 'slow body');
    clearInterval(drip);
    assert.doesNotMatch(answer, /HTTP\/1\.1 20/);
    assert.equal(countRows(app.db), before);
  });

  test('connections past the cap are closed as they arrive; the server answers again once they go', async () => {
    const idle = Array.from({ length: 4 }, () => rawConnection(app.url, () => {}));
    await Promise.all(idle.map(({ socket }) => new Promise(resolve => socket.once('connect', resolve))));
    await sleep(50);
    const extra = rawConnection(app.url, socket => socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n'));
    assert.equal(await within(extra.closed, 8000, 'a connection past the cap'), '');
    for (const { socket } of idle) socket.destroy();
    await Promise.all(idle.map(({ closed }) => closed));
    let status = 0;
    for (let tries = 0; tries < 50 && status !== 200; tries++) {
      status = await fetch(`${app.url}/api/health`).then(
        response => response.status,
        () => 0
      );
      if (status !== 200) await sleep(100);
    }
    assert.equal(status, 200);
  });
});
