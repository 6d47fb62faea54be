#!/usr/bin/env node
// Measures what a page really downloads for each built entry: the entry file plus every chunk it pulls in with a
// static `import`, each compressed on its own (that is how a server sends them). Chunks reached only through
// `import()` (Markdown: marked + DOMPurify) are reported separately, because a page pays for them only when it
// renders Markdown. Budgets live in size-budgets.json (gzip bytes).
//
//   node scripts/size.mjs               table + budget check (exit 1 when over budget or an entry is missing)
//   node scripts/size.mjs --json        the same, machine-readable
//   node scripts/size.mjs --write-docs  also rewrites the table in docs/size.md
//
// Reads dist/meta.json and cdn/meta.json (esbuild metafiles written by scripts/build.mjs); measures the shared core
// and the lazy Markdown chunk by bundling them itself.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGETS_FILE = join(ROOT, 'size-budgets.json');
const DOCS_FILE = join(ROOT, 'docs/size.md');
const DOCS_START = '<!-- size-table:start -->';
const DOCS_END = '<!-- size-table:end -->';

/** The shared core as a page with any element gets it (markdown.ts is measured on its own, as a lazy chunk). */
const CORE_MODULES = ['tb-element', 'submit', 'outbox', 'fetch-cache', 'envelope', 'events', 'context'];
const MARKDOWN_INPUT = /node_modules\/(marked|dompurify)\//;

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

export function brotliSize(buffer) {
  return brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length }
  }).length;
}

/**
 * Splits what an output needs into the files loaded up front (itself and its static imports, transitively) and
 * the groups loaded later, one per `import()` target (the target and its static imports, minus what was already
 * loaded). Paths are the metafile's output paths; external imports (lit in dist/) are left out.
 */
