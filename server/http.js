// @ts-check
// Small HTTP helpers for the intake server: responses with the headers every response needs, CORS, and reading a
// request body without ever holding more than the size limit in memory.

/** Every response: browsers must not guess content types, and links out of the inbox must not reveal its address. */
const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** API responses are data, never a page: nothing may load or frame them. */
const API_HEADERS = {
  ...BASE_HEADERS,
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'"
};

export const INBOX_CSP =
  "default-src 'none'; style-src 'self'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...API_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers
  });
  res.end(text);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} html
 * @param {Record<string, string>} [headers]
 */
export function sendHtml(res, status, html, headers = {}) {
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': INBOX_CSP,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    ...headers
  });
  res.end(html);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} css
 */
export function sendCss(res, css) {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Cache-Control': 'public, max-age=300',
    'Content-Type': 'text/css; charset=utf-8',
    'Content-Length': Buffer.byteLength(css)
  });
  res.end(css);
}

/** @param {import('node:http').ServerResponse} res */
export function sendEmpty(res, status = 204, headers = {}) {
  res.writeHead(status, { ...BASE_HEADERS, 'Cache-Control': 'no-store', ...headers });
  res.end();
}

/**
 * How an origin is compared: browsers send `https://intranet.example.org`; a pasted address may be
 * `https://Intranet.Example.org/`. Scheme and host are case-insensitive, and an origin never ends in "/".
 * @param {string} text
 */
export const normalizeOrigin = text => text.trim().replace(/\/+$/, '').toLowerCase();

/**
 * The pages allowed to send from the browser. `*` allows any page, but never the origin `null` (sandboxed frames,
 * files, some redirects), which any site can make itself.
 * @param {Iterable<string>} list
 */
export function createOriginPolicy(list) {
  const origins = new Set([...list].map(normalizeOrigin).filter(Boolean));
  const any = origins.has('*');
  origins.delete('*');
  return {
    any,
    /** The allow-list as given (normalized), for messages. */
    listed: [...origins],
    /** @param {string | undefined} origin */
    allows(origin) {
      if (!origin) return false;
      const normalized = normalizeOrigin(origin);
      return normalized !== 'null' && (any || origins.has(normalized));
    }
  };
}

/** @typedef {ReturnType<typeof createOriginPolicy>} OriginPolicy */

/**
 * Sets CORS headers when the request's Origin is allowed; says whether it was. Called for public routes only
 * (sending a submission, the health check): the inbox and the admin API never answer other sites' pages.
 * Requests from other origins get none, so a browser will not let that page read the response.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {OriginPolicy} policy
 */
export function applyCors(req, res, policy) {
  const origin = req.headers.origin;
  if (!policy.allows(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', /** @type {string} */ (origin));
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  return true;
}

/** What a page on an allowed origin may read: the proof of acceptance, the replay flag, where to wait. */
export const EXPOSED_HEADERS = 'Techbridge-Accepted, Idempotent-Replayed, Location, Retry-After';

/** The extra headers of a successful CORS preflight. */
export const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, X-CSRF-Token',
  'Access-Control-Max-Age': '600'
};

/** A request body larger than the limit; nothing past the limit was kept. */
export class BodyTooLargeError extends Error {
  constructor() {
    super('Request body too large');
  }
}

/**
 * Collects the request body, rejecting with BodyTooLargeError as soon as it passes `limit` bytes — whether the
 * client announced its size in Content-Length or streams it chunked.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
export function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      reject(new BodyTooLargeError());
      return;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    /** @param {Buffer} chunk */
    const onData = chunk => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    /** @param {Error} error */
    const onError = error => {
      cleanup();
      reject(error);
    };
    const onClose = () => onError(new Error('The client closed the connection before sending the whole body.'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/**
 * Before answering a request whose body we will not use (too large, too many requests, wrong type): reads and
 * throws away what the client is still sending, up to `limit` bytes, so that it gets to read our answer. Answering
 * and closing a socket with unread data makes the kernel reset the connection, and the client sees EPIPE or
 * ECONNRESET instead of the answer. Resolves true when the body ended (the connection can be kept), false when
 * the client sent more than `limit` or went away (answer with Connection: close).
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<boolean>}
 */
export function drainBody(req, limit) {
  if (req.complete || req.readableEnded) return Promise.resolve(true);
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.resolve(false);
  return new Promise(resolve => {
    let discarded = 0;
    /** @param {boolean} ended */
    const done = ended => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      if (!ended) req.pause();
      resolve(ended);
    };
    /** @param {Buffer} chunk */
    const onData = chunk => {
      discarded += chunk.length;
      if (discarded > limit) done(false);
    };
    const onEnd = () => done(true);
    const onClose = () => done(false);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    req.on('error', () => {});
    req.resume();
  });
}
