import { compiledEngine, renderMarkdown } from '../../core/markdown.js';
import { pieceBudget, TimeSlicer } from '../../core/yield.js';
import { MAX_BLOCK, markdownPieces, PIECE_CHARS } from './limits.js';

/**
 * Time per piece before the browser gets a turn. One piece of Markdown (about 2,000 characters: parse, sanitize,
 * layout) can take 10–20 ms on a busy machine, so stopping after 15 ms keeps a piece under 50 ms.
 */
const PIECE_MS = 15;
/** The smallest piece the learned size goes down to. */
const MIN_PIECE_CHARS = 300;

export interface MarkdownNodeOptions {
  /** Inline Markdown (a `<span>`), for a one-line definition. */
  inline?: boolean;
  /** Runs on each rendered piece before it joins the rest (to link the jargon inside it, say). */
  each?: (piece: HTMLElement) => void;
  /**
   * Resolve with the element once its first piece is in, and add the rest to it in pieces while it is on the page,
   * each piece laid out in its own turn: a long explanation shows its beginning at once and never lays out 20,000
   * characters in one go. Without it, the element is complete when the promise resolves.
   */
  early?: boolean;
}

/**
 * A definition's Markdown, rendered once into one element that can be rendered again and again. The
 * DocumentFragment from `renderMarkdown` empties the first time it is inserted, so rendering it a second time
 * (after a search in the index, or when a term's box is drawn again) would show nothing.
 * Block Markdown goes in a `<div>`, inline Markdown in a `<span>`. Empty text gives ''; if the Markdown engine
 * cannot be loaded, the plain text.
 *
 * Long Markdown (a longer explanation of up to 20,000 characters) is rendered in pieces of about 2,000 characters
 * (smaller after a piece that took longer than `PIECE_MS`) with a turn for the browser between them, so opening
 * it never holds the page still; a single paragraph or list item over `MAX_BLOCK` characters is shown as plain
 * text (see docs/glossary.md, "Limits"). With `early`, the element is handed over after its first piece and the
 * rest is added to it on the page.
 */
export async function markdownNode(
  text: string,
  { inline = false, each, early = false }: MarkdownNodeOptions = {}
): Promise<string | HTMLElement> {
  if (!text) return '';
  const holder = document.createElement(inline ? 'span' : 'div');
  holder.className = 'md';
  // Pieces of about 2,000 characters; a piece over MAX_BLOCK is cut as finely as it can be, and what is still
  // over it is plain text, in paragraphs of at most PIECE_CHARS (one paragraph of 20,000 characters would be laid
  // out in one go).
  const pieces: Piece[] = inline
    ? [{ text }]
    : markdownPieces(text).flatMap(piece =>
        piece.length <= MAX_BLOCK
          ? [{ text: piece }]
          : markdownPieces(piece, 1).flatMap(fine => (fine.length <= MAX_BLOCK ? [{ text: fine }] : plainPieces(fine)))
      );
  const slicer = new TimeSlicer(PIECE_MS, 1);
  let shown: (() => void) | undefined;
  const firstShown = early ? new Promise<void>(resolve => (shown = resolve)) : undefined;
  const add = (fragment: DocumentFragment) => {
    if (each) {
      const box = document.createElement(inline ? 'span' : 'div');
      box.append(fragment);
      each(box);
      fragment.append(...box.childNodes);
    }
    appendJoiningLists(holder, fragment);
    // On the page already: its layout belongs to this piece, not to one long layout at the end.
    if (holder.isConnected) void holder.offsetHeight;
  };
  const fill = async () => {
    // Characters per piece, learned from the pieces so far: a piece that took longer than PIECE_MS (deep lists
    // cost far more per character than prose) makes the ones after it smaller.
    let size = Infinity;
    // The engine ready first, so that the time of a piece is the time of its own work.
    await compiledEngine();
    for (let i = 0; i < pieces.length; i++) {
      if (!pieces[i].plain && pieces[i].text.length > size) {
        pieces.splice(i, 1, ...markdownPieces(pieces[i].text, size).map(piece => ({ text: piece })));
      }
      const piece = pieces[i];
      if (i > 0 && (shown || slicer.due())) {
        shown?.();
        shown = undefined;
        await slicer.yield();
      }
      if (piece.plain) {
        const fragment = document.createDocumentFragment();
        const p = document.createElement('p');
        p.textContent = piece.text;
        fragment.append(p);
        add(fragment);
        continue;
      }
      const start = performance.now();
      add(await renderMarkdown(piece.text, { inline }));
      const took = performance.now() - start;
      const budget = pieceBudget(PIECE_MS);
      if (took > budget) size = Math.max(MIN_PIECE_CHARS, Math.floor((piece.text.length * budget) / took));
    }
  };
  if (!firstShown) {
    try {
      await fill();
    } catch {
      return text;
    }
    return holder;
  }
  let failed = false;
  const filling = fill().catch(() => {
    failed = true;
    shown?.();
  });
  await Promise.race([firstShown, filling]);
  // The Markdown engine could not be loaded before anything was shown: the plain text, as without `early`.
  return failed && !holder.firstChild ? text : holder;
}

interface Piece {
  text: string;
  /** Shown as plain text (a block too long to render as Markdown). */
  plain?: true;
}

/** A block too long for Markdown as plain paragraphs of at most PIECE_CHARS, cut at a space where there is one. */
function plainPieces(block: string): Piece[] {
  const out: Piece[] = [];
  for (let paragraph of block.split(/\n[ \t]*\n/)) {
    paragraph = paragraph.trim();
    while (paragraph.length > PIECE_CHARS) {
      const space = paragraph.lastIndexOf(' ', PIECE_CHARS);
      const cut = space > PIECE_CHARS / 2 ? space : PIECE_CHARS;
      out.push({ text: paragraph.slice(0, cut).trim(), plain: true });
      paragraph = paragraph.slice(cut).trim();
    }
    if (paragraph) out.push({ text: paragraph, plain: true });
  }
  return out;
}

/** Appends a rendered piece; a list cut in two between pieces becomes one list again. */
function appendJoiningLists(holder: HTMLElement, fragment: DocumentFragment): void {
  const last = holder.lastElementChild;
  const first = fragment.firstElementChild;
  const leading = fragment.firstChild === first || fragment.firstChild?.textContent?.trim() === '';
  if (
    last &&
    first &&
    leading &&
    (first.tagName === 'UL' || first.tagName === 'OL') &&
    first.tagName === last.tagName
  ) {
    last.append(...first.childNodes);
    first.remove();
  }
  holder.append(fragment);
}
