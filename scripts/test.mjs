#!/usr/bin/env node
// `npm test`: everything CI checks, in the order that fails fastest. Each step is also its own npm script.
import { spawnSync } from 'node:child_process';
import { ensureChrome } from './find-chrome.mjs';

const steps = [
  ['Lint', 'npm', ['run', 'lint']],
  ['Structure', 'npm', ['run', 'check:structure']],
  ['Types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.test.json']],
  ['Server types', 'npx', ['tsc', '-p', 'tsconfig.server.json']],
  ['Server tests', 'npm', ['run', 'test:server']],
  ['Browser tests', 'npx', ['web-test-runner']],
  // Run alone: see the note on `files` in web-test-runner.config.mjs.
  ['Browser history tests', 'npx', ['web-test-runner', '--files', 'test/components/partner-finder/details.test.ts']],
  ['Build', 'npm', ['run', 'build']],
  ['Size budgets', 'npm', ['run', 'size']],
  // The documentation site (about a minute): a broken story, MDX page or import fails here, not after a release.
  ['Storybook build', 'npm', ['run', 'build-storybook', '--', '--quiet']],
  // After the build: the manifest, the packed package, the CDN files and the production server install.
  ['Package and tooling tests', 'npm', ['run', 'test:tooling']]
];

const chrome = ensureChrome();
if (!chrome) {
  console.error(
    'No Chrome or Chromium was found: install Google Chrome or Chromium, or set CHROME_PATH to its program file.'
  );
  process.exit(1);
}
process.env.CHROME_PATH = chrome;

const results = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: run.status === 0, seconds });
  if (run.status !== 0) break;
}

console.log('\nSummary');
for (const { name, ok, seconds } of results) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
const failed = results.filter(r => !r.ok).length;
const skipped = steps.length - results.length;
console.log(`steps: ${results.length - failed} passed, ${failed + skipped} failed`);
process.exit(failed ? 1 : 0);
