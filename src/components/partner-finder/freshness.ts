/** How fresh a directory entry is, from its "last verified" date, in words a person can act on. */

export type Freshness = 'fresh' | 'ageing' | 'stale' | 'unknown';

export interface FreshnessBadge {
  tone: Freshness;
  /** Short text for the badge: "Checked March 2025". */
  label: string;
  /** Longer advice for the details view. */
  advice: string;
  /** Why, for an element to say in the page's language: the month checked (its first day) and whole years since. */
  reason: 'no-date' | 'future' | 'recent' | 'over-a-year' | 'years';
  month?: Date;
  years?: number;
}

const MONTH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

/** Whole months between two dates (YYYY-MM-DD), never negative. */
export function monthsBetween(from: string, to: Date): number {
  const [y, m, d] = from.split('-').map(Number);
  let months = (to.getFullYear() - y) * 12 + (to.getMonth() + 1 - m);
  if (to.getDate() < d) months--;
  return Math.max(0, months);
}

export function freshness(lastVerified: string | undefined, now = new Date()): FreshnessBadge {
  if (!lastVerified) {
    return {
      tone: 'unknown',
      reason: 'no-date',
      label: 'No check date',
      advice: 'The directory does not say when this entry was last checked. Check the details before you get in touch.'
    };
  }
  const [y, m, d] = lastVerified.split('-').map(Number);
  const when = `${MONTH[m - 1]} ${y}`;
  const month = new Date(y, m - 1, 1);
  // After tomorrow (a day's grace for time zones): a typing mistake in the data, not a check.
  if (new Date(y, m - 1, d) > new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1)) {
    return {
      tone: 'unknown',
      reason: 'future',
      month,
      label: 'Check date not right',
      advice: `The directory says this entry was checked in ${when}, which has not come yet. Check the details before you get in touch.`
    };
  }
  const months = monthsBetween(lastVerified, now);
  if (months < 12)
    return { tone: 'fresh', reason: 'recent', month, label: `Checked ${when}`, advice: `Checked in ${when}.` };
  if (months < 24) {
    return {
      tone: 'ageing',
      reason: 'over-a-year',
      month,
      label: `Checked ${when}`,
      advice: `Last checked in ${when}, over a year ago. Some details may have changed.`
    };
  }
  return {
    tone: 'stale',
    reason: 'years',
    month,
    years: Math.floor(months / 12),
    label: `Not checked since ${when}`,
    advice: `Last checked in ${when}, ${Math.floor(months / 12)} years ago. Check the details before you rely on them.`
  };
}
