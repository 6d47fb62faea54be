// @ts-check
// The Zammad relay against a local fake Zammad: the exact request (token header, title, group, guess: customer,
// HTML article, tags with our id), the number back, and exactly one ticket whatever fails on the way.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { zammadTag } from '../../server/relays/zammad.js';
import { startFakeZammad } from '../support/fake-helpdesks.js';
import { basic, makeEnvelope, postEnvelope, startTestServer } from './helpers.js';
import { problemReport, relayConfig, relayStates, waitFor } from './relay-helpers.js';

const TOKEN = 'zammad-token-Zx81kP0q7Lm2';

describe('Zammad relay', () => {
  /** @type {Awaited<ReturnType<typeof startFakeZammad>>} */
  let zammad;
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let app;

  before(async () => {
    zammad = await startFakeZammad({ token: TOKEN, hangMs: 4500 });
    app = await startTestServer({
      relayConfig: relayConfig({
        TB_RELAY_PROBLEM_REPORT: 'zammad',
        TB_RELAY_GLOSSARY_SUGGESTION: 'zammad',
        TB_ZAMMAD_URL: zammad.url,
        TB_ZAMMAD_TOKEN: TOKEN,
        TB_ZAMMAD_GROUP: 'Library IT',
        TB_ZAMMAD_PRIORITY_IDS: 'low=1,normal=2,high=3,urgent=3'
      })
    });
  });
  after(async () => {
    await app.stop();
    await zammad.close();
  });

  /** @param {string} id */
  const ticketsFor = id => zammad.tickets.filter(t => t.tags.includes(zammadTag(id)));

  test('posts the ticket in Zammad’s shape and hands the number back to the browser', async () => {
    const envelope = problemReport();
    const response = await postEnvelope(app.url, envelope);
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.deepEqual(body.ticket, { system: 'zammad', number: '31001' });

    const request = ticketsFor(envelope.id)[0].request;
    assert.equal(request.method, 'POST');
    assert.equal(request.url, '/api/v1/tickets');
    assert.equal(request.headers.authorization, `Token token=${TOKEN}`);
    assert.match(String(request.headers['content-type']), /^application\/json/);
    const sent = request.json;
    assert.equal(sent.title, 'Receipt printer prints blank pages — Front desk (PR-000001)');
    assert.equal(sent.group, 'Library IT');
    assert.equal(sent.customer_id, 'guess:ana.ruiz@library.example.org');
    assert.equal(sent.priority_id, 3);
    assert.equal(sent.tags, `techbridge,${zammadTag(envelope.id)},pr-000001`);
    assert.equal(sent.article.subject, sent.title);
    assert.equal(sent.article.content_type, 'text/html');
    assert.equal(sent.article.type, 'web');
    assert.equal(sent.article.internal, false);
    assert.deepEqual(sent.article.attachments, [
      { filename: 'screen.png', data: envelope.data.screenshot.dataUrl.split(',')[1], 'mime-type': 'image/png' }
    ]);
    assert.ok(!sent.article.body.includes('<script>'));
    assert.ok(sent.article.body.includes('Second line &lt;script&gt;'));

    const inbox = await (await fetch(`${app.url}/inbox`, { headers: basic() })).text();
    assert.match(inbox, /Sent to Zammad: ticket <strong>31001<\/strong>\./);
  });

  test('other submission types go too, with their fields as rows', async () => {
    const envelope = makeEnvelope({
      type: 'glossary-suggestion',
      data: { term: 'Hotspot <lending>', definition: 'A small box that gives Wi-Fi anywhere.' }
    });
    const body = await (await postEnvelope(app.url, envelope)).json();
    assert.equal(body.reference, 'GS-000001');
    assert.equal(body.ticket.system, 'zammad');
    const sent = ticketsFor(envelope.id)[0].request.json;
    assert.equal(sent.title, 'Hotspot <lending> (GS-000001)');
    assert.equal(sent.customer_id, 'guess:techbridge@example.invalid');
    assert.ok(sent.article.body.includes('<strong>Term</strong><br>Hotspot &lt;lending&gt;'));
  });

  test('a time-out after Zammad made the ticket: the retry finds it by its tag instead of making another', async () => {
    zammad.failNext('create-then-hang');
    const envelope = problemReport({ summary: 'Timed out once' });
    const { reference } = await (await postEnvelope(app.url, envelope)).json();
    const sent = await waitFor(async () => {
      const [state] = await relayStates(app.url, reference);
      return state?.state === 'sent' && state;
    }, 'the ticket after the time-out');
    assert.equal(ticketsFor(envelope.id).length, 1, 'exactly one ticket');
    assert.equal(sent.ticketNumber, ticketsFor(envelope.id)[0].number);
    const searches = zammad.requests.filter(r => r.url.startsWith('/api/v1/tickets/search'));
    assert.ok(
      searches.some(r => r.url.includes(encodeURIComponent(zammadTag(envelope.id)))),
      'searched by tag'
    );
  });

  test('a 500 after making the ticket: the retry finds it too', async () => {
    zammad.failNext('create-then-500');
    const envelope = problemReport({ summary: 'Half failed' });
    const { reference } = await (await postEnvelope(app.url, envelope)).json();
    await waitFor(async () => (await relayStates(app.url, reference))[0]?.state === 'sent', 'the ticket');
    assert.equal(ticketsFor(envelope.id).length, 1);
  });

  test('down (503) for the first four tries, for several reports: each gets exactly one ticket', async () => {
    zammad.failNext(503, 503, 503, 503);
    const envelopes = [1, 2, 3].map(n => problemReport({ summary: `Outage report ${n}` }));
    const references = [];
    for (const envelope of envelopes) references.push((await (await postEnvelope(app.url, envelope)).json()).reference);
    for (const reference of references) {
      await waitFor(async () => (await relayStates(app.url, reference))[0]?.state === 'sent', `${reference} sent`);
    }
    for (const envelope of envelopes) assert.equal(ticketsFor(envelope.id).length, 1, envelope.data.summary);
  });

  test('a bad token (401): failing with a hint, never the token in the inbox, the API or the log', async () => {
    zammad.failNext(401, 401);
    // The token as a reporter might paste it: it must not be taken for a leak of ours, so use the log and states.
    const envelope = problemReport({ summary: 'Token test' });
    const { reference } = await (await postEnvelope(app.url, envelope)).json();
    await waitFor(async () => (await relayStates(app.url, reference))[0]?.state === 'sent', 'the ticket');
    assert.ok(app.logs.some(line => /Zammad refused the credentials \(401\)\. Check TB_ZAMMAD_TOKEN/.test(line)));
    const inbox = await (await fetch(`${app.url}/inbox`, { headers: basic() })).text();
    const api = await (await fetch(`${app.url}/api/submissions`, { headers: basic() })).text();
    for (const text of [inbox, api, app.logs.join('\n')]) assert.ok(!text.includes(TOKEN), 'the token leaked');
    assert.equal(ticketsFor(envelope.id).length, 1);
  });
});