export function closure(meta, entry) {
  const follow = (start, kinds, skip = new Set()) => {
    const seen = new Set();
    const stack = [...start];
    while (stack.length) {
      const file = stack.pop();
      if (seen.has(file) || skip.has(file)) continue;
      seen.add(file);
      for (const imp of meta.outputs[file]?.imports ?? []) {
        if (!imp.external && kinds.includes(imp.kind)) stack.push(imp.path);
      }
    }
    return seen;
  };
  const eager = follow([entry], ['import-statement']);
  const targets = new Set();
  for (const file of follow([entry], ['import-statement', 'dynamic-import'])) {
    for (const imp of meta.outputs[file]?.imports ?? []) {
      if (!imp.external && imp.kind === 'dynamic-import' && !eager.has(imp.path)) targets.add(imp.path);
    }
  }
  const groups = new Map();
  for (const target of targets) {
    const files = [...follow([target], ['import-statement'], eager)];
    const source = meta.outputs[target]?.entryPoint ?? target;
    const label = inputsOf(meta, files).some(input => MARKDOWN_INPUT.test(input))
      ? 'Markdown'
      : source.replace(/^.*\//, '').replace(/\.[jt]s$/, '');
    groups.set(label, new Set([...(groups.get(label) ?? []), ...files]));
  }
  const lazy = [...groups].map(([label, files]) => ({ label, files: [...files] }));
  return { eager: [...eager], lazy };
}

/** Source files (metafile inputs) that ended up in the given outputs. */
export function inputsOf(meta, files) {
  return files.flatMap(file => Object.keys(meta.outputs[file]?.inputs ?? {}));
}

/** External imports of the given outputs, by kind: e.g. `marked` as a dynamic import in dist/. */
export function externalsOf(meta, files) {
  return files.flatMap(file => (meta.outputs[file]?.imports ?? []).filter(imp => imp.external));
}

/**
 * Entry outputs of a metafile: [{ file, entryPoint }]. esbuild also marks each `import()` target as an entry point;
 * those are written under chunks/ and are not entries of ours.
 */
export function entriesOf(meta) {
  return Object.entries(meta.outputs)
    .filter(([file, output]) => output.entryPoint && file.endsWith('.js') && !file.includes('/chunks/'))
    .map(([file, output]) => ({ file, entryPoint: output.entryPoint }));
}

function measureFiles(files, read) {
  let gzip = 0;
  let brotli = 0;
  let raw = 0;
  for (const file of files) {
    const buffer = read(file);
    raw += buffer.length;
    gzip += gzipSize(buffer);
    brotli += brotliSize(buffer);
  }
  return { files, raw, gzip, brotli };
}

function lazyNames(groups) {
  const names = groups.map(g => g.label).join(' and ');
  return `lazy ${names} chunk${groups.length > 1 ? 's' : ''}`;
}

function measureBuild(dir, label) {
  const metaPath = join(ROOT, dir, 'meta.json');
  if (!existsSync(metaPath)) return { missing: `${dir}/meta.json is missing: run "npm run build" first.` };
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  const read = file => readFileSync(resolve(ROOT, file));
  const rows = entriesOf(meta).map(({ file, entryPoint }) => {
    const { eager, lazy } = closure(meta, file);
    return {
      name: file,
      source: entryPoint,
      includes: lazy.length ? `${label}, without ${lazyNames(lazy)}` : label,
      ...measureFiles(eager, read),
      lazy: lazy.map(group => ({ label: group.label, ...measureFiles(group.files, read) }))
    };
  });
  for (const row of rows) {
    if (row.source === 'src/cdn-loader.ts') row.includes = 'the loader alone: no element, no Lit';
    if (row.name.endsWith('techbridge.single.js'))
      row.includes = 'every element in one file: Lit, Markdown, CSV reader, default content';
  }
  return { rows: [...rows, ...loaderPages(dir, rows)] };
}

/**
 * With the CDN loader, a page with one element downloads the loader, then that element's file and its static
 * chunks: one row per element file. Budget: its own "page with …" entry in size-budgets.json if there is one,
 * else the element file's budget plus the loader's (so a new element needs no new budget line).
 */
function loaderPages(dir, rows) {
  const loader = rows.find(row => row.name === `${dir}/techbridge.js` && row.source === 'src/cdn-loader.ts');
  if (!loader) return [];
  return rows
    .filter(row => /^src\/components\/[^/]+\/define\.ts$/.test(row.source))
    .map(row => ({
      name: `page with ${row.name.replace(`${dir}/`, '').replace(/\.js$/, '')} via the loader`,
      source: `${loader.name} + ${row.name}`,
      includes: `${loader.name} then ${row.name}, with Lit, before anything is opened`,
      files: [...loader.files, ...row.files],
      raw: loader.raw + row.raw,
      gzip: loader.gzip + row.gzip,
      brotli: loader.brotli + row.brotli,
      lazy: [],
      derivedBudget: [row.name, loader.name]
    }));
}

/** Bundles a virtual module the way cdn/ is bundled (Lit included, minified, split) and measures it in memory. */
async function bundleAndMeasure(name, contents) {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [`tb-size:${name}`],
    outdir: join(ROOT, 'node_modules/.cache/tb-size'),
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'tb-size-virtual',
        setup(b) {
          b.onResolve({ filter: /^tb-size:/ }, args => ({ path: args.path, namespace: 'tb-size' }));
          b.onLoad({ filter: /.*/, namespace: 'tb-size' }, () => ({ contents, resolveDir: ROOT, loader: 'ts' }));
        }
      }
    ]
  });
  const meta = result.metafile;
  const byPath = new Map(result.outputFiles.map(f => [relative(ROOT, f.path).split('\\').join('/'), f.contents]));
  const read = file => Buffer.from(byPath.get(file));
  const { eager, lazy } = closure(meta, entriesOf(meta)[0].file);
  const markdownFiles = [...new Set(lazy.filter(g => g.label === 'Markdown').flatMap(g => g.files))];
  return {
    eager: measureFiles(eager, read),
    markdown: measureFiles(markdownFiles, read),
    eagerHasMarkdown: inputsOf(meta, eager).some(input => MARKDOWN_INPUT.test(input))
  };
}

async function measureCore() {
  const present = CORE_MODULES.filter(m => existsSync(join(ROOT, `src/core/${m}.ts`)));
  const absent = CORE_MODULES.filter(m => !present.includes(m));
  const contents = present.map(m => `export * from './src/core/${m}.js';`).join('\n');
  const { eager } = await bundleAndMeasure('core', contents);
  const note = absent.length ? `; not there yet: ${absent.map(m => `${m}.ts`).join(', ')}` : '';
  return {
    name: 'core',
    source: `src/core/{${present.join(',')}}.ts`,
    includes: `shared core with Lit, no element, without lazy Markdown${note}`,
    raw: eager.raw,
    gzip: eager.gzip,
    brotli: eager.brotli,
    lazy: []
  };
}

async function measureMarkdown() {
  const hasModule = existsSync(join(ROOT, 'src/core/markdown.ts'));
  const contents = hasModule
    ? `export * from './src/core/markdown.js';`
    : `export const load = () => Promise.all([import('marked'), import('dompurify')]);`;
  const { markdown, eagerHasMarkdown } = await bundleAndMeasure('markdown', contents);
  const row = {
    name: 'markdown',
    source: hasModule ? 'src/core/markdown.ts' : 'marked + dompurify',
    includes: hasModule
      ? 'the lazy chunk src/core/markdown.ts loads with import(): marked + DOMPurify'
      : 'marked + DOMPurify (src/core/markdown.ts is not there yet)',
    raw: markdown.raw,
    gzip: markdown.gzip,
    brotli: markdown.brotli,
    lazy: []
  };
  if (eagerHasMarkdown) {
    row.error = 'src/core/markdown.ts imports marked or dompurify statically; load them with import() instead.';
  }
  return row;
}

