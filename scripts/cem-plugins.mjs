// Analyzer plugins that finish custom-elements.json (custom-elements-manifest.config.mjs uses them).
// Each works from what is in the manifest and the source, never from a list of our elements.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

/** `./model.js`, `/src/core/x.js`, `src/core/x.js` (as the analyzer writes them) → `src/…/x.ts`. */
export function normalizeModule(from, ref) {
  if (!ref) return undefined;
  const joined = ref.startsWith('.') ? posix.join(posix.dirname(from), ref) : ref.replace(/^\/+/, '');
  return joined.replace(/\.js$/, '.ts');
}

/** The value of `const NAME = <number | string | boolean>` in the module or a sibling file, if there is one. */
function constantValue(modulePath, name) {
  const pattern = new RegExp(`(?:^|\\n)\\s*(?:export\\s+)?const\\s+${name}\\s*(?::[^=]+)?=\\s*([^;\\n]+);`);
  const dir = posix.dirname(modulePath);
  const files = [modulePath, ...(existsSync(dir) ? readdirSync(dir).map(f => posix.join(dir, f)) : [])];
  for (const file of files) {
    if (!file.endsWith('.ts') || !existsSync(file)) continue;
    const match = readFileSync(file, 'utf8').match(pattern);
    if (!match) continue;
    const value = match[1].trim();
    if (/^-?\d[\d_]*(\.\d+)?$/.test(value)) return { value: value.replace(/_/g, ''), type: 'number' };
    if (/^(true|false)$/.test(value)) return { value, type: 'boolean' };
    if (/^'[^']*'$|^"[^"]*"$/.test(value)) return { value, type: 'string' };
  }
  return undefined;
}

/**
 * A property initialised from a constant (`screenshotMaxKb = DEFAULT_SCREENSHOT_KB`) shows the constant's name
 * and no type. Replace the name with its value, and give the type when the analyzer could not.
 */
export function tbConstantDefaultsPlugin() {
  return {
    name: 'techbridge-constant-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (typeof item.default !== 'string' || !CONSTANT.test(item.default)) continue;
            const found = constantValue(module.path, item.default);
            if (!found) continue;
            item.default = found.value;
            item.type ??= { text: found.type };
          }
        }
      }
    }
  };
}

/**
 * CSS custom properties: the default comes from `@cssproperty [--x=default]`, else from "Default …." in the
 * description, else from the first `var(--x, fallback)` in the element's module or its folder's styles.
 */
export function tbCssDefaultsPlugin() {
  return {
    name: 'techbridge-css-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const dir = posix.dirname(module.path);
        const sources = existsSync(dir)
          ? readdirSync(dir)
              .filter(f => f.endsWith('.ts'))
              .map(f => readFileSync(posix.join(dir, f), 'utf8'))
              .join('\n')
          : '';
        for (const declaration of module.declarations ?? []) {
          for (const property of declaration.cssProperties ?? []) {
            if (property.default) continue;
            const described = property.description?.match(/(?:^|\s)Default:?\s+(.+?)\.?(?:\s*$|\.\s)/);
            if (described) {
              property.default = described[1].trim();
              continue;
            }
            const escaped = property.name.replace(/[-]/g, '\\-');
            const fallback = sources.match(
              new RegExp(`var\\(\\s*${escaped}\\s*,\\s*([^()]+?|[^()]*\\([^()]*\\)[^()]*?)\\)`)
            );
            if (fallback) property.default = fallback[1].trim();
          }
        }
      }
    }
  };
}

/**
 * The analyzer names source files (`src/components/x/x.ts`), which are not in the package. This rewrites the
 * manifest to the files that are: one module per built entry (`dist/index.js`, `dist/embed.js`,
 * `dist/components/<name>/define.js`), each holding the declarations it is the most specific entry for; every
 * `module` reference is pointed at the entry that exports it. Declarations no entry exports are dropped.
 */
