// Generated from src/components/*/define.ts by scripts/elements.mjs (npm run generate, npm run build).
// Do not edit: add an element folder with a define.ts and run npm run generate.

/** Every Techbridge element's tag, by the folder of the define.ts that defines it (its entry and CDN chunk). */
export const ELEMENT_TAGS: Readonly<Record<string, readonly string[]>> = {
  'donation-checker': ['tb-donation-checker'],
  glossary: ['tb-glossary', 'tb-jargon', 'tb-glossary-index'],
  'mou-outline': ['tb-mou-outline'],
  'partner-finder': ['tb-partner-finder'],
  'problem-report': ['tb-problem-report']
};
