// @ts-check
// The osTicket relay against a local fake osTicket: the exact request (header, field names, the data: URLs),
// the ticket number back to the browser and into the inbox, and osTicket's failure modes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeOsTicket } from '../support/fake-helpdesks.js';
import { basic, makeEnvelope, postEnvelope, startTestServer } from './helpers.js';
import { HOSTILE, PNG_DATA_URL, problemReport, relayConfig, relayStates, waitFor } from './relay-helpers.js';

const KEY = 'OSTICKET-API-KEY-3f9a7c1d2e';

describe('osTicket relay', () => {
  /** @type {Awaited<ReturnType<typeof startFakeOsTicket>>} */
  let osticket;
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let app;

  before(async () => {
    osticket = await startFakeOsTicket({ key: KEY, hangMs: 4500 });
    app = await startTestServer({
      relayConfig: relayConfig({
        TB_RELAY_PROBLEM_REPORT: 'osticket',
        TB_OSTICKET_URL: `${osticket.url}/`,
        TB_OSTICKET_KEY: KEY,
        TB_OSTICKET_TOPIC_IDS: 'problem-report=12',
        TB_OSTICKET_PRIORITY_IDS: 'urgent=4,high=3,normal=2,low=1',
        TB_OSTICKET_FIELDS: 'branch=data.where.branch,asset=data.where.asset',
        TB_PUBLIC_URL: 'https://it.example.org'
      })
    });
  });
  after(async () => {
    await app.stop();
    await osticket.close();
  });

  test('posts the report in osTicket’s shape and hands the ticket number back to the browser', async () => {
    const envelope = problemReport();
    const response = await postEnvelope(app.url, envelope);
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.equal(body.reference, 'PR-000001');
    assert.deepEqual(body.ticket, { system: 'osticket', number: '481516' });

    assert.equal(osticket.tickets.length, 1);
    const request = osticket.tickets[0].request;
    assert.equal(request.url, '/api/tickets.json');
    assert.equal(request.headers['x-api-key'], KEY);
    assert.match(String(request.headers['content-type']), /^application\/json/);
    const sent = request.json;
    assert.equal(sent.name, 'Ana Ruiz');
    assert.equal(sent.email, 'ana.ruiz@library.example.org');
    assert.equal(sent.subject, 'Receipt printer prints blank pages — Front desk (PR-000001)');
    assert.equal(sent.topicId, 12);
    assert.equal(sent.priorityId, 4);
    assert.equal(sent.branch, 'Main library');
    assert.equal(sent.asset, 'PRN-12');
    assert.deepEqual(sent.attachments, [{ 'screen.png': PNG_DATA_URL }]);
    assert.ok(sent.message.startsWith('data:text/html;charset=utf-8,'), sent.message.slice(0, 40));

    // What osTicket stores: the hostile text escaped, the symptoms before the computer details, a link back.
    const html = osticket.tickets[0].html;
    assert.ok(!html.includes('<script>'), 'no live script tag');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;'));
    assert.ok(html.indexOf('What happened') < html.indexOf('Where'));
    assert.ok(html.indexOf('Message on the screen') < html.indexOf('Firefox 140'));
    assert.ok(html.includes('href="https://it.example.org/inbox#PR-000001"'));

    // The inbox and the admin API show it as sent, with the number.
    const states = await relayStates(app.url, 'PR-000001');
    assert.equal(states.length, 1);
    assert.equal(states[0].state, 'sent');
    assert.equal(states[0].ticketNumber, '481516');
    const inbox = await (await fetch(`${app.url}/inbox`, { headers: basic() })).text();
    assert.match(inbox, /Sent to osTicket: ticket <strong>481516<\/strong>\./);
  });

  test('a replay gets the same ticket number straight away, and no second ticket', async () => {
    const envelope = problemReport({ summary: 'Scanner jams' });
    const first = await (await postEnvelope(app.url, envelope)).json();
    const before = osticket.tickets.length;
    const replay = await postEnvelope(app.url, envelope);
    assert.equal(replay.status, 200);
    assert.deepEqual((await replay.json()).ticket, first.ticket);
    assert.equal(osticket.tickets.length, before);
  });

  test('a report with no email address uses the fallback address osTicket requires', async () => {
    const envelope = problemReport({ reporter: { name: '', contact: '555-0100' }, screenshot: undefined });
    await postEnvelope(app.url, envelope);
    const sent = osticket.tickets.at(-1)?.request.json;
    assert.equal(sent.email, 'techbridge@example.invalid');
    assert.equal(sent.name, 'Library staff (Techbridge)');
    assert.equal(sent.attachments, undefined);
  });

  test('a wrong key (401): kept, shown as failing with what to check, and the key is never shown or logged', async () => {
    osticket.failNext(401, 401, 401);
    const envelope = makeEnvelope({ data: { summary: `Key test ${HOSTILE}` } });
    const response = await postEnvelope(app.url, envelope);
    assert.equal(response.status, 201, 'the submission itself is stored whatever the help desk says');
    const body = await response.json();
    assert.equal(body.ticket, undefined);
    const failing = await waitFor(async () => {
      const [state] = await relayStates(app.url, body.reference);
      return state?.state === 'failing' && state;
    }, 'a failing relay state');
    assert.match(failing.lastError, /osTicket refused the credentials \(401\)\. Check TB_OSTICKET_KEY/);
    // After the refusals it goes through on a later try.
    await waitFor(async () => (await relayStates(app.url, body.reference))[0]?.state === 'sent', 'the ticket');
    const inbox = await (await fetch(`${app.url}/inbox`, { headers: basic() })).text();
    const api = await (await fetch(`${app.url}/api/submissions`, { headers: basic() })).text();
    for (const text of [inbox, api, app.logs.join('\n')]) assert.ok(!text.includes(KEY), 'the key leaked');
    assert.ok(
      app.logs.some(line => line.includes('refused the credentials')),
      'the failure is logged'
    );
  });

  test('a 503 for the first three tries still makes exactly one ticket', async () => {
    osticket.failNext(503, 503, 503);
    const before = osticket.tickets.length;
    const envelope = problemReport({ summary: 'Self-checkout frozen' });
    const { reference } = await (await postEnvelope(app.url, envelope)).json();
    const sent = await waitFor(async () => {
      const [state] = await relayStates(app.url, reference);
      return state?.state === 'sent' && state;
    }, 'the ticket after three 503s');
    assert.equal(sent.attempts, 4);
    assert.equal(osticket.tickets.length, before + 1);
    assert.equal(osticket.tickets.filter(t => t.request.json.subject.includes(reference)).length, 1);
  });

  test('a help desk that does not answer in time: the POST still answers, and the job is retried', async () => {
    osticket.failNext('create-then-hang');
    const envelope = problemReport({ summary: 'Slow osTicket' });
    const response = await postEnvelope(app.url, envelope);
    assert.equal(response.status, 201);
    const { reference, ticket } = await response.json();
    assert.equal(ticket, undefined, 'no number when none came back');
    // The time-out is logged with what it may mean: osTicket cannot be searched, so a retry may duplicate.
    const line = await waitFor(
      () => app.logs.find(l => l.startsWith(`Relay: ${reference} not yet sent to osTicket (try 1`)),
      'the time-out in the log'
    );
    assert.match(line, /did not answer within 3 seconds\. osTicket may have made the ticket anyway/);
    await waitFor(async () => (await relayStates(app.url, reference))[0]?.state === 'sent', 'a later try');
  });
});
