// @ts-check
// Starts the real reference intake server (on a throw-away SQLite file) and the fault-injecting proxy for the
// browser tests, and gives the tests commands to steer them (`executeServerCommand` from @web/test-runner-commands).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIntakeServer } from '../../server/app.js';
import { startFaultProxy } from './fault-proxy.js';
import { startMischiefServer } from './mischief-server.js';

const ADMIN_TOKEN = 'test-admin-token-not-secret';

export function testServersPlugin() {
  /** @type {Awaited<ReturnType<typeof startIntakeServer>> | undefined} */
  let intake;
  /** @type {Awaited<ReturnType<typeof startFaultProxy>> | undefined} */
  let proxy;
  /** A second real intake server that allows only another site's pages (so this page's preflight is refused). */
  /** @type {Awaited<ReturnType<typeof startIntakeServer>> | undefined} */
  let strict;
  /** @type {Awaited<ReturnType<typeof startMischiefServer>> | undefined} */
  let mischief;
  let dir = '';

  return {
    name: 'tb-test-servers',

    async serverStart() {
      dir = mkdtempSync(join(tmpdir(), 'tb-wtr-'));
      intake = await startIntakeServer({
        dbPath: join(dir, 'test.sqlite'),
        adminToken: ADMIN_TOKEN,
        allowedOrigins: ['*'],
        // The browser tests post made-up types (delivery-429, x-test) and many reports from one address.
        anyType: true,
        rateLimit: null,
        log: () => {}
      });
      proxy = await startFaultProxy(intake.url);
      strict = await startIntakeServer({
        dbPath: join(dir, 'strict.sqlite'),
        adminToken: ADMIN_TOKEN,
        allowedOrigins: ['https://intranet.example.org'],
        log: () => {}
      });
      mischief = await startMischiefServer();
    },

    async serverStop() {
      await proxy?.close();
      await intake?.close();
      await strict?.close();
      await mischief?.close();
      rmSync(dir, { recursive: true, force: true });
    },

    /** @param {{ command: string, payload?: any }} args */
    async executeCommand({ command, payload }) {
      if (!intake || !proxy) return undefined;
      switch (command) {
        case 'tb-env':
          return { intakeUrl: intake.url, proxyUrl: proxy.url, strictUrl: strict?.url, mischiefUrl: mischief?.url };
        case 'tb-mischief-posts':
          return mischief?.posts() ?? {};
        case 'tb-faults':
          proxy.configure(payload);
          proxy.resetStats();
          return true;
        case 'tb-fault-stats':
          return proxy.stats();
        case 'tb-stored': {
          // Read back through the admin API, the same way the IT person's tools would.
          const query = new URLSearchParams({
            limit: '1000',
            full: '1',
            ...(payload?.type ? { type: payload.type } : {})
          });
          const response = await fetch(`${intake.url}/api/submissions?${query}`, {
            headers: { Authorization: `Bearer ${ADMIN_TOKEN}` }
          });
          return response.json();
        }
        default:
          return undefined;
      }
    }
  };
}
