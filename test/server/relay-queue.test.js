// @ts-check
// The relay queue: nothing is lost when the help desk is down or the server restarts mid-queue, each ticket is
// made once, a request cut off by a stop is checked for before it is sent again, and the backoff stays in bounds.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { backoffMs } from '../../server/relay-queue.js';
import { zammadTag } from '../../server/relays/zammad.js';
import { freePort, startFakeOsTicket, startFakeZammad } from '../support/fake-helpdesks.js';
import { basic, makeTempDir, postEnvelope, startTestServer } from './helpers.js';
import { problemReport, relayConfig, relayStates, waitFor } from './relay-helpers.js';

const TOKEN = 'zammad-token-queue-test-55';
const KEY = 'osticket-key-queue-test-77';

describe('backoff', () => {
  test('doubles per try between half and all of the ceiling, and never passes the maximum', () => {
    const retry = { baseMs: 1000, maxMs: 60000 };
    assert.equal(
      backoffMs(1, retry, () => 0),
      500
    );
    assert.equal(
      backoffMs(1, retry, () => 1),
      1000
    );
    assert.equal(
      backoffMs(3, retry, () => 0),
      2000
    );
    assert.equal(
      backoffMs(3, retry, () => 1),
      4000
    );
    for (const attempts of [7, 8, 50, 10000])
      assert.equal(
        backoffMs(attempts, retry, () => 1),
        60000
      );
    const spread = new Set(Array.from({ length: 20 }, () => backoffMs(4, retry)));
    assert.ok(spread.size > 1, 'jitter spreads retries out');
    for (const value of spread) assert.ok(value >= 4000 && value <= 8000, String(value));
  });
});

describe('a help desk that is down, and a restart mid-queue', () => {
  const dir = makeTempDir();
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('reports wait in the database through a restart, then each becomes exactly one ticket', async () => {
    const port = await freePort();
    const env = {
      TB_RELAY_PROBLEM_REPORT: 'zammad,osticket',
      TB_ZAMMAD_URL: `http://127.0.0.1:${port}`,
      TB_ZAMMAD_TOKEN: TOKEN,
      TB_ZAMMAD_GROUP: 'Users',
      TB_OSTICKET_URL: `http://127.0.0.1:${port}`,
      TB_OSTICKET_KEY: KEY
    };
    // Nothing listens on the help desk's port: connection refused on every try.
    const first = await startTestServer({ dir, relayConfig: relayConfig(env) });
    const envelopes = [1, 2, 3].map(n => problemReport({ summary: `Waiting report ${n}` }));
    /** @type {string[]} */
    const references = [];
    for (const envelope of envelopes) {
      const response = await postEnvelope(first.url, envelope);
      assert.equal(response.status, 201, 'the report is taken even though the help desk is down');
      const body = await response.json();
      assert.equal(body.ticket, undefined);
      references.push(body.reference);
    }
    await waitFor(async () => {
      const states = await relayStates(first.url, references[2]);
      return states.length === 2 && states.every(s => s.state === 'failing' && s.attempts >= 2);
    }, 'several failed tries');
    const inbox = await (await fetch(`${first.url}/inbox`, { headers: basic() })).text();
    assert.match(inbox, /Not sent to Zammad yet \(tried \d+ times\)\. Last problem: Zammad could not be reached/);
    await first.stop({ keepFiles: true });

    // The help desk comes back (one fake answering both APIs on the port), then the server restarts.
    const zammad = await startFakeZammad({ token: TOKEN, port });
    const second = await startTestServer({ dir, relayConfig: relayConfig(env) });
    try {
      for (const reference of references) {
        await waitFor(async () => {
          const states = await relayStates(second.url, reference);
          return states.length === 2 && states.find(s => s.relay === 'zammad')?.state === 'sent';
        }, `${reference} sent to Zammad`);
      }
      for (const envelope of envelopes) {
        assert.equal(zammad.tickets.filter(t => t.tags.includes(zammadTag(envelope.id))).length, 1);
      }
      // The fake on that port is a Zammad, so osTicket's requests are refused: still kept and failing, not dropped.
      const osticket = await waitFor(async () => {
        const state = (await relayStates(second.url, references[0])).find(s => s.relay === 'osticket');
        return state?.state === 'failing' && state.lastError.includes('credentials') && state;
      }, 'osTicket failing');
      assert.match(osticket.lastError, /osTicket refused the credentials \(401\)/);
      assert.ok(!second.logs.join('\n').includes(KEY) && !second.logs.join('\n').includes(TOKEN));
    } finally {
      await second.stop({ keepFiles: true });
      await zammad.close();
    }
  });

  test('a request cut off by a stop is looked for before it is sent again', async () => {
    const zammad = await startFakeZammad({ token: TOKEN });
    const env = {
      TB_RELAY_PROBLEM_REPORT: 'zammad',
      TB_ZAMMAD_URL: zammad.url,
      TB_ZAMMAD_TOKEN: TOKEN,
      TB_ZAMMAD_GROUP: 'Users'
    };
    const own = makeTempDir();
    try {
      const first = await startTestServer({ dir: own, relayConfig: relayConfig(env) });
      const envelope = problemReport({ summary: 'Cut off mid-request' });
      const { reference } = await (await postEnvelope(first.url, envelope)).json();
      await waitFor(async () => (await relayStates(first.url, reference))[0]?.state === 'sent', 'the ticket');
      // As if the server had died after Zammad made the ticket but before the answer was written down.
      first.db
        .prepare("UPDATE relay_jobs SET state = 'sending', ticket_number = NULL, sent_at = NULL WHERE reference = ?")
        .run(reference);
      await first.stop({ keepFiles: true });

      const second = await startTestServer({ dir: own, relayConfig: relayConfig(env) });
      try {
        const state = await waitFor(async () => {
          const [s] = await relayStates(second.url, reference);
          return s?.state === 'sent' && s.ticketNumber && s;
        }, 'the recovered ticket');
        assert.equal(zammad.tickets.filter(t => t.tags.includes(zammadTag(envelope.id))).length, 1);
        assert.equal(state.ticketNumber, zammad.tickets[0].number);
      } finally {
        await second.stop();
      }
    } finally {
      await zammad.close();
    }
  });
});

