// @ts-check
// Local stand-ins for the help desks the relays talk to, on 127.0.0.1 only: an osTicket and a Zammad that check
// each request the way the real ones do (key or token, field names, encodings) and record it, and an SMTP sink
// (smtp-server) that receives and parses the email. Each can be told to fail the next requests in the ways the
// real ones fail: 401, 5xx, or a time-out after the ticket was made.
import http from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * What the next request gets. 'ok' answers normally; a status answers that status without making a ticket;
 * 'create-then-500' makes the ticket and then answers 500; 'create-then-hang' makes the ticket and answers only
 * after `hangMs` (after the relay has given up).
 * @typedef {'ok' | 401 | 403 | 429 | 500 | 502 | 503 | 'create-then-500' | 'create-then-hang'} Behaviour
 * @typedef {{ method: string, url: string, headers: import('node:http').IncomingHttpHeaders, body: string,
 *   json: any }} RecordedRequest
 */

/**
 * @param {(req: RecordedRequest, res: import('node:http').ServerResponse) => void} handle
 * @param {number} [port]
 */
async function listen(handle, port = 0) {
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json = null;
      try {
        json = body ? JSON.parse(body) : null;
      } catch {
        json = undefined;
      }
      handle({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, json }, res);
    });
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise(resolve => server.close(() => resolve(undefined)));
    }
  };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} body
 * @param {string} type
 */
function answer(res, status, body, type) {
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** A port nothing listens on (yet): for a help desk that is down. */
export async function freePort() {
  const probe = await listen(() => {});
  await probe.close();
  return probe.port;
}

/**
 * @param {{ hangMs?: number }} options
 */
function behaviourQueue({ hangMs = 1500 }) {
  /** @type {Behaviour[]} */
  const queue = [];
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set();
  return {
    queue,
    next: () => queue.shift() ?? 'ok',
    /**
     * @param {import('node:http').ServerResponse} res
     * @param {() => void} send
     */
    later(res, send) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, hangMs);
      timers.add(timer);
      res.on('close', () => clearTimeout(timer));
    },
    clear() {
      for (const timer of timers) clearTimeout(timer);
    }
  };
}

/**
 * What a test holds of a fake help desk: its address, what it received and made, and a way to make it fail.
 * @template T
 * @param {Awaited<ReturnType<typeof listen>>} server
 * @param {ReturnType<typeof behaviourQueue>} behaviour
 * @param {RecordedRequest[]} requests
 * @param {T[]} tickets
 */
function fakeDesk(server, behaviour, requests, tickets) {
  return {
    ...server,
    requests,
    tickets,
    /** @param {...Behaviour} next what the next requests get, in order */
    failNext: (...next) => behaviour.queue.push(...next),
    close() {
      behaviour.clear();
      return server.close();
    }
  };
}

/**
 * A fake osTicket: POST /api/tickets.json with X-API-Key, answering 201 with the ticket number as plain text.
 * @param {{ key: string, port?: number, hangMs?: number, firstNumber?: number }} options
 */
export async function startFakeOsTicket({ key, port = 0, hangMs, firstNumber = 481516 }) {
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {Array<{ number: string, request: RecordedRequest, html: string }>} */
  const tickets = [];
  const behaviour = behaviourQueue({ hangMs });

  /** @param {RecordedRequest} req */
  function problems(req) {
    const body = req.json;
    if (!body || typeof body !== 'object') return 'Unable to parse the body as JSON';
    for (const field of ['name', 'email', 'subject', 'message']) {
      if (typeof body[field] !== 'string' || !body[field]) return `${field}: required`;
    }
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email)) return 'email: Valid email address required';
    if (!body.message.startsWith('data:text/html')) return 'message: expected a data:text/html URL';
    for (const attachment of body.attachments ?? []) {
      const [name, url] = Object.entries(attachment)[0] ?? [];
      if (!name || typeof url !== 'string' || !/^data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+$/.test(url)) {
        return 'attachments: each must be { "name": "data:type;base64,…" }';
      }
    }
    return null;
  }

  const server = await listen((req, res) => {
    requests.push(req);
    if (req.method !== 'POST' || req.url !== '/api/tickets.json') return answer(res, 404, 'Not found', 'text/plain');
    if (req.headers['x-api-key'] !== key) return answer(res, 401, 'API key not authorized', 'text/plain');
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      return answer(res, 415, 'Unsupported data format', 'text/plain');
    }
    const next = behaviour.next();
    // A careless server (or proxy) that repeats the key it got: only the relay's redaction keeps it out of logs.
    if (next === 401) return answer(res, 401, `API key not authorized: ${req.headers['x-api-key']}`, 'text/plain');
    if (typeof next === 'number') return answer(res, next, 'Temporarily unavailable', 'text/plain');
    const problem = problems(req);
    if (problem) return answer(res, 400, problem, 'text/plain');
    const number = String(firstNumber + tickets.length);
    // What osTicket does with "data:text/html;charset=utf-8,…": everything after the first comma, as it is.
    const html = req.json.message.slice(req.json.message.indexOf(',') + 1);
    tickets.push({ number, request: req, html });
    if (next === 'create-then-500') return answer(res, 500, 'Internal error', 'text/plain');
    if (next === 'create-then-hang') return behaviour.later(res, () => answer(res, 201, number, 'text/plain'));
    answer(res, 201, number, 'text/plain');
  }, port);

  return fakeDesk(server, behaviour, requests, tickets);
}