const kB = bytes => `${(bytes / 1000).toFixed(1)} kB`;

function check(rows, budgets, problems, unbuilt) {
  const names = new Set(rows.map(r => r.name));
  for (const row of rows) {
    const parts = row.derivedBudget?.map(name => budgets[name]);
    const derived = parts?.every(b => b !== undefined) ? parts.reduce((a, b) => a + b, 0) : undefined;
    const budget = budgets[row.name] ?? derived;
    row.budget = budget;
    if (row.error) problems.push(`${row.name}: ${row.error}`);
    if (budget === undefined) {
      problems.push(`${row.name} has no budget: add "${row.name}": <max gzip bytes> to size-budgets.json.`);
    } else if (row.gzip > budget) {
      problems.push(
        `${row.name} is ${kB(row.gzip)} gzip, over its budget of ${kB(budget)} by ${row.gzip - budget} bytes.`
      );
    }
  }
  for (const name of Object.keys(budgets)) {
    const inUnbuiltDir = unbuilt.some(dir => name.startsWith(`${dir}/`));
    if (!name.startsWith('$') && !names.has(name) && !inUnbuiltDir) {
      problems.push(
        `${name} has a budget but was not built: run "npm run build", or remove it from size-budgets.json.`
      );
    }
  }
}

function line(row) {
  const budget = row.budget === undefined ? 'no budget' : `budget ${kB(row.budget)}`;
  const lazy = row.lazy.map(group => `\n    + lazy ${group.label}: ${kB(group.gzip)} gzip`).join('');
  return `${row.name} (${row.includes}): ${kB(row.gzip)} gzip, ${kB(row.brotli)} brotli; ${budget}${lazy}`;
}

function docsTable(rows) {
  const out = ['| Entry | What it counts | gzip | brotli | budget (gzip) |', '| --- | --- | ---: | ---: | ---: |'];
  for (const row of rows) {
    const budget = row.budget === undefined ? '–' : kB(row.budget);
    out.push(`| \`${row.name}\` | ${row.includes} | ${kB(row.gzip)} | ${kB(row.brotli)} | ${budget} |`);
    for (const { label, gzip, brotli } of row.lazy) {
      out.push(`| ↳ lazy ${label} | loaded later with \`import()\` | ${kB(gzip)} | ${kB(brotli)} | – |`);
    }
  }
  return out.join('\n');
}

function writeDocs(rows) {
  const text = existsSync(DOCS_FILE) ? readFileSync(DOCS_FILE, 'utf8') : '';
  const start = text.indexOf(DOCS_START);
  const end = text.indexOf(DOCS_END);
  if (start < 0 || end < start) throw new Error(`docs/size.md needs the markers ${DOCS_START} and ${DOCS_END}.`);
  const table = `${DOCS_START}\n\n${docsTable(rows)}\n\n${DOCS_END}`;
  writeFileSync(DOCS_FILE, text.slice(0, start) + table + text.slice(end + DOCS_END.length));
}

export async function measureAll() {
  const problems = [];
  const rows = [];
  const unbuilt = [];
  for (const [dir, label] of [
    ['cdn', 'with Lit'],
    ['dist', 'without Lit']
  ]) {
    const result = measureBuild(dir, label);
    if (result.missing) {
      problems.push(result.missing);
      unbuilt.push(dir);
    } else rows.push(...result.rows);
  }
  rows.push(await measureCore(), await measureMarkdown());
  const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
  check(rows, budgets, problems, unbuilt);
  return { rows, problems };
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const { rows, problems } = await measureAll();
  if (args.has('--write-docs')) writeDocs(rows);
  if (args.has('--json')) {
    console.log(JSON.stringify({ ok: problems.length === 0, rows, problems }, null, 2));
  } else {
    for (const row of rows) console.log(line(row));
    if (args.has('--write-docs')) console.log('Updated docs/size.md.');
    if (problems.length) {
      console.error(`\nSize check failed:\n${problems.map(p => `  - ${p}`).join('\n')}`);
    } else {
      console.log('\nAll entries are within their size budgets.');
    }
  }
  if (problems.length) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch(error => {
    console.error(`Size check failed: ${error.message}`);
    process.exitCode = 1;
  });
}
