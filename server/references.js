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

/**
 * The prefix for a submission type: from the table above, else the initials of its dash-separated words
 * (`foo-bar` → `FB`), so a new element gets readable references before anyone edits this file.
 * @param {string} type
 */
export function referencePrefix(type) {
  if (Object.hasOwn(REFERENCE_PREFIXES, type))
    return REFERENCE_PREFIXES[/** @type {keyof REFERENCE_PREFIXES} */ (type)];
  return type
    .split('-')
    .filter(Boolean)
    .map(word => word[0])
    .join('')
    .toUpperCase();
}

/**
 * @param {string} prefix
 * @param {number} number counts from 1 per prefix
 */
export function formatReference(prefix, number) {
  return `${prefix}-${String(number).padStart(6, '0')}`;
}
