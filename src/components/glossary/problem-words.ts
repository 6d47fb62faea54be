/**
 * Glossary problems into words. The readers (parse-json.ts, parse-markdown.ts, limits.ts, load.ts) and the
 * element's attribute checks say what they found as a code and its values (`{ code: 'duplicate-term', params:
 * { term: 'Router', earlier: 3 } }`), never as sentences; this module picks the catalog words for them: the
 * element's (English or Spanish, numbers in the page's language), or plain English for the console and the
 * `tb-glossary-ready` event. No DOM, no Lit.
 */
import { format, pluralForm, type Params } from '../../core/i18n.js';
import type { GlossaryProblem } from './model.js';
import en, { type GlossaryCatalog } from './strings/en.js';

/** What says the words: the element's I18nController, or `englishWords`. */
export interface ProblemWords {
  t(key: keyof GlossaryCatalog & string, params?: Params): string;
}

/** A problem with no file or line: the element's own attributes. */
export type ProblemOnly = Pick<GlossaryProblem, 'code' | 'params'>;

/** 5000000 → "5,000,000". Not `toLocaleString`: its first call loads locale data, tens of milliseconds on a phone. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** Plain English from strings/en.ts, numbers as "5,000,000": for the console and event details. */
export const englishWords: ProblemWords = {
  t(key, params) {
    const message = en[key];
    const text = typeof message === 'string' ? message : pluralForm(message, Number(params?.count ?? 0), 'en');
    return format(text, params, thousands);
  }
};

type Key = keyof GlossaryCatalog & string;

/** One problem's words, without the file and line: "“Router” is already defined on line 3. …" */
export function problemText(problem: ProblemOnly, words: ProblemWords = englishWords): string {
  const { code } = problem;
  const params: Params = { ...problem.params };
  if (code === 'json-syntax') {
    params.what = words.t(`problem-json-${String(params.what)}` as Key, params);
    return words.t(params.near ? 'problem-json-syntax' : 'problem-json-syntax-end', params);
  }
  if (code === 'endpoint-unusable') {
    params.why = words.t(`problem-endpoint-${String(params.why)}` as Key, params);
  }
  if (params.term !== undefined && params.name === undefined) {
    params.name = words.t(params.meaning !== undefined ? 'problem-meaning' : 'problem-term', params);
  }
  return words.t(`problem-${code}`, params);
}

/** The problem with its file and line: "local.md, line 12: …" (the file name is shown as written). */
export function problemLine(problem: GlossaryProblem, words: ProblemWords = englishWords): string {
  const text = problemText(problem, words);
  return problem.line > 0
    ? words.t('problem-at', { file: problem.file, line: problem.line, text })
    : words.t('problem-in', { file: problem.file, text });
}
