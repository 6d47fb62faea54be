/**
 * Annotating a long page in pieces, the part on screen first. Wrapping every occurrence on a book-length page
 * (200,000 words, tens of thousands of terms) costs the browser several hundred milliseconds of style and layout
 * work for the new inline elements, whatever wraps them; done at once, the page would freeze for that long. Here
 * the text on screen is wrapped and laid out in the first piece (what a person sees), and the rest follows in
 * pieces of about 30 ms, layout included, with the browser free to paint and answer input between them.
 * See docs/decisions/012-annotating-in-pieces.md.
 */
import { yieldToMain } from '../../core/yield.js';
import type { TermWrapper } from './annotate.js';

export interface PieceOptions {
  /** Every occurrence: begin with the text on screen (order does not matter). First occurrences: page order. */
  screenFirst: boolean;
  /** Stops at the next piece (a newer annotation, a new glossary, the element gone). */
  signal: AbortSignal;
  /** Runs the wrapping of one piece (the glossary stops its mutation observer around it). */
  during: (work: () => void) => void;
  /** Lays out what the piece changed, inside the piece, so that layout counts in its time. */
  layout: () => void;
  /** Time per piece in milliseconds, layout included; default 30. */
  budgetMs?: number;
}

/** Characters read and wrapped in the first piece beyond the screen, before the cost per character is known. */
const FIRST_GUESS_CHARS = 12_000;

/**
 * Wraps the terms in `texts` (page order) in pieces. The first piece runs now, before this returns: on a page
 * that fits in one piece, everything is wrapped when it returns. Resolves when the last piece is done; rejects
 * with the signal's reason when stopped.
 */
export function wrapInPieces(texts: readonly Text[], wrapper: TermWrapper, options: PieceOptions): Promise<void> {
  const budget = options.budgetMs ?? 30;
  const [screenStart, screenEnd] = onScreen(texts);
  // Every occurrence: from the top of the screen down to the end of the page, then the part above the screen.
  const list = options.screenFirst ? [...texts.slice(screenStart), ...texts.slice(0, screenStart)] : texts;
  const mustReach = options.screenFirst ? screenEnd - screenStart : 0;
  let at = 0;
  let msPerChar = 0;
  // The share of a piece that wrapping may use; the rest is the browser's layout of what it made.
  let share = 1 / 3;

  const piece = (): void => {
    const start = performance.now();
    const chars = msPerChar > 0 ? (budget * share) / msPerChar : FIRST_GUESS_CHARS;
    let to = at;
    let counted = 0;
    while (to < list.length && (to < mustReach || counted < chars)) counted += list[to++].length;
    options.during(() => wrapper.wrap(list, at, to));
    at = to;
    const wrapped = performance.now() - start;
    options.layout();
    const total = performance.now() - start;
    if (counted > 0 && wrapped > 0.5) {
      msPerChar = wrapped / counted;
      share = Math.min(0.9, Math.max(0.1, wrapped / total));
    }
  };
  const finished = () => at >= list.length || wrapper.finished;

  piece();
  if (finished()) return Promise.resolve();
  return (async () => {
    while (!finished()) {
      await yieldToMain();
      options.signal.throwIfAborted();
      piece();
    }
  })();
}

/**
 * The text nodes on screen: `[start, end)` in page order, found by halving (a few dozen boxes read, before
 * anything changes). Text nodes are in page order, so their boxes go down the page; a hidden one (no box) is
 * passed over. When nothing usable is found, the whole page counts as below the screen: `[0, 0)`.
 */
export function onScreen(texts: readonly Text[]): [number, number] {
  if (!texts.length || typeof window === 'undefined') return [0, 0];
  const range = document.createRange();
  // The box of the first text node at or after `i` that has one (-1 when none near), and its index.
  const boxAt = (i: number): { index: number; top: number; bottom: number } | undefined => {
    for (let j = i; j < texts.length && j < i + 16; j++) {
      if (!texts[j].isConnected) continue;
      range.selectNodeContents(texts[j]);
      const box = range.getBoundingClientRect();
      if (box.width || box.height) return { index: j, top: box.top, bottom: box.bottom };
    }
    return undefined;
  };
  // First index whose box passes the test, when the test turns from false to true going down the page.
  const firstWhere = (test: (box: { top: number; bottom: number }) => boolean): number => {
    let lo = 0;
    let hi = texts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const box = boxAt(mid);
      if (!box || test(box)) hi = mid;
      else lo = box.index + 1;
    }
    return lo;
  };
  const start = firstWhere(box => box.bottom > 0);
  const end = firstWhere(box => box.top >= window.innerHeight);
  return end > start ? [start, end] : [0, 0];
}
