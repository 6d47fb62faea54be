// @ts-check
// The reference intake server: takes submissions from Techbridge elements, keeps them in SQLite exactly once,
// and shows them to the library's IT person. Node's http module only; see docs/server.md.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAdminCheck, generateAdminToken } from './auth.js';
import {
  applyCors,
  BodyTooLargeError,
  discardBody,
  PREFLIGHT_HEADERS,
  readBody,
  sendCss,
  sendEmpty,
  sendHtml,
  sendJson
} from './http.js';
import { renderInboxPage, renderMessagePage, SIGN_IN_TEXT } from './inbox.js';
import { openStore } from './store.js';
import { createRelayQueue } from './relay-queue.js';
import { createValidator } from './validation.js';

export const DEFAULT_SCHEMAS_DIR = fileURLToPath(new URL('../src/content/schemas/', import.meta.url));
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

const INBOX_CSS = readFileSync(new URL('./inbox.css', import.meta.url), 'utf8');
const TYPE_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;
const REFERENCE_PATTERN = /^[A-Z]{1,41}-\d{6,}$/;
// ISO 8601; a time must carry its zone, or the answer would depend on the server's clock settings.
const ISO_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i;
const LIST_LIMIT = { default: 100, max: 1000 };
const INBOX_LIMIT = 100;
/** How long close() lets requests in progress finish before cutting their connections. */
const CLOSE_GRACE_MS = 5000;

/**
 * @typedef {{ req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse,
 *   query: URLSearchParams, params: string[] }} Context
 * @typedef {(context: Context) => void | Promise<void>} Action
 * @typedef {{ pattern: RegExp, methods: Record<string, Action> }} Route
 */

/**
 * JSON is always UTF-8 (RFC 8259): a charset parameter is fine as long as it says so.
 * @param {string | undefined} header
 */
function isJsonContentType(header) {
  const [mediaType, ...parameters] = (header ?? '').split(';').map(part => part.trim().toLowerCase());
  return (
    mediaType === 'application/json' &&
    parameters.every(parameter => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter))
  );
}

/**
 * @param {URLSearchParams} query
 * @returns {{ type: string | null, since: string | null, limit: number } | { problem: string }}
 */
function parseListQuery(query) {
  const type = query.get('type') || null;
  if (type !== null && !TYPE_PATTERN.test(type)) {
    return { problem: 'type must be a submission type in lower case, like problem-report.' };
  }
  // An unencoded "+01:00" arrives as " 01:00"; put the plus back rather than refuse it.
  const sinceText = query.get('since')?.replace(' ', '+') || null;
  let since = null;
  if (sinceText !== null) {
    const time = Date.parse(sinceText);
    if (!ISO_TIME_PATTERN.test(sinceText) || Number.isNaN(time)) {
      return { problem: 'since must be a date and time like 2025-01-31T14:05:00Z.' };
    }
    // Stored times are toISOString() output, so comparing the same form as text compares the times.
    since = new Date(time).toISOString();
  }
  const limitText = query.get('limit');
  const limit = limitText === null || limitText === '' ? LIST_LIMIT.default : Number(limitText);
  if (!/^\d*$/.test(limitText ?? '') || limit < 1 || limit > LIST_LIMIT.max) {
    return { problem: `limit must be a whole number from 1 to ${LIST_LIMIT.max}.` };
  }
  return { type, since, limit };
}

