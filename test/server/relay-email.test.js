// @ts-check
// The email relay against a local SMTP server (smtp-server): the notification the IT person reads, its subject,
// text and HTML (escaped), the link to the inbox, the screenshot, and what happens when the mail server says no.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSmtpSink } from '../support/fake-helpdesks.js';
import { basic, postEnvelope, startTestServer } from './helpers.js';
import { problemReport, relayConfig, relayStates, waitFor } from './relay-helpers.js';

const SMTP_PASSWORD = 'smtp-pa55-wOrd-91x';

describe('email relay', () => {
  /** @type {Awaited<ReturnType<typeof startSmtpSink>>} */
  let smtp;
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let app;

  before(async () => {
    smtp = await startSmtpSink({ user: 'techbridge@library.example.org', pass: SMTP_PASSWORD });
    app = await startTestServer({
      relayConfig: relayConfig({
        TB_RELAY_PROBLEM_REPORT: 'email',
        TB_SMTP_URL: smtp.url,
        TB_MAIL_TO: 'it-person@library.example.org, backup@library.example.org',
        TB_MAIL_FROM: 'techbridge@library.example.org',
        TB_PUBLIC_URL: 'https://it.example.org/'
      })
    });
  });
  after(async () => {
    await app.stop();
    await smtp.close();
  });

  test('tells the IT person: a readable subject, symptoms first, escaped HTML, a link to the inbox entry', async () => {
    const envelope = problemReport({ summary: 'receipt printer prints blank pages' });
    const response = await postEnvelope(app.url, envelope);
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.equal(body.ticket, undefined, 'an email is not a ticket');
    const message = await waitFor(() => smtp.messages[0], 'the email');
    const { mail, envelope: smtpEnvelope, raw } = message;

    assert.equal(mail.subject, 'New problem report PR-000001: receipt printer prints blank pages — Front desk');
    assert.deepEqual(smtpEnvelope.to, ['it-person@library.example.org', 'backup@library.example.org']);
    assert.equal(smtpEnvelope.from, 'techbridge@library.example.org');
    assert.equal(mail.from.value[0].address, 'techbridge@library.example.org');
    assert.equal(mail.replyTo.value[0].address, 'ana.ruiz@library.example.org');
    assert.equal(mail.headers.get('x-techbridge-reference'), 'PR-000001');
    assert.match(mail.messageId, new RegExp(`^<${envelope.id}\\.PR-000001@library\\.example\\.org>$`));

    // Plain text: symptoms first, the automatic details last, the link at the end.
    const text = mail.text;
    assert.ok(text.startsWith('Problem report PR-000001: receipt printer prints blank pages — Front desk'));
    const order = ['What happened:', 'Message on the screen:', 'Trying to:', 'Where:', 'Already tried:', 'Firefox 140'];
    const positions = order.map(label => text.indexOf(label));
    assert.ok(
      positions.every(p => p > 0),
      `all parts present: ${positions}`
    );
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
      'in the order symptoms first'
    );
    assert.ok(text.includes('Second line <script>alert(1)</script>'), 'plain text keeps what was typed');
    assert.ok(text.includes('Open it in the Techbridge inbox: https://it.example.org/inbox#PR-000001'));

    // HTML: escaped, never a live tag from the report.
    const html = mail.html;
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &lt;b&gt;bold&lt;/b&gt;'));
    assert.ok(html.includes('<a href="https://it.example.org/inbox#PR-000001">'));

    assert.equal(mail.attachments.length, 1);
    assert.equal(mail.attachments[0].filename, 'screen.png');
    assert.equal(mail.attachments[0].contentType, 'image/png');
    assert.ok(!raw.includes(SMTP_PASSWORD));

    await waitFor(async () => (await relayStates(app.url, 'PR-000001'))[0]?.state === 'sent', 'sent state');
    const inbox = await (await fetch(`${app.url}/inbox`, { headers: basic() })).text();
    assert.match(inbox, /Sent by email\./);
  });

  test('a subject cannot be split into extra headers by line breaks in the summary', async () => {
    const envelope = problemReport({ summary: 'Broken\r\nBcc: attacker@evil.example\r\n', where: undefined });
    const { reference } = await (await postEnvelope(app.url, envelope)).json();
    const message = await waitFor(() => smtp.messages.find(m => m.mail.subject?.includes(reference)), 'the email');
    assert.equal(message.mail.subject, `New problem report ${reference}: Broken Bcc: attacker@evil.example`);
    assert.equal(message.mail.bcc, undefined);
    assert.deepEqual(message.envelope.to, ['it-person@library.example.org', 'backup@library.example.org']);
  });

  test('a mail server that says "try later" twice: kept, retried, delivered once; the password never logged', async () => {
    smtp.refuseNext(451, 451);
    const envelope = problemReport({ summary: 'Mail server busy' });
    const { reference } = await (await postEnvelope(app.url, envelope)).json();
    const sent = await waitFor(async () => {
      const [state] = await relayStates(app.url, reference);
      return state?.state === 'sent' && state;
    }, 'the email after two refusals');
    assert.equal(sent.attempts, 3);
    assert.equal(smtp.messages.filter(m => m.mail.subject?.includes(reference)).length, 1);
    assert.ok(app.logs.some(line => line.includes(`${reference} not yet sent to email`)));
    const inbox = await (await fetch(`${app.url}/inbox`, { headers: basic() })).text();
    for (const text of [inbox, app.logs.join('\n')]) assert.ok(!text.includes(SMTP_PASSWORD), 'the password leaked');
  });
});
