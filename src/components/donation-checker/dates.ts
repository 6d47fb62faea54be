/** Calendar dates as ISO strings (YYYY-MM-DD), free of time zones: the checker works in whole days. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date, if `text` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function parseIsoDate(text: unknown): { y: number; m: number; d: number } | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return { y, m, d };
}

export function isIsoDate(text: unknown): text is string {
  return parseIsoDate(text) !== undefined;
}

/** Today in the computer's own time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `iso` plus a number of months; the day is kept, or the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(iso: string, months: number): string {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`Not a date: ${iso}`);
  const index = p.y * 12 + (p.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(Math.min(p.d, last))}`;
}

/**
 * Whole months from `from` to `to` (negative when `to` is earlier): 2026-01-15 → 2026-03-14 is 1, → 2026-03-15
 * is 2. A month counts once its day is reached; the month's last day stands in for days it does not have.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to < from) return 0 - wholeMonthsBetween(to, from) || 0;
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`Not a date: ${a ? to : from}`);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`Not a date: ${a ? to : from}`);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}
