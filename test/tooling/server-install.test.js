// @ts-check
// The reference server from a production install: pack the package, unpack it into an empty folder with the lock
// file, `npm ci --omit=dev` (offline, from the npm cache this machine already has; better-sqlite3 is built for this
// Node), then start the `techbridge-server` bin and POST a submission to it over real HTTP. Only what the package
// ships and its runtime dependencies are there: a dev dependency or an unshipped file it needed would fail this.
//
// When the cache lacks a package (a machine that never ran `npm ci`), the install cannot work offline: the test
// is skipped with that reason rather than reaching for the network.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ROOT } from '../../scripts/elements.mjs';

let work = '';
/** @type {import('node:child_process').ChildProcess | undefined} */
let child;

after(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Starts the bin and resolves with the submissions URL it prints. */
function startBin(cwd, bin, env) {
  return new Promise((resolve, reject) => {
    child = spawn(join(cwd, bin), [], { cwd, env: { ...process.env, ...env } });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start in time:\n${output}`)), 60_000);
    const read = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      const match = output.match(/POST (http:\/\/127\.0\.0\.1:\d+\/api\/submissions)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`techbridge-server exited with ${code}:\n${output}`));
    });
  });
}

test('npm ci --omit=dev of the packed package, then techbridge-server serves POST /api/submissions', async t => {
  work = mkdtempSync(join(tmpdir(), 'tb-server-install-'));
  const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(packed.status, 0, packed.stderr);
  const tarball = join(work, packed.stdout.trim().split('\n').pop() ?? '');
  // The package as unpacked from the tarball, with the repository's lock file: `npm ci --omit=dev` installs exactly
  // the locked runtime dependencies, as a production checkout would.
  const site = join(work, 'site');
  mkdirSync(site);
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', site, '--strip-components=1'], { encoding: 'utf8' });
  assert.equal(untar.status, 0, untar.stderr);
  copyFileSync(join(ROOT, 'package-lock.json'), join(site, 'package-lock.json'));
  const install = spawnSync('npm', ['ci', '--offline', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: site,
    encoding: 'utf8',
    timeout: 9 * 60_000,
    // Straight to building better-sqlite3 from the local Node headers: no attempt to download a binary.
    env: { ...process.env, npm_config_build_from_source: 'true', npm_config_jobs: 'max' }
  });
  const log = `${install.stdout}${install.stderr}`;
  if (install.status !== 0 && /ENOTCACHED|offline|ENOTFOUND|EAI_AGAIN/i.test(log)) {
    t.skip(`the npm cache lacks a dependency, so an offline install is impossible here:\n${log.slice(-800)}`);
    return;
  }
  assert.equal(install.status, 0, `npm ci --omit=dev failed:\n${log}`);
  assert.ok(!existsSync(join(site, 'node_modules/typescript')), 'a dev dependency was installed');
  const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
  assert.ok(pkg.bin?.['techbridge-server'], 'package.json has no techbridge-server bin');

  const submissions = await startBin(site, pkg.bin['techbridge-server'], {
    PORT: '0',
    TB_ADMIN_TOKEN: 'install-test-token-0123456789',
    // A made-up type: the server keeps only known types unless told otherwise.
    TB_EXTRA_TYPES: 'install-check'
  });
  const id = randomUUID();
  const envelope = {
    id,
    type: 'install-check',
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    page: { url: 'https://intranet.example.org/help', title: 'Help' },
    client: { name: 'techbridge', version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version },
    data: { note: 'installed with --omit=dev' }
  };
  const response = await fetch(submissions, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
    body: JSON.stringify(envelope)
  });
  const body = await response.json();
  assert.equal(response.status, 201, JSON.stringify(body));
  assert.equal(body.id, id);
  assert.match(body.reference, /^IC-\d{6}$/);
  // The database is kept where the command ran, not inside node_modules.
  assert.ok(existsSync(join(site, 'data/techbridge.sqlite')), 'no database in ./data');
  const list = await fetch(submissions, { headers: { Authorization: 'Bearer install-test-token-0123456789' } });
  const listed = await list.json();
  assert.equal(listed.submissions[0].id, id);
  child?.kill('SIGTERM');
});
