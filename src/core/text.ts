/**
 * Small text helpers every element uses, one copy each: the email test, the tel: link, folding for search and
 * `{name}` templates.
 */
export { telLink } from './phone.js';
export { format } from './i18n.js';

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

/** A plausible email address as people type them (one @, a dot in the domain, no spaces or brackets). */
export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length <= 254 && EMAIL.test(value.trim());
}

const NON_ASCII = /[^ -~\t\n\r]/;
const COMBINING = /\p{M}/gu;

/** Lower case, accents removed, punctuation kept: "Café" and "cafe" are the same search, "c++" stays "c++". */
export function fold(value: string): string {
  // Most text is plain ASCII; skipping Unicode decomposition there makes folding several times faster.
  return NON_ASCII.test(value) ? value.normalize('NFKD').replace(COMBINING, '').toLowerCase() : value.toLowerCase();
}
