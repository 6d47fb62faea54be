import { I18nController, type I18nHost } from './i18n.js';
import en, { type CoreCatalog } from './strings/en.js';

export type { CoreCatalog } from './strings/en.js';

/** Core's words (field helpers, outcomes, notices) for `host`, in the page's language. */
export function coreI18n(host: I18nHost): I18nController<CoreCatalog> {
  return new I18nController<CoreCatalog>(host, { en, es: () => import('./strings/es.js') });
}
