// @ts-check
// The relay queue: one row per (submission, relay) in the same SQLite file as the submissions, written in the
// same transaction that stores a new submission, so a report is never stored without its jobs. A worker in this
// process sends due jobs, retries failures with exponential backoff and jitter, and never gives up: a help desk
// that is down for a day gets its tickets when it is back. Each row is claimed (state 'sending') before its
// request goes out, so no job runs twice at once; a restart finds such rows and treats their outcome as unclear,
// which makes the Zammad relay look for the ticket before posting again. One server process per database file.
import { redact } from './config.js';
import { createEmailRelay } from './relays/email.js';
import { createOsTicketRelay } from './relays/osticket.js';
import { RelayError } from './relays/request.js';
import { createZammadRelay } from './relays/zammad.js';

/**
 * @typedef {import('./config.js').RelayName} RelayName
 * @typedef {import('./relays/request.js').Relay} Relay
 * @typedef {'waiting' | 'sending' | 'sent' | 'failing'} JobState
 * @typedef {{ reference: string, relay: RelayName, state: JobState, attempts: number, next_attempt_at: number,
 *   unclear: number, last_error: string | null, ticket_number: string | null, ticket_id: string | null,
 *   created_at: string, updated_at: string, sent_at: string | null }} JobRow
 * @typedef {{ relay: RelayName, system: string, state: JobState, attempts: number, ticketNumber: string | null,
 *   lastError: string | null, nextAttemptAt: string | null, sentAt: string | null }} RelayState
 *   What the inbox and the admin API show about one job: never a secret, never the envelope.
 * @typedef {{ system: RelayName, number: string }} Ticket
 */

/** Shown for each relay's name. */
export const SYSTEM_NAMES = /** @type {Record<RelayName, string>} */ ({
  osticket: 'osTicket',
  zammad: 'Zammad',
  email: 'email'
});
const TICKET_RELAYS = /** @type {RelayName[]} */ (['zammad', 'osticket']);
/** How many requests to help desks may be out at once. */
const CONCURRENCY = 4;
/** The longest the worker sleeps before looking at the table again. */
const IDLE_CHECK_MS = 60000;

/**
 * The relay table, created by a migration in store.js (append-only list there).
 * @param {import('better-sqlite3').Database} db
 */
export function migrateRelayTables(db) {
  db.exec(`
    CREATE TABLE relay_jobs (
      reference TEXT NOT NULL REFERENCES submissions (reference),
      relay TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'waiting',
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL,
      -- 1 once any try ended without knowing whether the help desk made the ticket
      unclear INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      ticket_number TEXT,
      ticket_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      sent_at TEXT,
      PRIMARY KEY (reference, relay)
    );
    CREATE INDEX relay_jobs_due ON relay_jobs (state, next_attempt_at);
  `);
}

/**
 * The relays the configuration sets up, by name.
 * @param {import('./config.js').RelayConfig} config
 * @returns {Map<RelayName, Relay>}
 */
export function createRelays(config) {
  const options = { timeoutMs: config.timeoutMs, publicUrl: config.publicUrl };
  /** @type {Map<RelayName, Relay>} */
  const relays = new Map();
  if (config.osticket) relays.set('osticket', createOsTicketRelay(config.osticket, options));
  if (config.zammad) relays.set('zammad', createZammadRelay(config.zammad, options));
  if (config.email) relays.set('email', createEmailRelay(config.email, options));
  return relays;
}

/**
 * Exponential backoff with jitter: around base·2^(tries−1), between half and all of it, at most `maxMs`.
 * @param {number} attempts tries made so far (1 after the first)
 * @param {{ baseMs: number, maxMs: number }} retry
 * @param {() => number} random
 */
