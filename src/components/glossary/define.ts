import { TbGlossary } from './glossary.js';
import { TbGlossaryIndex } from './glossary-index.js';
import { TbJargon } from './jargon.js';

// The provider first: terms already in the page then find it when they upgrade.
TbGlossary.define('tb-glossary');
TbJargon.define('tb-jargon');
TbGlossaryIndex.define('tb-glossary-index');

export { TbGlossary, TbJargon, TbGlossaryIndex };
export { Glossary, chooseSense, slugify } from './model.js';
export type { GlossaryEntry, Sense, Alias, GlossarySource, GlossaryProblem, ParsedGlossary } from './model.js';
export { parseGlossaryText, createGlossary } from './load.js';
export { SKIP_SELECTORS } from './annotate.js';
export type { GlossaryContextValue, GlossaryCoverage, JargonSettings } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tb-glossary': TbGlossary;
    'tb-jargon': TbJargon;
    'tb-glossary-index': TbGlossaryIndex;
  }
}
