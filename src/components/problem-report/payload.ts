/**
 * What a problem report is made of: the form's values, their checks, the priority from scope × impact, the data
 * object that is sent (masked), the gaps worth pointing out, and the plain-text version for copy, email and
 * print. Pure: no DOM, no Lit. The browser-dependent context is passed in.
 */
import type { ReportContext } from './context-info.js';
import type { Masker } from './mask.js';
import { format, type ProblemReportStrings, type StringKey } from './strings.js';

export const SCOPES = ['me', 'this-computer', 'several', 'branch', 'all-branches', 'not-sure'] as const;
export const IMPACTS = ['patrons-waiting', 'staff-blocked', 'workaround', 'annoyance'] as const;
export const STARTED = ['just-now', 'today', 'this-week', 'longer', 'not-sure'] as const;
export const FREQUENCIES = ['once', 'sometimes', 'every-time', 'not-sure'] as const;
export type Scope = (typeof SCOPES)[number];
export type Impact = (typeof IMPACTS)[number];

const camel = (id: string) => id.replace(/(^|-)(\w)/g, (_, _d, c: string) => c.toUpperCase());
/** The strings key for a choice: `scope` + `all-branches` → `scopeAllBranches`. */
export const choiceKey = (group: 'scope' | 'impact' | 'started' | 'frequency', id: string) =>
  `${group}${camel(id)}` as StringKey;

export interface Choice {
  id: string;
  label: string;
}

/** A choice as data: English `label`, and the words in other languages (`labels.es`). */
export interface PickerOption extends Choice {
  labels?: Partial<Record<string, string>>;
}

export interface PickerConfig {
  programs: PickerOption[];
  tried: PickerOption[];
}

/** Everything the form holds. Kept as typed, never cleaned up until it is sent. */
export interface FormValues {
  summary: string;
  whatHappened: string;
  errorMessage: string;
  noErrorMessage: boolean;
  tryingTo: string;
  expected: string;
  program: string;
  programOther: string;
  webPage: string;
  started: string;
  frequency: string;
  branch: string;
  location: string;
  asset: string;
  otherComputer: boolean;
  scope: string;
  impact: string;
  tried: string[];
  triedOther: string;
  name: string;
  contact: string;
  remember: boolean;
}

export const EMPTY_VALUES: FormValues = {
  summary: '',
  whatHappened: '',
  errorMessage: '',
  noErrorMessage: false,
  tryingTo: '',
  expected: '',
  program: '',
  programOther: '',
  webPage: '',
  started: '',
  frequency: '',
  branch: '',
  location: '',
  asset: '',
  otherComputer: false,
  scope: '',
  impact: '',
  tried: [],
  triedOther: '',
  name: '',
  contact: '',
  remember: false
};

/** Maximum lengths, the same as the schema's. */
export const LIMITS: Partial<Record<keyof FormValues, number>> = {
  summary: 200,
  whatHappened: 5000,
  errorMessage: 5000,
  tryingTo: 2000,
  expected: 2000,
  programOther: 200,
  webPage: 2000,
  branch: 120,
  location: 120,
  asset: 120,
  triedOther: 1000,
  name: 120,
  contact: 200
};

/** Brings any stored or pre-filled object back to a complete FormValues, dropping anything odd. */
export function coerceValues(input: unknown, base: FormValues = EMPTY_VALUES): FormValues {
  const out: FormValues = { ...base, tried: [...base.tried] };
  if (!input || typeof input !== 'object') return out;
  const src = input as Record<string, unknown>;
  for (const key of Object.keys(EMPTY_VALUES) as (keyof FormValues)[]) {
    const value = src[key];
    const kind = typeof EMPTY_VALUES[key];
    if (key === 'tried') {
      if (Array.isArray(value)) out.tried = value.filter((v): v is string => typeof v === 'string').slice(0, 50);
    } else if (kind === 'boolean' && typeof value === 'boolean') {
      (out[key] as boolean) = value;
    } else if (kind === 'string' && typeof value === 'string') {
      (out[key] as string) = value.slice(0, 20_000);
    }
  }
  return out;
}

export type FieldErrors = Partial<Record<keyof FormValues, string>>;

/** Checks on submit. Only two answers are required; everything else helps but is optional. */
export function validate(values: FormValues, s: ProblemReportStrings, labels: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.summary.trim()) errors.summary = s.summaryRequired;
  if (!values.whatHappened.trim()) errors.whatHappened = s.whatHappenedRequired;
  for (const [key, max] of Object.entries(LIMITS) as [keyof FormValues, number][]) {
    // "Name of the program" is only on screen (and only sent) when the program is "Something else".
    if (key === 'programOther' && values.program !== 'other') continue;
    const value = values[key];
    if (!errors[key] && typeof value === 'string' && value.length > max) {
      errors[key] = format(s.tooLong, { label: labels[key] ?? key, max });
    }
  }
  return errors;
}

