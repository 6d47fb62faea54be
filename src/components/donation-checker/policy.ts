/**
 * The rules engine: one offer against one policy, on a given day. Pure (no DOM, no clock: "today" is passed in).
 *
 * Each rule gives pass, fail or unknown with a reason code. A missing fact is "unknown", never a pass. Roll-up:
 * any failed hard rule that staff cannot fix → decline; any unknown, failed soft rule or fixable failure →
 * review; otherwise accept.
 */
import { cpuInfo } from './cpu.js';
import { addMonths, wholeMonthsBetween } from './dates.js';
import {
  COMPUTER_TYPES,
  DEVICE_TYPES,
  type CriterionResult,
  type Decision,
  type DeviceType,
  type DonationPolicy,
  type Offer,
  type Outcome,
  type PolicyRule,
  type PolicyText,
  type RuleKind,
  type Status
} from './model.js';
import { supportFor, type OsEolData } from './os-support.js';

export interface CheckOptions {
  /** Today, YYYY-MM-DD. */
  today: string;
  /** When the machine would go on the floor, YYYY-MM-DD; by default today plus the policy's lead time. */
  deploymentDate?: string;
  osData: OsEolData;
}

/** Failures staff can put right, if the rule allows it: add memory, fit a bigger or faster drive, and so on. */
const FIXABLE_REASONS = new Set([
  'ram-too-little',
  'storage-too-small',
  'storage-type-not-accepted',
  'tpm-off',
  'os-none',
  'os-support-too-short',
  'os-support-ended',
  'recovery-media-missing',
  'data-not-accepted'
]);

const EVERYTHING: RuleKind[] = ['device-type', 'age', 'working', 'complete'];
const NO_CHROMEBOOK: RuleKind[] = ['licence', 'recovery-media', 'tpm'];

/** The device types a rule is about. */
export function appliesTo(rule: PolicyRule): readonly DeviceType[] {
  if (rule.appliesTo?.length) return rule.appliesTo;
  if (EVERYTHING.includes(rule.kind)) return DEVICE_TYPES;
  if (NO_CHROMEBOOK.includes(rule.kind)) return COMPUTER_TYPES.filter(t => t !== 'chromebook');
  return COMPUTER_TYPES;
}

/** Text in the wanted language, else English, else the first one given. */
export function textFor(text: PolicyText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

const PLACEHOLDERS = ['maxYears', 'minGb', 'minMonths', 'minCores', 'minIntelGeneration', 'minRyzenSeries'] as const;

/** The clause in one language, with its limits filled in: "{maxYears}" → "6". Unknown names stay as written. */
export function clauseText(rule: PolicyRule, lang: string, formatNumber = (n: number) => String(n)): string {
  return textFor(rule.text, lang).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = (PLACEHOLDERS as readonly string[]).includes(name)
      ? (rule as unknown as Record<string, unknown>)[name]
      : undefined;
    return typeof value === 'number' ? formatNumber(value) : whole;
  });
}

type Verdict = { status: Status; reason: string; values?: Record<string, string | number> };
const pass = (reason: string, values?: Verdict['values']): Verdict => ({ status: 'pass', reason, values });
const fail = (reason: string, values?: Verdict['values']): Verdict => ({ status: 'fail', reason, values });
const unknown = (reason: string, values?: Verdict['values']): Verdict => ({ status: 'unknown', reason, values });

/** Several sub-checks: the first failure wins, then the first unknown, else the first pass. */
function combine(verdicts: Verdict[], fallback: Verdict): Verdict {
  return (
    verdicts.find(v => v.status === 'fail') ??
    verdicts.find(v => v.status === 'unknown') ??
    verdicts.find(v => v.status === 'pass') ??
    fallback
  );
}

function yesNo(value: boolean | undefined, name: string): Verdict {
  if (value === undefined) return unknown(`${name}-unknown`);
  return value ? pass(`${name}-ok`) : fail(`${name}-missing`);
}

