/**
 * Text helpers shared by the importers, the index and the element: one normalization for search, keyword
 * matching against the chart, and the only gate that turns directory data into a clickable link.
 */

const COMBINING = /[\u0300-\u036f]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const NON_ASCII_FIRST = /[\u0080-\uffff]/;

/** Lowercase, accents removed, punctuation turned into single spaces, trimmed. "Café  Müller's" → "cafe muller s". */
export function normalize(value: string): string {
  const folded = fold(value);
  // The Unicode-aware pattern is slow; ASCII text (most of it) takes the plain one.
  return (NON_ASCII_FIRST.test(folded) ? folded.replace(NOT_WORD, ' ') : folded.replace(/[^a-z0-9]+/g, ' ')).trim();
}

/** Lowercase and accents removed, punctuation kept: what the search index stores, so "o'neil" and "c++" still match. */
export function fold(value: string): string {
  // Most directory text is plain ASCII; skipping Unicode decomposition there makes indexing several times faster.
  return NON_ASCII_FIRST.test(value)
    ? value.normalize('NFD').replace(COMBINING, '').toLowerCase()
    : value.toLowerCase();
}

/** Splits a cell like "Health; youth | Arts" or "health, youth" into trimmed, non-empty parts. */
export function splitList(value: unknown, separators = /[;|\n]+/): string[] {
  if (Array.isArray(value)) return value.flatMap(v => splitList(v, separators));
  if (value === undefined || value === null) return [];
  const text = String(value).trim();
  if (!text) return [];
  const parts = text.split(separators);
  // A cell with no ";" or "|" but commas ("health, youth") is a comma list too.
  const list = parts.length === 1 && text.includes(',') ? text.split(',') : parts;
  return list.map(p => p.trim()).filter(Boolean);
}

/** Removes HTML tags some HSDS publishers leave in descriptions; list items become "• " lines. Output is plain text. */
export function htmlToText(value: string): string {
  if (!value.includes('<')) return value.trim();
  return value
    .replace(/<li[^>]*>/gi, '\n• ')
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The only way a string from directory data becomes an `href`: absolute http(s), mailto: or tel: URLs pass, in
 * normalized form; everything else (javascript:, data:, relative paths, junk) gives undefined and is shown as
 * text. Tabs and line breaks inside a scheme ("java\tscript:") are stripped by the URL parser before the check.
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = value.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return undefined;
  return url.href;
}

const PLAIN_WEB = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/[\w\-./~%]*)?$/;
const BARE_DOMAIN = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i;

/** A website field as a link: "library.org" and "www.library.org" get https://; anything unsafe gives undefined. */
export function websiteHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = value.trim();
  // The usual case, without the cost of the URL parser: https://host/path with no spaces or odd characters.
  if (PLAIN_WEB.test(raw)) return raw.includes('/', raw.indexOf('//') + 2) ? raw : `${raw}/`;
  if (BARE_DOMAIN.test(raw)) return safeHref(`https://${raw}`);
  const href = safeHref(raw);
  return href && /^https?:/.test(href) ? href : undefined;
}

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

/** True for something shaped like one plain email address. */
export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value.trim());
}

/** mailto: link for one address, or undefined when it is not an email address. */
export function mailHref(value: unknown): string | undefined {
  if (!isEmail(value)) return undefined;
  return safeHref(`mailto:${encodeURIComponent(value.trim()).replace('%40', '@')}`);
}

/** tel: link from a written phone number ("(0123) 4567 8900" → tel:01234567890), or undefined with too few digits. */
export function telHref(value: unknown, extension?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const digits = value.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (digits.replace('+', '').length < 3) return undefined;
  const ext = extension?.replace(/\D/g, '');
  return safeHref(`tel:${digits}${ext ? `;ext=${ext}` : ''}`);
}

/** Cleans a phone number some publishers wrap in quotes ("\"+44 1234 234567\""). */
export function cleanPhone(value: unknown): string {
  return String(value ?? '')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
}

/** A date from the data as YYYY-MM-DD, or undefined when it cannot be read. Accepts ISO dates and date-times. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) {
    const [, y, m, d] = match;
    const date = new Date(Date.UTC(+y, +m - 1, +d));
    return date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d ? `${y}-${m}-${d}` : undefined;
  }
  // Spreadsheet exports often write 3/14/2025 (US) — accept only the unambiguous 4-digit-year forms.
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return isoDate(`${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`);
  return undefined;
}

/** Host + path without "www." and trailing slash, lowercase: how two records' websites are compared. */
export function websiteKey(value: string | undefined): string | undefined {
  const href = websiteHref(value);
  if (!href) return undefined;
  const match = /^https?:\/\/([^/?#:]+)(?::\d+)?([^?#]*)/i.exec(href);
  if (!match) return undefined;
  const host = match[1].toLowerCase().replace(/^www\./, '');
  const path = match[2].replace(/\/+$/, '');
  return `${host}${path}`.toLowerCase();
}
