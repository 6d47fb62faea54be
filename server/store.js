// @ts-check
// Everything the intake server keeps, in one SQLite file. better-sqlite3 is synchronous, so a transaction runs
// start to finish without another request slipping in between its read and its write.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { formatReference, referencePrefix } from './references.js';
import { migrateRelayTables } from './relay-queue.js';

/**
 * Schema changes, oldest first. `PRAGMA user_version` records how many have run; to change the schema, append a
 * function (never edit one that has shipped).
 * @type {Array<(db: import('better-sqlite3').Database) => void>}
 */
const MIGRATIONS = [
  db =>
    db.exec(`
      CREATE TABLE submissions (
        idempotency_key TEXT PRIMARY KEY,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        reference TEXT NOT NULL UNIQUE,
        body_hash TEXT NOT NULL,
        envelope TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL
      );
      CREATE INDEX submissions_by_received_at ON submissions (received_at);
      CREATE INDEX submissions_by_type ON submissions (type, received_at);
      -- Counted per reference prefix rather than per type: two unknown types can share initials
      -- (foo-bar, fizz-buzz → FB), and references must stay unique.
      CREATE TABLE reference_counters (
        prefix TEXT PRIMARY KEY,
        last_number INTEGER NOT NULL
      );
    `),
  // Relay jobs: passing submissions on to osTicket, Zammad or email (server/relay-queue.js).
  migrateRelayTables
];

/** The schema version this code writes; reported by /api/health. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * @typedef {{ reference: string, type: string, id: string, createdAt: string, receivedAt: string, envelope: any }} StoredSubmission
 * @typedef {{ status: 'created' | 'replayed' | 'conflict', reference: string }} SaveResult
 */

/**
 * JSON with object keys sorted at every level, so the same envelope hashes the same however its keys were ordered.
 * @param {unknown} value a value that came from JSON.parse
 * @returns {string}
 */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    const members = Object.keys(record)
      .sort()
      .map(key => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** @param {unknown} envelope */
export function bodyHash(envelope) {
  return createHash('sha256').update(canonicalJson(envelope)).digest('hex');
}

/** @param {import('better-sqlite3').Database} db */
function migrate(db) {
  const current = /** @type {number} */ (db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The database was written by a newer version of the intake server (schema ${current}, this one knows ${MIGRATIONS.length}).`
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      MIGRATIONS[version](db);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

/** @param {any} row */
function toSubmission(row) {
  return /** @type {StoredSubmission} */ ({
    reference: row.reference,
    type: row.type,
    id: row.id,
    createdAt: row.created_at,
    receivedAt: row.received_at,
    envelope: JSON.parse(row.envelope)
  });
}

/** @param {string} dbPath a file path, or ':memory:' */
export function openStore(dbPath) {
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  try {
    db.pragma('journal_mode = WAL');
    // A reference handed back to a person is a promise that the report is kept: wait for the disk on commit.
    db.pragma('synchronous = FULL');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const byKey = db.prepare('SELECT reference, body_hash FROM submissions WHERE idempotency_key = ?');
  const nextNumber = db.prepare(`
    INSERT INTO reference_counters (prefix, last_number) VALUES (?, 1)
    ON CONFLICT (prefix) DO UPDATE SET last_number = last_number + 1
    RETURNING last_number`);
  const insert = db.prepare(`
    INSERT INTO submissions (idempotency_key, id, type, reference, body_hash, envelope, created_at, received_at)
    VALUES (@key, @id, @type, @reference, @hash, @envelope, @createdAt, @receivedAt)`);
  const list = db.prepare(`
    SELECT * FROM submissions
    WHERE (@type IS NULL OR type = @type) AND (@since IS NULL OR received_at > @since)
    ORDER BY received_at DESC, rowid DESC
    LIMIT @limit`);
  const byReference = db.prepare('SELECT * FROM submissions WHERE reference = ?');
  const typeCounts = db.prepare('SELECT type, COUNT(*) AS count FROM submissions GROUP BY type ORDER BY type');

  /**
   * @param {{ reference: string, body_hash: string }} row
   * @param {string} hash
   * @returns {SaveResult}
   */
  const outcome = (row, hash) => ({
    status: row.body_hash === hash ? 'replayed' : 'conflict',
    reference: row.reference
  });

  // IMMEDIATE takes the write lock before the read, so even a second server process on the same file cannot
  // insert the same key between our "is it there?" and our insert.
  const saveTransaction = db.transaction(
    /**
     * @param {string} key
     * @param {any} envelope
     * @param {string} hash
     * @param {((reference: string) => void) | undefined} onCreated
     * @returns {SaveResult}
     */
    (key, envelope, hash, onCreated) => {
      const existing = /** @type {any} */ (byKey.get(key));
      if (existing) return outcome(existing, hash);
      const { last_number } = /** @type {{ last_number: number }} */ (nextNumber.get(referencePrefix(envelope.type)));
      const reference = formatReference(referencePrefix(envelope.type), last_number);
      insert.run({
        key,
        id: envelope.id,
        type: envelope.type,
        reference,
        hash,
        envelope: JSON.stringify(envelope),
        createdAt: envelope.createdAt,
        receivedAt: new Date().toISOString()
      });
      // Relay hook: queue the submission for its help desks in this same transaction.
      onCreated?.(reference);
      return { status: 'created', reference };
    }
  );

  return {
    db,
    schemaVersion: /** @type {number} */ (db.pragma('user_version', { simple: true })),

    /**
     * Stores a validated envelope once per idempotency key.
     * @param {string} key
     * @param {any} envelope
     * @param {(reference: string) => void} [onCreated] runs inside the transaction when a new row is stored
     * @returns {SaveResult}
     */
    save(key, envelope, onCreated) {
      const hash = bodyHash(envelope);
      try {
        return saveTransaction.immediate(key, envelope, hash, onCreated);
      } catch (error) {
        // Belt and braces: if the key was inserted some other way in between, answer as for a replay.
        const code = /** @type {{ code?: string }} */ (error).code;
        const existing = code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ? /** @type {any} */ (byKey.get(key)) : undefined;
        if (existing) return outcome(existing, hash);
        throw error;
      }
    },

    /**
     * Newest first.
     * @param {{ type?: string | null, since?: string | null, limit: number }} query
     */
    list({ type = null, since = null, limit }) {
      return list.all({ type, since, limit }).map(toSubmission);
    },

    /** @param {string} reference */
    get(reference) {
      const row = byReference.get(reference);
      return row ? toSubmission(row) : undefined;
    },

    /** How many submissions there are of each type, for the inbox's filter links. */
    countsByType() {
      return /** @type {Array<{ type: string, count: number }>} */ (typeCounts.all());
    },

    close() {
      if (db.open) db.close();
    }
  };
}

/** @typedef {ReturnType<typeof openStore>} Store */
