/**
 * Reads a policy (JSON text or a parsed value) and says exactly what is wrong with it, as codes the element
 * turns into words. A policy with any problem is not used at all: checking gifts against half a policy would
 * give wrong answers. Pure: no DOM.
 */
import {
  DATA_STATES,
  DEVICE_TYPES,
  OS_FAMILIES,
  RULE_KINDS,
  STORAGE_TYPES,
  type DonationPolicy,
  type PolicyRule,
  type RuleKind
} from './model.js';

export type PolicyProblemCode =
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'not-object'
  | 'wrong-schema-version'
  | 'missing-field'
  | 'bad-text'
  | 'no-rules'
  | 'rule-not-object'
  | 'rule-missing-field'
  | 'rule-unknown-kind'
  | 'rule-bad-severity'
  | 'rule-bad-limit'
  | 'rule-missing-limit'
  | 'rule-bad-list-item'
  | 'duplicate-rule-id'
  | 'bad-referral';

export interface PolicyProblem {
  code: PolicyProblemCode;
  /** Where, for example "rules[2].minGb" (the third rule). */
  path?: string;
  /** The offending value or the parser's own message, shortened. */
  detail?: string;
}

export type PolicyReading = { ok: true; policy: DonationPolicy } | { ok: false; problems: PolicyProblem[] };

export const MAX_POLICY_CHARS = 200_000;
const MAX_DEPTH = 12;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/** Limits each kind needs, and the lists it may carry with their allowed values. */
const NEEDS: Partial<Record<RuleKind, string[]>> = {
  'device-type': ['accepted'],
  age: ['maxYears'],
  ram: ['minGb'],
  'data-wiping': ['accepted']
};
const NUMBERS = ['maxYears', 'minCores', 'minIntelGeneration', 'minRyzenSeries', 'minGb', 'minMonths'];
const INTEGERS = new Set(['minCores', 'minIntelGeneration', 'minRyzenSeries', 'minMonths']);
const BOOLEANS = ['fixable', 'acceptAppleSilicon', 'countExtendedSupport'];

const short = (value: unknown) => {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function depth(value: unknown, level = 0): number {
  if (level > MAX_DEPTH || value === null || typeof value !== 'object') return level;
  let deepest = level;
  for (const child of Object.values(value as object)) {
    deepest = Math.max(deepest, depth(child, level + 1));
    if (deepest > MAX_DEPTH) break;
  }
  return deepest;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0;
  if (!isObject(value)) return false;
  const entries = Object.values(value);
  return entries.length > 0 && entries.every(v => typeof v === 'string' && v.trim().length > 0);
}

function listFor(kind: RuleKind, field: string): readonly string[] | undefined {
  if (field === 'appliesTo') return DEVICE_TYPES;
  if (field === 'types') return STORAGE_TYPES;
  if (field === 'families') return OS_FAMILIES;
  if (field === 'accepted') return kind === 'data-wiping' ? DATA_STATES : kind === 'device-type' ? DEVICE_TYPES : [];
  return undefined;
}

function checkRule(rule: unknown, index: number, problems: PolicyProblem[]): void {
  const at = `rules[${index}]`;
  if (!isObject(rule)) {
    problems.push({ code: 'rule-not-object', path: at });
    return;
  }
  for (const field of ['id', 'kind', 'clause', 'text', 'severity']) {
    if (rule[field] === undefined || rule[field] === '')
      problems.push({ code: 'rule-missing-field', path: `${at}.${field}` });
  }
  if (rule.id !== undefined && rule.id !== '' && (typeof rule.id !== 'string' || !ID.test(rule.id)))
    problems.push({ code: 'rule-missing-field', path: `${at}.id`, detail: short(rule.id) });
  if (rule.clause !== undefined && rule.clause !== '' && (typeof rule.clause !== 'string' || !rule.clause.trim()))
    problems.push({ code: 'rule-missing-field', path: `${at}.clause`, detail: short(rule.clause) });
  if (rule.text !== undefined && !isText(rule.text)) problems.push({ code: 'bad-text', path: `${at}.text` });
  if (rule.severity !== undefined && rule.severity !== 'hard' && rule.severity !== 'soft')
    problems.push({ code: 'rule-bad-severity', path: `${at}.severity`, detail: short(rule.severity) });
  if (rule.kind === undefined) return;
  if (!RULE_KINDS.includes(rule.kind as RuleKind)) {
    problems.push({ code: 'rule-unknown-kind', path: `${at}.kind`, detail: short(rule.kind) });
    return;
  }
  const kind = rule.kind as RuleKind;
  for (const field of NUMBERS) {
    const value = rule[field];
    if (value === undefined) continue;
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < 0 ||
      (INTEGERS.has(field) && !Number.isInteger(value))
    )
      problems.push({ code: 'rule-bad-limit', path: `${at}.${field}`, detail: short(value) });
  }
  for (const field of BOOLEANS) {
    if (rule[field] !== undefined && typeof rule[field] !== 'boolean')
      problems.push({ code: 'rule-bad-limit', path: `${at}.${field}`, detail: short(rule[field]) });
  }
  for (const field of ['appliesTo', 'types', 'families', 'accepted']) {
    const value = rule[field];
    if (value === undefined) continue;
    const allowed = listFor(kind, field) ?? [];
    if (!Array.isArray(value)) {
      problems.push({ code: 'rule-bad-limit', path: `${at}.${field}`, detail: short(value) });
      continue;
    }
    value.forEach((item, i) => {
      if (typeof item !== 'string' || !allowed.includes(item))
        problems.push({ code: 'rule-bad-list-item', path: `${at}.${field}[${i}]`, detail: short(item) });
    });
  }
  for (const field of NEEDS[kind] ?? []) {
    if (rule[field] === undefined) problems.push({ code: 'rule-missing-limit', path: `${at}.${field}` });
  }
}

