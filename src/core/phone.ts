/**
 * A `tel:` link for a phone number as people write it, e.g. "555-0100 ext 12" → `tel:5550100;ext=12` (RFC 3966),
 * so the extension is not dialled as part of the number. Undefined when there are too few digits to dial.
 */
export function telLink(value: string): string | undefined {
  const match = /^(.*?)[\s,;]*(?:\b(?:ext(?:ension)?\.?|x)|#)\s*(\d+)\s*$/i.exec(value.trim());
  const number = (match ? match[1] : value).replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (number.replace('+', '').length < 3) return undefined;
  return `tel:${number}${match ? `;ext=${match[2]}` : ''}`;
}