function checkCpu(rule: PolicyRule, offer: Offer): Verdict {
  const checks: Verdict[] = [];
  if (rule.minCores !== undefined) {
    if (offer.cpuCores === undefined) checks.push(unknown('cpu-cores-unknown', { minCores: rule.minCores }));
    else if (offer.cpuCores < rule.minCores)
      checks.push(fail('cpu-too-few-cores', { cores: offer.cpuCores, minCores: rule.minCores }));
    else checks.push(pass('cpu-ok', { cores: offer.cpuCores }));
  }
  const limits = rule.minIntelGeneration !== undefined || rule.minRyzenSeries !== undefined;
  if (limits || rule.acceptAppleSilicon === false) {
    const info = cpuInfo(offer.cpuName);
    const cpu = offer.cpuName?.trim() ?? '';
    if (!cpu) checks.push(unknown('cpu-unknown'));
    else if (info.appleSilicon) {
      checks.push(
        rule.acceptAppleSilicon === false ? fail('cpu-apple-not-accepted', { cpu }) : pass('cpu-ok', { cpu })
      );
    } else {
      // The oldest Intel generation or Ryzen series the policy takes, for this maker.
      const min =
        info.maker === 'intel' ? rule.minIntelGeneration : info.maker === 'amd' ? rule.minRyzenSeries : undefined;
      if (min === undefined) {
        if (limits) checks.push(unknown('cpu-generation-unknown', { cpu }));
      } else if (info.generation === undefined) checks.push(unknown('cpu-generation-unknown', { cpu }));
      else if (info.generation < min) checks.push(fail('cpu-too-old', { cpu, generation: info.generation, min }));
      else checks.push(pass('cpu-ok', { cpu, generation: info.generation }));
    }
  }
  return combine(checks, offer.cpuName || offer.cpuCores !== undefined ? pass('cpu-ok') : unknown('cpu-unknown'));
}

function checkStorage(rule: PolicyRule, offer: Offer): Verdict {
  const checks: Verdict[] = [];
  if (rule.minGb !== undefined) {
    if (offer.storageGb === undefined) checks.push(unknown('storage-unknown', { minGb: rule.minGb }));
    else if (offer.storageGb < rule.minGb)
      checks.push(fail('storage-too-small', { storageGb: offer.storageGb, minGb: rule.minGb }));
    else checks.push(pass('storage-ok', { storageGb: offer.storageGb }));
  }
  if (rule.types?.length) {
    if (!offer.storageType) checks.push(unknown('storage-type-unknown'));
    else if (!rule.types.includes(offer.storageType))
      checks.push(fail('storage-type-not-accepted', { storageType: offer.storageType }));
    else checks.push(pass('storage-ok', { storageType: offer.storageType }));
  }
  return combine(checks, pass('storage-ok'));
}

function checkOs(rule: PolicyRule, offer: Offer, options: CheckOptions, deployment: string): Verdict {
  const family = offer.osFamily;
  if (!family) return unknown('os-unknown');
  const families = rule.families ?? ['windows', 'macos', 'chromeos', 'linux'];
  if (family === 'none') return families.includes('none') ? pass('os-none-accepted') : fail('os-none');
  if (!families.includes(family)) return fail('os-not-accepted', { family });
  const minMonths = rule.minMonths ?? 0;
  const found = supportFor(offer, options.osData, rule.countExtendedSupport === true);
  const label = 'label' in found ? (found.label ?? '') : '';
  switch (found.kind) {
    case 'unknown':
      return unknown(`os-${found.why}`, { family, label });
    case 'no-end':
      return pass('os-no-end-date', { label });
    case 'ended':
      return fail('os-support-ended', { label });
    case 'ends': {
      const values = { label, until: found.end, minMonths, entered: found.from === 'entered' ? 1 : 0 };
      if (found.end <= options.today) return fail('os-support-ended', values);
      const months = wholeMonthsBetween(deployment, found.end);
      if (months < minMonths) return fail('os-support-too-short', { ...values, months: Math.max(0, months) });
      return pass('os-supported', { ...values, months });
    }
  }
}

