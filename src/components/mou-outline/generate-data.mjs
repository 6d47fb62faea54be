/* global URL */
// Writes sections-data.ts from src/content/mou-sections.json and mou-sections-suggestions.json (plus the
// category names of partner-categories.json), because the browser test runner cannot import JSON files.
// Run after editing those files: `node src/components/mou-outline/generate-data.mjs`. A test compares them.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const read = name => JSON.parse(readFileSync(fileURLToPath(new URL(`../../content/${name}`, import.meta.url)), 'utf8'));
const strip = data => {
  const copy = { ...data };
  delete copy.$comment;
  return copy;
};

const sections = strip(read('mou-sections.json'));
const suggestions = strip(read('mou-sections-suggestions.json'));
const categoryNames = Object.fromEntries(
  read('partner-categories.json').categories.map(c => [c.name.toLowerCase(), c.id])
);

const out = `// Generated from src/content/mou-sections.json and mou-sections-suggestions.json by
// \`node src/components/mou-outline/generate-data.mjs\`. Edit the JSON files, then run that command.
import type { SectionsFile } from './model.js';
import type { SuggestionsFile } from './suggest.js';

export const DEFAULT_SECTIONS: SectionsFile = ${JSON.stringify(sections, null, 2)};

export const SUGGESTIONS: SuggestionsFile = ${JSON.stringify(suggestions, null, 2)};

/** Partner finder category names (lower case) → category id. */
export const CATEGORY_NAMES: Record<string, string> = ${JSON.stringify(categoryNames, null, 2)};
`;
writeFileSync(fileURLToPath(new URL('./sections-data.ts', import.meta.url)), out);
