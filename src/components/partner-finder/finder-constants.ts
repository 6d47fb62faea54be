/** Types, labels and constants shared by the partner finder's class and its layers. */
import type { FacetId } from './filter.js';
import type { PartnerOrganization } from './model.js';
import type { FinderKey } from './strings/en.js';

/** Detail of `tb-partner-select`: the organization a person chose to start working with. */
export interface TbPartnerSelectDetail {
  /** In `mode="public"`, without named people. */
  organization: PartnerOrganization;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tb-partner-select': CustomEvent<TbPartnerSelectDetail>;
  }
}

/**
 * Length of a piece of in-page loading (reading raw files, merging, indexing, rebuilding a prepared file's search
 * text), in ms: well under the 50 ms of a long task, so a piece that a garbage collection or a busy machine
 * stretches still ends under it.
 */
export const LOAD_PIECE_MS = 15;

export type FormName = 'suggest' | 'correction' | 'outreach';

/** Every field's label (a catalog key), by form: the fields show them and the error summary names its fields. */
export const FORM_LABELS = {
  suggest: {
    name: 'suggestName',
    category: 'suggestCategory',
    website: 'suggestWebsite',
    city: 'suggestCity',
    why: 'suggestWhy',
    suggestedBy: 'suggestSuggestedBy'
  },
  correction: {
    field: 'correctionField',
    problem: 'correctionProblem',
    reporter: 'correctionReporter'
  },
  outreach: {
    date: 'outreachDate',
    method: 'outreachMethod',
    summary: 'outreachSummary',
    nextStep: 'outreachNextStep',
    staff: 'outreachStaff'
  }
} satisfies Record<FormName, Record<string, FinderKey>>;

/** Each filter's name (a catalog key). */
export const FACET_LABELS: Record<FacetId, FinderKey> = {
  category: 'facetCategory',
  goal: 'facetGoal',
  city: 'facetCity',
  audience: 'facetAudience',
  age: 'facetAge',
  language: 'facetLanguage'
};
export const FACET_PREVIEW = 8;
/** Below this width (in rem) the element is narrow: the filters start closed, so the results are near the top. */
export const NARROW_REM = 40;
export const PRINT_LIMIT = 2000;
export const MODES = ['staff', 'public'] as const;
export const FORM_TYPES: Record<FormName, string> = {
  suggest: 'partner-suggestion',
  correction: 'partner-correction',
  outreach: 'outreach-log'
};

/** The values a folded filter list shows: selected first, then by count; ties with the last one shown are kept. */
export function foldedValues<T extends { on: boolean; count: number; code: number }>(all: T[], size: number): T[] {
  const ranked = [...all].sort((a, b) => Number(b.on) - Number(a.on) || b.count - a.count || a.code - b.code);
  let end = Math.min(size, ranked.length);
  while (end > 0 && end < ranked.length && !ranked[end].on && ranked[end].count === ranked[end - 1].count) end++;
  return ranked.slice(0, end).sort((a, b) => a.code - b.code);
}
