// @ts-check
// The reference intake server: takes submissions from Techbridge elements, keeps them in SQLite exactly once,
// and shows them to the library's IT person. Node's http module only; see docs/server.md.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAdminCheck, generateAdminToken } from './auth.js';
import { clientKey, createRateLimiter, createSignInThrottle } from './guards.js';
import {
  applyCors,
  BodyTooLargeError,
  createOriginPolicy,
  drainBody,
  normalizeOrigin,
  PREFLIGHT_HEADERS,
  readBody,
  sendCss,
  sendEmpty,
  sendHtml,
  sendJson
} from './http.js';
import { renderInboxPage, renderMessagePage, renderSubmissionPage, SIGN_IN_TEXT } from './inbox.js';
import { normalizeReference } from './references.js';
import { openStore } from './store.js';
import { createRelayQueue } from './relay-queue.js';
import { createTypeRegistry, DEFAULT_MAX_BODY_BYTES, TYPE_PATTERN } from './types.js';
import { createValidator } from './validation.js';
import {
  FULL_PAGE_BYTES,
  forLog,
  isJsonContentType,
  isSameOrigin,
  parseCursor,
  parseListQuery,
  safeDecode,
  withQuery
} from './request.js';

export { DEFAULT_MAX_BODY_BYTES } from './types.js';
export const DEFAULT_SCHEMAS_DIR = fileURLToPath(new URL('../src/content/schemas/', import.meta.url));
/** Posts per client per minute; a whole branch behind one address shares it. TB_RATE_LIMIT. */
export const DEFAULT_RATE_LIMIT = 60;
/** Slow clients are cut off: the headers within 10 s, the whole request within 60 s. */
export const DEFAULT_TIMEOUTS = Object.freeze({ headersMs: 10_000, requestMs: 60_000, keepAliveMs: 5_000 });
export const DEFAULT_MAX_CONNECTIONS = 256;

const INBOX_CSS = readFileSync(new URL('./inbox.css', import.meta.url), 'utf8');
/** A client that sends more than it may: after the answer, up to this much more is read and dropped, then it is cut off. */
const DRAIN_MARGIN_BYTES = 1024 * 1024;
/** The refused-origin message is logged at most this often per origin. */
const REFUSED_ORIGIN_LOG_MS = 60_000;
const INBOX_PAGE_SIZE = 50;
/** How long close() lets requests in progress finish before cutting their connections. */
const CLOSE_GRACE_MS = 5000;

/**
 * @typedef {{ req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse,
 *   query: URLSearchParams, params: string[] }} Context
 * @typedef {(context: Context) => void | Promise<void>} Action
 * @typedef {{ pattern: RegExp, methods: Record<string, Action>, cors?: string[] }} Route
 *   cors: the methods other sites' pages may use (CORS); admin routes have none, whatever the allow-list says
 */

/**
 * @typedef {{ store: import('./store.js').Store, validator: import('./validation.js').Validator,
 *   adminToken: string, allowedOrigins?: Iterable<string>, maxBodyBytes?: number,
 *   extraTypes?: Map<string, number | null> | Iterable<string>, typeLimits?: Map<string, number | null>,
 *   rateLimit?: { max: number, windowMs?: number } | null, signIn?: { freeFailures?: number, lockMs?: number },
 *   trustProxy?: boolean, anyType?: boolean, log?: (line: string) => void,
 *   relays?: import('./relay-queue.js').RelayQueue | null, relayWaitMs?: number }} HandlerOptions
 *   extraTypes: types with no schema to keep anyway (TB_EXTRA_TYPES), with a size or null for the default
 *   typeLimits: sizes for types that have a schema (TB_TYPE_LIMITS)
 *   rateLimit: posts per client per window (one minute); null for none
 *   trustProxy: count clients by the last X-Forwarded-For address (only behind a proxy that sets it)
 *   anyType: keep any well-formed type (64 KiB each); only for test rigs, never on a network
 *   relays: the relay queue (server/relay-queue.js); relayWaitMs: how long a POST waits for a help desk ticket number
 */

