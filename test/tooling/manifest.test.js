// @ts-check
// custom-elements.json against the source: every element that a define.ts defines is in the manifest, and every
// public property and attribute, event, CSS part, slot and CSS custom property its class uses is there and
// documented (CSS properties with a default). Module paths name files that the package ships.
//
// Elements are found from src/components/*/define.ts, so an element added later is checked with no edit here.
// Gaps that only an element's own JSDoc can fix, and that are being fixed on that element's branch, are listed
// in manifest-known-gaps.json: they are printed, not failed. Anything else fails.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { elements, ROOT } from '../../scripts/elements.mjs';

const MANIFEST = join(ROOT, 'custom-elements.json');
const KNOWN_GAPS = new Set(JSON.parse(readFileSync(new URL('./manifest-known-gaps.json', import.meta.url), 'utf8')));

function manifest() {
  if (!existsSync(MANIFEST)) {
    const run = spawnSync('npm', ['run', '--silent', 'analyze'], { cwd: ROOT, stdio: 'inherit' });
    assert.equal(run.status, 0, 'npm run analyze failed');
  }
  return JSON.parse(readFileSync(MANIFEST, 'utf8'));
}

/** @param {any} m */
function declarationsByTag(m) {
  const byTag = new Map();
  for (const module of m.modules) {
    for (const d of module.declarations ?? []) if (d.tagName) byTag.set(d.tagName, { ...d, modulePath: module.path });
  }
  return byTag;
}

const read = (/** @type {string} */ file) => readFileSync(join(ROOT, file), 'utf8');

/** The file and every file it imports with a relative path, transitively (.ts sources under src/). */
function withImports(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(ROOT, file))) return seen;
  seen.add(file);
  for (const m of read(file).matchAll(/^\s*import\s+(?!type\b)[^'"]*?['"](\.[^'"]+)['"]/gm)) {
    withImports(posix.join(posix.dirname(file), m[1]).replace(/\.js$/, '.ts'), seen);
  }
  return seen;
}

/** Core events every submitting element dispatches: the keys of TbEventMap in src/core/events.ts. */
function coreSubmitEvents() {
  const file = 'src/core/events.ts';
  if (!existsSync(join(ROOT, file))) return [];
  const map = read(file).match(/interface TbEventMap\s*\{([^}]*)\}/);
  return map ? [...map[1].matchAll(/'(tb-[a-z0-9-]+)'\s*:/g)].map(m => m[1]) : [];
}

/**
 * Public `--tb-*` properties in the class's `static styles`: its initializer and, transitively, every top-level
 * constant it names (in its own file or the files it imports), e.g. `[baseStyles, jargonStyles]`.
 */
