#!/usr/bin/env node
// Typings and editor data from custom-elements.json (run by `npm run build` after the analyzer):
//
//   dist/types/jsx.d.ts                 JSX types for React 19 (and Preact): every element's attributes,
//                                       properties and typed `on…` event handlers — @wc-toolkit/jsx-types
//   dist/vscode.html-custom-data.json   VS Code HTML custom data (tags, attributes, docs)
//   dist/vscode.css-custom-data.json    VS Code CSS custom data (--tb-* properties, ::part names)
//                                       — custom-element-vs-code-integration
//   dist/web-types.json                 JetBrains web-types — custom-element-jet-brains-integration
//
// Everything is read from the manifest, so a new element appears with no edit here.
// Before the generators run, each event gets its detail type from the `'tb-…': CustomEvent<…>` entries of the
// global event maps in src/, written as `GlobalEventHandlersEventMap['tb-…']` so the types need no import.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { ROOT } from './elements.mjs';

/** Event names declared in a global event map anywhere under src/ (`'tb-x': CustomEvent<…>;`). */
function typedEvents() {
  const names = new Set();
  for (const file of readdirSync(join(ROOT, 'src'), { recursive: true })) {
    if (!String(file).endsWith('.ts')) continue;
    const text = readFileSync(join(ROOT, 'src', String(file)), 'utf8');
    for (const m of text.matchAll(/'(tb-[a-z0-9-]+)'\s*:\s*CustomEvent\b/g)) names.add(m[1]);
  }
  return names;
}

export function prepareManifest(manifest) {
  const events = typedEvents();
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        if (events.has(event.name) && /^(CustomEvent|Event)?$/.test(event.type?.text ?? '')) {
          event.type = { text: `GlobalEventHandlersEventMap['${event.name}']` };
        }
      }
    }
  }
  return copy;
}

export function generateTypings() {
  const manifestPath = join(ROOT, 'custom-elements.json');
  if (!existsSync(manifestPath)) throw new Error('custom-elements.json is missing: run "npm run analyze" first.');
  const manifest = prepareManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
  mkdirSync(join(ROOT, 'dist/types'), { recursive: true });
  const quiet = console.log;
  console.log = () => {};
  try {
    generateJsxTypes(manifest, {
      outdir: join(ROOT, 'dist/types'),
      fileName: 'jsx.d.ts',
      globalTypePath: '../index.js',
      stronglyTypedEvents: true,
      hideLogs: true
    });
    generateVsCodeCustomElementData(manifest, {
      outdir: join(ROOT, 'dist'),
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'summary',
      hideLogs: true
    });
    generateJetBrainsWebTypes(manifest, {
      outdir: join(ROOT, 'dist'),
      webTypesFileName: 'web-types.json',
      descriptionSrc: 'summary',
      packageJson: false,
      hideLogs: true
    });
  } finally {
    console.log = quiet;
  }
  keepReactAugmentations(join(ROOT, 'dist/types/jsx.d.ts'));
  writeFileSync(join(ROOT, 'dist/types/jsx.js'), '// Types only: see jsx.d.ts.\nexport {};\n');
}

/**
 * The generator also augments "preact", "solid-js", "@stencil/core" and others. Augmenting a module that is not
 * installed is an error in a project without skipLibCheck, so only React's modules (which a React project has)
 * and the global JSX namespace are kept; other JSX libraries extend `CustomElements` themselves (README).
 */
function keepReactAugmentations(file) {
  const text = readFileSync(file, 'utf8');
  const kept = text.replace(/\ndeclare module "([^"]+)" \{\n[\s\S]*?\n\}\n/g, (block, name) =>
    /^react(\/jsx-runtime|\/jsx-dev-runtime)?$/.test(name) ? block : '\n'
  );
  writeFileSync(file, kept.replace(/\n{3,}/g, '\n\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  generateTypings();
  console.log('Wrote dist/types/jsx.d.ts, dist/vscode.*-custom-data.json and dist/web-types.json.');
}