/**
 * The request handler, for mounting on a server of your own; startIntakeServer wires it up with a store.
 * @param {{ store: import('./store.js').Store, validator: import('./validation.js').Validator, adminToken: string,
 *   allowedOrigins?: Iterable<string>, maxBodyBytes?: number, log?: (line: string) => void,
 *   relays?: import('./relay-queue.js').RelayQueue | null, relayWaitMs?: number }} options
 *   relays: the relay queue (server/relay-queue.js); relayWaitMs: how long a POST waits for a help desk ticket number
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createIntakeHandler({
  store,
  validator,
  adminToken,
  allowedOrigins = [],
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  log = console.log,
  relays = null,
  relayWaitMs = 0
}) {
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new Error(`maxBodyBytes must be a positive whole number of bytes, not ${maxBodyBytes}.`);
  }
  const isAdmin = createAdminCheck(adminToken);
  const origins = new Set(allowedOrigins);

  /**
   * Lets the request through when it carries the admin token; otherwise answers 401 and returns false.
   * @param {Context} context
   * @param {{ page?: boolean }} [options] a page for people in a browser, who get its sign-in prompt
   */
  function admitted({ req, res }, { page = false } = {}) {
    if (isAdmin(req.headers.authorization)) return true;
    if (page) {
      sendHtml(res, 401, renderMessagePage('Please sign in', SIGN_IN_TEXT), {
        'WWW-Authenticate': 'Basic realm="Techbridge inbox"'
      });
    } else {
      sendJson(
        res,
        401,
        { error: 'unauthorized', message: 'This needs the admin token, sent as "Authorization: Bearer <token>".' },
        { 'WWW-Authenticate': 'Bearer realm="Techbridge"' }
      );
    }
    return false;
  }

  /** @param {Context} context */
  async function postSubmission({ req, res }) {
    if (!isJsonContentType(req.headers['content-type'])) {
      sendJson(res, 415, {
        error: 'unsupported-media-type',
        message: 'The submission must be sent as JSON, with the header Content-Type: application/json.'
      });
      return;
    }
    let raw;
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) {
        // The client went away mid-body: there is no one left to answer.
        res.destroy();
        return;
      }
      sendJson(res, 413, {
        error: 'too-large',
        message: `The submission is larger than this server accepts (${maxBodyBytes} bytes).`
      });
      discardBody(req, maxBodyBytes);
      return;
    }

    let envelope;
    try {
      // fatal: bytes that are not UTF-8 are refused rather than quietly turned into replacement characters.
      envelope = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      sendJson(res, 400, { error: 'invalid-json', message: 'The submission could not be read: it is not valid JSON.' });
      return;
    }

    const fieldErrors = validator.validate(envelope);
    if (fieldErrors) {
      const count = Object.keys(fieldErrors).length;
      sendJson(res, 400, {
        error: 'invalid',
        message: `The submission was not saved: ${count === 1 ? 'one field needs' : `${count} fields need`} attention.`,
        fieldErrors
      });
      return;
    }

    const headerKey = req.headers['idempotency-key'];
    if (headerKey !== undefined && headerKey !== envelope.id) {
      sendJson(res, 400, {
        error: 'idempotency-key-mismatch',
        message: 'The Idempotency-Key header must be the same as the id in the submission.'
      });
      return;
    }

    const { status, reference } = store.save(
      headerKey ?? envelope.id,
      envelope,
      relays ? created => relays.enqueue(created, envelope.type) : undefined
    );
    if (status === 'conflict') {
      sendJson(res, 422, {
        error: 'idempotency-conflict',
        message: 'A different submission with this id was already received. Nothing was changed.'
      });
      return;
    }
    const headers = { Location: `/api/submissions/${reference}` };
    // Relay hook: the help desk's ticket number, when its first try answers within relayWaitMs.
    const ticket = relays ? await relays.waitForTicket(reference, status === 'created' ? relayWaitMs : 0) : null;
    const body = { reference, id: envelope.id, ...(ticket ? { ticket } : {}) };
    if (status === 'replayed') {
      // The first answer was lost on the way back (or the outbox retried): give the same reference again.
      sendJson(res, 200, body, { ...headers, 'Idempotent-Replayed': 'true' });
    } else {
      sendJson(res, 201, body, headers);
    }
  }

  /** @type {Action} */
  function listSubmissions(context) {
    if (!admitted(context)) return;
    const parsed = parseListQuery(context.query);
    if ('problem' in parsed) {
      sendJson(context.res, 400, { error: 'invalid-query', message: parsed.problem });
      return;
    }
    sendJson(context.res, 200, { submissions: withRelayStates(store.list(parsed)) });
  }

  /** @type {Action} */
  function getSubmission(context) {
    if (!admitted(context)) return;
    const reference = context.params[0];
    const submission = REFERENCE_PATTERN.test(reference) ? store.get(reference) : undefined;
    if (submission) sendJson(context.res, 200, withRelayStates([submission])[0]);
    else sendJson(context.res, 404, { error: 'not-found', message: `There is no submission ${reference}.` });
  }

  /** @type {Action} */
  function inbox(context) {
    if (!admitted(context, { page: true })) return;
    const type = context.query.get('type') || null;
    if (type !== null && !TYPE_PATTERN.test(type)) {
      sendHtml(context.res, 400, renderMessagePage('Unknown kind', 'There is no kind of submission by that name.'));
      return;
    }
    const submissions = withRelayStates(store.list({ type, limit: INBOX_LIMIT }));
    sendHtml(
      context.res,
      200,
      renderInboxPage({ submissions, counts: store.countsByType(), type, limit: INBOX_LIMIT })
    );
  }

  /**
   * Relay hook: adds each submission's relay state (waiting, sent with a ticket number, failing with the last
   * error) when relays are set up.
   * @param {import('./store.js').StoredSubmission[]} submissions
   * @returns {Array<import('./store.js').StoredSubmission & { relays?: import('./relay-queue.js').RelayState[] }>}
   */
  function withRelayStates(submissions) {
    if (!relays) return submissions;
    const states = relays.statesFor(submissions.map(s => s.reference));
    return submissions.map(s => (states.has(s.reference) ? { ...s, relays: states.get(s.reference) } : s));
  }

  /** @type {Route[]} */
  const routes = [
    { pattern: /^\/api\/submissions$/, methods: { POST: postSubmission, GET: listSubmissions } },
    { pattern: /^\/api\/submissions\/([^/]+)$/, methods: { GET: getSubmission } },
    {
      pattern: /^\/api\/health$/,
      methods: { GET: ({ res }) => sendJson(res, 200, { ok: true, schemaVersion: store.schemaVersion }) }
    },
    { pattern: /^\/inbox$/, methods: { GET: inbox } },
    { pattern: /^\/inbox\.css$/, methods: { GET: ({ res }) => sendCss(res, INBOX_CSS) } }
  ];

  /** @param {Route} route */
  const allowed = route => [...Object.keys(route.methods), ...('GET' in route.methods ? ['HEAD'] : []), 'OPTIONS'];

  return async (req, res) => {
    const started = performance.now();
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    res.on('close', () => {
      // Never the query string or a body; and should someone paste the token into a path, not that either.
      const shownPath = path.split(adminToken).join('[token]');
      log(`${req.method} ${shownPath} ${res.statusCode} ${Math.round(performance.now() - started)}ms`);
    });

    try {
      const corsAllowed = applyCors(req, res, origins);
      let params = /** @type {string[]} */ ([]);
      const route = routes.find(candidate => {
        const match = candidate.pattern.exec(path);
        if (match) params = match.slice(1);
        return match;
      });
      if (!route) {
        sendJson(res, 404, {
          error: 'not-found',
          message: 'There is nothing at this address. The inbox is at /inbox.'
        });
        return;
      }
      if (req.method === 'OPTIONS') {
        if (corsAllowed) sendEmpty(res, 204, { ...PREFLIGHT_HEADERS, Allow: allowed(route).join(', ') });
        else
          sendJson(res, 403, {
            error: 'origin-not-allowed',
            message: 'This server does not accept requests from that site.'
          });
        return;
      }
      // HEAD is GET without the body; Node leaves the body out by itself.
      const action = route.methods[req.method === 'HEAD' ? 'GET' : (req.method ?? '')];
      if (!action) {
        sendJson(
          res,
          405,
          { error: 'method-not-allowed', message: `${req.method} is not used here.` },
          { Allow: allowed(route).join(', ') }
        );
        return;
      }
      const query = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1));
      await action({ req, res, query, params });
    } catch (error) {
      log(`Error while answering ${req.method} ${path}: ${/** @type {Error} */ (error)?.stack ?? error}`);
      if (res.headersSent) res.destroy();
      else
        sendJson(res, 500, {
          error: 'server-error',
          message: 'Something went wrong on the server. Please try again later.'
        });
    }
  };
}

