// @ts-check
// The inbox page: readable, and safe with whatever a web page managed to put in a submission.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dataRenderers, escapeHtml, humanize, renderValue } from '../../server/inbox.js';
import { basic, bearer, makeEnvelope, postEnvelope, startTestServer } from './helpers.js';

const HOSTILE_SCRIPT = '<script>alert(1)</script>';
const HOSTILE_ATTRIBUTE = '"><img src=x onerror=alert(2)>';

describe('escapeHtml', () => {
  test('escapes the five characters that matter in text and quoted attributes', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&amp;</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;'
    );
  });

  test('leaves ordinary text alone and turns anything into a string', () => {
    assert.equal(escapeHtml('Printer at the front desk – 2nd floor ✓'), 'Printer at the front desk – 2nd floor ✓');
    assert.equal(escapeHtml(42), '42');
    assert.equal(escapeHtml(null), 'null');
  });
});

describe('renderValue and humanize', () => {
  test('objects become definition lists, arrays numbered lists, with readable labels', () => {
    const html = renderValue({ stepsTried: ['Restarted', 'Logged out'], urgent: true, contact: { error_code: 5 } });
    assert.equal(
      html,
      '<dl><dt>Steps tried</dt><dd><ol><li><span class="text">Restarted</span></li>' +
        '<li><span class="text">Logged out</span></li></ol></dd>' +
        '<dt>Urgent</dt><dd>Yes</dd>' +
        '<dt>Contact</dt><dd><dl><dt>Error code</dt><dd><span class="text">5</span></dd></dl></dd></dl>'
    );
  });

  test('empty values say so', () => {
    for (const value of [null, '', [], {}]) assert.equal(renderValue(value), '<span class="empty">(empty)</span>');
    assert.equal(renderValue(false), 'No');
  });

  test('keys and values are escaped', () => {
    const html = renderValue({ [HOSTILE_SCRIPT]: HOSTILE_ATTRIBUTE });
    assert.ok(!html.includes('<script') && !html.includes('<img'), html);
  });

  test('humanize', () => {
    assert.equal(humanize('problem-report'), 'Problem report');
    assert.equal(humanize('stepsTried'), 'Steps tried');
    assert.equal(humanize('error_message'), 'Error message');
  });
});

