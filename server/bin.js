#!/usr/bin/env node
// @ts-check
// `techbridge-server` (the package's bin): the reference intake server from a production install, e.g.
//
//   npm install --omit=dev techbridge && npx techbridge-server
//
// Same settings as `npm run serve` (docs/server.md), except that the database and the admin token file default to
// ./data/ in the folder the command runs in, not inside node_modules, where a reinstall would delete them.
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`techbridge-server: the Techbridge reference intake server.

Settings come from environment variables:
  PORT                 port to listen on (default 8787; 0 picks a free one)
  HOST                 address to listen on (default 127.0.0.1; 0.0.0.0 for other computers)
  TB_DB                the SQLite file (default ./data/techbridge.sqlite)
  TB_ADMIN_TOKEN       the inbox password (default: made once, kept beside the database)
  TB_ALLOWED_ORIGINS   comma-separated origins whose pages may post from the browser
  TB_MAX_BODY_BYTES    largest submission accepted (default 5 MiB)

More: docs/server.md in the package.`);
  process.exit(0);
}
if (!process.env.TB_DB?.trim()) process.env.TB_DB = 'data/techbridge.sqlite';
await import('./main.js');
