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
  "default-src 'none'; style-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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
 * Sets CORS headers when the request's Origin is on the allow-list; says whether it was.
 * Requests from other origins get none, so a browser will not let that page read the response.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {ReadonlySet<string>} allowedOrigins exact origins; '*' allows any
 */
export function applyCors(req, res, allowedOrigins) {
  // Responses differ by Origin, so caches must key on it even when this one gets no CORS headers.
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (!origin || !(allowedOrigins.has('*') || allowedOrigins.has(origin))) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', 'Idempotent-Replayed, Location');
  return true;
}

/** The extra headers of a successful CORS preflight. */
export const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, X-CSRF-Token, Authorization',
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
 * After refusing a body, reads and throws away what the client is still sending, so it gets to read our answer:
 * closing a socket with unread data makes the kernel reset the connection, and the 413 can be lost with it. Past
 * `limit` more bytes the client is not listening, and the connection is cut.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 */
export function discardBody(req, limit) {
  let discarded = 0;
  req.on('data', chunk => {
    discarded += chunk.length;
    if (discarded > limit) req.socket.destroy();
  });
  req.on('error', () => {});
  req.resume();
}
