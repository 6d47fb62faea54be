/**
 * The three things the finder can send, as plain data with their checks (GOV.UK style messages: say what to do,
 * as catalog keys).
 * The element renders the forms; this module decides what is valid and builds the `data` of each envelope,
 * matching src/content/schemas/<type>.schema.json.
 */
import type { PartnerOrganization } from './model.js';
import type { FinderKey } from './strings/en.js';

import type { FieldErrors } from '../../core/form/fields.js';

/** Core's one `FieldErrors`: by field, here a catalog key (the element says the words) or the server's message. */
export type { FieldErrors };

export interface SuggestionFields {
  name: string;
  category: string;
  website: string;
  city: string;
  why: string;
  suggestedBy: string;
}

export interface CorrectionFields {
  field: string;
  problem: string;
  reporter: string;
}

export interface OutreachFields {
  date: string;
  method: string;
  summary: string;
  nextStep: string;
  staff: string;
}

export const CORRECTION_FIELDS: [string, FinderKey][] = [
  ['contact', 'fieldContact'],
  ['website', 'fieldWebsite'],
  ['address', 'fieldAddress'],
  ['name', 'fieldName'],
  ['description', 'fieldDescription'],
  ['closed', 'fieldClosed'],
  ['other', 'fieldOther']
];

export const OUTREACH_METHODS: [string, FinderKey][] = [
  ['email', 'methodEmail'],
  ['phone', 'methodPhone'],
  ['meeting', 'methodMeeting'],
  ['event', 'methodEvent'],
  ['other', 'methodOther']
];

const tooLong = (value: string, max: number) => value.length > max;

export function checkSuggestion(f: SuggestionFields): FieldErrors {
  const errors: FieldErrors = {};
  if (!f.name.trim()) errors.name = 'errName';
  else if (tooLong(f.name.trim(), 200)) errors.name = 'errNameLong';
  if (tooLong(f.website.trim(), 500)) errors.website = 'errWebsiteLong';
  if (tooLong(f.city.trim(), 120)) errors.city = 'errCityLong';
  if (!f.why.trim()) errors.why = 'errWhy';
  else if (tooLong(f.why.trim(), 2000)) errors.why = 'errLong2000';
  if (tooLong(f.suggestedBy.trim(), 200)) errors.suggestedBy = 'errYourNameLong';
  return errors;
}

export function checkCorrection(f: CorrectionFields): FieldErrors {
  const errors: FieldErrors = {};
  if (!f.problem.trim()) errors.problem = 'errProblem';
  else if (tooLong(f.problem.trim(), 2000)) errors.problem = 'errLong2000';
  if (tooLong(f.reporter.trim(), 200)) errors.reporter = 'errYourNameLong';
  return errors;
}

/** The date on the person's own calendar as YYYY-MM-DD (toISOString gives the UTC date: a day off late or early in the day). */
function localDate(day: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
}

export function checkOutreach(f: OutreachFields, today = new Date()): FieldErrors {
  const errors: FieldErrors = {};
  const date = f.date.trim();
  if (!date) errors.date = 'errDate';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) errors.date = 'errDateReal';
  else if (date > localDate(today)) errors.date = 'errDateFuture';
  if (!OUTREACH_METHODS.some(([v]) => v === f.method)) errors.method = 'errMethod';
  if (!f.summary.trim()) errors.summary = 'errSummary';
  else if (tooLong(f.summary.trim(), 2000)) errors.summary = 'errLong2000';
  if (tooLong(f.nextStep.trim(), 1000)) errors.nextStep = 'errNextStepLong';
  if (tooLong(f.staff.trim(), 200)) errors.staff = 'errNameLong';
  return errors;
}

/** The part of an organization a submission names (never its people). */
export function organizationRef(o: PartnerOrganization, withDate = false) {
  return {
    key: o.key.slice(0, 120),
    name: o.name.slice(0, 200),
    ids: o.ids.slice(0, 10).map(id => id.slice(0, 200)),
    sources: o.sources.slice(0, 10).map(s => s.slice(0, 500)),
    ...(withDate && o.lastVerified ? { lastVerified: o.lastVerified } : {})
  };
}

const optional = <T extends Record<string, unknown>>(data: T): T =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== '' && v !== undefined)) as T;

export function suggestionData(f: SuggestionFields, directory: string) {
  return optional({
    name: f.name.trim(),
    category: f.category,
    website: f.website.trim(),
    city: f.city.trim(),
    why: f.why.trim(),
    suggestedBy: f.suggestedBy.trim(),
    directory: directory.slice(0, 2000)
  });
}

export function correctionData(o: PartnerOrganization, f: CorrectionFields) {
  return optional({
    organization: organizationRef(o, true),
    field: f.field || 'other',
    problem: f.problem.trim(),
    reporter: f.reporter.trim()
  });
}

export function outreachData(o: PartnerOrganization, f: OutreachFields) {
  return optional({
    organization: organizationRef(o),
    date: f.date.trim(),
    method: f.method,
    summary: f.summary.trim(),
    nextStep: f.nextStep.trim(),
    staff: f.staff.trim()
  });
}

/** Plain-text body for the mailto: fallback. */
export function mailBody(lines: [string, string | undefined][]): string {
  return lines
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}