function stylesProperties(/** @type {ts.SourceFile} */ file, className, /** @type {Set<string>} */ files) {
  const constants = new Map();
  for (const path of files) {
    const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer) constants.set(d.name.text, d.initializer.getText());
      }
    }
  }
  let start = '';
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === className) {
      for (const member of node.members) {
        if (ts.isPropertyDeclaration(member) && member.name.getText() === 'styles' && member.initializer) {
          start = member.initializer.getText();
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const found = new Set();
  const seen = new Set();
  const collect = (/** @type {string} */ text) => {
    for (const m of text.matchAll(/var\(\s*(--tb-[a-z0-9-]+)/g)) found.add(m[1]);
    for (const m of text.matchAll(/\b[A-Za-z_$][\w$]*\b/g)) {
      if (seen.has(m[0]) || !constants.has(m[0])) continue;
      seen.add(m[0]);
      collect(constants.get(m[0]));
    }
  };
  collect(start);
  return found;
}

/** What the class source says about its public API. */
function fromSource(classFile, className) {
  const text = read(classFile);
  const file = ts.createSourceFile(classFile, text, ts.ScriptTarget.Latest, true);
  /** @type {{ name: string, attribute: string | false }[]} */
  const properties = [];
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === className) {
      for (const member of node.members) {
        if (
          !ts.isPropertyDeclaration(member) &&
          !ts.isGetAccessorDeclaration(member) &&
          !ts.isSetAccessorDeclaration(member)
        )
          continue;
        const modifiers = ts.getModifiers(member) ?? [];
        if (
          modifiers.some(m =>
            [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.StaticKeyword].includes(m.kind)
          )
        )
          continue;
        if (!member.name || !ts.isIdentifier(member.name) || member.name.text.startsWith('_')) continue;
        const decorator = ts
          .getDecorators(member)
          ?.find(d => ts.isCallExpression(d.expression) && d.expression.expression.getText() === 'property');
        if (!decorator) continue;
        const call = /** @type {ts.CallExpression} */ (decorator.expression);
        const options =
          call.arguments[0] && ts.isObjectLiteralExpression(call.arguments[0]) ? call.arguments[0] : undefined;
        const option = options?.properties.find(p => ts.isPropertyAssignment(p) && p.name.getText() === 'attribute');
        const value = option && ts.isPropertyAssignment(option) ? option.initializer : undefined;
        let attribute = /** @type {string | false} */ (member.name.text.toLowerCase());
        if (value && value.kind === ts.SyntaxKind.FalseKeyword) attribute = false;
        else if (value && ts.isStringLiteralLike(value)) attribute = value.text;
        if (!properties.some(p => p.name === member.name.getText()))
          properties.push({ name: member.name.text, attribute });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const events = new Set([
    ...[...text.matchAll(/\b\w+\(\s*this(?:\.\w+)?\s*,\s*'(tb-[a-z0-9-]+)'/g)].map(m => m[1]),
    ...[...text.matchAll(/new CustomEvent(?:<[^>]*>)?\(\s*'(tb-[a-z0-9-]+)'/g)].map(m => m[1])
  ]);
  const submits =
    /^\s*import\s+\{[^}]*\b(submitEnvelope|SubmitController)\b[^}]*\}\s*from\s*'[^']*core\/(?:controllers\/)?submit\.js'/m.test(
      text
    );
  if (submits) for (const event of coreSubmitEvents()) events.add(event);
  const parts = new Set([...text.matchAll(/\spart="([^"$]+)"/g)].flatMap(m => m[1].split(/\s+/).filter(Boolean)));
  const slots = new Set([...text.matchAll(/<slot(?:\s+name="([^"$]+)")?[\s>]/g)].map(m => m[1] ?? ''));
  const cssProperties = stylesProperties(file, className, withImports(classFile));
  return { properties, events, parts, slots, cssProperties };
}

/** @param {any} item */
const documented = item => Boolean(item && (item.description ?? item.summary ?? '').trim());

/** Every problem with one element's entry, as plain sentences. */
function problemsOf(element, declaration) {
  const problems = [];
  const say = (/** @type {string} */ text) => problems.push(`${element.tag}: ${text}`);
  if (!declaration)
    return [`${element.tag}: not in custom-elements.json (defined in src/components/${element.folder}/define.ts)`];
  if (!documented({ description: declaration.summary || declaration.description }))
    say('has no @summary or description');
  const source = fromSource(element.classFile, element.className);
  const members = new Map((declaration.members ?? []).map(m => [m.name, m]));
  const attributes = new Map((declaration.attributes ?? []).map(a => [a.name, a]));
  for (const { name, attribute } of source.properties) {
    if (!members.has(name)) say(`property ${name} is missing`);
    else if (!documented(members.get(name))) say(`property ${name} has no description`);
    if (attribute === false) continue;
    const entry = attributes.get(attribute);
    if (!entry) say(`attribute ${attribute} is missing`);
    else {
      if (!documented(entry)) say(`attribute ${attribute} has no description`);
      if (!entry.type?.text) say(`attribute ${attribute} has no type`);
      if (typeof entry.default === 'string' && /^[A-Z][A-Z0-9_]+$/.test(entry.default))
        say(`attribute ${attribute} shows the constant ${entry.default} as its default`);
    }
  }
  for (const member of declaration.members ?? []) {
    if (
      member.kind === 'field' &&
      !member.static &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected' &&
      !documented(member)
    ) {
      say(`public field ${member.name} has no description`);
    }
  }
  const events = new Map((declaration.events ?? []).map(e => [e.name, e]));
  for (const name of source.events) {
    if (!events.has(name)) say(`event ${name} is dispatched but missing`);
    else if (!documented(events.get(name))) say(`event ${name} has no description`);
  }
  const parts = new Map((declaration.cssParts ?? []).map(p => [p.name, p]));
  for (const name of source.parts) {
    if (!parts.has(name)) say(`CSS part ${name} is missing`);
    else if (!documented(parts.get(name))) say(`CSS part ${name} has no description`);
  }
  const slots = new Map((declaration.slots ?? []).map(s => [s.name, s]));
  for (const name of source.slots) {
    if (!slots.has(name)) say(`slot "${name}" is missing`);
  }
  const cssProperties = new Map((declaration.cssProperties ?? []).map(p => [p.name, p]));
  for (const name of source.cssProperties) {
    const entry = cssProperties.get(name);
    if (!entry) say(`CSS property ${name} is used in its styles but missing`);
    else {
      if (!documented(entry)) say(`CSS property ${name} has no description`);
      if (!entry.default) say(`CSS property ${name} has no default`);
    }
  }
  return problems;
}

test('every element defined in src/components/*/define.ts is in the manifest, with its whole public API', () => {
  const found = elements();
  assert.ok(found.length > 0, 'no element found in src/components/*/define.ts');
  const byTag = declarationsByTag(manifest());
  const problems = found.flatMap(element => problemsOf(element, byTag.get(element.tag)));
  const known = problems.filter(p => KNOWN_GAPS.has(p));
  for (const gap of known) console.log(`known gap (fix on the element's branch): ${gap}`);
  for (const gap of KNOWN_GAPS)
    if (!problems.includes(gap)) console.log(`fixed, remove from manifest-known-gaps.json: ${gap}`);
  const unexpected = problems.filter(p => !KNOWN_GAPS.has(p));
  assert.deepEqual(unexpected, [], `custom-elements.json is incomplete:\n  ${unexpected.join('\n  ')}`);
});

test('module paths name files that the package ships', () => {
  const pkg = JSON.parse(read('package.json'));
  const shipped = new Set(
    Object.values(pkg.exports)
      .map(e => (typeof e === 'string' ? e : e.default))
      .map(p => p.replace(/^\.\//, ''))
  );
  const m = manifest();
  for (const module of m.modules) {
    assert.ok(shipped.has(module.path), `${module.path} is not an entry in package.json "exports"`);
    if (existsSync(join(ROOT, 'dist'))) assert.ok(existsSync(join(ROOT, module.path)), `${module.path} was not built`);
    const walk = (/** @type {any} */ value) => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      if (typeof value.module === 'string')
        assert.ok(shipped.has(value.module), `reference to ${value.module} in ${module.path}`);
      Object.values(value).forEach(walk);
    };
    walk(module);
  }
  const tags = [...declarationsByTag(m).keys()];
  for (const element of elements()) assert.ok(tags.includes(element.tag), `${element.tag} missing`);
});

test('the checks catch a gap (a manifest without events, parts and CSS properties fails)', () => {
  const [element] = elements();
  const declaration = declarationsByTag(manifest()).get(element.tag);
  const stripped = { ...declaration, events: [], cssParts: [], cssProperties: [], attributes: [], members: [] };
  const problems = problemsOf(element, stripped);
  const source = fromSource(element.classFile, element.className);
  const expected = source.properties.length + source.events.size + source.parts.size + source.cssProperties.size;
  assert.ok(expected > 0, `${element.tag} has nothing to check`);
  assert.ok(problems.length >= expected, problems.join('\n'));
});
