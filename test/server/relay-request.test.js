// @ts-check
// How relay failures are sorted: clear (no ticket can have been made) or unclear (the help desk may have made
// it), with Retry-After honoured and a message that says what to check.
import assert from 'node:assert/strict';
import http from 'node:http';
import { describe, test } from 'node:test';
import { escapeHtml } from '../../server/inbox.js';
import { renderRelayStates } from '../../server/relays/inbox-state.js';
import { refusal, RelayError, request } from '../../server/relays/request.js';
import { freePort } from '../support/fake-helpdesks.js';

/** @param {number} status @param {Record<string, string>} [headers] @param {string} [text] */
const answer = (status, headers = {}, text = '') => ({ status, text, headers: new Headers(headers) });

describe('refusal', () => {
  test('401 and 403 are clear and say what to check', () => {
    const error = refusal('Zammad', answer(401, {}, '<h1>Authentication required</h1>'), 'Check TB_ZAMMAD_TOKEN.');
    assert.equal(error.unclear, false);
    assert.equal(
      error.message,
      'Zammad refused the credentials (401). Check TB_ZAMMAD_TOKEN. It said: "Authentication required"'
    );
  });

  test('429 waits as long as Retry-After asks; 5xx are unclear', () => {
    const slow = refusal('osTicket', answer(429, { 'retry-after': '120' }), '');
    assert.equal(slow.retryAfterMs, 120000);
    assert.equal(slow.unclear, false);
    const broken = refusal('osTicket', answer(503, { 'retry-after': '5' }), '');
    assert.equal(broken.unclear, true);
    assert.equal(broken.retryAfterMs, 5000);
  });

  test('a redirect names where it points, so a wrong address (http for https) is easy to see', () => {
    const error = refusal('Zammad', answer(301, { location: 'https://zammad.example.org/api/v1/tickets' }), '');
    assert.match(error.message, /redirect \(301\) to https:\/\/zammad\.example\.org\/api\/v1\/tickets/);
  });
});

describe('request', () => {
  test('nothing listening: clear, the request never left', async () => {
    const port = await freePort();
    await assert.rejects(request('Zammad', `http://127.0.0.1:${port}/`, {}, 2000), (/** @type {any} */ error) => {
      assert.ok(error instanceof RelayError);
      assert.equal(error.unclear, false);
      assert.match(error.message, /Zammad could not be reached \(ECONNREFUSED\)/);
      return true;
    });
  });

  test('a connection cut after the request was sent: unclear', async () => {
    const server = http.createServer(req => req.socket.destroy());
    await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    try {
      await assert.rejects(
        request('osTicket', `http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' }, 2000),
        (/** @type {any} */ error) => {
          assert.equal(error.unclear, true);
          assert.match(error.message, /The connection to osTicket broke off/);
          return true;
        }
      );
    } finally {
      await new Promise(resolve => server.close(() => resolve(undefined)));
    }
  });
});

describe('the inbox line', () => {
  test('escapes what a help desk said and its ticket number', () => {
    const html = renderRelayStates(
      [
        {
          relay: 'zammad',
          system: 'Zammad',
          state: 'failing',
          attempts: 3,
          ticketNumber: null,
          lastError: 'Zammad did not accept the ticket (422). It said: "<img src=x onerror=alert(1)>"',
          nextAttemptAt: '2026-12-06T14:05:00.000Z',
          sentAt: null
        },
        {
          relay: 'osticket',
          system: 'osTicket',
          state: 'sent',
          attempts: 1,
          ticketNumber: '<b>1</b>',
          lastError: null,
          nextAttemptAt: null,
          sentAt: '2026-12-06T14:00:00.000Z'
        }
      ],
      escapeHtml
    );
    assert.ok(!html.includes('<img') && !html.includes('<b>1'));
    assert.match(html, /Not sent to Zammad yet \(tried 3 times\)\. Last problem: .*&lt;img src=x/);
    assert.match(html, /Next try 6 Dec 2026, 14:05 UTC\./);
    assert.match(html, /Sent to osTicket: ticket <strong>&lt;b&gt;1&lt;\/b&gt;<\/strong>\./);
  });
});
