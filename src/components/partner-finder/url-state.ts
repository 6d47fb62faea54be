/**
 * The finder's state in the page address, so a search can be shared and the back button works. Parameters are
 * namespaced (`pf-q`, `pf-cat`, …; the prefix is the element's `url-prefix`) and every other parameter of the
 * page is left alone. Pure: reads and writes query strings, never touches `history` itself.
 */
import type { FacetId, SortKey } from './filter.js';

export type View = 'list' | 'goals' | 'gaps' | 'suggest';

export interface FinderState {
  q: string;
  filters: Partial<Record<FacetId, string[]>>;
  sort: SortKey | '';
  view: View;
  /** Goal chosen in the goal picker. */
  goal: string;
  /** Key of the organization whose details are open. */
  org: string;
}

export const EMPTY_STATE: FinderState = { q: '', filters: {}, sort: '', view: 'list', goal: '', org: '' };

const FACET_PARAMS: Record<FacetId, string> = {
  category: 'cat',
  goal: 'goal',
  city: 'city',
  audience: 'aud',
  age: 'age',
  language: 'lang'
};
const VIEWS: View[] = ['list', 'goals', 'gaps', 'suggest'];
const SORTS: SortKey[] = ['relevance', 'name', 'verified'];
const MAX = 200;

const clip = (v: string | null) => (v ?? '').slice(0, MAX);

/** Reads the finder's state from a query string ("?pf-q=clinic&pf-cat=health&pf-cat=youth"). */
export function readState(search: string, prefix = 'pf'): FinderState {
  const params = new URLSearchParams(search);
  const p = (name: string) => `${prefix}-${name}`;
  const filters: FinderState['filters'] = {};
  for (const [facet, name] of Object.entries(FACET_PARAMS) as [FacetId, string][]) {
    const values = params
      .getAll(p(name))
      .flatMap(v => v.split(','))
      .map(v => clip(v.trim()))
      .filter(Boolean);
    if (values.length) filters[facet] = [...new Set(values)].slice(0, 50);
  }
  const view = params.get(p('view')) as View | null;
  const sort = params.get(p('sort')) as SortKey | null;
  return {
    q: clip(params.get(p('q'))),
    filters,
    sort: sort && SORTS.includes(sort) ? sort : '',
    view: view && VIEWS.includes(view) ? view : 'list',
    goal: clip(params.get(p('for'))),
    org: clip(params.get(p('org')))
  };
}

/** Writes the state into a query string, keeping every parameter that is not the finder's. Returns "?…" or "". */
export function writeState(state: FinderState, search: string, prefix = 'pf'): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(`${prefix}-`)) params.delete(key);
  const p = (name: string) => `${prefix}-${name}`;
  if (state.view !== 'list') params.set(p('view'), state.view);
  if (state.q) params.set(p('q'), state.q);
  for (const [facet, name] of Object.entries(FACET_PARAMS) as [FacetId, string][]) {
    for (const value of state.filters[facet] ?? []) params.append(p(name), value);
  }
  if (state.sort) params.set(p('sort'), state.sort);
  if (state.goal) params.set(p('for'), state.goal);
  if (state.org) params.set(p('org'), state.org);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when two states would give the same address. */
export function sameState(a: FinderState, b: FinderState): boolean {
  return writeState(a, '') === writeState(b, '');
}
