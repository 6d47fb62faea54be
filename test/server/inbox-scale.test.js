// @ts-check
// The inbox with 10,000 submissions stored, 100 of them of the largest size a problem report may have: it pages,
// shows previews, never builds one huge answer, and finds a submission by its short id. The time it takes is
// printed (as a test diagnostic) and recorded in docs/server.md; the assertions are about what it does.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BUILT_IN_TYPE_LIMITS } from '../../server/types.js';
import { basic, bearer, makeEnvelope, postEnvelope, startTestServer } from './helpers.js';

const SMALL = 9_900;
const LARGE = 100;
const LARGEST = BUILT_IN_TYPE_LIMITS['problem-report'];

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let app;
/** @type {string[]} */
const largeIds = [];

/**
 * A problem report whose JSON is exactly `size` bytes: a screenshot-sized string fills it up.
 * @param {number} size
 * @param {number} n
 */
function largeEnvelope(size, n) {
  const envelope = makeEnvelope({
    id: randomUUID(),
    data: { summary: `Large report ${String(n).padStart(4, '0')}`, screenshot: { dataUrl: 'data:image/png;base64,' } }
  });
  const fill = size - Buffer.byteLength(JSON.stringify(envelope));
  envelope.data.screenshot.dataUrl += 'A'.repeat(fill);
  assert.equal(Buffer.byteLength(JSON.stringify(envelope)), size);
  return envelope;
}

before(async () => {
  // Half a gigabyte of SQLite: in memory-backed /dev/shm where there is one, so the disks of a shared machine are
  // spared. It is still a real database file.
  const parent = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  app = await startTestServer({ dir: mkdtempSync(join(parent, 'tb-inbox-scale-')) });
  // Seeding through the store, in one transaction without waiting for the disk each time: this sets the scene,
  // it is not what is measured.
  app.db.pragma('synchronous = OFF');
  // The large ones are copies of one, made inside SQLite (each with its own id, reference and summary), so the
  // test does not spend a minute hashing 500 MB in JavaScript.
  const template = largeEnvelope(LARGEST, 98);
  const copySubmission = app.db.prepare(`
    INSERT INTO submissions (idempotency_key, id, type, reference, body_hash, envelope, created_at, received_at)
    SELECT @id, @id, type, @reference, @hash, replace(replace(envelope, @templateId, @id), @templateSummary, @summary),
      created_at, @receivedAt
    FROM submissions WHERE id = @templateId`);
  const copySummary = app.db.prepare(`
    INSERT INTO submission_summaries (seq, reference, type, id, short_id, created_at, received_at, preview, size)
    SELECT @seq, @reference, type, @id, substr(@id, 1, 8), created_at, @receivedAt, @preview, size
    FROM submission_summaries WHERE id = @templateId`);
  app.db.transaction(() => {
    for (let i = 0; i < SMALL; i++) {
      const envelope = makeEnvelope({ data: { summary: `Report ${i}: the printer at desk ${i % 40} jams` } });
      app.store.save(envelope.id, envelope);
      if (i % 99 !== 98) continue;
      const n = String(i).padStart(4, '0');
      if (largeIds.length === 0) {
        // The first one goes through the store like any other.
        app.store.save(template.id, template);
        largeIds.push(template.id);
        continue;
      }
      const id = randomUUID();
      const seq = /** @type {{ seq: number }} */ (
        app.db.prepare('SELECT MAX(seq) + 1 AS seq FROM submission_summaries').get()
      ).seq;
      const params = {
        id,
        seq,
        reference: `PR-${String(seq).padStart(6, '0')}`,
        hash: `copy-${id}`,
        templateId: template.id,
        templateSummary: `"Large report ${String(98).padStart(4, '0')}"`,
        summary: `"Large report ${n}"`,
        preview: `Large report ${n}`,
        receivedAt: new Date().toISOString()
      };
      copySubmission.run(params);
      copySummary.run(params);
      // Later posts carry on counting after the copy.
      app.db.prepare("UPDATE reference_counters SET last_number = ? WHERE prefix = 'PR'").run(seq);
      largeIds.push(id);
    }
  })();
  app.db.pragma('synchronous = FULL');
});
after(() => app.stop());

