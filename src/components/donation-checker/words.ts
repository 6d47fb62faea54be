/**
 * Sentences built from codes: the reason for each result, the fix, and the texts staff hand on (the decline
 * letter, the receipt, the note for staff). They take the element's words (`Say`), so they are the same in the
 * element, in print and in a test, in every language.
 */
import type { Params } from '../../core/i18n.js';
import type { CriterionResult, Decision, DonationPolicy, Offer, Referral } from './model.js';
import { clauseText, textFor } from './policy.js';
import type { DonationKey } from './strings/en.js';

export interface Say {
  lang: string;
  t(key: DonationKey, params?: Params): string;
  has(key: string): boolean;
  number(value: number): string;
  list(items: string[]): string;
  /** A YYYY-MM-DD date, written out in the language. */
  day(iso: string): string;
}

/** The words for a code-keyed message (`type:laptop`), or the code itself when there are none. */
export function word(say: Say, prefix: string, code: string | number | undefined): string {
  if (code === undefined || code === '') return '';
  const key = `${prefix}:${code}`;
  return say.has(key) ? say.t(key as DonationKey) : String(code);
}

/** The plain-language reason for one result. */
export function reasonText(say: Say, result: CriterionResult): string {
  const v = result.values;
  const key = `reason:${result.reason}`;
  if (!say.has(key)) return say.t('reasonOther', { clause: result.clause });
  const params: Params = {
    ...v,
    year: v.year === undefined ? undefined : String(v.year),
    type: v.type === undefined ? undefined : word(say, 'type', v.type),
    storageType: v.storageType === undefined ? undefined : word(say, 'storage', v.storageType),
    data: v.data === undefined ? undefined : word(say, 'data', v.data),
    family: v.family === undefined ? undefined : word(say, 'os', v.family),
    until: typeof v.until === 'string' ? say.day(v.until) : undefined
  };
  const text = say.t(key as DonationKey, params);
  return v.entered ? `${text} ${say.t('enteredDate')}` : text;
}

/** "Our staff can fix this: add memory." or nothing. */
export function fixText(say: Say, result: CriterionResult): string {
  if (!result.fixable) return '';
  const key = `fix:${result.reason}`;
  return say.has(key) ? say.t('fixLabel', { fix: say.t(key as DonationKey) }) : '';
}

/** What the gift is called in letters: its make and model, else its kind, else "computer". */
export function itemName(say: Say, offer: Offer): string {
  return offer.makeModel?.trim() || (offer.deviceType ? word(say, 'type', offer.deviceType) : say.t('itemUnnamed'));
}

function ruleOf(policy: DonationPolicy, result: CriterionResult) {
  return policy.rules.find(r => r.id === result.ruleId);
}

export interface LetterInput {
  decision: Decision;
  offer: Offer;
  policy: DonationPolicy;
  donorName?: string;
  referrals: Referral[];
}

const library = (say: Say, policy: DonationPolicy) => policy.library?.trim() || say.t('inbox');

/** The kind decline-and-referral message for the donor, quoting the clauses that were not met. */
export function declineLetter(say: Say, input: LetterInput): string {
  const { decision, offer, policy, donorName, referrals } = input;
  const name = donorName?.trim();
  const failed = decision.results.filter(r => r.status === 'fail' && !r.fixable && r.severity === 'hard');
  const lines = [
    name ? say.t('letterGreeting', { name }) : say.t('letterGreetingNoName'),
    '',
    say.t('letterThanks', { item: itemName(say, offer), library: library(say, policy) }),
    '',
    say.t('letterCannot'),
    ...failed.map(r => {
      const rule = ruleOf(policy, r);
      return `- ${rule ? clauseText(rule, say.lang, n => say.number(n)) : say.t('clauseRef', { clause: r.clause })}`;
    }),
    '',
    say.t('letterWhy')
  ];
  if (referrals.length) {
    lines.push('', say.t('letterReferrals'));
    for (const place of referrals) {
      const extra = [textFor(place.detail, say.lang), place.phone, place.url].filter(Boolean).join(' ');
      lines.push(`- ${place.name}${extra ? `: ${extra}` : ''}`);
    }
  }
  lines.push('', say.t('letterClosing'), '', library(say, policy));
  return lines.join('\n');
}

/** The receipt: what was given, by whom, when; never a value. */
export function receiptText(say: Say, input: Omit<LetterInput, 'referrals'>): string {
  const { decision, offer, policy, donorName } = input;
  const details = [
    offer.deviceType ? word(say, 'type', offer.deviceType) : '',
    offer.year ? String(offer.year) : '',
    offer.cpuName ?? '',
    offer.ramGb !== undefined ? `${say.number(offer.ramGb)} GB RAM` : '',
    offer.storageGb !== undefined ? `${say.number(offer.storageGb)} GB` : ''
  ].filter(Boolean);
  const item = offer.makeModel?.trim() ? offer.makeModel.trim() : itemName(say, offer);
  return [
    say.t('receiptTitle'),
    library(say, policy),
    say.t('receiptDate', { date: say.day(decision.checkedOn) }),
    donorName?.trim() ? say.t('receiptFrom', { name: donorName.trim() }) : say.t('receiptFromUnknown'),
    '',
    say.t('receiptWhat'),
    `- ${say.t('receiptItem', { quantity: String(offer.quantity ?? 1), item })}${details.length ? ` (${details.join(', ')})` : ''}`,
    '',
    say.t('receiptNoValue'),
    say.t('receiptPolicy', { policy: textFor(policy.title, say.lang), version: policy.version })
  ].join('\n');
}

/** A short note for the staff record. */
export function staffNote(say: Say, input: Omit<LetterInput, 'referrals' | 'donorName'>): string {
  const { decision, offer, policy } = input;
  const clauses = (pick: (r: CriterionResult) => boolean) =>
    say.list(decision.results.filter(pick).map(r => say.t('clauseRef', { clause: r.clause })));
  const lines = [
    say.t('noteLine', {
      date: say.day(decision.checkedOn),
      item: itemName(say, offer),
      outcome: say.t(`outcome:${decision.outcome}`)
    })
  ];
  const notMet = decision.results.some(r => r.status === 'fail' && !r.fixable);
  if (notMet) lines.push(say.t('noteNotMet', { clauses: clauses(r => r.status === 'fail' && !r.fixable) }));
  if (decision.results.some(r => r.fixable)) lines.push(say.t('noteFixable', { clauses: clauses(r => r.fixable) }));
  if (decision.results.some(r => r.status === 'unknown'))
    lines.push(say.t('noteUnknown', { clauses: clauses(r => r.status === 'unknown') }));
  lines.push(
    say.t('notePolicy', {
      policy: textFor(policy.title, say.lang),
      version: policy.version,
      asOf: say.day(decision.osDataAsOf)
    })
  );
  return lines.join('\n');
}
