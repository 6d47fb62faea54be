/* global URL */
// Regenerates default-glossary.ts from src/content/glossary.md, so the built-in glossary ships inside the bundle
// as a lazy chunk without a build-time Markdown loader. Run after editing glossary.md:
//   node src/components/glossary/generate-default.mjs
// A test fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';

const source = new URL('../../content/glossary.md', import.meta.url);
const target = new URL('./default-glossary.ts', import.meta.url);
const text = readFileSync(source, 'utf8');
writeFileSync(
  target,
  `// Generated from src/content/glossary.md by generate-default.mjs. Do not edit here: edit glossary.md.\n` +
    `/** The built-in glossary, in the Markdown glossary format. */\n` +
    `export const DEFAULT_GLOSSARY_MD = ${JSON.stringify(text)};\n`
);
