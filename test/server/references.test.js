// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatReference, referencePrefix, REFERENCE_PREFIXES } from '../../server/references.js';
import { bodyHash, canonicalJson } from '../../server/store.js';

describe('references', () => {
  test('each Techbridge type has its own prefix', () => {
    assert.deepEqual(REFERENCE_PREFIXES, {
      'problem-report': 'PR',
      'glossary-suggestion': 'GS',
      'partner-suggestion': 'PS',
      'outreach-log': 'OL',
      'partner-correction': 'PC',
      'donation-check': 'DC',
      mou: 'MOU'
    });
    for (const [type, prefix] of Object.entries(REFERENCE_PREFIXES)) assert.equal(referencePrefix(type), prefix);
  });

  test('other types get the initials of their words', () => {
    assert.equal(referencePrefix('foo-bar'), 'FB');
    assert.equal(referencePrefix('room-booking-request'), 'RBR');
    assert.equal(referencePrefix('feedback'), 'F');
    assert.equal(referencePrefix('a--b-'), 'AB');
    assert.equal(referencePrefix('constructor'), 'C');
  });

  test('numbers are padded to six digits and grow past them', () => {
    assert.equal(formatReference('PR', 123), 'PR-000123');
    assert.equal(formatReference('MOU', 1), 'MOU-000001');
    assert.equal(formatReference('PR', 1234567), 'PR-1234567');
  });
});

describe('canonical JSON', () => {
  test('sorts keys at every level and keeps array order', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }),
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}'
    );
  });

  test('the same content in another key order hashes the same; other content does not', () => {
    assert.equal(bodyHash({ a: 1, b: 'x' }), bodyHash({ b: 'x', a: 1 }));
    assert.notEqual(bodyHash({ a: 1, b: 'x' }), bodyHash({ a: 1, b: 'y' }));
    assert.notEqual(bodyHash([1, 2]), bodyHash([2, 1]));
  });
});
