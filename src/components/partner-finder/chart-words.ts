/**
 * The built-in partner chart in another language. The English chart (categories-data.ts) holds the ids, keywords
 * and goal links; a language's words (categories-data-es.ts, generated from partner-categories.es.json) hold only
 * what people read: names, examples, what partners bring and need, goal names. Loaded on first use, so an English
 * page does not carry them. No DOM, no Lit.
 */
import type { CategoryContent, ChartWords } from './model.js';

export type { ChartWords };

const loaders: Partial<Record<string, () => Promise<{ default: ChartWords }>>> = {
  es: () => import('./categories-data-es.js')
};

/** True when the chart has words in `lang` (other than English, which the chart itself is in). */
export function hasChartWords(lang: string): boolean {
  return lang in loaders;
}

const loaded = new Map<string, Promise<ChartWords | undefined>>();

/** The chart's words in `lang`, loaded once; undefined for English or when loading fails. */
export function loadChartWords(lang: string): Promise<ChartWords | undefined> {
  const load = loaders[lang];
  if (!load) return Promise.resolve(undefined);
  let words = loaded.get(lang);
  if (!words) {
    words = load().then(
      module => module.default,
      () => {
        loaded.delete(lang);
        return undefined;
      }
    );
    loaded.set(lang, words);
  }
  return words;
}

/** `content` with the names and notes from `words` where the ids match; ids, keywords and goal links unchanged. */
export function chartIn(content: CategoryContent, words: ChartWords): CategoryContent {
  const goals = new Map(words.goals.map(g => [g.id, g]));
  const categories = new Map(words.categories.map(c => [c.id, c]));
  return {
    ...content,
    goals: content.goals.map(g => ({ ...g, label: goals.get(g.id)?.label ?? g.label })),
    categories: content.categories.map(c => {
      const w = categories.get(c.id);
      return w ? { ...c, name: w.name, examples: w.examples, brings: w.brings, needs: w.needs } : c;
    })
  };
}