/** Reads and checks a policy. Text is parsed as JSON; anything else is checked as it is. */
export function readPolicy(input: unknown): PolicyReading {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_POLICY_CHARS)
      return { ok: false, problems: [{ code: 'too-large', detail: String(input.length) }] };
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, problems: [{ code: 'not-json', detail: short((error as Error).message) }] };
    }
  }
  if (!isObject(value)) return { ok: false, problems: [{ code: 'not-object', detail: short(value) }] };
  if (depth(value) > MAX_DEPTH) return { ok: false, problems: [{ code: 'too-deep' }] };
  const problems: PolicyProblem[] = [];
  if (value.schemaVersion !== 1)
    problems.push({ code: 'wrong-schema-version', path: 'schemaVersion', detail: short(value.schemaVersion) });
  for (const field of ['id', 'version']) {
    if (typeof value[field] !== 'string' || !(value[field] as string).trim())
      problems.push({ code: 'missing-field', path: field });
  }
  if (typeof value.id === 'string' && value.id.trim() && !ID.test(value.id))
    problems.push({ code: 'missing-field', path: 'id', detail: short(value.id) });
  if (!isText(value.title)) problems.push({ code: 'bad-text', path: 'title' });
  if (value.intro !== undefined && !isText(value.intro)) problems.push({ code: 'bad-text', path: 'intro' });
  const lead = value.deploymentLeadMonths;
  if (lead !== undefined && (typeof lead !== 'number' || !Number.isInteger(lead) || lead < 0 || lead > 36))
    problems.push({ code: 'rule-bad-limit', path: 'deploymentLeadMonths', detail: short(lead) });
  if (!Array.isArray(value.rules) || value.rules.length === 0) {
    problems.push({ code: 'no-rules', path: 'rules' });
  } else {
    value.rules.forEach((rule, i) => checkRule(rule, i, problems));
    const seen = new Set<string>();
    value.rules.forEach((rule: unknown, i) => {
      const id = isObject(rule) && typeof rule.id === 'string' ? rule.id : undefined;
      if (id && seen.has(id)) problems.push({ code: 'duplicate-rule-id', path: `rules[${i}].id`, detail: id });
      if (id) seen.add(id);
    });
  }
  if (value.referrals !== undefined) {
    if (!Array.isArray(value.referrals)) problems.push({ code: 'bad-referral', path: 'referrals' });
    else
      value.referrals.forEach((r: unknown, i) => {
        if (
          !isObject(r) ||
          typeof r.name !== 'string' ||
          !r.name.trim() ||
          (r.detail !== undefined && !isText(r.detail))
        )
          problems.push({ code: 'bad-referral', path: `referrals[${i}]` });
      });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, policy: value as unknown as DonationPolicy };
}

/** Simple limits set by attributes (max-age-years, min-ram-gb…), applied to the first rule of their kind. */
export interface LimitOverrides {
  maxAgeYears?: number;
  minRamGb?: number;
  minStorageGb?: number;
  minSupportMonths?: number;
}

export function withLimits(policy: DonationPolicy, limits: LimitOverrides): DonationPolicy {
  const set: [RuleKind, keyof PolicyRule, number | undefined][] = [
    ['age', 'maxYears', limits.maxAgeYears],
    ['ram', 'minGb', limits.minRamGb],
    ['storage', 'minGb', limits.minStorageGb],
    ['os', 'minMonths', limits.minSupportMonths]
  ];
  if (set.every(([, , value]) => value === undefined)) return policy;
  const rules = policy.rules.map(rule => ({ ...rule }));
  for (const [kind, field, value] of set) {
    const rule = rules.find(r => r.kind === kind);
    if (rule && value !== undefined) (rule as unknown as Record<string, unknown>)[field] = value;
  }
  return { ...policy, rules };
}
