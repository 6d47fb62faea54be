/** Types, labels and constants shared by the partner finder's class and its layers. */
import type { SubmitResult } from '../../core/submit.js';
import type { FacetId } from './filter.js';
import type { PartnerOrganization } from './model.js';

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

export type FormName = 'suggest' | 'correction' | 'outreach';

/** Every field's label, by form: the fields show them and the error summary names its fields with them. */
export const FORM_LABELS = {
  suggest: {
    name: 'Name of the organization',
    category: 'Type of partner (optional)',
    website: 'Website (optional)',
    city: 'City or area (optional)',
    why: 'Why would they be a good partner?',
    suggestedBy: 'Your name or email (optional)'
  },
  correction: {
    field: 'What is wrong?',
    problem: 'What should it say?',
    reporter: 'Your name or email (optional)'
  },
  outreach: {
    date: 'Date of contact',
    method: 'How did you make contact?',
    summary: 'What did you talk about?',
    nextStep: 'Next step (optional)',
    staff: 'Your name (optional)'
  }
} satisfies Record<FormName, Record<string, string>>;

export interface Outcome {
  status: SubmitResult['status'] | 'sending';
  id?: string;
  message?: string;
  reference?: string;
  persistent?: boolean;
}

export const FACET_LABELS: Record<FacetId, string> = {
  category: 'Partner type',
  goal: 'Library goal',
  city: 'City or area',
  audience: 'Who they serve',
  age: 'Ages served',
  language: 'Languages'
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

export const numberFormat = new Intl.NumberFormat('en');
export const plural = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n === 1 ? one : many}`;

/** The values a folded filter list shows: selected first, then by count; ties with the last one shown are kept. */
export function foldedValues<T extends { on: boolean; count: number; code: number }>(all: T[], size: number): T[] {
  const ranked = [...all].sort((a, b) => Number(b.on) - Number(a.on) || b.count - a.count || a.code - b.code);
  let end = Math.min(size, ranked.length);
  while (end > 0 && end < ranked.length && !ranked[end].on && ranked[end].count === ranked[end - 1].count) end++;
  return ranked.slice(0, end).sort((a, b) => a.code - b.code);
}