describe('10,000 submissions, 100 of the largest size', () => {
  test('the seed is what it says', () => {
    assert.equal(largeIds.length, LARGE);
    const row = /** @type {{ n: number, big: number }} */ (
      app.db.prepare(`SELECT COUNT(*) AS n, SUM(size = ${LARGEST}) AS big FROM submission_summaries`).get()
    );
    assert.deepEqual({ ...row }, { n: SMALL + LARGE, big: LARGE });
  });

  test('GET /inbox: one page of 50 previews, a link to older ones, and a small answer', async t => {
    const started = performance.now();
    const response = await fetch(`${app.url}/inbox`, { headers: basic() });
    const html = await response.text();
    t.diagnostic(`GET /inbox: ${Math.round(performance.now() - started)} ms, ${html.length} characters`);
    assert.equal(response.status, 200);
    assert.equal(html.match(/<article /g)?.length, 50);
    assert.match(html, /Everything \(10000\)/);
    assert.ok(html.length < 100_000, `${html.length} characters`);
    const older = /<a href="([^"]+)" rel="next">Older<\/a>/.exec(html)?.[1].replaceAll('&amp;', '&');
    assert.match(older ?? '', /^\/inbox\?before=\d+$/);

    // Walking back page by page reaches the oldest one, 50 at a time.
    let next = older;
    let pages = 1;
    /** @type {string[]} */
    let references = [];
    while (next && pages < 10) {
      const page = await (await fetch(`${app.url}${next}`, { headers: basic() })).text();
      references = [...page.matchAll(/<span class="reference">([^<]+)<\/span>/g)].map(match => match[1]);
      assert.equal(references.length, 50);
      next = /<a href="([^"]+)" rel="next">Older<\/a>/.exec(page)?.[1].replaceAll('&amp;', '&');
      pages += 1;
    }
    assert.equal(pages, 10);
    // The 500th newest of 10,000 (the one posted by the last test is not there yet).
    assert.equal(references.at(-1), 'PR-009501');
  });

  test('the large ones show a preview, never their picture, in the list and the API', async t => {
    const html = await (await fetch(`${app.url}/inbox`, { headers: basic() })).text();
    assert.match(html, /<p class="preview">Large report 9899<\/p>/);
    assert.match(html, /5\.0 MB/);
    assert.doesNotMatch(html, /AAAAAAAAAA/);

    const started = performance.now();
    const response = await fetch(`${app.url}/api/submissions?limit=200`, { headers: bearer() });
    const text = await response.text();
    t.diagnostic(`GET /api/submissions?limit=200: ${Math.round(performance.now() - started)} ms, ${text.length} bytes`);
    const body = JSON.parse(text);
    assert.equal(body.submissions.length, 200);
    assert.ok(text.length < 200_000, `${text.length} bytes`);
    assert.match(body.next, /^\/api\/submissions\?limit=200&before=\d+$/);
  });

  test('a whole large one opens on its own page', async () => {
    const found = await (await fetch(`${app.url}/api/submissions?find=${largeIds[3]}`, { headers: bearer() })).json();
    assert.equal(found.submissions.length, 1);
    const response = await fetch(`${app.url}/inbox/${found.submissions[0].reference}`, { headers: basic() });
    assert.equal(response.status, 200);
    assert.match(await response.text(), /Large report 0395/);
  });

  test('finds one among 10,000 by the short id the browser shows, and by reference', async () => {
    const envelope = makeEnvelope({ data: { summary: 'The one we are looking for' } });
    const { reference } = await (await postEnvelope(app.url, envelope)).json();
    const shortId = envelope.id.slice(0, 8);
    const html = await (await fetch(`${app.url}/inbox?find=${shortId}`, { headers: basic() })).text();
    assert.equal(html.match(/<article /g)?.length, 1);
    assert.match(html, /The one we are looking for/);
    const byReference = await (
      await fetch(`${app.url}/inbox?find=${reference.toLowerCase()}`, { headers: basic() })
    ).text();
    assert.match(byReference, new RegExp(`<span class="short-id">${shortId}</span>`));
    const api = await fetch(`${app.url}/api/submissions/${shortId.toUpperCase()}`, { headers: bearer() });
    assert.equal((await api.json()).reference, reference);
  });
});
