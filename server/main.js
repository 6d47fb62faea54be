// @ts-check
// `npm run serve`: runs the reference intake server from environment variables. See docs/server.md.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrCreateAdminToken } from './auth.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT, startIntakeServer } from './app.js';
import { loadRelayConfig } from './config.js';
import { parseTypeList } from './types.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {string} name
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 */
function integerFromEnv(name, fallback, min, max) {
  const text = process.env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}".`);
  }
  return value;
}

async function main() {
  const env = process.env;
  const port = integerFromEnv('PORT', 8787, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  const maxBodyBytes = integerFromEnv('TB_MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1, Number.MAX_SAFE_INTEGER);
  // The default lives in the repository; a path given in TB_DB is read from where the command runs, as usual.
  const dbPath = env.TB_DB?.trim() ? resolve(env.TB_DB.trim()) : join(REPO_ROOT, 'data', 'techbridge.sqlite');
  // Origins never end in "/", but a pasted address often does; without this it would silently never match.
  const allowedOrigins = (env.TB_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map(origin => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of allowedOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/i.test(origin)) {
      console.warn(
        `Warning: "${origin}" in TB_ALLOWED_ORIGINS is not an origin like https://intranet.example.org ` +
          '(the scheme and the host, with any port, and nothing after them); it will never match a page.'
      );
    }
  }
  const extraTypes = parseTypeList(env.TB_EXTRA_TYPES ?? '', 'TB_EXTRA_TYPES');
  const typeLimits = parseTypeList(env.TB_TYPE_LIMITS ?? '', 'TB_TYPE_LIMITS');
  // 0 turns the limit off (for load tests on one computer); never do that on the internet.
  const rateMax = integerFromEnv('TB_RATE_LIMIT', DEFAULT_RATE_LIMIT, 0, 1_000_000);
  const trustProxy = /^(1|true|yes)$/i.test(env.TB_TRUST_PROXY?.trim() ?? '');

  mkdirSync(dirname(dbPath), { recursive: true });
  let adminToken = env.TB_ADMIN_TOKEN?.trim();
  let tokenNote = 'from TB_ADMIN_TOKEN';
  if (!adminToken) {
    const tokenFile = join(dirname(dbPath), 'admin-token');
    const stored = loadOrCreateAdminToken(tokenFile);
    if (stored.warning) console.warn(`Warning: ${stored.warning}`);
    adminToken = stored.token;
    // Printed once, when it is made: start-up lines often end up in logs that others can read.
    if (stored.created) {
      tokenNote = `admin token: ${adminToken}`;
      console.log(`Created the admin token in ${tokenFile}`);
    } else {
      tokenNote = `admin token in ${tokenFile}`;
      console.log(`Using the admin token in ${tokenFile} (not printed; the file holds it)`);
    }
  } else if (adminToken.length < 16) {
    console.warn('Warning: TB_ADMIN_TOKEN is short and easy to guess; use 16 characters or more.');
  }

  // Relay hook: help desks and email from TB_RELAY_*, TB_OSTICKET_*, TB_ZAMMAD_*, TB_SMTP_URL… or TB_CONFIG.
  const relayConfig = loadRelayConfig(env);
  for (const warning of relayConfig.warnings) console.warn(`Warning: ${warning}`);
  const app = await startIntakeServer({
    dbPath,
    adminToken,
    allowedOrigins,
    maxBodyBytes,
    extraTypes,
    typeLimits,
    rateLimit: rateMax ? { max: rateMax } : null,
    trustProxy,
    port,
    host,
    relayConfig: relayConfig.routes.size ? relayConfig : null
  });

  // Before the start-up lines: whoever reads them (a person, a test) may ask us to stop straight away.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    app.close().then(
      () => process.exit(0),
      error => {
        console.error(error);
        process.exit(1);
      }
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`Techbridge intake server at ${app.url}, keeping submissions in ${dbPath}`);
  console.log(`Submissions go to: POST ${app.url}/api/submissions`);
  console.log(`Inbox: ${app.url}/inbox  (${tokenNote})`);
  if (allowedOrigins.length) console.log(`Pages allowed to send from other sites: ${allowedOrigins.join(', ')}`);
  else console.log('Only pages on this address may send (set TB_ALLOWED_ORIGINS to allow your intranet’s pages).');
  if (!rateMax) console.warn('Warning: TB_RATE_LIMIT=0 turns off the limit on posts; never do that on the internet.');
  for (const [type, names] of relayConfig.routes) console.log(`Passing ${type} on to: ${names.join(', ')}`);
}

main().catch(error => {
  console.error(`The intake server could not start: ${error.message}`);
  process.exit(1);
});