function verdictFor(rule: PolicyRule, offer: Offer, options: CheckOptions, deployment: string): Verdict {
  switch (rule.kind) {
    case 'device-type': {
      if (!offer.deviceType) return unknown('type-unknown');
      const accepted = rule.accepted ?? [];
      return accepted.includes(offer.deviceType)
        ? pass('type-accepted', { type: offer.deviceType })
        : fail('type-not-accepted', { type: offer.deviceType });
    }
    case 'age': {
      const maxYears = rule.maxYears ?? 0;
      const thisYear = Number(options.today.slice(0, 4));
      if (offer.year === undefined) return unknown('age-unknown', { maxYears });
      if (offer.year > thisYear) return unknown('age-in-future', { year: offer.year });
      const age = thisYear - offer.year;
      return age <= maxYears
        ? pass('age-ok', { year: offer.year, age, maxYears })
        : fail('age-too-old', { year: offer.year, age, maxYears });
    }
    case 'cpu':
      return checkCpu(rule, offer);
    case 'ram': {
      const minGb = rule.minGb ?? 0;
      if (offer.ramGb === undefined) return unknown('ram-unknown', { minGb });
      return offer.ramGb >= minGb
        ? pass('ram-ok', { ramGb: offer.ramGb, minGb })
        : fail('ram-too-little', { ramGb: offer.ramGb, minGb });
    }
    case 'storage':
      return checkStorage(rule, offer);
    case 'os':
      return checkOs(rule, offer, options, deployment);
    case 'tpm':
      if (!offer.tpm) return unknown('tpm-unknown');
      if (offer.tpm === '2.0') return pass('tpm-ok');
      return offer.tpm === 'off' ? fail('tpm-off') : fail('tpm-missing', { tpm: offer.tpm });
    case 'licence':
      return yesNo(offer.licence, 'licence');
    case 'recovery-media':
      return yesNo(offer.recoveryMedia, 'recovery-media');
    case 'working':
      return offer.working === undefined
        ? unknown('working-unknown')
        : offer.working
          ? pass('working-ok')
          : fail('not-working');
    case 'complete':
      return offer.complete === undefined
        ? unknown('complete-unknown')
        : offer.complete
          ? pass('complete-ok')
          : fail('not-complete');
    case 'data-wiping': {
      if (!offer.data) return unknown('data-unknown');
      return (rule.accepted ?? []).includes(offer.data)
        ? pass('data-ok', { data: offer.data })
        : fail('data-not-accepted', { data: offer.data });
    }
  }
}

/**
 * The overall answer from the per-rule results. A failure staff can fix themselves (add memory, switch on the
 * security chip) does not decline the gift even under a hard rule: it goes to review with the fix named.
 */
export function rollUp(results: readonly Pick<CriterionResult, 'status' | 'severity' | 'fixable'>[]): Outcome {
  if (results.some(r => r.status === 'fail' && r.severity === 'hard' && !r.fixable)) return 'decline';
  if (results.some(r => r.status !== 'pass')) return 'review';
  return 'accept';
}

/** Checks one offer against every rule that is about its kind of device. */
export function checkOffer(policy: DonationPolicy, offer: Offer, options: CheckOptions): Decision {
  const deployment = options.deploymentDate ?? addMonths(options.today, policy.deploymentLeadMonths ?? 0);
  const results: CriterionResult[] = [];
  for (const rule of policy.rules) {
    if (offer.deviceType && !appliesTo(rule).includes(offer.deviceType)) continue;
    const verdict = verdictFor(rule, offer, options, deployment);
    results.push({
      ruleId: rule.id,
      kind: rule.kind,
      clause: rule.clause,
      severity: rule.severity,
      fixable: verdict.status === 'fail' && rule.fixable === true && FIXABLE_REASONS.has(verdict.reason),
      status: verdict.status,
      reason: verdict.reason,
      values: verdict.values ?? {}
    });
  }
  return {
    outcome: rollUp(results),
    results,
    policyId: policy.id,
    policyVersion: policy.version,
    checkedOn: options.today,
    deploymentDate: deployment,
    osDataAsOf: options.osData.source.snapshotDate
  };
}
