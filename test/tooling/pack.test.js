// @ts-check
// The package as a React 19 + TypeScript project gets it: `npm pack`, unpack into a temporary project's
// node_modules (its dependencies, react's types and TypeScript come from this repository's node_modules, so no
// network is needed), then type-check:
//   - a .tsx that uses every element in custom-elements.json with its attributes, properties and typed `tb-*`
//     event handlers (e.detail must not be `any`);
//   - for each element entry (`techbridge/<folder>`) on its own: createElement() gives the class and
//     addEventListener('tb-…') gives a typed detail;
//   - a .tsx with a wrong property type and an unknown attribute, which must fail with exactly those errors.
// Also: the VS Code and JetBrains files in the tarball list every element and attribute, and package.json exports
// every element folder. Everything is derived from the manifest and src/components/*/define.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { componentFolders, ROOT } from '../../scripts/elements.mjs';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
let work = '';
let project = '';
let pkg = /** @type {any} */ ({});
let manifest = /** @type {any} */ ({});

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Builds when dist/ is missing (the test step normally runs right after `npm run build`). */
function ensureBuilt() {
  if (existsSync(join(ROOT, 'dist/types/jsx.d.ts')) && existsSync(join(ROOT, 'custom-elements.json'))) return;
  const build = run('npm', ['run', '--silent', 'build'], ROOT);
  assert.equal(build.status, 0, build.output);
}

/** Links a package and, like npm's flat install, its dependencies, from this repository's node_modules. */
function link(name) {
  const target = join(project, 'node_modules', name);
  const source = join(ROOT, 'node_modules', name);
  if (existsSync(target) || !existsSync(source)) return;
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(source, target, 'dir');
  const { dependencies = {} } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  for (const dependency of Object.keys(dependencies)) link(dependency);
}

before(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'tb-pack-'));
  const packed = run('npm', ['pack', '--silent', '--pack-destination', work], ROOT);
  assert.equal(packed.status, 0, packed.output);
  const tarball = join(work, packed.output.trim().split('\n').pop() ?? '');
  project = join(work, 'app');
  mkdirSync(join(project, 'node_modules/techbridge'), { recursive: true });
  const untar = run(
    'tar',
    ['-xzf', tarball, '-C', join(project, 'node_modules/techbridge'), '--strip-components=1'],
    work
  );
  assert.equal(untar.status, 0, untar.output);
  pkg = JSON.parse(readFileSync(join(project, 'node_modules/techbridge/package.json'), 'utf8'));
  manifest = JSON.parse(readFileSync(join(project, 'node_modules/techbridge/custom-elements.json'), 'utf8'));
  for (const name of [...Object.keys(pkg.dependencies ?? {}), '@types/react']) link(name);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function elementsInManifest() {
  return manifest.modules.flatMap((/** @type {any} */ m) =>
    (m.declarations ?? []).filter((/** @type {any} */ d) => d.tagName)
  );
}

/** A JSX attribute value of the declared type, or undefined when the type is not a plain one. */
function sample(/** @type {string | undefined} */ type) {
  const plain = (type ?? '').replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  if (plain === 'string') return '"x"';
  if (plain === 'number') return '{1}';
  if (plain === 'boolean') return '{true}';
  return undefined;
}

function tsconfig(files, skipLibCheck) {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: 'react-jsx',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck,
      types: []
    },
    files
  });
}

/** Declaration files are checked once, in the main project; the other checks skip them to save time. */
function typecheck(name, files, skipLibCheck = true) {
  writeFileSync(join(project, `tsconfig.${name}.json`), tsconfig(files, skipLibCheck));
  return run(process.execPath, [TSC, '-p', `tsconfig.${name}.json`, '--pretty', 'false'], project);
}

const HELPERS = `
/** Fails to compile when given \`any\`: proves an event detail is really typed. */
export function typed<T>(value: 0 extends 1 & T ? never : T): T {
  return value;
}
`;

test('a React 19 + TypeScript project type-checks every element with properties and typed tb-* handlers', () => {
  const elements = elementsInManifest();
  assert.ok(elements.length > 0);
  const lines = [];
  for (const element of elements) {
    const props = [];
    for (const attribute of element.attributes ?? []) {
      const value = sample(attribute.type?.text);
      if (value) props.push(`${attribute.name}=${value}`);
      if (value && attribute.fieldName && attribute.fieldName !== attribute.name)
        props.push(`${attribute.fieldName}=${value}`);
    }
    for (const event of element.events ?? []) {
      const detailCheck = event.name === 'tb-submitted' ? 'typed(e.detail.reference);' : 'typed(e.detail);';
      props.push(`ontb-${event.name.slice(3)}={e => { ${detailCheck} }}`);
    }
    lines.push(`      <${element.tagName} ${props.join(' ')} />`);
  }
  writeFileSync(join(project, 'helpers.ts'), HELPERS);
  writeFileSync(
    join(project, 'app.tsx'),
    `import 'techbridge';\nimport type {} from 'techbridge/react';\nimport { typed } from './helpers.js';\n\n` +
      `export function App() {\n  return (\n    <>\n${lines.join('\n')}\n    </>\n  );\n}\n`
  );
  const result = typecheck('app', ['app.tsx', 'helpers.ts'], false);
  assert.equal(
    result.status,
    0,
    `tsc failed:\n${result.output}\n--- app.tsx ---\n${readFileSync(join(project, 'app.tsx'), 'utf8')}`
  );
});

