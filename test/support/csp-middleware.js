// @ts-check
// Test-server middleware for the Markdown and fetch tests:
// - serves fixture pages with a Trusted Types CSP, so the browser itself proves that no string reaches an HTML
//   sink (`/test/fixtures/*-tt.html`, or any path with `?csp=tt`);
// - a few routes under /__tb/ that a static file server cannot give: a slow answer (timeouts), a chosen status,
//   a hit counter (request de-duplication measured on the server, not by stubbing fetch), and a cookie echo.

export const TRUSTED_TYPES_CSP =
  "require-trusted-types-for 'script'; trusted-types dompurify lit-html techbridge 'allow-duplicates'";

/**
 * What a careful library CMS sends: scripts and styles from the site only (no inline script, no style attributes),
 * Trusted Types enforced, requests to the site and to the local test servers only.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html techbridge dompurify'
].join('; ');

const MAX_DELAY_MS = 30_000;

/** @param {unknown} value @param {number} fallback */
function toMs(value, fallback) {
  const ms = Number(value);
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, MAX_DELAY_MS) : fallback;
}

/** @param {number} ms */
const delay = ms => new Promise(resolve => setTimeout(resolve, ms));

export function cspMiddleware() {
  /** @type {Map<string, number>} */
  const hits = new Map();

  /**
   * @param {import('koa').Context} ctx
   * @param {() => Promise<unknown>} next
   */
  return async function tbTestMiddleware(ctx, next) {
    if (ctx.path.startsWith('/__tb/')) {
      ctx.set('Cache-Control', 'no-store');
      const key = String(ctx.query.key ?? '');
      switch (ctx.path) {
        case '/__tb/slow':
          await delay(toMs(ctx.query.ms, 2000));
          ctx.type = 'application/json';
          ctx.body = JSON.stringify({ slow: true });
          return;
        case '/__tb/status': {
          const status = Number(ctx.query.code);
          ctx.status = Number.isInteger(status) && status >= 200 && status <= 599 ? status : 500;
          ctx.type = 'text/plain';
          ctx.body = `status ${ctx.status}`;
          return;
        }
        case '/__tb/count': {
          const count = (hits.get(key) ?? 0) + 1;
          hits.set(key, count);
          await delay(toMs(ctx.query.ms, 0));
          ctx.type = 'application/json';
          ctx.body = JSON.stringify({ key, hits: count });
          return;
        }
        case '/__tb/cookie':
          ctx.type = 'application/json';
          ctx.body = JSON.stringify({ cookie: ctx.get('Cookie') });
          return;
        case '/__tb/hits':
          ctx.type = 'application/json';
          ctx.body = JSON.stringify({ key, hits: hits.get(key) ?? 0 });
          return;
        default:
          ctx.status = 404;
          return;
      }
    }
    if (/^\/test\/fixtures\/[^/]+-tt\.html$/.test(ctx.path) || ctx.query.csp === 'tt') {
      ctx.set('Content-Security-Policy', TRUSTED_TYPES_CSP);
    }
    if (/^\/test\/fixtures\/[^/]+-strict\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
    await next();
  };
}
