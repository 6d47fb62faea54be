// @ts-check
// Human-friendly references ("PR-000123") that a staff member can read out on the phone.

/** Prefixes for the types Techbridge's own elements send. Add new element types here, nowhere else. */
export const REFERENCE_PREFIXES = Object.freeze({
  'problem-report': 'PR',
  'glossary-suggestion': 'GS',
  'partner-suggestion': 'PS',
  'outreach-log': 'OL',
  'partner-correction': 'PC',
  'donation-check': 'DC',
  mou: 'MOU'
});

/** @type {ReadonlySet<string>} */
const RESERVED = new Set(Object.values(REFERENCE_PREFIXES));

/** Any reference this server can hand out: letters and digits, a dash, six digits or more. */
export const REFERENCE_PATTERN = /^[A-Z][A-Z0-9]{0,40}-\d{6,}$/;

/**
 * The prefix for a submission type: from the table above, else the initials of its dash-separated words
 * (`foo-bar` → `FB`, `x-2` → `X2`), so a new type gets readable references before anyone edits this file. Initials
 * that spell another type's prefix (`p-r` → `PR`) get an `X` in front (`XPR`): `PR-` always means a problem report.
 * @param {string} type
 */
export function referencePrefix(type) {
  if (Object.hasOwn(REFERENCE_PREFIXES, type))
    return REFERENCE_PREFIXES[/** @type {keyof REFERENCE_PREFIXES} */ (type)];
  const initials = type
    .split('-')
    .filter(Boolean)
    .map(word => word[0])
    .join('')
    .toUpperCase();
  return RESERVED.has(initials) ? `X${initials}` : initials;
}

/**
 * @param {string} prefix
 * @param {number} number counts from 1 per prefix
 */
export function formatReference(prefix, number) {
  return `${prefix}-${String(number).padStart(6, '0')}`;
}

/**
 * A reference as a person may type it (`pr-123`, ` PR-000123 `) in the form the server hands out, or null.
 * @param {string} text
 */
export function normalizeReference(text) {
  const match = /^([A-Za-z][A-Za-z0-9]{0,40})-(\d{1,18})$/.exec(text.trim());
  if (!match) return null;
  const number = Number(match[2]);
  return Number.isSafeInteger(number) && number > 0 ? formatReference(match[1].toUpperCase(), number) : null;
}