describe('GET /inbox', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let app;
  before(async () => {
    app = await startTestServer();
  });
  after(() => app.stop());

  /** @param {string} [query] */
  const inbox = async (query = '') => {
    const response = await fetch(`${app.url}/inbox${query}`, { headers: basic() });
    return { response, html: await response.text() };
  };

  test('says kindly that nothing has arrived yet', async () => {
    const { response, html } = await inbox();
    assert.equal(response.status, 200);
    assert.match(html, /Nothing has been sent yet/);
  });

  test('shows reference, kind, time, page and data, under a strict Content-Security-Policy', async () => {
    // A type with no layout of its own gets the general one (problem reports have theirs, tested elsewhere).
    const envelope = makeEnvelope({
      type: 'staff-note',
      page: { url: 'https://intranet.example.org/circulation', title: 'Circulation desk' },
      data: { summary: 'Receipt printer prints blank pages', steps: ['Turned it off and on', 'Changed the paper'] }
    });
    const { reference } = await (await postEnvelope(app.url, envelope)).json();
    const list = await inbox();
    // The list shows a preview and the short id; the whole submission is one link away.
    assert.match(
      list.html,
      new RegExp(
        `<a href="/inbox/${reference}"><span class="reference">${reference}</span></a> <span class="kind">Staff note</span>`
      )
    );
    assert.match(list.html, new RegExp(`<span class="short-id">${envelope.id.slice(0, 8)}</span>`));
    assert.match(
      list.html,
      /<p class="preview">Receipt printer prints blank pages · Turned it off and on · Changed the paper<\/p>/
    );
    assert.doesNotMatch(list.html, /<dt>Summary<\/dt>/);

    const { response, html } = await inbox(`/${reference}`);
    assert.equal(response.status, 200);
    assert.equal(
      response.headers.get('content-security-policy'),
      "default-src 'none'; style-src 'self'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    );
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(html, /<link rel="stylesheet" href="\/inbox.css">/);
    assert.match(html, new RegExp(`<span class="reference">${reference}</span> <span class="kind">Staff note</span>`));
    assert.match(html, new RegExp(`<span class="short-id">${envelope.id.slice(0, 8)}</span>`));
    assert.match(
      html,
      /Received <time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z">\d{1,2} \w+ \d{4}(,| at) \d\d:\d\d UTC<\/time>/
    );
    assert.match(
      html,
      /Sent from Circulation desk \(<a href="https:\/\/intranet.example.org\/circulation" rel="noreferrer noopener">/
    );
    assert.match(html, /<dt>Summary<\/dt><dd><span class="text">Receipt printer prints blank pages<\/span><\/dd>/);
    assert.match(html, /<li><span class="text">Changed the paper<\/span><\/li>/);
    assert.match(list.html, /Everything \(1\)/);
  });

  test('escapes hostile text everywhere it appears', async () => {
    const posted = await postEnvelope(
      app.url,
      makeEnvelope({
        type: 'room-booking',
        page: { url: `javascript:alert(3)//${HOSTILE_ATTRIBUTE}`, title: HOSTILE_SCRIPT },
        data: { [HOSTILE_ATTRIBUTE]: HOSTILE_SCRIPT, nested: { list: [HOSTILE_ATTRIBUTE, { deep: HOSTILE_SCRIPT }] } }
      })
    );
    const { reference } = await posted.json();
    const html = (await inbox()).html + (await inbox(`/${reference}`)).html;
    assert.ok(!html.includes('<script'), 'no script element');
    assert.ok(!html.includes('<img'), 'no img element');
    assert.ok(!html.includes('href="javascript:'), 'no javascript: link');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;'));
  });

  test('filters by kind', async () => {
    const { html } = await inbox('?type=room-booking');
    assert.match(html, /<span class="kind">Room booking<\/span>/);
    assert.doesNotMatch(html, /<span class="kind">Problem report<\/span>/);
    assert.match(html, /<a href="\/inbox\?type=room-booking" aria-current="page">Room booking \(1\)<\/a>/);
    const none = await inbox('?type=donation-check');
    assert.match(none.html, /Nothing of this kind has been sent yet/);
    const bad = await inbox('?type=%3Cscript%3E');
    assert.equal(bad.response.status, 400);
    assert.ok(!bad.html.includes('<script'));
  });

  test('a type can have its own renderer', async () => {
    dataRenderers.set(
      'room-booking',
      envelope => `<p class="custom">${escapeHtml(Object.keys(envelope.data).length)} fields</p>`
    );
    try {
      const { submissions } = await (
        await fetch(`${app.url}/api/submissions?type=room-booking`, { headers: bearer() })
      ).json();
      const { html } = await inbox(`/${submissions[0].reference}`);
      assert.match(html, /<p class="custom">2 fields<\/p>/);
    } finally {
      dataRenderers.delete('room-booking');
    }
  });

  test('NUL, ANSI escapes and bidi overrides are shown as codes; the submission is kept as it came', async () => {
    const summary = 'Printer\u0000 \u001b[31mred\u001b[0m \u202Etxt.exe\u202C done';
    const envelope = makeEnvelope({ data: { summary } });
    const { reference } = await (await postEnvelope(app.url, envelope)).json();
    const shown = 'Printer[U+0000] [U+001B][31mred[U+001B][0m [U+202E]txt.exe[U+202C] done';
    for (const query of ['', `/${reference}`]) {
      const { html } = await inbox(query);
      assert.ok(html.includes(shown), query);
      // eslint-disable-next-line no-control-regex -- looking for control characters
      assert.ok(!/[\u0000\u001b\u202a-\u202e]/.test(html), query);
    }
    const row = /** @type {any} */ (
      app.db.prepare('SELECT envelope FROM submissions WHERE reference = ?').get(reference)
    );
    assert.equal(JSON.parse(row.envelope).data.summary, summary);
  });

  test('finds a submission by the short id the browser shows, by its reference in any case, or says none', async () => {
    const envelope = makeEnvelope({ data: { summary: 'Self check at the east door says offline' } });
    const { reference } = await (await postEnvelope(app.url, envelope)).json();
    const shortId = envelope.id.slice(0, 8);
    for (const find of [shortId, shortId.toUpperCase(), ` ${reference.toLowerCase()} `, envelope.id]) {
      const { response, html } = await inbox(`?find=${encodeURIComponent(find)}`);
      assert.equal(response.status, 200);
      assert.match(html, /One submission matches/, find);
      assert.match(html, new RegExp(`<span class="reference">${reference}</span>`), find);
      assert.match(html, /Self check at the east door says offline/);
    }
    const none = await inbox('?find=%3Cb%3Enothing');
    assert.match(none.html, /Nothing matches “&lt;b&gt;nothing”/);
    const api = await (await fetch(`${app.url}/api/submissions?find=${shortId}`, { headers: bearer() })).json();
    assert.deepEqual(
      api.submissions.map((/** @type {any} */ s) => s.reference),
      [reference]
    );
    const one = await fetch(`${app.url}/api/submissions/${shortId}`, { headers: bearer() });
    assert.equal((await one.json()).envelope.data.summary, 'Self check at the east door says offline');
  });

  test('the stylesheet is served for the page, without sign-in', async () => {
    const response = await fetch(`${app.url}/inbox.css`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(await response.text(), /\.submission/);
  });

  test('Bearer works for the page too (for scripts that fetch it)', async () => {
    const response = await fetch(`${app.url}/inbox`, { headers: bearer() });
    assert.equal(response.status, 200);
  });
});