/** @param {string} host */
const hostForUrl = host => (host.includes(':') ? `[${host}]` : host);

/**
 * Opens (or creates) the database, loads the schemas and starts listening.
 * @param {{ dbPath?: string, adminToken?: string, allowedOrigins?: Iterable<string>, maxBodyBytes?: number,
 *   port?: number, host?: string, log?: (line: string) => void, schemasDir?: string,
 *   relayConfig?: import('./config.js').RelayConfig | null }} [options]
 *   adminToken: generated when not given (read it back from the result)
 *   relayConfig: where to pass submissions on (loadRelayConfig in server/config.js); none when left out
 * @returns {Promise<{ server: import('node:http').Server, url: string, db: import('better-sqlite3').Database,
 *   adminToken: string, relays: import('./relay-queue.js').RelayQueue | null, close(): Promise<void> }>}
 */
export async function startIntakeServer({
  dbPath,
  adminToken = generateAdminToken(),
  allowedOrigins = [],
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  port = 0,
  host = '127.0.0.1',
  log = console.log,
  schemasDir = DEFAULT_SCHEMAS_DIR,
  relayConfig = null
} = {}) {
  if (!dbPath) throw new Error('startIntakeServer needs dbPath: where to keep the SQLite database.');
  // Schemas first: a broken schema should stop start-up before anything is opened.
  const validator = createValidator(schemasDir);
  const store = openStore(dbPath);
  // Relay hook: the queue that passes submissions on to help desks, when any are set up.
  const relays = relayConfig ? createRelayQueue({ db: store.db, config: relayConfig, log }) : null;
  const relayWaitMs = relayConfig?.waitMs ?? 0;
  /** @type {http.Server} */
  let server;
  try {
    server = http.createServer(
      createIntakeHandler({ store, validator, adminToken, allowedOrigins, maxBodyBytes, log, relays, relayWaitMs })
    );
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve(undefined);
      });
    });
  } catch (error) {
    await relays?.close();
    store.close();
    throw error;
  }
  relays?.start();

  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    server,
    url: `http://${hostForUrl(host)}:${address.port}`,
    db: store.db,
    adminToken,
    relays,
    close() {
      closing ??= new Promise((resolve, reject) => {
        const cutOff = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
        server.close(error => {
          clearTimeout(cutOff);
          const finish = () => {
            store.close();
            if (error) reject(error);
            else resolve();
          };
          if (relays) relays.close().then(finish, finish);
          else finish();
        });
        server.closeIdleConnections();
      });
      return closing;
    }
  };
}
