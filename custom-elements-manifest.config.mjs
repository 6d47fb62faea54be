// custom-elements.json for Storybook, IDEs and docs: `npm run analyze` (also run by `npm run build`).
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { tbConstantDefaultsPlugin, tbCssDefaultsPlugin, tbShippedPathsPlugin } from './scripts/cem-plugins.mjs';

/**
 * Our elements register with `TbProblemReport.define('tb-problem-report')` in their define.ts (TbElement.define
 * guards against double registration), which the analyzer does not recognise: it only knows
 * `customElements.define()` and `@customElement`. This plugin reads those calls, adds the
 * `custom-element-definition` export to the define module and sets `tagName` on the class it names.
 */
export function tbDefinePlugin() {
  const definitions = [];
  return {
    name: 'techbridge-define-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: target, name } = node.expression;
      const [tag] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(target) || node.arguments.length !== 1) return;
      if (!tag || !ts.isStringLiteralLike(tag) || !/^tb-[a-z0-9-]+$/.test(tag.text)) return;
      const className = target.text;
      const module = resolveClassModule(moduleDoc.path, className, context.imports ?? []);
      if (!module) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } }
      ];
      definitions.push({ tag: tag.text, className, module });
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer reads `customElements.define(tag, this)` inside TbElement.define as an element named "tag".
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(e => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
      for (const { tag, className, module } of definitions) {
        const declaration = customElementsManifest.modules
          .find(m => m.path === module)
          ?.declarations?.find(d => d.kind === 'class' && d.name === className);
        if (!declaration) {
          console.warn(`custom-elements.json: ${tag} names ${className}, which ${module} does not declare.`);
          continue;
        }
        declaration.tagName = tag;
        declaration.customElement = true;
      }
      definitions.length = 0;
    }
  };
}

/**
 * Storybook turns every field in the manifest into a control. Private state (`@state() private …`) and static
 * fields (`tbVersion`) are not something a webmaster can set, so they stay out.
 */
export function tbHidePrivatePlugin() {
  return {
    name: 'techbridge-hide-private',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          declaration.members = declaration.members.filter(
            m => m.privacy !== 'private' && !m.name.startsWith('#') && !(m.static && m.kind === 'field')
          );
        }
      }
    }
  };
}

/** `import { TbX } from './x.js'` in src/components/x/define.ts → 'src/components/x/x.ts'. */
function resolveClassModule(fromPath, className, imports) {
  const found = imports.find(i => i.name === className && !i.isTypeOnly);
  if (!found) return fromPath;
  if (found.isBareModuleSpecifier) return undefined;
  const resolved = posix.normalize(posix.join(posix.dirname(fromPath), found.importPath));
  const asTs = resolved.replace(/\.js$/, '.ts');
  return existsSync(asTs) ? asTs : resolved;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already says "customElements": "custom-elements.json"; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    tbDefinePlugin(),
    tbHidePrivatePlugin(),
    tbConstantDefaultsPlugin(),
    tbCssDefaultsPlugin(),
    // Last: module paths become the files in the package (dist/…js).
    tbShippedPathsPlugin()
  ]
};
