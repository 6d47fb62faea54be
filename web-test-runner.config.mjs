import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { testServersPlugin } from './test/support/wtr-servers-plugin.js';
import { cspMiddleware } from './test/support/csp-middleware.js';

/**
 * papaparse ships only as UMD. Vite and esbuild convert it by themselves; the test server serves files as they
 * are, so give the UMD wrapper a CommonJS `module` to fill and export that. (Its one `require` is for Node streams.)
 */
const papaparseAsModule = {
  name: 'tb-papaparse-esm',
  transform(context) {
    if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
    return {
      body: `const module = { exports: {} };\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n`
    };
  }
};

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chrome or Chromium was found: run "node scripts/find-chrome.mjs --ensure" or set CHROME_PATH.');
}

export default {
  // details.test.ts drives the browser's Back and Forward; after the other files in one page it is cut off by the
  // runner's own navigation to about:blank (not seen when it runs alone), so `npm test` runs it in a step of its own.
  files: ['test/**/*.test.ts', '!test/components/partner-finder/details.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [cspMiddleware()],
  plugins: [
    papaparseAsModule,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    testServersPlugin(),
    // The browser's accessibility tree (names, roles, descriptions) for tests of what screen readers are given.
    a11ySnapshotPlugin()
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })]
};
