// @ts-check
// What the inbox list shows of a submission without reading all of it: a short plain-text preview, worked out
// once when the submission is stored.

export const PREVIEW_CHARS = 240;
/** Never walk more than this many values looking for text, however large the submission. */
const MAX_VALUES = 2000;

/** Fields that say the most, per type; other types show their text fields in order. */
const PREVIEW_FIELDS = /** @type {Record<string, string[]>} */ ({
  'problem-report': ['summary', 'whatHappened']
});

/**
 * @param {string} text
 * @param {number} chars
 */
function clip(text, chars) {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= chars) return flat;
  // Never cut a surrogate pair in half.
  const cut = Array.from(flat.slice(0, chars + 1))
    .join('')
    .slice(0, chars);
  return `${cut.replace(/[\uD800-\uDBFF]$/, '').trimEnd()}…`;
}

/**
 * Text values of `value`, depth first, until `chars` characters or MAX_VALUES values.
 * @param {unknown} value
 * @param {number} chars
 */
function textOf(value, chars) {
  /** @type {string[]} */
  const parts = [];
  let length = 0;
  let visited = 0;
  /** @type {unknown[]} */
  const stack = [value];
  while (stack.length && length < chars && visited < MAX_VALUES) {
    const item = stack.pop();
    visited += 1;
    if (typeof item === 'string') {
      const text = item.trim();
      // Pictures and other encoded data say nothing to a person.
      if (text && !text.startsWith('data:')) {
        parts.push(text.slice(0, chars));
        length += text.length;
      }
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    } else if (item !== null && typeof item === 'object') {
      const values = Object.values(item);
      for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
    }
  }
  return parts.join(' · ');
}

/**
 * @param {any} envelope a validated envelope
 * @returns {string} at most PREVIEW_CHARS characters (and an ellipsis)
 */
export function previewOf(envelope) {
  const data = envelope?.data ?? {};
  const fields = PREVIEW_FIELDS[envelope?.type];
  const picked = fields?.map(field => data[field]).filter(value => typeof value === 'string' && value.trim());
  return clip(textOf(picked?.length ? picked : data, PREVIEW_CHARS + 1), PREVIEW_CHARS);
}

/** The short id the browser shows as "its number on this computer": the first 8 hex digits of the envelope id. */
export const SHORT_ID_LENGTH = 8;

/** @param {string} id */
export const shortIdOf = id => id.toLowerCase().slice(0, SHORT_ID_LENGTH);
