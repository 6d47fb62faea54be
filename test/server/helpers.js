// @ts-check
// Shared set-up for the server tests: a real intake server on a free port, a real SQLite file in a temp folder,
// and fixture schemas, so these tests do not change when the elements' own data schemas do.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SCHEMAS_DIR, startIntakeServer } from '../../server/app.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** A problem-report schema just for these tests: one required, non-empty summary. */
const PROBLEM_REPORT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'problem-report.schema.json',
  type: 'object',
  required: ['summary'],
  properties: {
    summary: { type: 'string', minLength: 1, maxLength: 200 },
    steps: { type: 'array', items: { type: 'string', maxLength: 200 } }
  }
};

export function makeTempDir() {
  return mkdtempSync(join(tmpdir(), 'tb-server-test-'));
}

/** @param {string} dir */
export function makeSchemasDir(dir) {
  const schemasDir = join(dir, 'schemas');
  mkdirSync(schemasDir, { recursive: true });
  copyFileSync(join(DEFAULT_SCHEMAS_DIR, 'envelope.schema.json'), join(schemasDir, 'envelope.schema.json'));
  writeFileSync(join(schemasDir, 'problem-report.schema.json'), JSON.stringify(PROBLEM_REPORT_SCHEMA));
  return schemasDir;
}

/** Types the tests send besides problem-report, kept as the operator would with TB_EXTRA_TYPES. */
export const TEST_EXTRA_TYPES = ['glossary-suggestion', 'mou', 'room-booking', 'staff-note', 'foo-bar', 'fizz-buzz'];

/**
 * Starts a server on a fresh database (or `dir`'s, to test restarts). Call `stop()` when done. The post rate limit
 * is off unless a test sets one: most tests send many posts from one address.
 * @param {Parameters<typeof startIntakeServer>[0] & { dir?: string }} [options]
 */
export async function startTestServer({ dir = makeTempDir(), ...options } = {}) {
  /** @type {string[]} */
  const logs = [];
  const app = await startIntakeServer({
    dbPath: join(dir, 'test.sqlite'),
    adminToken: ADMIN_TOKEN,
    schemasDir: makeSchemasDir(dir),
    log: line => logs.push(line),
    extraTypes: TEST_EXTRA_TYPES,
    rateLimit: null,
    ...options
  });
  return {
    ...app,
    dir,
    logs,
    /** Closes the server; `keepFiles` leaves the database for a restart. */
    async stop({ keepFiles = false } = {}) {
      await app.close();
      if (!keepFiles) rmSync(dir, { recursive: true, force: true });
    }
  };
}

/**
 * A valid envelope; pass fields to change.
 * @param {Record<string, unknown>} [changes]
 */
export function makeEnvelope(changes = {}) {
  return {
    id: randomUUID(),
    type: 'problem-report',
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    page: { url: 'https://intranet.example.org/help', title: 'Help' },
    client: { name: 'techbridge', version: '0.1.0' },
    data: { summary: 'The receipt printer at the front desk prints blank pages.' },
    ...changes
  };
}

/**
 * POSTs an envelope as JSON the way the elements do (Idempotency-Key = id, unless headers say otherwise).
 * @param {string} url the server's base URL
 * @param {any} envelope an object, or a string sent as it is
 * @param {Record<string, string>} [headers]
 */
export function postEnvelope(url, envelope, headers = {}) {
  return fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(typeof envelope === 'string' ? {} : { 'Idempotency-Key': envelope.id }),
      ...headers
    },
    body: typeof envelope === 'string' ? envelope : JSON.stringify(envelope)
  });
}

export const bearer = (token = ADMIN_TOKEN) => ({ Authorization: `Bearer ${token}` });
export const basic = (token = ADMIN_TOKEN, user = 'it') => ({
  Authorization: `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`
});

/**
 * @param {import('better-sqlite3').Database} db
 * @param {string} [key]
 */
export function countRows(db, key) {
  const row = key
    ? db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE idempotency_key = ?').get(key)
    : db.prepare('SELECT COUNT(*) AS n FROM submissions').get();
  return /** @type {{ n: number }} */ (row).n;
}