test('each element entry on its own types its tags and its events', () => {
  for (const folder of componentFolders()) {
    assert.ok(pkg.exports[`./${folder}`], `package.json "exports" has no "./${folder}" for src/components/${folder}`);
    const tags = elementsInManifest().filter((/** @type {any} */ d) =>
      manifest.modules.some(
        (/** @type {any} */ m) => m.path === `dist/components/${folder}/define.js` && m.declarations.includes(d)
      )
    );
    assert.ok(tags.length > 0, `no element of src/components/${folder} in the manifest`);
    const body = tags.flatMap((/** @type {any} */ d) => [
      `const ${camel(d.tagName)}: ${d.name} = document.createElement('${d.tagName}');`,
      ...(d.events ?? []).map(
        (/** @type {any} */ e) => `${camel(d.tagName)}.addEventListener('${e.name}', e => typed(e.detail));`
      )
    ]);
    const names = [...new Set(tags.map((/** @type {any} */ d) => d.name))].join(', ');
    writeFileSync(
      join(project, `entry-${folder}.ts`),
      `import 'techbridge/${folder}';\nimport type { ${names} } from 'techbridge/${folder}';\nimport { typed } from './helpers.js';\n\n${body.join('\n')}\n`
    );
    const result = typecheck(`entry-${folder}`, [`entry-${folder}.ts`, 'helpers.ts']);
    assert.equal(result.status, 0, `techbridge/${folder} on its own:\n${result.output}`);
  }
});

test('a wrong property type and an unknown attribute fail to type-check', () => {
  const element = elementsInManifest().find((/** @type {any} */ d) =>
    (d.attributes ?? []).some((/** @type {any} */ a) => sample(a.type?.text) === '"x"' && a.fieldName)
  );
  assert.ok(element, 'no element with a string attribute');
  const attribute = element.attributes.find((/** @type {any} */ a) => sample(a.type?.text) === '"x"' && a.fieldName);
  writeFileSync(
    join(project, 'wrong.tsx'),
    `import 'techbridge';\nimport type {} from 'techbridge/react';\n\nexport const a = <${element.tagName} ${attribute.fieldName}={12345} />;\n` +
      `export const b = <${element.tagName} notARealProperty="x" />;\n`
  );
  const result = typecheck('wrong', ['wrong.tsx']);
  assert.notEqual(result.status, 0, 'tsc accepted a number for a string property');
  const errors = result.output.split('\n').filter(line => /error TS\d+/.test(line));
  assert.equal(errors.length, 2, result.output);
  assert.match(errors[0], /wrong\.tsx\(4,/);
  assert.match(errors[0], /not assignable to type 'string'/);
  assert.match(errors[1], /wrong\.tsx\(5,/);
  assert.match(errors[1], /notARealProperty/);
});

test('VS Code and JetBrains data in the package list every element and attribute', () => {
  const root = join(project, 'node_modules/techbridge');
  const files = [
    pkg['web-types'],
    pkg.exports['./vscode.html-custom-data.json'],
    pkg.exports['./vscode.css-custom-data.json']
  ];
  for (const file of files) assert.ok(file && existsSync(join(root, file)), `${file} is not in the package`);
  const html = JSON.parse(readFileSync(join(root, pkg.exports['./vscode.html-custom-data.json']), 'utf8'));
  const webTypes = JSON.parse(readFileSync(join(root, pkg['web-types']), 'utf8'));
  const css = JSON.parse(readFileSync(join(root, pkg.exports['./vscode.css-custom-data.json']), 'utf8'));
  for (const element of elementsInManifest()) {
    const tag = html.tags.find((/** @type {any} */ t) => t.name === element.tagName);
    const web = webTypes.contributions.html.elements.find((/** @type {any} */ e) => e.name === element.tagName);
    assert.ok(tag, `${element.tagName} is not in the VS Code data`);
    assert.ok(web, `${element.tagName} is not in web-types`);
    for (const attribute of element.attributes ?? []) {
      assert.ok(
        tag.attributes.some((/** @type {any} */ a) => a.name === attribute.name),
        `VS Code: ${element.tagName} ${attribute.name}`
      );
      assert.ok(
        web.attributes.some((/** @type {any} */ a) => a.name === attribute.name),
        `web-types: ${element.tagName} ${attribute.name}`
      );
    }
    for (const property of element.cssProperties ?? []) {
      assert.ok(
        css.properties.some((/** @type {any} */ p) => p.name === property.name),
        `VS Code CSS: ${property.name}`
      );
    }
  }
});

/** tb-problem-report → tbProblemReport */
function camel(/** @type {string} */ tag) {
  return tag.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
