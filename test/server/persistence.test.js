// @ts-check
// What survives a restart: the submissions, the reference counters, the schema version and the admin token.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { loadOrCreateAdminToken } from '../../server/auth.js';
import { bearer, countRows, makeEnvelope, makeTempDir, postEnvelope, startTestServer } from './helpers.js';

const MAIN = fileURLToPath(new URL('../../server/main.js', import.meta.url));

describe('restarting on the same database', () => {
  const dir = makeTempDir();
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('keeps the submissions and carries on counting', async () => {
    const first = await startTestServer({ dir });
    const envelope = makeEnvelope();
    assert.equal((await (await postEnvelope(first.url, envelope)).json()).reference, 'PR-000001');
    assert.equal((await (await postEnvelope(first.url, makeEnvelope())).json()).reference, 'PR-000002');
    await first.stop({ keepFiles: true });

    const second = await startTestServer({ dir });
    try {
      assert.equal((await (await postEnvelope(second.url, makeEnvelope())).json()).reference, 'PR-000003');
      // A retry after the restart still finds the first submission.
      const replay = await postEnvelope(second.url, envelope);
      assert.equal(replay.status, 200);
      assert.equal((await replay.json()).reference, 'PR-000001');
      const { submissions } = await (await fetch(`${second.url}/api/submissions`, { headers: bearer() })).json();
      assert.deepEqual(
        submissions.map((/** @type {any} */ s) => s.reference),
        ['PR-000003', 'PR-000002', 'PR-000001']
      );
      assert.equal(countRows(second.db), 3);
      assert.equal(second.db.pragma('user_version', { simple: true }), 3);
      assert.equal(second.db.pragma('journal_mode', { simple: true }), 'wal');
    } finally {
      await second.stop({ keepFiles: true });
    }
  });

  test('a database from schema 1 gets its summaries on the first start, and the inbox finds its rows', async () => {
    const old = makeTempDir();
    const db = new Database(join(old, 'test.sqlite'));
    // Schema 1 as it shipped, with one submission in it.
    db.exec(`
      CREATE TABLE submissions (idempotency_key TEXT PRIMARY KEY, id TEXT NOT NULL, type TEXT NOT NULL,
        reference TEXT NOT NULL UNIQUE, body_hash TEXT NOT NULL, envelope TEXT NOT NULL, created_at TEXT NOT NULL,
        received_at TEXT NOT NULL);
      CREATE INDEX submissions_by_received_at ON submissions (received_at);
      CREATE INDEX submissions_by_type ON submissions (type, received_at);
      CREATE TABLE reference_counters (prefix TEXT PRIMARY KEY, last_number INTEGER NOT NULL);
      INSERT INTO reference_counters VALUES ('PR', 1);
    `);
    const envelope = makeEnvelope({ data: { summary: 'Stored before the upgrade' } });
    db.prepare('INSERT INTO submissions VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      envelope.id,
      envelope.id,
      'problem-report',
      'PR-000001',
      'hash',
      JSON.stringify(envelope),
      envelope.createdAt,
      '2026-01-02T03:04:05.000Z'
    );
    db.pragma('user_version = 1');
    db.close();
    const app = await startTestServer({ dir: old });
    try {
      assert.equal(app.db.pragma('user_version', { simple: true }), 3);
      const found = await (
        await fetch(`${app.url}/api/submissions?find=${envelope.id.slice(0, 8)}`, { headers: bearer() })
      ).json();
      assert.deepEqual(
        found.submissions.map((/** @type {any} */ s) => [s.reference, s.preview, s.receivedAt]),
        [['PR-000001', 'Stored before the upgrade', '2026-01-02T03:04:05.000Z']]
      );
      assert.equal((await (await postEnvelope(app.url, makeEnvelope())).json()).reference, 'PR-000002');
    } finally {
      await app.stop();
    }
  });

  test('refuses a database written by a newer server, and leaves it alone', async () => {
    const newer = makeTempDir();
    const db = new Database(join(newer, 'test.sqlite'));
    db.pragma('user_version = 99');
    db.close();
    try {
      await assert.rejects(startTestServer({ dir: newer }), /newer version of the intake server/);
    } finally {
      rmSync(newer, { recursive: true, force: true });
    }
  });
});

describe('the admin token file', () => {
  test('is created readable by its owner only, then reused', () => {
    const dir = makeTempDir();
    try {
      const file = join(dir, 'admin-token');
      const created = loadOrCreateAdminToken(file);
      assert.equal(created.created, true);
      assert.match(created.token, /^[A-Za-z0-9_-]{32}$/);
      if (process.platform !== 'win32') assert.equal(statSync(file).mode & 0o777, 0o600);
      assert.deepEqual(loadOrCreateAdminToken(file), { token: created.token, created: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('npm run serve without TB_ADMIN_TOKEN makes one beside the database, prints it once, and reuses it', async () => {
    const dir = makeTempDir();
    const dbPath = join(dir, 'nested', 'techbridge.sqlite');
    try {
      const first = await runMain(dbPath);
      const tokenFile = join(dir, 'nested', 'admin-token');
      assert.ok(first.token);
      assert.equal(readFileSync(tokenFile, 'utf8').trim(), first.token);
      const listed = await fetch(`${first.url}/api/submissions`, { headers: bearer(first.token) });
      assert.equal(listed.status, 200);
      // The real schemas in src/content/schemas load and apply; a type with none is refused.
      const unknown = await postEnvelope(first.url, makeEnvelope({ type: 'room-booking' }));
      assert.equal(unknown.status, 422);
      assert.equal((await unknown.json()).error, 'unknown-type');
      await first.stop();

      // The second start reuses the file and does not print the token (start-up lines end up in logs).
      const second = await runMain(dbPath, { TB_EXTRA_TYPES: 'room-booking:1kb' });
      assert.equal(second.token, null);
      assert.ok(!second.output.includes(first.token), second.output);
      assert.ok(!second.output.includes('Created the admin token'));
      assert.match(second.output, /admin token in .*admin-token/);
      assert.equal((await fetch(`${second.url}/api/submissions`, { headers: bearer(first.token) })).status, 200);
      // TB_EXTRA_TYPES adds a type, with its size limit.
      assert.equal((await postEnvelope(second.url, makeEnvelope({ type: 'room-booking' }))).status, 201);
      const large = await postEnvelope(
        second.url,
        makeEnvelope({ type: 'room-booking', data: { n: 'x'.repeat(1024) } })
      );
      assert.equal(large.status, 413);
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Starts server/main.js on a free port and waits for its "Inbox:" line.
 * @param {string} dbPath
 * @param {Record<string, string>} [settings] more environment variables
 * @returns {Promise<{ url: string, token: string | null, output: string, stop(): Promise<void> }>}
 */
function runMain(dbPath, settings = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, TB_DB: dbPath, PORT: '0', ...settings };
  delete env.TB_ADMIN_TOKEN;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise(resolve => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server/main.js did not start:\n${output}`)), 10_000);
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      const match = /^Inbox: (http:\/\/\S+)\/inbox {2}\(admin token(?:: (\S+)| in \S+)\)$/m.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        token: match[2] ?? null,
        output,
        async stop() {
          child.kill('SIGTERM');
          assert.equal(await exited, 0);
        }
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', code => reject(new Error(`server/main.js exited with ${code}:\n${output}`)));
  });
}
