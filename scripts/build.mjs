#!/usr/bin/env node
// npm run build: dist/ (ESM for bundlers, dependencies external, .d.ts), cdn/ (self-contained minified ESM for
// <script type="module">), custom-elements.json. Entries are found, not listed: every
// src/components/<name>/define.ts becomes dist/components/<name>/define.js and cdn/<name>.js.
// Why esbuild and not tsc/rollup/vite: docs/decisions/002-build-and-size-budgets.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { writeElementTags } from './elements.mjs';
import { generateTypings } from './generate-typings.mjs';
import { closure, entriesOf, externalsOf, gzipSize, inputsOf, ROOT } from './size.mjs';

const require = createRequire(import.meta.url);

/** A failure with a message that says it all (no stack trace needed). */
class BuildError extends Error {}

/**
 * Runtime dependencies (package.json "dependencies") stay bare imports in dist/ so the app's bundler dedupes
 * them (one Lit per page) and the app's lock file decides their versions.
 */
const DEPENDENCIES = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies ?? {});
const EXTERNAL = DEPENDENCIES.flatMap(name => [name, `${name}/*`]);
/** Must never end up inside dist/ (a second Lit breaks; Markdown must stay lazy). */
const NEVER_IN_DIST = new RegExp(
  `node_modules/(lit-html|lit-element|${DEPENDENCIES.map(d => d.replace(/[/.]/g, '\\$&')).join('|')})/`
);
const MARKDOWN = /node_modules\/(marked|dompurify)\//;
const LAZY_ONLY = new Set(['marked', 'dompurify']);

function componentNames() {
  const dir = join(ROOT, 'src/components');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter(d => d.isDirectory() && existsSync(join(dir, d.name, 'define.ts')))
    .map(d => d.name)
    .sort();
}

function step(title, fn) {
  process.stdout.write(`• ${title}\n`);
  return fn();
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new BuildError(`${[command, ...args].join(' ')} exited with ${result.status}.`);
}

const shared = {
  absWorkingDir: ROOT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  sourcemap: true,
  metafile: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning'
};

async function buildDist(components) {
  const result = await build({
    ...shared,
    entryPoints: [
      { in: 'src/index.ts', out: 'index' },
      { in: 'src/embed.ts', out: 'embed' },
      ...components.map(name => ({ in: `src/components/${name}/define.ts`, out: `components/${name}/define` }))
    ],
    outdir: 'dist',
    external: EXTERNAL,
    minify: false
  });
  writeFileSync(join(ROOT, 'dist/meta.json'), JSON.stringify(result.metafile));
  const meta = result.metafile;
  for (const { file } of entriesOf(meta)) {
    const { eager, lazy } = closure(meta, file);
    const bundled = inputsOf(meta, [...eager, ...lazy.flatMap(group => group.files)]).filter(input =>
      NEVER_IN_DIST.test(input)
    );
    if (bundled.length) throw new BuildError(`${file} bundles ${bundled[0]}; it must stay an external import.`);
    const eagerMarkdown = externalsOf(meta, eager).find(i => i.kind === 'import-statement' && LAZY_ONLY.has(i.path));
    if (eagerMarkdown) {
      throw new BuildError(`${file} imports ${eagerMarkdown.path} statically; Markdown must be loaded with import().`);
    }
  }
  return meta;
}

async function buildCdn(components) {
  const result = await build({
    ...shared,
    entryPoints: [
      // For CMS pages that strip unknown tags, beside one element's file (the loader includes it already).
      { in: 'src/embed.ts', out: 'embed' },
      ...components.map(name => ({ in: `src/components/${name}/define.ts`, out: name }))
    ],
    outdir: 'cdn',
    minify: true,
    legalComments: 'eof'
  });
  const meta = result.metafile;
  for (const { file } of entriesOf(meta)) {
    const { eager } = closure(meta, file);
    const markdown = inputsOf(meta, eager).find(input => MARKDOWN.test(input));
    if (markdown) {
      throw new BuildError(
        `${file} loads ${markdown} up front; marked and DOMPurify must stay in a lazy import() chunk.`
      );
    }
  }
  const loader = await buildLoader();
  const single = await buildSingle();
  // One metafile for scripts/size.mjs: the three builds write different files.
  const merged = {
    inputs: { ...meta.inputs, ...loader.inputs, ...single.inputs },
    outputs: { ...meta.outputs, ...loader.outputs, ...single.outputs }
  };
  writeFileSync(join(ROOT, 'cdn/meta.json'), JSON.stringify(merged));
  return merged;
}

/**
 * cdn/techbridge.js: the loader (src/cdn-loader.ts), one small file without Lit. It imports cdn/<name>.js by
 * URL when an element appears, so it must not bundle any element itself.
 */
async function buildLoader() {
  const { metafile } = await build({
    ...shared,
    splitting: false,
    entryPoints: [{ in: 'src/cdn-loader.ts', out: 'techbridge' }],
    outdir: 'cdn',
    minify: true,
    legalComments: 'eof'
  });
  const inputs = Object.keys(metafile.inputs);
  const bundled = inputs.find(input => input.includes('node_modules/') || input.startsWith('src/components/'));
  if (bundled) throw new BuildError(`cdn/techbridge.js (the loader) bundles ${bundled}; it must load elements by URL.`);
  return metafile;
}

/**
 * cdn/techbridge.single.js: every element and the placeholder script in one file, for a CMS media library that
 * takes single files. No chunks: what other builds load with import() is inlined, and runs only when first needed.
 */
