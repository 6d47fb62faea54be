// @ts-check
// A real HTTP server that answers POSTs the ways a wrong endpoint does in the wild: a redirect to a sign-in page,
// a single-page app's catch-all 200 HTML page, a 2xx with no proof, a 501 from a static file host. The browser
// tests check that none of these is ever called "sent".
import http from 'node:http';

/** @param {http.IncomingMessage} req */
function cors(req) {
  const origin = req.headers.origin;
  return origin
    ? {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, X-CSRF-Token, Accept',
        'Access-Control-Allow-Methods': 'POST, GET, OPTIONS'
      }
    : {};
}

export async function startMischiefServer() {
  /** @type {Record<string, number>} */
  const posts = {};
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors(req));
      res.end();
      return;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST') posts[path] = (posts[path] ?? 0) + 1;
      const html = (/** @type {number} */ status, /** @type {string} */ body) => {
        res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...cors(req) });
        res.end(body);
      };
      if (path === '/login') return html(200, '<!doctype html><title>Sign in</title><form>Sign in</form>');
      if (req.method !== 'POST') return html(200, '<!doctype html><title>App</title><div id="app"></div>');
      switch (path) {
        case '/redirect':
          res.writeHead(302, { Location: '/login', ...cors(req) });
          res.end();
          return;
        case '/spa':
          return html(200, '<!doctype html><title>App</title><div id="app"></div>');
        case '/empty-json':
          res.writeHead(200, { 'Content-Type': 'application/json', ...cors(req) });
          res.end('{"ok":true}');
          return;
        case '/no-content':
          res.writeHead(204, cors(req));
          res.end();
          return;
        case '/static':
          return html(501, '<!doctype html><title>Unsupported method</title>');
        case '/refuse-then-accept': {
          // Busy, then a refusal (a sign-in that had run out, say), then a real receipt: the life of an entry
          // that the outbox kept, the endpoint refused later, and the person sent again.
          const json = (/** @type {number} */ status, /** @type {object} */ body) => {
            res.writeHead(status, { 'Content-Type': 'application/json', ...cors(req) });
            res.end(JSON.stringify(body));
          };
          const count = posts[path];
          if (count === 1) return json(503, { message: 'Busy' });
          if (count === 2) return json(403, { message: 'Your sign-in has run out' });
          let id = '';
          try {
            id = String(JSON.parse(Buffer.concat(chunks).toString('utf8')).id ?? '');
          } catch {
            return json(400, { message: 'Not JSON' });
          }
          return json(201, { id, reference: 'MX-000042' });
        }
        default:
          return html(404, '<!doctype html><title>Not found</title>');
      }
    });
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    posts: () => ({ ...posts }),
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      })
  };
}
