// @ts-check
// Everything the intake server keeps, in one SQLite file. better-sqlite3 is synchronous, so a transaction runs
// start to finish without another request slipping in between its read and its write.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { previewOf, shortIdOf } from './preview.js';
import { formatReference, normalizeReference, referencePrefix } from './references.js';
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
  // The inbox lists previews, never whole envelopes (a problem report can be 5 MB), and finds a submission by the
  // short id the browser shows ("its number on this computer"). A table of its own: SQLite reads a row's columns
  // in order, so anything stored after a 5 MB envelope would cost a walk through all of it.
  db => {
    db.exec(`
      CREATE TABLE submission_summaries (
        seq INTEGER PRIMARY KEY, -- the submission's rowid: only grows, so pages are "seq below the last one"
        reference TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        id TEXT NOT NULL,
        short_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        preview TEXT NOT NULL,
        size INTEGER NOT NULL
      );
      CREATE INDEX summaries_by_type ON submission_summaries (type, seq);
      CREATE INDEX summaries_by_short_id ON submission_summaries (short_id);
      CREATE INDEX summaries_by_id ON submission_summaries (id);
      CREATE INDEX summaries_by_received_at ON submission_summaries (received_at);
    `);
    const insert = db.prepare(`
      INSERT INTO submission_summaries (seq, reference, type, id, short_id, created_at, received_at, preview, size)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // In batches: better-sqlite3 cannot write while a query is still being read, and a large database need not
    // fit in memory at once.
    const batch = db.prepare('SELECT rowid, * FROM submissions WHERE rowid > ? ORDER BY rowid LIMIT 200');
    for (let rows = batch.all(0); rows.length; rows = batch.all(/** @type {any} */ (rows.at(-1)).rowid)) {
      for (const row of /** @type {any[]} */ (rows)) {
        const envelope = JSON.parse(row.envelope);
        insert.run(
          row.rowid,
          row.reference,
          row.type,
          row.id.toLowerCase(),
          shortIdOf(row.id),
          row.created_at,
          row.received_at,
          previewOf(envelope),
          Buffer.byteLength(row.envelope)
        );
      }
    }
  },
  // Relay jobs: passing submissions on to osTicket, Zammad or email (server/relay-queue.js).
  migrateRelayTables
];

/** The schema version this code writes; reported by /api/health. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * @typedef {{ reference: string, type: string, id: string, createdAt: string, receivedAt: string, envelope: any }} StoredSubmission
 * @typedef {{ reference: string, type: string, id: string, shortId: string, createdAt: string, receivedAt: string,
 *   preview: string, size: number, cursor: number }} SubmissionSummary
 * @typedef {{ status: 'created' | 'replayed' | 'conflict', reference: string }} SaveResult
 */

/**
 * Writes `value` as JSON with object keys sorted at every level, piece by piece, so a 5 MB submission is hashed
 * without first being built into one more 5 MB string.
 * @param {unknown} value a value that came from JSON.parse
 * @param {(piece: string) => void} write
 */
function writeCanonical(value, write) {
  if (Array.isArray(value)) {
    write('[');
    value.forEach((item, index) => {
      if (index) write(',');
      writeCanonical(item, write);
    });
    write(']');
  } else if (value !== null && typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    write('{');
    Object.keys(record)
      .sort()
      .forEach((key, index) => {
        write(`${index ? ',' : ''}${JSON.stringify(key)}:`);
        writeCanonical(record[key], write);
      });
    write('}');
  } else {
    write(JSON.stringify(value));
  }
}

/**
 * JSON with object keys sorted at every level, so the same envelope hashes the same however its keys were ordered.
 * @param {unknown} value a value that came from JSON.parse
 * @returns {string}
 */
export function canonicalJson(value) {
  /** @type {string[]} */
  const pieces = [];
  writeCanonical(value, piece => pieces.push(piece));
  return pieces.join('');
}

/** @param {unknown} envelope */
export function bodyHash(envelope) {
  const hash = createHash('sha256');
  writeCanonical(envelope, piece => hash.update(piece));
  return hash.digest('hex');
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

/** @param {any} row */
function toSummary(row) {
  return /** @type {SubmissionSummary} */ ({
    reference: row.reference,
    type: row.type,
    id: row.id,
    shortId: row.short_id,
    createdAt: row.created_at,
    receivedAt: row.received_at,
    preview: row.preview,
    size: row.size,
    cursor: row.seq
  });
}

const SUMMARY_COLUMNS = 'seq, reference, type, id, short_id, created_at, received_at, preview, size';
/** A search never answers with more than this many summaries. */
export const FIND_LIMIT = 50;

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
  const insertSummary = db.prepare(`
    INSERT INTO submission_summaries (seq, reference, type, id, short_id, created_at, received_at, preview, size)
    VALUES (@seq, @reference, @type, @id, @shortId, @createdAt, @receivedAt, @preview, @size)`);
  // Newest first by rowid, which only grows: a page ends at a rowid, and the next page starts below it.
  const list = db.prepare(`
    SELECT ${SUMMARY_COLUMNS} FROM submission_summaries
    WHERE (@type IS NULL OR type = @type) AND (@since IS NULL OR received_at > @since)
      AND (@before IS NULL OR seq < @before)
    ORDER BY seq DESC
    LIMIT @limit`);
  const byReference = db.prepare('SELECT * FROM submissions WHERE reference = ?');
  const summaryByReference = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM submission_summaries WHERE reference = ?`);
  const summariesById = db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM submission_summaries WHERE id = ? ORDER BY seq DESC LIMIT ${FIND_LIMIT}`
  );
  const summariesByShortId = db.prepare(`
    SELECT ${SUMMARY_COLUMNS} FROM submission_summaries WHERE short_id = ? AND id LIKE ?
    ORDER BY seq DESC LIMIT ${FIND_LIMIT}`);
  const typeCounts = db.prepare('SELECT type, COUNT(*) AS count FROM submission_summaries GROUP BY type ORDER BY type');

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
      const text = JSON.stringify(envelope);
      const row = {
        id: envelope.id,
        type: envelope.type,
        reference,
        createdAt: envelope.createdAt,
        receivedAt: new Date().toISOString()
      };
      const { lastInsertRowid } = insert.run({ ...row, key, hash, envelope: text });
      insertSummary.run({
        ...row,
        seq: lastInsertRowid,
        id: envelope.id.toLowerCase(),
        shortId: shortIdOf(envelope.id),
        preview: previewOf(envelope),
        size: Buffer.byteLength(text)
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
     * Summaries, newest first, without the envelopes. `before` is the `cursor` of the last summary of the page
     * before.
     * @param {{ type?: string | null, since?: string | null, before?: number | null, limit: number }} query
     * @returns {SubmissionSummary[]}
     */
    list({ type = null, since = null, before = null, limit }) {
      return list.all({ type, since, before, limit }).map(toSummary);
    },

    /**
     * Whole submissions by reference, or by the envelope id. References and ids are matched whatever their case.
     * @param {string} referenceOrId
     */
    get(referenceOrId) {
      const reference =
        normalizeReference(referenceOrId) ??
        /** @type {any} */ (summariesById.get(referenceOrId.trim().toLowerCase()))?.reference;
      const row = reference ? byReference.get(reference) : undefined;
      return row ? toSubmission(row) : undefined;
    },

    /**
     * What a person may type to find a submission: its reference (`PR-000123`, `pr-123`), its envelope id, or the
     * start of it the browser shows (8 hex digits or more: "its number on this computer").
     * @param {string} text
     * @returns {SubmissionSummary[]} newest first, at most FIND_LIMIT
     */
    find(text) {
      const query = text.trim().toLowerCase();
      const reference = normalizeReference(query);
      if (reference) return /** @type {any[]} */ ([summaryByReference.get(reference)]).filter(Boolean).map(toSummary);
      if (/^[0-9a-f]{8}-[0-9a-f-]{4,}$/.test(query) && query.length >= 36) {
        return summariesById.all(query).map(toSummary);
      }
      if (/^[0-9a-f]{8}(-?[0-9a-f-]*)?$/.test(query) && query.length <= 36) {
        return summariesByShortId.all(query.slice(0, 8), `${query}%`).map(toSummary);
      }
      return [];
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