export function tbShippedPathsPlugin({ shipped = defaultShippedPath } = {}) {
  return {
    name: 'techbridge-shipped-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const byPath = new Map(manifest.modules.map(m => [m.path, m]));
      const find = (name, hint, from) => {
        if (byPath.get(hint)?.declarations?.some(d => d.name === name)) return hint;
        const candidates = manifest.modules.filter(m => m.declarations?.some(d => d.name === name)).map(m => m.path);
        return candidates.find(p => posix.dirname(p) === posix.dirname(from)) ?? candidates[0];
      };
      const exportsOf = (path, seen = new Set()) => {
        if (seen.has(path)) return [];
        seen.add(path);
        const out = [];
        for (const e of byPath.get(path)?.exports ?? []) {
          if (e.kind !== 'js') continue;
          const ref = normalizeModule(path, e.declaration?.module);
          if (e.name === '*') out.push(...exportsOf(ref, seen));
          else {
            const source = find(e.declaration.name, ref, path);
            if (source) out.push({ name: e.name, declaration: e.declaration.name, source });
          }
        }
        return out;
      };
      const entries = manifest.modules
        .map(m => ({ path: m.path, to: shipped(m.path) }))
        .filter(e => e.to)
        // Most specific first: an element's class belongs to its own define.js, not to index.js.
        .sort((a, b) => specificity(b.path) - specificity(a.path));
      const owner = new Map();
      const entryExports = new Map();
      for (const entry of entries) {
        const list = exportsOf(entry.path);
        entryExports.set(entry.path, list);
        for (const { declaration, source } of list) {
          const key = `${source}#${declaration}`;
          if (!owner.has(key)) owner.set(key, entry.to);
        }
        for (const e of byPath.get(entry.path).exports ?? []) {
          if (e.kind !== 'custom-element-definition') continue;
          const source = find(e.declaration.name, normalizeModule(entry.path, e.declaration.module), entry.path);
          owner.set(`${source}#${e.declaration.name}`, entry.to);
        }
      }
      const remap = (value, from) => {
        if (Array.isArray(value)) return value.forEach(v => remap(v, from));
        if (!value || typeof value !== 'object') return;
        if (typeof value.module === 'string' && typeof value.name === 'string') {
          const source = find(value.name, normalizeModule(from, value.module), from);
          const to = owner.get(`${source}#${value.name}`);
          if (to) value.module = to;
          else delete value.module;
        }
        for (const child of Object.values(value)) remap(child, from);
      };
      const modules = [];
      for (const entry of [...entries].sort((a, b) => a.to.localeCompare(b.to))) {
        const declarations = [];
        for (const module of manifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (owner.get(`${module.path}#${declaration.name}`) !== entry.to) continue;
            const copy = structuredClone(declaration);
            remap(copy, module.path);
            declarations.push(copy);
          }
        }
        const exports = entryExports.get(entry.path).map(e => ({
          kind: 'js',
          name: e.name,
          declaration: { name: e.declaration, module: owner.get(`${e.source}#${e.declaration}`) }
        }));
        for (const e of byPath.get(entry.path).exports ?? []) {
          if (e.kind !== 'custom-element-definition') continue;
          const source = find(e.declaration.name, normalizeModule(entry.path, e.declaration.module), entry.path);
          exports.push({
            ...e,
            declaration: { name: e.declaration.name, module: owner.get(`${source}#${e.declaration.name}`) }
          });
        }
        modules.push({ kind: 'javascript-module', path: entry.to, declarations, exports });
      }
      manifest.modules = modules;
    }
  };
}

function specificity(path) {
  if (path.endsWith('/define.ts')) return 2;
  if (path === 'src/embed.ts') return 1;
  return 0;
}

/** src/index.ts → dist/index.js; src/embed.ts → dist/embed.js; src/components/x/define.ts → …/define.js. */
function defaultShippedPath(path) {
  if (path === 'src/index.ts' || path === 'src/embed.ts' || /^src\/components\/[^/]+\/define\.ts$/.test(path)) {
    return path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  }
  return undefined;
}