/**
 * A fake Zammad: POST /api/v1/tickets and GET /api/v1/tickets/search, with "Authorization: Token token=…".
 * @param {{ token: string, port?: number, hangMs?: number }} options
 */
export async function startFakeZammad({ token, port = 0, hangMs }) {
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {Array<{ id: number, number: string, title: string, tags: string[], request: RecordedRequest }>} */
  const tickets = [];
  const behaviour = behaviourQueue({ hangMs });
  /** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
  const json = (res, status, body) => answer(res, status, JSON.stringify(body), 'application/json; charset=utf-8');

  /** @param {any} body */
  function problems(body) {
    if (!body || typeof body !== 'object') return 'body must be JSON';
    if (typeof body.title !== 'string' || !body.title) return 'title is required';
    if (typeof body.group !== 'string' || !body.group) return 'group is required';
    if (typeof body.customer_id !== 'string' || !/^guess:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.customer_id)) {
      return 'customer_id must be guess:<email>';
    }
    const article = body.article;
    if (!article || typeof article.body !== 'string' || !article.body) return 'article.body is required';
    if (article.content_type !== 'text/html' || article.type !== 'web') return 'article must be text/html, type web';
    for (const file of article.attachments ?? []) {
      if (!file.filename || !file['mime-type'] || !/^[A-Za-z0-9+/=]+$/.test(file.data ?? '')) {
        return 'attachments need filename, data (base64) and mime-type';
      }
    }
    if (body.tags !== undefined && typeof body.tags !== 'string') return 'tags must be a comma-separated string';
    return null;
  }

  const server = await listen((req, res) => {
    requests.push(req);
    if (req.headers.authorization !== `Token token=${token}`) {
      return json(res, 401, { error: 'Authentication required' });
    }
    const url = new URL(req.url, 'http://zammad.invalid');
    if (req.method === 'GET' && url.pathname === '/api/v1/tickets/search') {
      const match = /^tags:"([^"]+)"$/.exec(url.searchParams.get('query') ?? '');
      const found = match ? tickets.filter(t => t.tags.includes(match[1])) : [];
      const shown = found.map(({ id, number, title }) => ({ id, number, title }));
      return json(res, 200, url.searchParams.get('expand') === 'true' ? shown : { tickets: found.map(t => t.id) });
    }
    if (req.method !== 'POST' || url.pathname !== '/api/v1/tickets') return json(res, 404, { error: 'Not found' });
    const next = behaviour.next();
    if (next === 401) return json(res, 401, { error: `Invalid token: ${req.headers.authorization}` });
    if (typeof next === 'number') return json(res, next, { error: 'Service unavailable' });
    const problem = problems(req.json);
    if (problem) return json(res, 422, { error: problem });
    const id = tickets.length + 1;
    const ticket = {
      id,
      number: String(31000 + id),
      title: req.json.title,
      tags: String(req.json.tags ?? '')
        .split(',')
        .map(tag => tag.trim())
        .filter(Boolean),
      request: req
    };
    tickets.push(ticket);
    const created = { id, number: ticket.number, title: ticket.title, group_id: 1, customer_id: 7 };
    if (next === 'create-then-500') return json(res, 500, { error: 'Internal error' });
    if (next === 'create-then-hang') return behaviour.later(res, () => json(res, 201, created));
    json(res, 201, created);
  }, port);

  return fakeDesk(server, behaviour, requests, tickets);
}

/**
 * An SMTP server that keeps what it receives, parsed. Plain SMTP with AUTH (no STARTTLS) on 127.0.0.1.
 * @param {{ user: string, pass: string }} credentials
 */
export async function startSmtpSink({ user, pass }) {
  /** @type {Array<{ envelope: { from: string, to: string[] }, raw: string, mail: any }>} */
  const messages = [];
  /** @type {number[]} */
  const refusals = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      /** @type {Buffer[]} */
      const chunks = [];
      stream.on('data', chunk => chunks.push(chunk));
      stream.on('end', () => {
        const code = refusals.shift();
        if (code) {
          const error = /** @type {Error & { responseCode?: number }} */ (new Error('Try again later'));
          error.responseCode = code;
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          mail => {
            messages.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map(r => r.address)
              },
              raw,
              mail
            });
            callback();
          },
          error => callback(error)
        );
      });
    }
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.server.address());
  return {
    port: address.port,
    url: `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${address.port}`,
    messages,
    /** @param {...number} codes SMTP reply codes for the next messages (like 451) */
    refuseNext: (...codes) => refusals.push(...codes),
    close: () => new Promise(resolve => server.close(() => resolve(undefined)))
  };
}
