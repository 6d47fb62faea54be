// @ts-check
// Reading what a request asks for: the content type, the list query, cursors and addresses. No I/O here.
import { TYPE_PATTERN } from './types.js';

// ISO 8601; a time must carry its zone, or the answer would depend on the server's clock settings.
const ISO_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i;
export const LIST_LIMIT = { default: 50, max: 1000 };
/** With `full=1`, a page of whole submissions stops before this many bytes of envelopes (but has at least one). */
export const FULL_PAGE_BYTES = 16 * 1024 * 1024;

/**
 * JSON is always UTF-8 (RFC 8259): a charset parameter is fine as long as it says so.
 * @param {string | undefined} header
 */
export function isJsonContentType(header) {
  const [mediaType, ...parameters] = (header ?? '').split(';').map(part => part.trim().toLowerCase());
  return (
    mediaType === 'application/json' &&
    parameters.every(parameter => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter))
  );
}

/**
 * @param {URLSearchParams} query
 * @returns {{ type: string | null, since: string | null, before: number | null, limit: number, find: string | null,
 *   full: boolean } | { problem: string }}
 */
export function parseListQuery(query) {
  const type = query.get('type') || null;
  if (type !== null && !TYPE_PATTERN.test(type)) {
    return { problem: 'type must be a submission type in lower case, like problem-report.' };
  }
  // An unencoded "+01:00" arrives as " 01:00"; put the plus back rather than refuse it.
  const sinceText = query.get('since')?.replace(' ', '+') || null;
  let since = null;
  if (sinceText !== null) {
    const time = Date.parse(sinceText);
    if (!ISO_TIME_PATTERN.test(sinceText) || Number.isNaN(time)) {
      return { problem: 'since must be a date and time like 2025-01-31T14:05:00Z.' };
    }
    // Stored times are toISOString() output, so comparing the same form as text compares the times.
    since = new Date(time).toISOString();
  }
  const limitText = query.get('limit');
  const limit = limitText === null || limitText === '' ? LIST_LIMIT.default : Number(limitText);
  if (!/^\d*$/.test(limitText ?? '') || limit < 1 || limit > LIST_LIMIT.max) {
    return { problem: `limit must be a whole number from 1 to ${LIST_LIMIT.max}.` };
  }
  const before = parseCursor(query.get('before'));
  if (Number.isNaN(before)) return { problem: 'before must be the cursor of a listed submission, a whole number.' };
  const find = query.get('find')?.trim().slice(0, 100) || null;
  const fullText = query.get('full');
  if (fullText !== null && !['', '0', '1'].includes(fullText)) return { problem: 'full must be 1 or 0.' };
  return { type, since, before, limit, find, full: fullText === '1' };
}

/**
 * @param {string | null} text
 * @returns {number | null} NaN when it is not a cursor
 */
export function parseCursor(text) {
  if (text === null || text === '') return null;
  return /^\d{1,15}$/.test(text) && Number(text) > 0 ? Number(text) : Number.NaN;
}

/**
 * @param {string} base
 * @param {Record<string, string | number | null>} params
 */
export function withQuery(base, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== null && value !== '') query.set(name, String(value));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/**
 * @param {string | undefined} origin
 * @param {string | undefined} host
 */
export function isSameOrigin(origin, host) {
  try {
    return !!origin && !!host && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/** @param {string} text */
export function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** @param {unknown} value text from a request, safe for one log line */
export const forLog = value => JSON.stringify(String(value).slice(0, 200)).slice(1, -1);
