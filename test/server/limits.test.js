// @ts-check
// The pieces behind the limits, on a fake clock: sizes and type lists as the operator writes them, the type
// registry, the post rate limiter and the sign-in throttle.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRateLimiter, createSignInThrottle } from '../../server/guards.js';
import { previewOf } from '../../server/preview.js';
import { normalizeReference } from '../../server/references.js';
import { createTypeRegistry, parseSize, parseTypeList } from '../../server/types.js';

describe('sizes and type lists from settings', () => {
  test('sizes in bytes, KB and MB (1024-based), any case, spaces allowed', () => {
    assert.equal(parseSize('5242880'), 5_242_880);
    assert.equal(parseSize('64kb'), 65_536);
    assert.equal(parseSize('64 KiB'), 65_536);
    assert.equal(parseSize('5MB'), 5_242_880);
    assert.equal(parseSize('2m'), 2_097_152);
    for (const bad of ['', 'lots', '0', '-5', '1.5mb', '5gb']) assert.ok(Number.isNaN(parseSize(bad)), bad);
  });

  test('type lists with optional sizes; a bad entry names the setting and itself', () => {
    assert.deepEqual(
      [...parseTypeList(' room-booking , visit-log:128kb,,')],
      [
        ['room-booking', null],
        ['visit-log', 131_072]
      ]
    );
    assert.throws(() => parseTypeList('Room Booking'), /TB_EXTRA_TYPES has "Room Booking"/);
    assert.throws(() => parseTypeList('a-b:lots', 'TB_TYPE_LIMITS'), /TB_TYPE_LIMITS has "a-b:lots"/);
  });

  test('the registry: schema types, extra types, limits capped by the largest body', () => {
    const types = createTypeRegistry({
      schemaTypes: ['problem-report', 'glossary-suggestion'],
      extraTypes: new Map([
        ['room-booking', null],
        ['visit-log', 10 * 1024 * 1024]
      ]),
      typeLimits: new Map([['glossary-suggestion', 1000]]),
      maxBodyBytes: 6 * 1024 * 1024
    });
    assert.deepEqual(types.names, ['glossary-suggestion', 'problem-report', 'room-booking', 'visit-log']);
    assert.equal(types.limit('problem-report'), 5 * 1024 * 1024);
    assert.equal(types.limit('glossary-suggestion'), 1000);
    assert.equal(types.limit('room-booking'), 64 * 1024);
    assert.equal(types.limit('visit-log'), 6 * 1024 * 1024);
    assert.equal(types.maxBytes, 6 * 1024 * 1024);
    assert.equal(types.has('made-up'), false);
    assert.throws(
      () => createTypeRegistry({ schemaTypes: [], typeLimits: new Map([['nope', 5]]) }),
      /not a known type; add it to TB_EXTRA_TYPES/
    );
  });
});

describe('post rate limiter', () => {
  test('a burst of max, then one per refill, with the wait in whole seconds; clients apart', () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 3, windowMs: 3000, now: () => now });
    assert.deepEqual(
      [1, 2, 3].map(() => limiter.take('a').ok),
      [true, true, true]
    );
    assert.deepEqual(limiter.take('a'), { ok: false, retryAfterSeconds: 1 });
    assert.equal(limiter.take('b').ok, true);
    now = 1000;
    assert.equal(limiter.take('a').ok, true);
    assert.equal(limiter.take('a').ok, false);
  });

  test('remembers at most maxClients clients, forgetting the least recently seen', () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 1, windowMs: 3_600_000, maxClients: 2, now: () => now });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c'); // pushes out a
    assert.equal(limiter.take('a').ok, true, 'a was forgotten, so it starts afresh');
    assert.equal(limiter.take('c').ok, false);
  });
});

describe('sign-in throttle', () => {
  test('locks after freeFailures wrong tokens, for lockMs; each wrong one after that locks again', () => {
    let now = 0;
    const throttle = createSignInThrottle({ freeFailures: 3, lockMs: 60_000, now: () => now });
    for (let i = 0; i < 2; i++) throttle.failed('a');
    assert.deepEqual(throttle.check('a'), { ok: true });
    throttle.failed('a');
    assert.deepEqual(throttle.check('a'), { ok: false, retryAfterSeconds: 60 });
    assert.deepEqual(throttle.check('b'), { ok: true });
    now = 60_000;
    assert.deepEqual(throttle.check('a'), { ok: true });
    throttle.failed('a');
    assert.equal(throttle.check('a').ok, false);
    now = 120_000;
    throttle.succeeded('a');
    throttle.failed('a');
    assert.deepEqual(throttle.check('a'), { ok: true }, 'a right token cleared the count');
  });
});

describe('previews and references', () => {
  test('a preview is short, flat text, without pictures', () => {
    const preview = previewOf({
      type: 'room-booking',
      data: {
        room: 'Study room 2',
        notes: ['Projector\nflickers', 'x'.repeat(500)],
        picture: 'data:image/png;base64,AAAA'
      }
    });
    assert.ok(preview.startsWith('Study room 2 · Projector flickers · xxx'));
    assert.equal(preview.length, 241);
    assert.ok(preview.endsWith('…'));
    assert.equal(
      previewOf({ type: 'problem-report', data: { summary: 'Printer jams', context: { os: 'Windows' } } }),
      'Printer jams'
    );
  });

  test('references as people type them', () => {
    assert.equal(normalizeReference('pr-123'), 'PR-000123');
    assert.equal(normalizeReference(' X2-000001 '), 'X2-000001');
    assert.equal(normalizeReference('PR-1234567'), 'PR-1234567');
    for (const bad of ['PR-0', 'PR000123', '-12', 'e6dd83bb', 'PR-12a'])
      assert.equal(normalizeReference(bad), null, bad);
  });
});
