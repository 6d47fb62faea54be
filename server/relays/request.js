// @ts-check
// What every relay shares: one error type that says whether the help desk may have got the ticket anyway
// ("unclear"), and an HTTP request with a time limit whose failures are sorted into clear and unclear.

/**
 * @typedef {{ number: string | null, id?: string | null }} RelayResult  number: the help desk's ticket number
 * @typedef {{ name: import('../config.js').RelayName, system: string, givesTicketNumber: boolean,
 *   send(submission: import('./message.js').RelaySubmission, attempt: { retryAfterUnclear: boolean }):
 *   Promise<RelayResult>, close?(): void }} Relay
 */

export class RelayError extends Error {
  /**
   * @param {string} message a plain sentence for the inbox and the log; never a secret
   * @param {{ unclear?: boolean, retryAfterMs?: number | null }} [options]
   *   unclear: the request may have reached the help desk and made a ticket (a timeout, a 5xx, a cut connection)
   */
  constructor(message, { unclear = false, retryAfterMs = null } = {}) {
    super(message);
    this.name = 'RelayError';
    this.unclear = unclear;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Connection errors that mean the request never reached the help desk. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_INVALID_URL']);

/**
 * Retry-After in seconds or as a date → milliseconds, or null.
 * @param {string | null} header
 */
function retryAfter(header) {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/**
 * @param {string} system 'osTicket' or 'Zammad', for the messages
 * @param {string} url
 * @param {RequestInit} init
 * @param {number} timeoutMs
 * @returns {Promise<{ status: number, text: string, headers: Headers }>}
 */
export async function request(system, url, init, timeoutMs) {
  let response;
  try {
    response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const err = /** @type {Error & { cause?: { code?: string } }} */ (error);
    if (err.name === 'TimeoutError' || err.name === 'AbortError') {
      const seconds = Math.round(timeoutMs / 100) / 10;
      throw new RelayError(`${system} did not answer within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`, {
        unclear: true
      });
    }
    const code = err.cause?.code ?? '';
    if (NOT_SENT.has(code)) {
      throw new RelayError(`${system} could not be reached (${code}). Is it running, and is the address right?`);
    }
    throw new RelayError(`The connection to ${system} broke off (${code || err.message}).`, { unclear: true });
  }
  let text;
  try {
    text = await response.text();
  } catch {
    throw new RelayError(`The connection to ${system} broke off while it answered.`, { unclear: true });
  }
  return { status: response.status, text, headers: response.headers };
}

/**
 * Turns a help desk's refusal into a RelayError with a message that says what to check.
 * @param {string} system
 * @param {{ status: number, text: string, headers: Headers }} response
 * @param {string} credentialHint what to check on 401/403
 */
export function refusal(system, { status, text, headers }, credentialHint) {
  // The help desk's own words help the IT person, but only a short, single line of them.
  const said = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  const saidPart = said ? ` It said: "${said}"` : '';
  if (status === 401 || status === 403) {
    return new RelayError(`${system} refused the credentials (${status}). ${credentialHint}${saidPart}`);
  }
  if (status === 429) {
    return new RelayError(`${system} asked us to slow down (429).${saidPart}`, {
      retryAfterMs: retryAfter(headers.get('retry-after'))
    });
  }
  if (status >= 500) {
    // The help desk may have made the ticket before it failed: the next try looks before it posts again.
    return new RelayError(`${system} had a problem of its own (${status}).${saidPart}`, {
      unclear: true,
      retryAfterMs: retryAfter(headers.get('retry-after'))
    });
  }
  if (status >= 300 && status < 400) {
    return new RelayError(
      `${system} answered with a redirect (${status}) to ${headers.get('location') ?? 'somewhere else'}. Check the address (https, trailing path).`
    );
  }
  return new RelayError(`${system} did not accept the ticket (${status}).${saidPart}`);
}
