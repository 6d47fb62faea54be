// @ts-check
// Limits per client, kept in memory: how fast one client may post, and how many wrong admin tokens it may try.
// Each table holds at most `maxClients` entries (least recently seen dropped first), so a flood of addresses
// cannot grow it without bound.

/** @typedef {{ ok: true } | { ok: false, retryAfterSeconds: number }} Verdict */

/**
 * The client a request counts against: the connection's address, or, behind a proxy you trust to set it, the
 * address the proxy appended last to X-Forwarded-For.
 * @param {import('node:http').IncomingMessage} req
 * @param {boolean} trustProxy
 */
export function clientKey(req, trustProxy) {
  if (trustProxy) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map(part => part.trim())
      .filter(Boolean)
      .at(-1);
    if (forwarded) return forwarded.slice(0, 100);
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * @template T
 * @param {number} maxClients
 */
function boundedTable(maxClients) {
  /** @type {Map<string, T>} */
  const entries = new Map();
  return {
    /** @param {string} key */
    get(key) {
      const entry = entries.get(key);
      if (entry !== undefined) {
        // Re-inserting moves it to the end: the first key is then the least recently seen.
        entries.delete(key);
        entries.set(key, entry);
      }
      return entry;
    },
    /** @param {string} key @param {T} entry */
    set(key, entry) {
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > maxClients) entries.delete(/** @type {string} */ (entries.keys().next().value));
    },
    /** @param {string} key */
    delete(key) {
      entries.delete(key);
    }
  };
}

/**
 * `max` requests per `windowMs` per client, refilled evenly (a token bucket), so a burst of `max` is fine and a
 * steady stream gets `max` per window.
 * @param {{ max: number, windowMs?: number, maxClients?: number, now?: () => number }} options
 */
export function createRateLimiter({ max, windowMs = 60_000, maxClients = 10_000, now = Date.now }) {
  if (!(max > 0)) throw new Error(`The rate limit must be a positive number of requests, not ${max}.`);
  /** @type {ReturnType<typeof boundedTable<{ tokens: number, at: number }>>} */
  const buckets = boundedTable(maxClients);
  const perMs = max / windowMs;
  return {
    /**
     * Counts one request from `key`.
     * @param {string} key
     * @returns {Verdict}
     */
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: max, at: time };
      bucket.tokens = Math.min(max, bucket.tokens + (time - bucket.at) * perMs);
      bucket.at = time;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    }
  };
}

/**
 * Wrong admin tokens: `freeFailures` in a row are answered as usual; after that the client is locked out for
 * `lockMs` (every request answered 429 without checking the token), and each wrong token after the lock ends
 * locks it again. A right token clears the count.
 * @param {{ freeFailures?: number, lockMs?: number, maxClients?: number, now?: () => number }} [options]
 */
export function createSignInThrottle({ freeFailures = 10, lockMs = 60_000, maxClients = 10_000, now = Date.now } = {}) {
  /** @type {ReturnType<typeof boundedTable<{ failures: number, lockedUntil: number }>>} */
  const clients = boundedTable(maxClients);
  return {
    /**
     * @param {string} key
     * @returns {Verdict}
     */
    check(key) {
      const entry = clients.get(key);
      const wait = entry ? entry.lockedUntil - now() : 0;
      return wait > 0 ? { ok: false, retryAfterSeconds: Math.ceil(wait / 1000) } : { ok: true };
    },
    /** @param {string} key */
    failed(key) {
      const entry = clients.get(key) ?? { failures: 0, lockedUntil: 0 };
      entry.failures += 1;
      if (entry.failures >= freeFailures) entry.lockedUntil = now() + lockMs;
      clients.set(key, entry);
    },
    /** @param {string} key */
    succeeded(key) {
      clients.delete(key);
    }
  };
}
