/**
 * Addresses and paths: a glossary word inside a web or e-mail address, a file path or name, or a
 * name_with_underscores is part of a name a computer reads, not the word. Pure: no DOM.
 */
import { isSpace, wordBefore } from './matcher-chars.js';

// ——— Addresses and paths ———
// "router" in https://library.example.org/wifi/router-setup.html, S:\IT\router_notes.docx, it@router.example
// or router_1 is part of a name a computer reads, not the word: explaining it there is wrong, and a button in the
// middle of an address breaks copying it. Decided on the run of non-space characters around the match.

/** What one run of non-space characters says about the matches in it. */
interface Run {
  text: string;
  from: number;
  to: number;
  /** Contains "://", "@" or "\", or starts with "www.": everything in it is part of an address or path. */
  address: boolean;
  /** First and last "/" (-1: none). A match with a "/" on each side is a path segment ("/wifi/router/"). */
  firstSlash: number;
  lastSlash: number;
  /**
   * First and last "." between a letter or digit and a letter ("example.org", "notes.docx"; not "2.4GHz", not a
   * full stop before a space). One outside the match makes the run a domain or file name.
   */
  firstDot: number;
  lastDot: number;
}

// The run last asked about: a long run with many matches (a pasted log line) is read once, not once per match.
let lastRun: Run | undefined;

/** The run of non-space characters around `index` (a non-space character). */
function runAt(text: string, index: number): Run {
  if (lastRun && lastRun.text === text && index >= lastRun.from && index < lastRun.to) return lastRun;
  let from = index;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = index + 1;
  while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
  let firstSlash = -1;
  let lastSlash = -1;
  let firstDot = -1;
  let lastDot = -1;
  let address = /^[^\p{L}\p{N}]*www\./iu.test(text.slice(from, Math.min(to, from + 12)));
  for (let i = from; i < to && !address; i++) {
    const code = text.charCodeAt(i);
    if (code === 64 /* @ */ || code === 92 /* \ */) address = true;
    else if (code === 47 /* / */) {
      if (text.startsWith('://', i - 1) && i > from) address = true;
      if (firstSlash < 0) firstSlash = i;
      lastSlash = i;
    } else if (code === 46 /* . */ && i > from && i + 1 < to && wordBefore(text, i) && isLetterAt(text, i + 1)) {
      if (firstDot < 0) firstDot = i;
      lastDot = i;
    }
  }
  return (lastRun = { text, from, to, address, firstSlash, lastSlash, firstDot, lastDot });
}

const LETTER_AT = /^\p{L}/u;

function isLetterAt(text: string, i: number): boolean {
  return LETTER_AT.test(text.slice(i, i + 2));
}

/** True when text[start, end) is part of a web or e-mail address, a file path or name, or a name_with_underscores. */
export function insideAddress(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 95 /* _ */ || text.charCodeAt(end) === 95) return true;
  // A match may span white space ("print release"): look at the runs at both of its ends.
  const first = runAt(text, start);
  if (first.address) return true;
  const last = end <= first.to ? first : runAt(text, end - 1);
  if (last.address) return true;
  if (first.firstSlash >= 0 && first.firstSlash < start && last.lastSlash >= end) return true;
  // A domain or file name ("router.example.org", "wifi/router-setup.html"): a dot outside the match.
  return (first.firstDot >= 0 && first.firstDot < start) || last.lastDot >= end;
}
