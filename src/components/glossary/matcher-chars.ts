/**
 * Character classes for the glossary matcher: word characters of every script, white space, and the canonical
 * forms of separators (any apostrophe, any hyphen, any run of white space). Pure: no DOM.
 */

export const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

export const WORD_AT = /^[\p{L}\p{M}\p{N}]/u;

// ——— Character classes ———
// One lazily filled table for the Basic Multilingual Plane: 0 unknown, else KNOWN | (WORD if a word character) |
// the case-folded code unit. Everything the scan asks about a character is one array read.
export const KNOWN = 1 << 20;
export const WORD = 1 << 16;
export const CHARS = new Int32Array(65536);

export function charInfo(code: number): number {
  let info = CHARS[code];
  if (info === 0) {
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    let folded = lower.length === 1 ? lower.charCodeAt(0) : code;
    if (folded === 0x3c2) folded = 0x3c3; // final sigma folds like the regular one
    const word = code < 0xd800 || code > 0xdfff ? WORD_AT.test(char) : false;
    info = CHARS[code] = KNOWN | (word ? WORD : 0) | folded;
  }
  return info;
}
for (let c = 0; c < 128; c++) charInfo(c);

/** True when the code unit at `i` starts a letter, mark or digit (a surrogate pair counts as one). */
export function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_AT.test(text.slice(i, i + 2));
  return (charInfo(code) & WORD) !== 0;
}

/** True when the character ending just before `index` is a letter, mark or digit. */
export function wordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index > 1) return WORD_AT.test(text.slice(index - 2, index));
  return (charInfo(code) & WORD) !== 0;
}

/** True when the character starting at `index` is a letter, mark or digit. */
export function wordAfter(text: string, index: number): boolean {
  return index < text.length && isWordAt(text, index);
}

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    (code > 127 &&
      (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff))
  );
}

/** A separator character in canonical form: any apostrophe is ', any hyphen is -, white space is a space. */
export function separatorCode(code: number): number {
  if (code < 128) return code >= 9 && code <= 13 ? 32 : code;
  if (code === 0x2019 || code === 0x2018) return 39;
  if (code >= 0x2010 && code <= 0x2013 && code !== 0x2012) return 45;
  return isSpace(code) ? 32 : code;
}

/** Separators in canonical form: runs of white space become one space. */
export function canonicalSeparators(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = separatorCode(text.charCodeAt(i));
    if (code === 32) {
      if (!out.endsWith(' ')) out += ' ';
    } else {
      out += String.fromCharCode(code);
    }
  }
  return out;
}

/**
 * Matches canonical separators `canon` in `text` from `from`: a space takes a run of white space, other
 * characters their canonical form. Returns where the match ends, or -1.
 */
export function matchSeparators(text: string, from: number, canon: string): number {
  let p = from;
  for (let k = 0; k < canon.length; k++) {
    const want = canon.charCodeAt(k);
    if (p >= text.length) return -1;
    if (want === 32) {
      if (!isSpace(text.charCodeAt(p))) return -1;
      p++;
      while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    } else if (separatorCode(text.charCodeAt(p)) === want) {
      p++;
    } else {
      return -1;
    }
  }
  return p;
}
