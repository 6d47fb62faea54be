/**
 * Directory notes and problems into words. The importers, the merge and the prepared-file reader say what they
 * found as a code and its values (`{ code: 'row-no-name', params: { row: 4 } }`), never as English sentences; this
 * module turns them into words through a catalog: the element's (English or Spanish), or plain English for the
 * index command. Lists are joined with `Intl.ListFormat` in the text's language. No DOM, no Lit.
 */
import { format, pluralForm, type Params } from '../../core/i18n.js';
import directoryEn from './strings/directory-en.js';
import type { DirectoryWordsCatalog } from './strings/directory-en.js';
import type { DirectoryCode, DirectoryParams, DirectoryProblem, ImportWarning } from './model.js';

export type { DirectoryCode, DirectoryParams, DirectoryProblem };

/** Every code, for checks (tests, the index command). */
export const DIRECTORY_CODES = Object.keys(directoryEn).filter(
  key => !['origin-row', 'unnamed-service', 'quoted'].includes(key)
) as DirectoryCode[];

/** What says the words: the element's I18nController, or englishWords. */
export interface DirectoryWords {
  readonly lang: string;
  t(key: keyof DirectoryWordsCatalog, params?: Params): string;
}

/** Plain English from directory-en.ts, for the index command and for `Error.message`. */
export const englishWords: DirectoryWords = {
  lang: 'en',
  t(key, params) {
    const message = directoryEn[key];
    const text = typeof message === 'string' ? message : pluralForm(message, Number(params?.count ?? 0), 'en');
    return format(text, params);
  }
};

function list(items: string[], lang: string, type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(lang, { style: 'long', type }).format(items);
}

/** "partners.csv row 2" (how merge.ts writes a record's origin) in the text's language. */
function origin(text: string, words: DirectoryWords): string {
  const match = /^(.*) row (\d+)$/.exec(text);
  return match ? words.t('origin-row', { file: match[1], row: Number(match[2]) }) : text;
}

/** One code and its values in words. */
export function directoryText(problem: DirectoryProblem, words: DirectoryWords = englishWords): string {
  const { code } = problem;
  const params: Params = {};
  const quote = (text: string) => words.t('quoted', { text });
  const more = code.endsWith('-more');
  for (const [name, value] of Object.entries(problem.params ?? {})) {
    if (!Array.isArray(value)) params[name] = value;
    else if (name === 'origins')
      params[name] = list(
        value.map(o => origin(o, words)),
        words.lang
      );
    else if (name === 'where') params[name] = list(value, words.lang, 'disjunction');
    else if (name === 'fields') params[name] = value.map(quote).join(', ');
    else if (name === 'terms') params[name] = more ? value.map(quote).join(', ') : list(value.map(quote), words.lang);
    else params[name] = list(value, words.lang);
  }
  if (params.service === '') params.service = words.t('unnamed-service');
  const text = words.t(code, params);
  // A merge note names the organization in the list of notes; the details of that organization do not.
  return (code === 'merged-rows' || code === 'merged-records') && params.name ? `${params.name}: ${text}` : text;
}

/** A warning as one line: "partners.csv: Row 4 has no name, so it was left out." */
export function warningLine(warning: ImportWarning, words: DirectoryWords = englishWords): string {
  const text = directoryText(warning, words);
  return warning.file ? `${warning.file}: ${text}` : text;
}

/** A whole file that cannot be used, said as a code; its `message` is the English words (for the console). */
export class DirectoryError extends Error {
  override readonly name: string = 'DirectoryError';
  readonly code: DirectoryCode;
  readonly params: DirectoryParams;
  constructor(code: DirectoryCode, params: DirectoryParams = {}, options?: { cause?: unknown }) {
    super(directoryText({ code, params }), options);
    this.code = code;
    this.params = params;
  }
}

/**
 * Any error met while loading a directory file, as a code: a DirectoryError (or PreparedFileError) as it is, a
 * failed download by its kind, anything else as "could not be read".
 */
export function problemOf(error: unknown, file: string): DirectoryProblem {
  if (error instanceof DirectoryError) return { code: error.code, params: error.params };
  if (error instanceof Error && error.name === 'FetchError') {
    const { kind, status } = error as Error & { kind?: string; status?: number };
    if (kind === 'http')
      return status === 404
        ? { code: 'fetch-missing', params: { file } }
        : { code: 'fetch-http', params: { file, status: String(status ?? '') } };
    if (kind === 'timeout') return { code: 'fetch-timeout', params: { file } };
    if (kind === 'parse') return { code: 'fetch-parse', params: { file } };
    return { code: 'fetch-network', params: { file } };
  }
  return { code: 'file-unreadable', params: { file } };
}
