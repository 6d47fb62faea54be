/**
 * Text helpers shared by the importers, the index and the element: one normalization for search, keyword
 * matching against the chart, and the only gate that turns directory data into a clickable link.
 */

const COMBINING = /[\u0300-\u036f]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const NON_ASCII_FIRST = /[\u0080-\uffff]/;
const NOT_ASCII_WORD = /[^a-z0-9]+/g;

/** Lowercase, accents removed, punctuation turned into single spaces, trimmed. "Café  Müller's" → "cafe muller s". */
export function normalize(value: string): string {
  const shape = asciiShape(value);
  if (shape === NON_ASCII) {
    const folded = fold(value);
    // The Unicode-aware pattern is slow; text that is ASCII once its accents are gone takes the plain one.
    return (NON_ASCII_FIRST.test(folded) ? folded.replace(NOT_WORD, ' ') : folded.replace(NOT_ASCII_WORD, ' ')).trim();
  }
  const lower = value.toLowerCase();
  // Often already normal once lowercase ("Riverside Library"): then there is nothing to replace.
  return shape === NORMAL_ONCE_LOWERCASE ? lower : lower.replace(NOT_ASCII_WORD, ' ').trim();
}

const NORMAL_ONCE_LOWERCASE = 0;
const NEEDS_REPLACING = 1;
const NON_ASCII = 2;

/**
 * One pass over the text: non-ASCII; ASCII that is normal once lowercase (letters and digits with single spaces
 * between words); or ASCII with punctuation or extra spaces.
 */
function asciiShape(value: string): number {
  let shape = NORMAL_ONCE_LOWERCASE;
  let afterSpace = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) return NON_ASCII;
    if (c === 32) {
      if (afterSpace) shape = NEEDS_REPLACING;
      afterSpace = true;
    } else {
      afterSpace = false;
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) shape = NEEDS_REPLACING;
    }
  }
  return afterSpace && value.length ? NEEDS_REPLACING : shape;
}

/** Lowercase and accents removed, punctuation kept: what the search index stores, so "o'neil" and "c++" still match. */
export function fold(value: string): string {
  // Most directory text is plain ASCII; skipping Unicode decomposition there makes indexing several times faster.
  return NON_ASCII_FIRST.test(value)
    ? value.normalize('NFD').replace(COMBINING, '').toLowerCase()
    : value.toLowerCase();
}

const LIST_SEPARATORS = /[;|\n]+/;
const ANY_SEPARATOR = /[;|\n,]/;

/** Splits a cell like "Health; youth | Arts" or "health, youth" into trimmed, non-empty parts. */
export function splitList(value: unknown, separators = LIST_SEPARATORS): string[] {
  if (Array.isArray(value)) return value.flatMap(v => splitList(v, separators));
  if (value === undefined || value === null) return [];
  const text = String(value).trim();
  if (!text) return [];
  // Most cells hold one value: no need to split (and allocate) at all.
  if (separators === LIST_SEPARATORS && !ANY_SEPARATOR.test(text)) return [text];
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
  const text = String(value ?? '');
  // Nothing to strip at either end (the usual case): no need to run the patterns.
  if (text && plainEnd(text.charCodeAt(0)) && plainEnd(text.charCodeAt(text.length - 1))) return text;
  return text.replace(/^["'\s]+|["'\s]+$/g, '').trim();
}

/** Not a quote and not (possibly) white space: printable ASCII other than " and '. */
function plainEnd(c: number): boolean {
  return c > 32 && c < 127 && c !== 34 && c !== 39;
}

/** A date from the data as YYYY-MM-DD, or undefined when it cannot be read. Accepts ISO dates and date-times. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) {
    const [, y, m, d] = match;
    // A real day of a real month. Years 0–99 count as 1900–1999, as Date.UTC would have it.
    const year = +y < 100 ? +y + 1900 : +y;
    const month = +m;
    const day = +d;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return match[0].length === text.length ? text : `${y}-${m}-${d}`;
  }
  // Spreadsheet exports write 3/14/2025 (US) or 14/02/2026 (most of the world). With a 4-digit year, a first number
  // over 12 can only be a day, so 14/02/2026 (or 14.02.2026) is 14 February; otherwise the US order is read.
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (dmy) {
    const [, a, b, y] = dmy;
    const dayFirst = +a > 12 || text.includes('.');
    const [m, d] = dayFirst ? [b, a] : [a, b];
    return isoDate(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Host + path without "www." and trailing slash, lowercase: how two records' websites are compared. */
export function websiteKey(value: string | undefined): string | undefined {
  const href = websiteHref(value);
  if (!href) return undefined;
  // Read by hand from the lowercase address (lowercasing moves none of / ? # : or digits):
  // https://host(:port)(/path) → host without "www." + path without trailing slashes.
  const url = href.toLowerCase();
  const start = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : -1;
  if (start < 0) return undefined;
  let i = start;
  while (i < url.length && !'/?#:'.includes(url[i])) i++;
  if (i === start) return undefined;
  let host = url.slice(start, i);
  if (host.startsWith('www.')) host = host.slice(4);
  if (url[i] === ':') {
    let j = i + 1;
    while (j < url.length && url.charCodeAt(j) >= 48 && url.charCodeAt(j) <= 57) j++;
    if (j > i + 1) i = j;
  }
  const pathStart = i;
  while (i < url.length && url[i] !== '?' && url[i] !== '#') i++;
  let end = i;
  while (end > pathStart && url[end - 1] === '/') end--;
  return host + url.slice(pathStart, end);
}
