/**
 * Lists of whole numbers packed in text, for the prepared directory (prepared.ts): `JSON.parse` of one string is far
 * quicker than of a list of 100,000 numbers, and decoding it into an Int32Array makes no values at all.
 *
 * The text is one digit giving the width w (1–5), then every number in w characters of a 64-letter alphabet that
 * needs no escaping in JSON (base64url's letters, most significant first). A list whose largest number is under 64
 * takes one character per number, under 4,096 two, under 262,144 three. No DOM, no Lit.
 */

const LETTERS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const MAX_WIDTH = 5;
/** Letter → its value, -1 for anything else (only the first 128 code points can be letters). */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < LETTERS.length; i++) VALUE[LETTERS.charCodeAt(i)] = i;

/** Packs whole numbers from 0 to 64^5 - 1. */
export function pack(numbers: ArrayLike<number>): string {
  let max = 0;
  for (let i = 0; i < numbers.length; i++) {
    const v = numbers[i];
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`pack: ${v} is not a whole number of 0 or more`);
    if (v > max) max = v;
  }
  let width = 1;
  while (max >= 64 ** width) width++;
  if (width > MAX_WIDTH) throw new RangeError(`pack: ${max} is too large`);
  const out: string[] = [String(width)];
  // Built in slices: one string per number would make as many values as the JSON list this replaces.
  let chunk = '';
  for (let i = 0; i < numbers.length; i++) {
    let v = numbers[i];
    let digits = '';
    for (let k = 0; k < width; k++) {
      digits = LETTERS[v % 64] + digits;
      v = Math.floor(v / 64);
    }
    chunk += digits;
    if (chunk.length >= 4096) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}

/**
 * Unpacks a list packed by `pack`. Undefined when the text is not such a list, when it does not hold `length`
 * numbers (any length when not given), or when a number is `below` or more: the caller says what is wrong in words.
 */
export function unpack(text: unknown, length: number | undefined, below: number): Int32Array | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  const width = text.charCodeAt(0) - 48;
  if (width < 1 || width > MAX_WIDTH || (text.length - 1) % width !== 0) return undefined;
  const n = (text.length - 1) / width;
  if (length !== undefined && n !== length) return undefined;
  const out = new Int32Array(n);
  let at = 1;
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let k = 0; k < width; k++) {
      const c = text.charCodeAt(at++);
      const d = c < 128 ? VALUE[c] : -1;
      if (d < 0) return undefined;
      v = v * 64 + d;
    }
    if (v >= below) return undefined;
    out[i] = v;
  }
  return out;
}
