#!/usr/bin/env node
// npm start: the demo page and the reference intake server, one command, one address. The intake server runs in
// this process; Vite serves the page and passes /api and /inbox on to it, so the page, its endpoint and the IT
// inbox share one origin. Ctrl-C stops both.
//
//   PORT            demo port (default 5173)
//   TB_DB           SQLite file for submissions (default data/techbridge.sqlite)
//   TB_ADMIN_TOKEN  inbox password; without it the one in data/admin-token is used (created on first start),
//                   the same one `npm run serve` uses
import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

async function main() {
  const port = process.env.PORT ? Number(process.env.PORT) : 5173;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fail(`PORT must be a port number, not "${process.env.PORT}".`);
  const dbPath = process.env.TB_DB?.trim() ? resolve(process.env.TB_DB.trim()) : join(ROOT, 'data/techbridge.sqlite');
  mkdirSync(dirname(dbPath), { recursive: true });

  const { startIntakeServer } = await import('../server/app.js');
  let adminToken = process.env.TB_ADMIN_TOKEN?.trim() || undefined;
  if (!adminToken) {
    const { loadOrCreateAdminToken } = await import('../server/auth.js');
    const stored = loadOrCreateAdminToken(join(dirname(dbPath), 'admin-token'));
    if (stored.warning) console.warn(`Warning: ${stored.warning}`);
    adminToken = stored.token;
  }

  const demoOrigins = [`http://${HOST}:${port}`, `http://localhost:${port}`];
  const intake = await startIntakeServer({
    dbPath,
    adminToken,
    allowedOrigins: demoOrigins,
    port: 0,
    host: HOST,
    log: line => console.log(`intake: ${line}`)
  });

  // vite.config.ts reads this when Vite loads it, below.
  process.env.TB_INTAKE_URL = intake.url;
  const { createServer } = await import('vite');
  let vite;
  try {
    vite = await createServer({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      // Vite's own banner and dependency notes would bury the one block below; warnings and errors still show.
      logLevel: 'warn',
      // strictPort: the intake server's allow-list names this port, so Vite must not wander to another one.
      server: { port, host: HOST, strictPort: true }
    });
    await vite.listen();
  } catch (error) {
    await intake.close();
    if (error.code === 'EADDRINUSE' || /already in use/i.test(error.message)) {
      fail(`port ${port} is in use. Stop the other program, or run: PORT=${port + 1} npm start`);
    }
    throw error;
  }

  const address = vite.httpServer.address();
  const base = `http://${HOST}:${address.port}`;
  const fromHere = relative(process.cwd(), dbPath);
  const shownDb = fromHere && !fromHere.startsWith('..') && !isAbsolute(fromHere) ? fromHere : dbPath;
  console.log(
    [
      '',
      `Techbridge demo: ${base}/`,
      `Inbox for IT: ${base}/inbox (password: ${intake.adminToken}, any user name)`,
      `Submissions are stored in ${shownDb}`,
      'Press Ctrl-C to stop.',
      ''
    ].join('\n')
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Vite waits for open browser connections; do not leave the person staring at a terminal that will not quit.
    setTimeout(() => process.exit(0), 3000).unref();
    const results = await Promise.allSettled([vite.close(), intake.close()]);
    const failed = results.find(r => r.status === 'rejected');
    if (failed) console.error(failed.reason);
    process.exit(failed ? 1 : 0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(error => fail(error.stack ?? String(error)));
