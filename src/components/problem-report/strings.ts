/**
 * The element's words for code that needs them as a plain object (payload.ts, the plain-text report). The
 * catalogs are `strings/en.ts` (the source of the keys) and `strings/es.ts`; the element reads them through
 * `I18nController`, which also applies the webmaster's `strings` overrides.
 */
import en, { type ProblemReportCatalog } from './strings/en.js';

export { format } from '../../core/i18n.js';
export type { ProblemReportCatalog } from './strings/en.js';

export type StringKey = keyof ProblemReportCatalog & string;

/** The words in one language, each a plain string (a plural message gives its `other` form). */
export type ProblemReportStrings = Record<StringKey, string>;

/** The English words (plural messages as their `other` form). */
export const DEFAULT_STRINGS = Object.fromEntries(
  Object.entries(en).map(([key, value]) => [key, typeof value === 'string' ? value : value.other])
) as ProblemReportStrings;

/** A plain-object view of `t(key)`: what payload.ts and reportAsText read. */
export function wordsOf(t: (key: StringKey) => string): ProblemReportStrings {
  const keys = Object.keys(en);
  return new Proxy({} as ProblemReportStrings, {
    get: (_, key) => (typeof key === 'string' && key in en ? t(key as StringKey) : undefined),
    has: (_, key) => typeof key === 'string' && key in en,
    ownKeys: () => keys,
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && key in en
        ? { enumerable: true, configurable: true, value: t(key as StringKey) }
        : undefined
  });
}