export function backoffMs(attempts, { baseMs, maxMs }, random = Math.random) {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * @param {{ db: import('better-sqlite3').Database, config: import('./config.js').RelayConfig,
 *   relays?: Map<RelayName, Relay>, log?: (line: string) => void, now?: () => number, random?: () => number }} options
 *   relays: defaults to createRelays(config)
 */
export function createRelayQueue({
  db,
  config,
  relays = createRelays(config),
  log = console.log,
  now = Date.now,
  random = Math.random
}) {
  const { routes, secrets, retry } = config;
  const iso = () => new Date(now()).toISOString();
  /** @param {string} text */
  const hide = text => redact(text, secrets);

  const insertJob = db.prepare(`
    INSERT OR IGNORE INTO relay_jobs (reference, relay, state, next_attempt_at, created_at, updated_at)
    VALUES (?, ?, 'waiting', ?, ?, ?)`);
  const dueJobs = db.prepare(`
    SELECT * FROM relay_jobs WHERE state IN ('waiting', 'failing') AND next_attempt_at <= ?
    ORDER BY next_attempt_at LIMIT ?`);
  const nextDue = db.prepare(`SELECT MIN(next_attempt_at) AS at FROM relay_jobs WHERE state IN ('waiting', 'failing')`);
  const claim = db.prepare(`
    UPDATE relay_jobs SET state = 'sending', attempts = attempts + 1, updated_at = ?
    WHERE reference = ? AND relay = ? AND state IN ('waiting', 'failing')`);
  const jobRow = db.prepare('SELECT * FROM relay_jobs WHERE reference = ? AND relay = ?');
  const markSent = db.prepare(`
    UPDATE relay_jobs SET state = 'sent', ticket_number = ?, ticket_id = ?, last_error = NULL, sent_at = ?,
      updated_at = ?
    WHERE reference = ? AND relay = ?`);
  const markFailed = db.prepare(`
    UPDATE relay_jobs SET state = 'failing', last_error = ?, unclear = ?, next_attempt_at = ?, updated_at = ?
    WHERE reference = ? AND relay = ?`);
  const jobsFor = db.prepare('SELECT * FROM relay_jobs WHERE reference = ? ORDER BY relay');
  const jobsForMany = db.prepare(
    'SELECT * FROM relay_jobs WHERE reference IN (SELECT value FROM json_each(?)) ORDER BY reference, relay'
  );
  const submissionRow = db.prepare('SELECT reference, type, id, envelope FROM submissions WHERE reference = ?');
  // A row left in 'sending' was cut off by a stop: its request may or may not have reached the help desk.
  const recoverSending = db.prepare(`
    UPDATE relay_jobs SET state = 'failing', unclear = 1, updated_at = ?,
      last_error = 'The server stopped while sending this; it checks for the ticket before sending again.'
    WHERE state = 'sending'`);
  // After a restart (often to fix a setting), try everything waiting straight away.
  const retryNow = db.prepare(
    `UPDATE relay_jobs SET next_attempt_at = ? WHERE state IN ('waiting', 'failing') AND next_attempt_at > ?`
  );

  /** @type {Map<string, Promise<void>>} */
  const inFlight = new Map();
  /** @type {Set<(reference: string) => void>} */
  const listeners = new Set();
  /** @type {NodeJS.Timeout | null} */
  let timer = null;
  let closed = false;

  /** @param {string} reference */
  const notify = reference => {
    for (const listener of [...listeners]) listener(reference);
  };

  /** @param {number} delayMs */
  function schedule(delayMs) {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(pump, Math.max(0, Math.min(delayMs, IDLE_CHECK_MS)));
    timer.unref();
  }

  function pump() {
    timer = null;
    if (closed || !db.open) return;
    const free = CONCURRENCY - inFlight.size;
    if (free > 0) {
      const due = /** @type {JobRow[]} */ (dueJobs.all(now(), free + inFlight.size));
      for (const job of due) {
        const key = `${job.reference} ${job.relay}`;
        if (inFlight.size >= CONCURRENCY || inFlight.has(key)) continue;
        const run = attempt(job).finally(() => {
          inFlight.delete(key);
          schedule(0);
        });
        inFlight.set(key, run);
      }
    }
    const at = /** @type {{ at: number | null }} */ (nextDue.get()).at;
    if (inFlight.size < CONCURRENCY && at !== null) schedule(at - now());
    else if (inFlight.size === 0) schedule(IDLE_CHECK_MS);
  }

  /** @param {JobRow} job */
  async function attempt(job) {
    if (claim.run(iso(), job.reference, job.relay).changes !== 1) return;
    const claimed = /** @type {JobRow} */ (jobRow.get(job.reference, job.relay));
    notify(job.reference);
    const relay = relays.get(job.relay);
    const row = /** @type {{ reference: string, type: string, id: string, envelope: string } | undefined} */ (
      submissionRow.get(job.reference)
    );
    try {
      if (!relay) {
        throw new RelayError(`${SYSTEM_NAMES[job.relay] ?? job.relay} is not set up on this server any more.`);
      }
      if (!row) throw new RelayError('The submission is missing from the database.');
      const submission = { reference: row.reference, type: row.type, id: row.id, envelope: JSON.parse(row.envelope) };
      const result = await relay.send(submission, { retryAfterUnclear: claimed.unclear === 1 });
      if (!db.open) return;
      markSent.run(result.number, result.id ?? null, iso(), iso(), job.reference, job.relay);
      const what = result.number ? ` as ticket ${result.number}` : '';
      log(`Relay: ${job.reference} sent to ${relay.system}${what} (try ${claimed.attempts}).`);
    } catch (error) {
      if (!db.open) return;
      const relayError = error instanceof RelayError ? error : null;
      const message = hide(
        relayError ? relayError.message : `Unexpected error: ${/** @type {Error} */ (error)?.message ?? error}`
      );
      // Unclear sticks: once a try may have got through, every later try looks before it posts.
      const unclear = claimed.unclear === 1 || !relayError || relayError.unclear;
      // osTicket's API cannot be searched, so say plainly what an unclear failure may lead to.
      const note =
        unclear && job.relay === 'osticket'
          ? ' osTicket may have made the ticket anyway; if so, the next try makes a second one.'
          : '';
      const wait = Math.min(
        retry.maxMs,
        Math.max(relayError?.retryAfterMs ?? 0, backoffMs(claimed.attempts, retry, random))
      );
      markFailed.run(message + note, unclear ? 1 : 0, now() + wait, iso(), job.reference, job.relay);
      log(
        `Relay: ${job.reference} not yet sent to ${SYSTEM_NAMES[job.relay] ?? job.relay} (try ${claimed.attempts}, ` +
          `next in ${Math.ceil(wait / 1000)} s): ${message}${note}`
      );
    } finally {
      notify(job.reference);
    }
  }

  /** @param {JobRow} row @returns {RelayState} */
  const toState = row => ({
    relay: row.relay,
    system: SYSTEM_NAMES[row.relay] ?? row.relay,
    state: row.state,
    attempts: row.attempts,
    ticketNumber: row.ticket_number,
    lastError: row.last_error,
    nextAttemptAt: row.state === 'sent' ? null : new Date(row.next_attempt_at).toISOString(),
    sentAt: row.sent_at
  });

  /**
   * The help desk ticket for a submission, when a ticket relay has one.
   * @param {string} reference
   * @returns {Ticket | null}
   */
  function ticketFor(reference) {
    const rows = /** @type {JobRow[]} */ (jobsFor.all(reference));
    for (const relay of TICKET_RELAYS) {
      const row = rows.find(r => r.relay === relay && r.state === 'sent' && r.ticket_number);
      if (row?.ticket_number) return { system: relay, number: row.ticket_number };
    }
    return null;
  }

  /**
   * Whether every ticket relay of this submission has finished its first try (so waiting longer is pointless).
   * @param {string} reference
   */
  function firstTriesDone(reference) {
    const rows = /** @type {JobRow[]} */ (jobsFor.all(reference)).filter(r => TICKET_RELAYS.includes(r.relay));
    return rows.every(r => r.state === 'sent' || (r.state === 'failing' && r.attempts > 0));
  }

  return {
    /**
     * Adds the jobs for a new submission. Call it inside the transaction that stores the submission.
     * @param {string} reference
     * @param {string} type
     */
    enqueue(reference, type) {
      const names = routes.get(type) ?? [];
      const at = now();
      for (const name of names) insertJob.run(reference, name, at, iso(), iso());
      // After the surrounding transaction has committed.
      if (names.length) setImmediate(() => schedule(0));
      return names.length;
    },

    /** Recovers rows cut off by a stop and starts the worker. */
    start() {
      recoverSending.run(iso());
      retryNow.run(now(), now());
      schedule(0);
    },

    ticketFor,

    /**
     * Waits up to `ms` for a ticket number, returning early once every ticket relay has had its first try.
     * @param {string} reference
     * @param {number} ms
     * @returns {Promise<Ticket | null>}
     */
    waitForTicket(reference, ms) {
      const hasTicketJob = /** @type {JobRow[]} */ (jobsFor.all(reference)).some(r => TICKET_RELAYS.includes(r.relay));
      const ticket = ticketFor(reference);
      if (ticket || !hasTicketJob || ms <= 0 || firstTriesDone(reference) || closed) return Promise.resolve(ticket);
      return new Promise(resolve => {
        /** @param {Ticket | null} value */
        const finish = value => {
          clearTimeout(giveUp);
          listeners.delete(listener);
          resolve(value);
        };
        /** @param {string} changed */
        const listener = changed => {
          if (closed || !db.open) return finish(null);
          if (changed !== reference) return;
          const found = ticketFor(reference);
          if (found || firstTriesDone(reference)) finish(found);
        };
        const giveUp = setTimeout(() => finish(db.open ? ticketFor(reference) : null), ms);
        listeners.add(listener);
      });
    },

    /**
     * What the inbox shows: each submission's relay jobs.
     * @param {string[]} references
     * @returns {Map<string, RelayState[]>}
     */
    statesFor(references) {
      /** @type {Map<string, RelayState[]>} */
      const states = new Map();
      if (references.length === 0) return states;
      for (const row of /** @type {JobRow[]} */ (jobsForMany.all(JSON.stringify(references)))) {
        const list = states.get(row.reference) ?? [];
        list.push(toState(row));
        states.set(row.reference, list);
      }
      return states;
    },

    /**
     * Stops the worker; waits up to `graceMs` for requests in progress (a row still 'sending' after that is
     * recovered as unclear at the next start).
     * @param {number} [graceMs]
     */
    async close(graceMs = 5000) {
      closed = true;
      if (timer) clearTimeout(timer);
      /** @type {NodeJS.Timeout | undefined} */
      let cutOff;
      await Promise.race([
        Promise.allSettled([...inFlight.values()]),
        new Promise(resolve => {
          cutOff = setTimeout(resolve, graceMs);
          cutOff.unref();
        })
      ]);
      clearTimeout(cutOff);
      for (const relay of relays.values()) relay.close?.();
      for (const listener of [...listeners]) listener('');
    }
  };
}

/** @typedef {ReturnType<typeof createRelayQueue>} RelayQueue */