/** Priority by impact, then scope. `*` matches any. */
export type PriorityMap = Record<string, Record<string, string>>;

export const DEFAULT_PRIORITY_MAP: PriorityMap = {
  'patrons-waiting': {
    me: 'high',
    'this-computer': 'high',
    several: 'urgent',
    branch: 'urgent',
    'all-branches': 'urgent',
    '*': 'high'
  },
  'staff-blocked': {
    me: 'high',
    'this-computer': 'high',
    several: 'high',
    branch: 'urgent',
    'all-branches': 'urgent',
    '*': 'high'
  },
  workaround: { branch: 'high', 'all-branches': 'high', '*': 'normal' },
  annoyance: { 'all-branches': 'normal', branch: 'normal', '*': 'low' },
  '*': { branch: 'high', 'all-branches': 'high', '*': 'normal' }
};

/** Checks a `priority-map` value; returns a problem in plain words, or undefined. */
export function checkPriorityMap(map: unknown): string | undefined {
  if (!map || typeof map !== 'object' || Array.isArray(map))
    return 'it must be a JSON object like {"patrons-waiting": {"branch": "urgent"}}.';
  for (const [impact, row] of Object.entries(map)) {
    if (impact !== '*' && !(IMPACTS as readonly string[]).includes(impact)) {
      return `"${impact}" is not a known impact (use ${IMPACTS.join(', ')} or *).`;
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) return `the value for "${impact}" must be an object.`;
    for (const [scope, priority] of Object.entries(row)) {
      if (scope !== '*' && !(SCOPES as readonly string[]).includes(scope)) {
        return `"${scope}" is not a known scope (use ${SCOPES.join(', ')} or *).`;
      }
      if (typeof priority !== 'string' || !priority.trim() || priority.length > 40) {
        return `the priority for ${impact} × ${scope} must be a word of up to 40 characters.`;
      }
    }
  }
  return undefined;
}

/** The priority for a scope and impact: the custom map first (exact, then `*`), then the default map. */
export function priorityFor(scope: string, impact: string, custom?: PriorityMap): string {
  const look = (map: PriorityMap | undefined) => {
    if (!map) return undefined;
    const rows = [map[impact || '*'], map['*']];
    for (const row of rows) {
      const hit = row?.[scope || '*'] ?? row?.['*'];
      if (hit) return hit;
    }
    return undefined;
  };
  return look(custom) ?? look(DEFAULT_PRIORITY_MAP) ?? 'normal';
}

/** The `data` of a `problem-report` submission. See src/content/schemas/problem-report.schema.json. */
export interface ProblemReportData {
  summary: string;
  whatHappened: string;
  errorMessage: { status: 'given' | 'none' | 'not-given'; text: string };
  tryingTo?: string;
  expected?: string;
  program?: Choice;
  webPage?: string;
  started?: Choice;
  frequency?: Choice;
  where: { branch: string; location: string; asset: string; reportedFromAffectedComputer: boolean };
  scope?: Choice;
  impact?: Choice;
  priority: string;
  tried: string[];
  triedOther?: string;
  reporter: { name: string; contact: string };
  screenshot?: Screenshot;
  context: ReportContext;
  privacy: { maskedCount: number };
}

export interface Screenshot {
  name: string;
  type: string;
  bytes: number;
  dataUrl: string;
}

const choice = (id: string, label: string): Choice => ({ id, label });

/**
 * Builds the data to send. Every free-text answer and every address goes through `masker`. The reporter's own
 * name and contact details are theirs to give and are not masked.
 */