/**
 * The request handler, for mounting on a server of your own; startIntakeServer wires it up with a store.
 * @param {HandlerOptions} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createIntakeHandler({
  store,
  validator,
  adminToken,
  allowedOrigins = [],
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  extraTypes = [],
  typeLimits = new Map(),
  rateLimit = { max: DEFAULT_RATE_LIMIT },
  signIn = {},
  trustProxy = false,
  anyType = false,
  log = console.log,
  relays = null,
  relayWaitMs = 0
}) {
  const types = createTypeRegistry({
    schemaTypes: validator.knownTypes,
    extraTypes,
    typeLimits,
    maxBodyBytes,
    anyType
  });
  const isAdmin = createAdminCheck(adminToken);
  const origins = createOriginPolicy(allowedOrigins);
  const postLimiter = rateLimit ? createRateLimiter(rateLimit) : null;
  const signInThrottle = createSignInThrottle(signIn);
  /** @type {Map<string, number>} origin → when its refusal was last logged */
  const refusedOrigins = new Map();

  /**
   * Tells the webmaster, in the log, which page was refused and how to allow it (once a minute per origin).
   * @param {string} given
   */
  function noteRefusedOrigin(given) {
    const origin = normalizeOrigin(given);
    const now = Date.now();
    if (now - (refusedOrigins.get(origin) ?? 0) < REFUSED_ORIGIN_LOG_MS) return;
    refusedOrigins.delete(origin);
    refusedOrigins.set(origin, now);
    if (refusedOrigins.size > 1000) refusedOrigins.delete(/** @type {string} */ (refusedOrigins.keys().next().value));
    const shown = forLog(origin);
    const list = [...origins.listed, shown].join(',');
    log(
      `Refused a page at ${shown}: it is not in the allowed origins. To let its pages send here, start the server ` +
        `with TB_ALLOWED_ORIGINS=${list}`
    );
  }

  /**
   * Answers without using the request body: reads and drops what is still coming (up to a bound), so the client
   * gets to read the answer instead of a reset connection.
   * @param {Context} context
   * @param {number} status
   * @param {unknown} body
   * @param {Record<string, string>} [headers]
   */
  function refuseBody({ req, res }, status, body, headers = {}) {
    // Reading on after answering: the client that sends its whole body first (as fetch does) then reads our answer
    // on a connection that stays usable; one that sends far more, or never stops, is cut off.
    const draining = drainBody(req, types.maxBytes + DRAIN_MARGIN_BYTES);
    const hopeless = Number(req.headers['content-length']) > types.maxBytes + DRAIN_MARGIN_BYTES;
    sendJson(res, status, body, hopeless ? { ...headers, Connection: 'close' } : headers);
    draining.then(ended => {
      if (!ended && !hopeless) req.socket.destroy();
    });
  }

  /**
   * Lets the request through when it carries the admin token; otherwise answers 401 (or 429 after too many wrong
   * tokens from this client) and returns false.
   * @param {Context} context
   * @param {{ page?: boolean }} [options] a page for people in a browser, who get its sign-in prompt
   */
  function admitted({ req, res }, { page = false } = {}) {
    const client = clientKey(req, trustProxy);
    const verdict = signInThrottle.check(client);
    if (!verdict.ok) {
      const retry = { 'Retry-After': String(verdict.retryAfterSeconds) };
      const wait = `Too many wrong tokens were tried from here. Please wait ${verdict.retryAfterSeconds} seconds and try again.`;
      if (page) sendHtml(res, 429, renderMessagePage('Please wait', wait), retry);
      else sendJson(res, 429, { error: 'too-many-attempts', message: wait }, retry);
      return false;
    }
    if (isAdmin(req.headers.authorization)) {
      signInThrottle.succeeded(client);
      return true;
    }
    // No token at all is a browser's first visit, before its sign-in prompt: only wrong tokens count.
    if (req.headers.authorization) signInThrottle.failed(client);
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
  async function postSubmission(context) {
    const { req, res } = context;
    if (postLimiter) {
      const verdict = postLimiter.take(clientKey(req, trustProxy));
      if (!verdict.ok) {
        refuseBody(
          context,
          429,
          {
            error: 'too-many-requests',
            message: `Too many submissions from here in a short time. Please try again in ${verdict.retryAfterSeconds} seconds.`
          },
          { 'Retry-After': String(verdict.retryAfterSeconds) }
        );
        return;
      }
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      refuseBody(context, 415, {
        error: 'unsupported-media-type',
        message: 'The submission must be sent as JSON, with the header Content-Type: application/json.'
      });
      return;
    }
    let raw;
    try {
      raw = await readBody(req, types.maxBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) {
        // The client went away mid-body: there is no one left to answer.
        res.destroy();
        return;
      }
      refuseBody(context, 413, {
        error: 'too-large',
        message: `The submission is larger than this server accepts (${types.maxBytes} bytes).`
      });
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

    const type = envelope?.type;
    if (typeof type === 'string' && TYPE_PATTERN.test(type)) {
      if (!types.has(type)) {
        sendJson(res, 422, {
          error: 'unknown-type',
          message:
            `This server does not keep submissions of the type "${type}". It keeps: ${types.names.join(', ')}. ` +
            'The person who runs the server can add a type with TB_EXTRA_TYPES.'
        });
        return;
      }
      if (raw.length > types.limit(type)) {
        sendJson(res, 413, {
          error: 'too-large',
          message: `The submission is larger than this server accepts for ${type} (${types.limit(type)} bytes).`
        });
        return;
      }
    }
    // An id is a UUID: the same letters in another case are the same submission.
    if (typeof envelope?.id === 'string') envelope.id = envelope.id.toLowerCase();

    const invalid = validator.validate(envelope);
    if (invalid) {
      const { fieldErrors, count } = invalid;
      const shown = Object.keys(fieldErrors).length;
      sendJson(res, 400, {
        error: 'invalid',
        message:
          `The submission was not saved: ${count === 1 ? 'one field needs' : `${count} fields need`} attention.` +
          (count > shown ? ` The first ${shown} are listed.` : ''),
        fieldErrors,
        ...(count > shown ? { moreFieldErrors: count - shown } : {})
      });
      return;
    }

    const keyHeader = req.headers['idempotency-key'];
    const headerKey = Array.isArray(keyHeader) ? keyHeader.join(',') : keyHeader?.toLowerCase();
    if (headerKey !== undefined && headerKey !== envelope.id) {
      sendJson(res, 400, {
        error: 'idempotency-key-mismatch',
        message: 'The Idempotency-Key header must be the same as the id in the submission.'
      });
      return;
    }

    const { status, reference } = store.save(
      envelope.id,
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
    // The proof the browser relies on (docs/submit-contract.md, "What counts as delivered"): the envelope id in
    // the body and in Techbridge-Accepted, and the reference.
    const headers = { Location: `/api/submissions/${reference}`, 'Techbridge-Accepted': envelope.id };
    // Relay hook: the help desk's ticket number, when its first try answers within relayWaitMs.
    const ticket = relays ? await relays.waitForTicket(reference, status === 'created' ? relayWaitMs : 0) : null;
    const body = { id: envelope.id, reference, type: envelope.type, ...(ticket ? { ticket } : {}) };
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
    if (parsed.find !== null) {
      sendJson(context.res, 200, { submissions: withRelayStates(store.find(parsed.find)), next: null });
      return;
    }
    const { type, since, before, limit, full } = parsed;
    const rows = store.list({ type, since, before, limit: limit + 1 });
    let shown = Math.min(rows.length, limit);
    if (full) {
      // Whole envelopes, for scripts and tests: the page also ends before FULL_PAGE_BYTES of them.
      let bytes = 0;
      for (let index = 0; index < shown; index++) {
        bytes += rows[index].size;
        if (index > 0 && bytes > FULL_PAGE_BYTES) shown = index;
      }
    }
    const page = rows.slice(0, shown);
    const next =
      rows.length > shown
        ? withQuery('/api/submissions', {
            type,
            since,
            limit,
            full: full ? 1 : null,
            before: /** @type {any} */ (page.at(-1)).cursor
          })
        : null;
    const submissions = withRelayStates(
      full ? page.map(row => ({ ...row, envelope: store.get(row.reference)?.envelope })) : page
    );
    sendJson(context.res, 200, { submissions, next });
  }

  /**
   * One whole submission by its reference (any case), its envelope id, or its short id when only one has it.
   * @type {Action}
   */
  function getSubmission(context) {
    if (!admitted(context)) return;
    const key = safeDecode(context.params[0]);
    let submission = store.get(key);
    if (!submission && !normalizeReference(key)) {
      const matches = store.find(key);
      if (matches.length > 1) {
        sendJson(context.res, 409, {
          error: 'ambiguous',
          message: `More than one submission starts with ${key}; use its reference.`,
          submissions: matches
        });
        return;
      }
      if (matches.length === 1) submission = store.get(matches[0].reference);
    }
    if (submission) sendJson(context.res, 200, withRelayStates([submission])[0]);
    else sendJson(context.res, 404, { error: 'not-found', message: `There is no submission ${forLog(key)}.` });
  }

  /** @type {Action} */
  function inbox(context) {
    if (!admitted(context, { page: true })) return;
    const type = context.query.get('type') || null;
    if (type !== null && !TYPE_PATTERN.test(type)) {
      sendHtml(context.res, 400, renderMessagePage('Unknown kind', 'There is no kind of submission by that name.'));
      return;
    }
    const before = parseCursor(context.query.get('before'));
    if (Number.isNaN(before)) {
      sendHtml(context.res, 400, renderMessagePage('Unknown page', 'There is no page of the inbox at that address.'));
      return;
    }
    const find = context.query.get('find')?.trim().slice(0, 100) || null;
    const counts = store.countsByType();
    if (find !== null) {
      const submissions = withRelayStates(store.find(find));
      sendHtml(context.res, 200, renderInboxPage({ submissions, counts, type: null, find, newer: null, older: null }));
      return;
    }
    const rows = store.list({ type, before, limit: INBOX_PAGE_SIZE + 1 });
    const submissions = withRelayStates(rows.slice(0, INBOX_PAGE_SIZE));
    const older =
      rows.length > INBOX_PAGE_SIZE
        ? withQuery('/inbox', { type, before: /** @type {any} */ (submissions.at(-1)).cursor })
        : null;
    const newer = before === null ? null : withQuery('/inbox', { type });
    sendHtml(context.res, 200, renderInboxPage({ submissions, counts, type, find: null, newer, older }));
  }

  /** @type {Action} */
  function inboxSubmission(context) {
    if (!admitted(context, { page: true })) return;
    const submission = store.get(safeDecode(context.params[0]));
    if (submission) sendHtml(context.res, 200, renderSubmissionPage(withRelayStates([submission])[0]));
    else sendHtml(context.res, 404, renderMessagePage('Not found', 'There is no submission with that reference.'));
  }

  /**
   * Relay hook: adds each submission's relay state (waiting, sent with a ticket number, failing with the last
   * error) when relays are set up.
   * @template {{ reference: string }} T
   * @param {T[]} submissions
   * @returns {Array<T & { relays?: import('./relay-queue.js').RelayState[] }>}
   */
  function withRelayStates(submissions) {
    if (!relays) return submissions;
    const states = relays.statesFor(submissions.map(s => s.reference));
    return submissions.map(s => (states.has(s.reference) ? { ...s, relays: states.get(s.reference) } : s));
  }

  /** @type {Route[]} */
  const routes = [
    { pattern: /^\/api\/submissions$/, methods: { POST: postSubmission, GET: listSubmissions }, cors: ['POST'] },
    { pattern: /^\/api\/submissions\/([^/]+)$/, methods: { GET: getSubmission } },
    {
      pattern: /^\/api\/health$/,
      methods: { GET: ({ res }) => sendJson(res, 200, { ok: true, schemaVersion: store.schemaVersion }) },
      cors: ['GET', 'HEAD']
    },
    { pattern: /^\/inbox$/, methods: { GET: inbox } },
    { pattern: /^\/inbox\/([^/]+)$/, methods: { GET: inboxSubmission } },
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
      // Responses differ by Origin, so caches must key on it even when this one gets no CORS headers.
      res.setHeader('Vary', 'Origin');
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
      const origin = req.headers.origin;
      const corsMethod = String(
        (req.method === 'OPTIONS' ? req.headers['access-control-request-method'] : req.method) ?? ''
      ).toUpperCase();
      const isPublic = route.cors?.includes(corsMethod) ?? false;
      const corsAllowed = isPublic && applyCors(req, res, origins);
      if (origin && isPublic && !corsAllowed && !isSameOrigin(origin, req.headers.host)) noteRefusedOrigin(origin);

      if (req.method === 'OPTIONS') {
        if (corsAllowed) {
          sendEmpty(res, 204, {
            ...PREFLIGHT_HEADERS,
            'Access-Control-Allow-Methods': [.../** @type {string[]} */ (route.cors), 'OPTIONS'].join(', '),
            Allow: allowed(route).join(', ')
          });
        } else {
          sendJson(res, 403, {
            error: 'origin-not-allowed',
            message: isPublic
              ? `This server does not accept requests from pages at ${forLog(origin ?? '(no origin)')}. ` +
                'Its TB_ALLOWED_ORIGINS setting must name that origin.'
              : 'This address is only for the person who runs the server, not for other sites.'
          });
        }
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
 * @param {Omit<HandlerOptions, 'store' | 'validator' | 'adminToken'> & { dbPath?: string, adminToken?: string,
 *   port?: number, host?: string, schemasDir?: string,
 *   timeouts?: { headersMs?: number, requestMs?: number, keepAliveMs?: number }, maxConnections?: number,
 *   relayConfig?: import('./config.js').RelayConfig | null }} [options]
 *   adminToken: generated when not given (read it back from the result)
 *   relayConfig: where to pass submissions on (loadRelayConfig in server/config.js); none when left out
 *   timeouts: how long a client may take to send its headers, its whole request, and between requests
 * @returns {Promise<{ server: import('node:http').Server, url: string, db: import('better-sqlite3').Database,
 *   store: import('./store.js').Store, adminToken: string, relays: import('./relay-queue.js').RelayQueue | null,
 *   close(): Promise<void> }>}
 */
export async function startIntakeServer({
  dbPath,
  adminToken = generateAdminToken(),
  port = 0,
  host = '127.0.0.1',
  schemasDir = DEFAULT_SCHEMAS_DIR,
  timeouts = {},
  maxConnections = DEFAULT_MAX_CONNECTIONS,
  relayConfig = null,
  ...handlerOptions
} = {}) {
  if (!dbPath) throw new Error('startIntakeServer needs dbPath: where to keep the SQLite database.');
  const { headersMs, requestMs, keepAliveMs } = { ...DEFAULT_TIMEOUTS, ...timeouts };
  if (!(headersMs > 0 && requestMs >= headersMs && keepAliveMs > 0)) {
    throw new Error('timeouts must be positive, and the request timeout at least the headers timeout.');
  }
  // Schemas first: a broken schema should stop start-up before anything is opened.
  const validator = createValidator(schemasDir);
  const store = openStore(dbPath);
  // Relay hook: the queue that passes submissions on to help desks, when any are set up.
  const relays = relayConfig
    ? createRelayQueue({ db: store.db, config: relayConfig, log: handlerOptions.log ?? console.log })
    : null;
  const relayWaitMs = relayConfig?.waitMs ?? 0;
  /** @type {http.Server} */
  let server;
  try {
    const handler = createIntakeHandler({ ...handlerOptions, store, validator, adminToken, relays, relayWaitMs });
    server = http.createServer(
      {
        headersTimeout: headersMs,
        requestTimeout: requestMs,
        // How often Node looks for connections past those limits.
        connectionsCheckingInterval: Math.min(1000, Math.ceil(headersMs / 2))
      },
      handler
    );
    server.keepAliveTimeout = keepAliveMs;
    // Connections past the cap are closed as they arrive, so slow clients cannot take every socket.
    server.maxConnections = maxConnections;
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
    store,
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
