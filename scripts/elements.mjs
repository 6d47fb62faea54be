// The elements, found rather than listed: every src/components/<folder>/define.ts and the tags it defines
// (`TbX.define('tb-x')` or `customElements.define('tb-x', TbX)`). The build, the CDN loader, the embed list,
// the typings and the manifest test all start from here, so a new element needs no edit in any of them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Folder names under src/components that have a define.ts, sorted. */
export function componentFolders(root = ROOT) {
  const dir = join(root, 'src/components');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter(d => d.isDirectory() && existsSync(join(dir, d.name, 'define.ts')))
    .map(d => d.name)
    .sort();
}

/**
 * Every element: `{ folder, tag, className, classFile }`, where classFile is the source file the class is
 * imported from (relative to the root), or define.ts itself when it is declared there.
 */
export function elements(root = ROOT) {
  const found = [];
  for (const folder of componentFolders(root)) {
    const definePath = `src/components/${folder}/define.ts`;
    const source = readFileSync(join(root, definePath), 'utf8');
    const calls = [
      ...[...source.matchAll(/\b([A-Z]\w*)\.define\(\s*['"](tb-[a-z0-9-]+)['"]\s*\)/g)].map(m => [m[2], m[1]]),
      ...[...source.matchAll(/customElements\.define\(\s*['"](tb-[a-z0-9-]+)['"]\s*,\s*([A-Z]\w*)/g)].map(m => [
        m[1],
        m[2]
      ])
    ];
    for (const [tag, className] of calls) {
      const imported = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"](\.[^'"]+)['"]/g)].find(m =>
        m[1].split(',').some(name => name.trim() === className)
      );
      const classFile = imported
        ? join(`src/components/${folder}`, imported[2]).replace(/\.js$/, '.ts').split('\\').join('/')
        : definePath;
      found.push({ folder, tag, className, classFile });
    }
  }
  return found;
}

/** Placeholder names for `<div data-tb="…">`: each tag without its `tb-` prefix. */
export function placeholderNames(root = ROOT) {
  return elements(root).map(e => e.tag.slice('tb-'.length));
}

const TAGS_FILE = 'src/elements.ts';

/** The text of src/elements.ts for the elements found now. */
export function elementTagsSource(root = ROOT) {
  const byFolder = new Map();
  for (const { folder, tag } of elements(root)) byFolder.set(folder, [...(byFolder.get(folder) ?? []), tag]);
  const key = folder => (/^[A-Za-z_$][\w$]*$/.test(folder) ? folder : `'${folder}'`);
  const entries = [...byFolder].map(([folder, tags]) => `  ${key(folder)}: [${tags.map(t => `'${t}'`).join(', ')}]`);
  return `// Generated from src/components/*/define.ts by scripts/elements.mjs (npm run generate, npm run build).
// Do not edit: add an element folder with a define.ts and run npm run generate.

/** Every Techbridge element's tag, by the folder of the define.ts that defines it (its entry and CDN chunk). */
export const ELEMENT_TAGS: Readonly<Record<string, readonly string[]>> = {
${entries.join(',\n')}
};
`;
}

/** The text of src/elements.ts as it should be: generated, then formatted with the project's Prettier settings. */
export async function formattedElementTags(root = ROOT) {
  const prettier = await import('prettier');
  const path = join(root, TAGS_FILE);
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(elementTagsSource(root), { ...options, filepath: path });
}

/** Writes src/elements.ts when it differs; returns true when it changed. */
export async function writeElementTags(root = ROOT) {
  const path = join(root, TAGS_FILE);
  const text = await formattedElementTags(root);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}
