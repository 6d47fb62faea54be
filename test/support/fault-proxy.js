// @ts-check
// A real HTTP proxy in front of the reference intake server that injects the faults a library network has:
// dropped connections, 500s, 429 with Retry-After, requests that hang past the client's timeout, and a response
// lost after the server already stored the submission. Only POSTs are faulted; everything else passes through.
import http from 'node:http';

/** @typedef {{ drop: number, e500: number, e429: number, hang: number, lost: number }} Rates */
/** @typedef {{ mode: 'ok' | 'down' | 'random', seed?: number, rates?: Partial<Rates>, hangMs?: number, retryAfter?: string }} FaultPlan */

const NO_FAULTS = { drop: 0, e500: 0, e429: 0, hang: 0, lost: 0 };

/**
 * Drops the connection without an answer.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function cut(req, res) {
  res.emit('tb-cut');
  req.socket.destroy();
}

/** Small seeded PRNG (mulberry32) so a failing run can be replayed with the same seed. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function freshStats() {
  return {
    posts: 0,
    forwarded: 0,
    outcomes: { ok: 0, drop: 0, e500: 0, e429: 0, hang: 0, lost: 0, down: 0 },
    replays: 0,
    /** Times a POST for a key arrived while another POST for the same key was still open. */
    overlaps: 0,
    overlapDetails: /** @type {string[]} */ ([]),
    attemptsByKey: /** @type {Record<string, number>} */ ({}),
    /** Request headers of the latest POST, to check Idempotency-Key and CSRF headers arrive. */
    lastHeaders: /** @type {import('node:http').IncomingHttpHeaders} */ ({})
  };
}

/**
 * @param {string} targetUrl the intake server, e.g. http://127.0.0.1:1234
 * @returns {Promise<{ url: string, configure(plan: FaultPlan): void, stats(): ReturnType<typeof freshStats>, resetStats(): void, close(): Promise<void> }>}
 */
export async function startFaultProxy(targetUrl) {
  const target = new URL(targetUrl);
  /** @type {FaultPlan} */
  let plan = { mode: 'ok' };
  let random = prng(1);
  let stats = freshStats();
  /** @type {Map<string, number>} */
  const open = new Map();
  /** @type {Map<string, string>} */
  const lastFault = new Map();
  const sockets = new Set();

  /** @param {http.IncomingMessage} req */
  function corsHeaders(req) {
    const origin = req.headers.origin;
    return origin
      ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' }
      : {};
  }

  function pickFault() {
    if (plan.mode === 'ok') return 'ok';
    if (plan.mode === 'down') return 'down';
    const rates = { ...NO_FAULTS, ...plan.rates };
    let roll = random();
    for (const kind of /** @type {(keyof Rates)[]} */ (['drop', 'e500', 'e429', 'hang', 'lost'])) {
      if (roll < rates[kind]) return kind;
      roll -= rates[kind];
    }
    return 'ok';
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {Buffer} body
   * @param {boolean} swallow true: wait for the full upstream response, then cut the client off
   */
  function forward(req, res, body, swallow) {
    stats.forwarded++;
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      up => {
        if (up.headers['idempotent-replayed']) stats.replays++;
        if (swallow) {
          up.resume();
          up.on('end', () => cut(req, res));
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      }
    );
    upstream.on('error', () => cut(req, res));
    upstream.end(body);
  }

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      // A dead network or server answers nothing at all, not even the outbox's "is the server there?" probe.
      if (plan.mode === 'down' && req.method !== 'POST') return cut(req, res);
      if (req.method !== 'POST') return forward(req, res, body, false);

      stats.posts++;
      stats.lastHeaders = req.headers;
      const key = String(req.headers['idempotency-key'] ?? '');
      stats.attemptsByKey[key] = (stats.attemptsByKey[key] ?? 0) + 1;
      const fault = pickFault();
      const previous = lastFault.get(key);
      if (open.get(key)) {
        stats.overlaps++;
        stats.overlapDetails.push(`${key}: ${previous} still open when ${fault} arrived`);
      }
      lastFault.set(key, fault);
      open.set(key, (open.get(key) ?? 0) + 1);
      // A request is over when its response closes, or the moment this proxy cuts it off (the socket's own close
      // event comes a little later, and a browser may already be resending by then).
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        open.set(key, (open.get(key) ?? 1) - 1);
      };
      res.on('close', end);
      res.on('tb-cut', end);

      stats.outcomes[fault]++;
      switch (fault) {
        case 'down':
        case 'drop':
          cut(req, res);
          return;
        case 'e500':
          res.writeHead(500, { 'Content-Type': 'application/json', ...corsHeaders(req) });
          res.end('{"error":"injected"}');
          return;
        case 'e429':
          res.writeHead(429, {
            'Content-Type': 'application/json',
            'Retry-After': plan.retryAfter ?? '1',
            ...corsHeaders(req)
          });
          res.end('{"error":"slow down"}');
          return;
        case 'hang':
          setTimeout(() => cut(req, res), plan.hangMs ?? 2000);
          return;
        case 'lost':
          forward(req, res, body, true);
          return;
        default:
          forward(req, res, body, false);
      }
    });
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://127.0.0.1:${address.port}`,
    configure(next) {
      plan = next;
      random = prng(next.seed ?? 1);
    },
    stats: () => structuredClone(stats),
    resetStats() {
      stats = freshStats();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise(resolve => server.close(() => resolve()));
    }
  };
}