export function buildReportData(
  values: FormValues,
  options: {
    strings: ProblemReportStrings;
    pickers: PickerConfig;
    masker: Masker;
    context: ReportContext;
    priorityMap?: PriorityMap;
    screenshot?: Screenshot;
  }
): ProblemReportData {
  const { strings: s, pickers, masker } = options;
  const text = (value: string, max: number) => masker.mask(value.trim()).slice(0, max);
  const data: ProblemReportData = {
    summary: text(values.summary, 200),
    whatHappened: text(values.whatHappened, 5000),
    errorMessage: values.errorMessage.trim()
      ? { status: 'given', text: masker.mask(values.errorMessage).slice(0, 5000) }
      : { status: values.noErrorMessage ? 'none' : 'not-given', text: '' },
    where: {
      branch: values.branch.trim().slice(0, 120),
      location: text(values.location, 120),
      asset: values.asset.trim().slice(0, 120),
      reportedFromAffectedComputer: !values.otherComputer
    },
    priority: priorityFor(values.scope, values.impact, options.priorityMap).slice(0, 40),
    tried: [],
    reporter: { name: values.name.trim().slice(0, 120), contact: values.contact.trim().slice(0, 200) },
    context: options.context,
    privacy: { maskedCount: 0 }
  };
  if (values.tryingTo.trim()) data.tryingTo = text(values.tryingTo, 2000);
  if (values.expected.trim()) data.expected = text(values.expected, 2000);
  if (values.program) {
    const picked = pickers.programs.find(p => p.id === values.program);
    if (values.program === 'other') {
      const other = text(values.programOther, 200);
      data.program = choice('other', other || s.programOther);
    } else if (picked) data.program = choice(picked.id, picked.label.slice(0, 200));
  }
  if (values.webPage.trim()) data.webPage = masker.maskAddress(values.webPage.trim()).slice(0, 2048);
  if ((STARTED as readonly string[]).includes(values.started)) {
    data.started = choice(values.started, s[choiceKey('started', values.started)]);
  }
  if ((FREQUENCIES as readonly string[]).includes(values.frequency)) {
    data.frequency = choice(values.frequency, s[choiceKey('frequency', values.frequency)]);
  }
  if ((SCOPES as readonly string[]).includes(values.scope))
    data.scope = choice(values.scope, s[choiceKey('scope', values.scope)]);
  if ((IMPACTS as readonly string[]).includes(values.impact)) {
    data.impact = choice(values.impact, s[choiceKey('impact', values.impact)]);
  }
  data.tried = pickers.tried.filter(t => values.tried.includes(t.id)).map(t => t.label.slice(0, 200));
  if (values.triedOther.trim()) data.triedOther = text(values.triedOther, 1000);
  if (options.screenshot) data.screenshot = options.screenshot;
  data.privacy.maskedCount = masker.count;
  return data;
}

export type Gap = 'error' | 'program' | 'asset' | 'when' | 'tried' | 'scope' | 'branch';

/** What is missing that would most help the IT person, with the field that fills it. */
export function findGaps(values: FormValues): { gap: Gap; field: keyof FormValues }[] {
  const gaps: { gap: Gap; field: keyof FormValues }[] = [];
  if (!values.errorMessage.trim() && !values.noErrorMessage) gaps.push({ gap: 'error', field: 'errorMessage' });
  if (!values.program) gaps.push({ gap: 'program', field: 'program' });
  if (!values.branch.trim()) gaps.push({ gap: 'branch', field: 'branch' });
  if (!values.asset.trim()) gaps.push({ gap: 'asset', field: 'asset' });
  if (!values.scope) gaps.push({ gap: 'scope', field: 'scope' });
  if (!values.started) gaps.push({ gap: 'when', field: 'started' });
  if (values.tried.length === 0 && !values.triedOther.trim()) gaps.push({ gap: 'tried', field: 'tried' });
  return gaps;
}

/** The report as plain text, for the clipboard, an email or a printout. Symptoms first, context last. */
export function reportAsText(data: ProblemReportData, s: ProblemReportStrings, reference?: string): string {
  const lines: string[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value && value.trim()) lines.push(`${label}: ${value.includes('\n') ? `\n${indent(value)}` : value}`);
  };
  lines.push(`${s.textTitle}${reference ? ` ${reference}` : ''}`, '');
  add(s.rowSummary, data.summary);
  add(s.rowPriority, data.priority);
  add(s.rowWhatHappened, data.whatHappened);
  if (data.errorMessage.status === 'given') add(s.rowError, data.errorMessage.text);
  else if (data.errorMessage.status === 'none') add(s.rowError, s.rowErrorNone);
  add(s.rowTryingTo, data.tryingTo);
  add(s.rowExpected, data.expected);
  add(s.rowProgram, data.program?.label);
  add(s.rowWebPage, data.webPage);
  add(s.rowStarted, data.started?.label);
  add(s.rowFrequency, data.frequency?.label);
  add(s.rowScope, data.scope?.label);
  add(s.rowImpact, data.impact?.label);
  add(s.rowTried, [...data.tried, ...(data.triedOther ? [data.triedOther] : [])].join('; '));
  add(s.rowWhere, [data.where.branch, data.where.location, data.where.asset].filter(Boolean).join(', '));
  if (!data.where.reportedFromAffectedComputer) add(s.rowOtherComputer, s.yes);
  add(s.rowReporter, [data.reporter.name, data.reporter.contact].filter(Boolean).join(', '));
  if (data.screenshot) add(s.rowScreenshot, data.screenshot.name);
  const c = data.context;
  lines.push('', `${s.textDetails}:`);
  lines.push(
    indent(
      [
        `${c.browser}, ${c.os}`,
        format(s.textScreen, { screen: c.screen, window: c.window, zoom: c.pixelRatio }),
        format(s.textLanguage, { language: c.language, online: c.online ? s.textOnline : s.textOffline }),
        format(s.textTime, { time: `${c.localTime}${c.timeZone ? ` ${c.timeZone}` : ''}` }),
        format(s.textPage, { url: c.pageUrl })
      ].join('\n')
    )
  );
  return lines.join('\n');
}

const indent = (text: string) =>
  text
    .split('\n')
    .map(line => `  ${line}`)
    .join('\n');
