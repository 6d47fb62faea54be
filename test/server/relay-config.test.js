// @ts-check
// Relay settings: the TB_* names from the docs, the TB_CONFIG file (the environment wins), plain messages for
// what is missing, and secrets that redact() hides.
import assert from 'node:assert/strict';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ConfigError, loadRelayConfig, redact } from '../../server/config.js';
import { makeTempDir } from './helpers.js';

describe('relay settings from the environment', () => {
  test('TB_RELAY_<TYPE> names relays per submission type; each relay’s settings are read', () => {
    const config = loadRelayConfig({
      TB_RELAY_PROBLEM_REPORT: 'Zammad, email',
      TB_RELAY_GLOSSARY_SUGGESTION: 'osticket',
      TB_RELAY_PARTNER_SUGGESTION: '',
      TB_ZAMMAD_URL: 'https://helpdesk.example.org/',
      TB_ZAMMAD_TOKEN: 'zammad-secret-token',
      TB_ZAMMAD_GROUP: 'Library IT',
      TB_OSTICKET_URL: 'https://tickets.example.org/support',
      TB_OSTICKET_KEY: 'OSTICKETKEY123',
      TB_OSTICKET_TOPIC_IDS: 'problem-report=2, glossary-suggestion=5',
      TB_OSTICKET_PRIORITY_IDS: 'urgent=4,low=1',
      TB_OSTICKET_FIELDS: 'branch=data.where.branch',
      TB_SMTP_URL: 'smtp://it%40library.example.org:p%40ss-word@mail.example.org:587',
      TB_MAIL_TO: 'it@library.example.org',
      TB_MAIL_FROM: 'techbridge@library.example.org',
      TB_PUBLIC_URL: 'https://techbridge.library.example.org/'
    });
    assert.deepEqual(Object.fromEntries(config.routes), {
      'problem-report': ['zammad', 'email'],
      'glossary-suggestion': ['osticket']
    });
    assert.equal(config.zammad?.url, 'https://helpdesk.example.org');
    assert.equal(config.zammad?.group, 'Library IT');
    assert.equal(config.osticket?.url, 'https://tickets.example.org/support');
    assert.deepEqual(config.osticket?.topicIds, { 'problem-report': 2, 'glossary-suggestion': 5 });
    assert.deepEqual(config.osticket?.priorityIds, { urgent: 4, low: 1 });
    assert.deepEqual(config.osticket?.fields, { branch: 'data.where.branch' });
    assert.deepEqual(config.email?.to, ['it@library.example.org']);
    assert.equal(config.publicUrl, 'https://techbridge.library.example.org');
    assert.equal(config.waitMs, 1500);
    assert.ok(config.secrets.includes('zammad-secret-token'));
    assert.ok(config.secrets.includes('OSTICKETKEY123'));
    assert.ok(config.secrets.includes('p@ss-word') && config.secrets.includes('p%40ss-word'));
  });

  test('says plainly what is missing or wrong', () => {
    /** @param {Record<string, string>} env @param {RegExp} message */
    const refuses = (env, message) => assert.throws(() => loadRelayConfig(env), { name: 'ConfigError', message });
    refuses({ TB_RELAY_PROBLEM_REPORT: 'jira' }, /"jira" is not a relay this server knows/);
    refuses({ TB_RELAY_PROBLEM_REPORT: 'zammad' }, /needs TB_ZAMMAD_URL, TB_ZAMMAD_TOKEN .* and TB_ZAMMAD_GROUP/);
    refuses({ TB_RELAY_PROBLEM_REPORT: 'osticket', TB_OSTICKET_URL: 'https://x.example' }, /TB_OSTICKET_KEY/);
    refuses(
      { TB_RELAY_PROBLEM_REPORT: 'email', TB_SMTP_URL: 'smtp://mail.example.org' },
      /TB_MAIL_TO and TB_MAIL_FROM/
    );
    refuses(
      { TB_OSTICKET_URL: 'ftp://x.example', TB_OSTICKET_KEY: 'k1234' },
      /TB_OSTICKET_URL must start with http:\/\/ or https:\/\//
    );
    refuses(
      { TB_ZAMMAD_URL: 'https://u:p@z.example', TB_ZAMMAD_TOKEN: 't1234', TB_ZAMMAD_GROUP: 'Users' },
      /must not contain a user name or password/
    );
    refuses(
      { TB_OSTICKET_URL: 'https://x.example', TB_OSTICKET_KEY: 'k1234', TB_OSTICKET_TOPIC_IDS: 'problem-report=two' },
      /the id for "problem-report" must be a whole number/
    );
    refuses({ TB_RELAY_WAIT_MS: '60000' }, /TB_RELAY_WAIT_MS must be a whole number of milliseconds from 0 to 10000/);
    assert.ok(new ConfigError('x') instanceof Error);
  });

  test('redact hides every secret, longest first', () => {
    assert.equal(redact('key abc12345 and abc1234567', ['abc1234567', 'abc12345']), 'key [hidden] and [hidden]');
  });
});

describe('relay settings from a TB_CONFIG file', () => {
  const dir = makeTempDir();
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('reads the file, lets the environment win, and warns when others can read it', () => {
    const path = join(dir, 'techbridge.json');
    writeFileSync(
      path,
      JSON.stringify({
        relays: { 'problem-report': ['osticket', 'email'] },
        publicUrl: 'https://it.example.org',
        osticket: {
          url: 'https://tickets.example.org',
          key: 'FILE-KEY-1234',
          topicIds: { 'problem-report': 3 },
          priorityIds: { urgent: 4 }
        },
        email: { smtpUrl: 'smtp://mail.example.org:25', to: ['it@example.org'], from: 'tb@example.org' },
        waitMs: 500
      })
    );
    chmodSync(path, 0o600);
    const config = loadRelayConfig({ TB_CONFIG: path, TB_OSTICKET_KEY: 'ENV-KEY-5678' });
    assert.deepEqual(config.routes.get('problem-report'), ['osticket', 'email']);
    assert.equal(config.osticket?.key, 'ENV-KEY-5678');
    assert.deepEqual(config.osticket?.topicIds, { 'problem-report': 3 });
    assert.deepEqual(config.email?.to, ['it@example.org']);
    assert.equal(config.waitMs, 500);
    assert.deepEqual(config.warnings, []);

    chmodSync(path, 0o644);
    assert.match(loadRelayConfig({ TB_CONFIG: path }).warnings[0], /can be read by other users.*chmod 600/);
  });

  test('a missing or broken file stops start-up with a plain message', () => {
    assert.throws(() => loadRelayConfig({ TB_CONFIG: join(dir, 'nope.json') }), /could not be read/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "relays": ');
    assert.throws(() => loadRelayConfig({ TB_CONFIG: broken }), /is not valid JSON/);
  });
});
