// @ts-check
// `npm run serve` with relays: settings from TB_CONFIG and the environment reach a real help desk (a fake
// Zammad here), the token is never printed, and a broken setting stops start-up with a plain message.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { startFakeZammad } from '../support/fake-helpdesks.js';
import { makeEnvelope, makeTempDir, postEnvelope } from './helpers.js';
import { waitFor } from './relay-helpers.js';

const MAIN = fileURLToPath(new URL('../../server/main.js', import.meta.url));
const TOKEN = 'zammad-token-from-config-file-42';

/**
 * Runs server/main.js with `env`; resolves with its output once `ready` matches, or when it exits.
 * @param {Record<string, string>} env
 * @param {RegExp} ready
 */
function runMain(env, ready) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', TB_ADMIN_TOKEN: 'relay-main-test-admin-token', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  /** @type {Promise<number | null>} */
  const exited = new Promise(resolve => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server/main.js did not start:\n${output}`)), 15_000);
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      if (!ready.test(output)) return;
      clearTimeout(timer);
      resolve({ child, exited, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then(() => {
      clearTimeout(timer);
      resolve({ child, exited, output: () => output });
    });
  });
}

describe('npm run serve with relays', () => {
  const dir = makeTempDir();
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('reads TB_CONFIG, passes reports on, and never prints the token', async () => {
    const zammad = await startFakeZammad({ token: TOKEN });
    const configPath = join(dir, 'techbridge.json');
    writeFileSync(configPath, JSON.stringify({ zammad: { url: zammad.url, token: TOKEN, group: 'Users' } }));
    chmodSync(configPath, 0o600);
    const run = await runMain(
      {
        TB_DB: join(dir, 'db.sqlite'),
        TB_CONFIG: configPath,
        TB_RELAY_ROOM_BOOKING: 'zammad',
        // A type with no schema must be named to be kept; a busy machine may need longer for the ticket.
        TB_EXTRA_TYPES: 'room-booking',
        TB_RELAY_WAIT_MS: '10000'
      },
      /Passing room-booking on to: zammad/
    );
    try {
      const url = /Techbridge intake server at (http:\/\/\S+),/.exec(run.output())?.[1];
      assert.ok(url, run.output());
      // A type with no schema in src/content/schemas, so this test does not follow the problem report's fields.
      const envelope = makeEnvelope({ type: 'room-booking', data: { summary: 'Book the meeting room' } });
      const body = await (await postEnvelope(url, envelope)).json();
      assert.deepEqual(body.ticket, { system: 'zammad', number: '31001' });
      await waitFor(() => zammad.tickets.length === 1, 'the Zammad ticket');
    } finally {
      run.child.kill('SIGTERM');
      assert.equal(await run.exited, 0);
      await zammad.close();
    }
    assert.ok(!run.output().includes(TOKEN), 'the token was printed');
    assert.match(run.output(), /Relay: RB-000001 sent to Zammad as ticket 31001 \(try 1\)\./);
  });

  test('a relay named but not set up stops start-up with a plain message', async () => {
    const run = await runMain({ TB_DB: join(dir, 'other.sqlite'), TB_RELAY_PROBLEM_REPORT: 'zammad' }, /$^/);
    assert.equal(await run.exited, 1);
    assert.match(run.output(), /could not start: The Zammad relay needs TB_ZAMMAD_URL/);
  });
});