describe('without relays', () => {
  test('a type with no relay is stored and answered at once, with no relay state', async () => {
    const zammad = await startFakeZammad({ token: TOKEN });
    const app = await startTestServer({
      relayConfig: relayConfig({
        TB_RELAY_GLOSSARY_SUGGESTION: 'zammad',
        TB_ZAMMAD_URL: zammad.url,
        TB_ZAMMAD_TOKEN: TOKEN,
        TB_ZAMMAD_GROUP: 'Users'
      })
    });
    try {
      const response = await postEnvelope(app.url, problemReport());
      assert.equal(response.status, 201);
      assert.equal((await response.json()).ticket, undefined);
      assert.deepEqual(await relayStates(app.url, 'PR-000001'), []);
      assert.equal(zammad.requests.length, 0);
    } finally {
      await app.stop();
      await zammad.close();
    }
  });
});

describe('the answer to the browser', () => {
  test('waits only TB_RELAY_WAIT_MS for the number; a number that comes later is kept and given on replay', async () => {
    const osticket = await startFakeOsTicket({ key: 'slow-osticket-key', hangMs: 2500 });
    const app = await startTestServer({
      relayConfig: relayConfig({
        TB_RELAY_PROBLEM_REPORT: 'osticket',
        TB_OSTICKET_URL: osticket.url,
        TB_OSTICKET_KEY: 'slow-osticket-key',
        TB_RELAY_WAIT_MS: '200',
        TB_RELAY_TIMEOUT_MS: '20000'
      })
    });
    try {
      osticket.failNext('create-then-hang');
      const envelope = problemReport();
      const response = await postEnvelope(app.url, envelope);
      assert.equal(response.status, 201);
      const body = await response.json();
      assert.equal(body.reference, 'PR-000001');
      assert.equal(body.ticket, undefined, 'answered before osTicket did');
      const state = await waitFor(async () => {
        const [s] = await relayStates(app.url, 'PR-000001');
        return s?.state === 'sent' && s;
      }, 'the late ticket number');
      assert.equal(state.ticketNumber, '481516');
      assert.equal(state.attempts, 1);
      const replay = await postEnvelope(app.url, envelope);
      assert.equal(replay.status, 200);
      assert.deepEqual((await replay.json()).ticket, { system: 'osticket', number: '481516' });
      assert.equal(osticket.tickets.length, 1);
    } finally {
      await app.stop();
      await osticket.close();
    }
  });
});
