import type { CoreCatalog } from '../../../core/core-i18n.js';
import type { FieldWords } from '../../../core/form/fields.js';
import type { HeadingLevel } from '../../../core/heading.js';
import type { I18nController } from '../../../core/i18n.js';
import type { Say } from '../words.js';

/** What every view gets from the element: words, the heading level, and the core catalog. */
export interface ViewContext {
  say: Say;
  core: I18nController<CoreCatalog>;
  words: FieldWords;
  /** The level of the element's main heading; views put theirs one deeper. */
  level: HeadingLevel;
}