async function buildSingle() {
  const { metafile } = await build({
    ...shared,
    splitting: false,
    stdin: {
      contents: "import './src/index.ts';\nimport './src/embed.ts';\n",
      resolveDir: ROOT,
      sourcefile: 'techbridge.single.ts',
      loader: 'ts'
    },
    outfile: 'cdn/techbridge.single.js',
    minify: true,
    legalComments: 'eof'
  });
  const scripts = Object.keys(metafile.outputs).filter(file => file.endsWith('.js'));
  if (scripts.length !== 1)
    throw new BuildError(`cdn/techbridge.single.js must be one file, not ${scripts.join(', ')}.`);
  return metafile;
}

function table(metas) {
  const rows = [];
  for (const meta of metas) {
    for (const file of Object.keys(meta.outputs).filter(f => f.endsWith('.js'))) {
      const buffer = readFileSync(join(ROOT, file));
      const source = meta.outputs[file].entryPoint?.replace(/^.*node_modules\//, '');
      const what = !source ? 'shared chunk' : file.includes('/chunks/') ? `import() ← ${source}` : `entry ← ${source}`;
      rows.push([file, what, buffer.length, gzipSize(buffer)]);
    }
  }
  const width = Math.max(...rows.map(r => r[0].length));
  const kB = bytes => `${(bytes / 1000).toFixed(1)} kB`.padStart(9);
  console.log(`\n${'output'.padEnd(width)}  ${'size'.padStart(9)}  ${'gzip'.padStart(9)}  source`);
  for (const [file, what, raw, gzip] of rows) console.log(`${file.padEnd(width)}  ${kB(raw)}  ${kB(gzip)}  ${what}`);
}

/**
 * With code splitting, a define() call that two entries share (index.js and components/x/define.js) moves into
 * dist/chunks/, and an entry only does `import './chunks/…'`. A bundler that trusts package.json "sideEffects"
 * would drop that import, and the element would never be defined.
 */
function warnAboutSideEffects() {
  const { sideEffects } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (Array.isArray(sideEffects) && !sideEffects.some(pattern => pattern.includes('dist/chunks'))) {
    console.warn('\nWarning: package.json "sideEffects" should list "./dist/chunks/*.js" (see scripts/build.mjs).');
  }
}

/**
 * Every entry's .d.ts must bring the global maps (`HTMLElementTagNameMap`, `GlobalEventHandlersEventMap`) that
 * its element relies on, so `import 'techbridge/problem-report'` types `e.detail` of `tb-submitted`. tsc keeps
 * only type imports a declaration uses, which drops the files that merely augment globals. This adds a
 * side-effect import of each such file: src/core/ ones to every entry, an element folder's own to its define.d.ts,
 * all of them to index.d.ts.
 */
function addGlobalTypeImports() {
  const augmenting = readdirSync(join(ROOT, 'src'), { recursive: true })
    .map(f => String(f).split('\\').join('/'))
    .filter(f => f.endsWith('.ts') && /\bdeclare global\b/.test(readFileSync(join(ROOT, 'src', f), 'utf8')))
    .map(f => f.replace(/\.ts$/, ''));
  const entries = [
    ['index', () => true],
    ['embed', f => f.startsWith('core/')],
    ...componentNames().map(name => [
      `components/${name}/define`,
      f => f.startsWith('core/') || f.startsWith(`components/${name}/`)
    ])
  ];
  for (const [entry, wanted] of entries) {
    const file = join(ROOT, 'dist', `${entry}.d.ts`);
    if (!existsSync(file)) continue;
    const lines = augmenting
      .filter(f => f !== entry && wanted(f) && existsSync(join(ROOT, 'dist', `${f}.d.ts`)))
      .map(f => {
        const path = relative(dirname(file), join(ROOT, 'dist', `${f}.js`))
          .split('\\')
          .join('/');
        return `import '${path.startsWith('.') ? path : `./${path}`}';`;
      });
    if (lines.length) {
      const text = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        `// Global element and event maps (added by scripts/build.mjs).\n${lines.join('\n')}\n${text}`
      );
    }
  }
}

function countDeclarations(dir) {
  return readdirSync(join(ROOT, dir), { recursive: true }).filter(f => String(f).endsWith('.d.ts')).length;
}

async function main() {
  const started = Date.now();
  const components = componentNames();
  for (const dir of ['dist', 'cdn']) rmSync(join(ROOT, dir), { recursive: true, force: true });
  // The tag list the embed script and the CDN loader use, from src/components/*/define.ts.
  if (await writeElementTags()) console.log('• src/elements.ts was out of date: rewritten from the define.ts files');

  step('Type declarations (tsc -p tsconfig.build.json)', () =>
    run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'])
  );
  addGlobalTypeImports();
  const dist = await step('dist/ (ESM, dependencies external)', () => buildDist(components));
  const cdn = await step('cdn/ (loader, one file per element, single file; minified)', () => buildCdn(components));
  step('custom-elements.json (npm run analyze)', () => run('npm', ['run', '--silent', 'analyze']));
  step('JSX types, VS Code custom data, JetBrains web-types (from custom-elements.json)', () => generateTypings());

  table([cdn, dist]);
  warnAboutSideEffects();
  const elements = components.length ? components.join(', ') : 'none yet';
  console.log(`\n${countDeclarations('dist')} .d.ts files in dist/; elements: ${elements}.`);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s. Sizes and budgets: npm run size.`);
}

main().catch(error => {
  // esbuild and tsc have already printed their own located errors; this says which step failed.
  const expected = error instanceof BuildError || Array.isArray(error.errors);
  console.error(`\nBuild failed: ${expected ? error.message.split('\n')[0] : error.stack}`);
  process.exitCode = 1;
});
