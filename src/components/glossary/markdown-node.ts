import { renderMarkdown } from '../../core/markdown.js';
import { TimeSlicer } from '../../core/yield.js';
import { MAX_BLOCK, markdownPieces } from './limits.js';

/**
 * A definition's Markdown, rendered once into one element that can be rendered again and again. The
 * DocumentFragment from `renderMarkdown` empties the first time it is inserted, so rendering it a second time
 * (after a search in the index, or when a term's box is drawn again) would show nothing.
 * Block Markdown goes in a `<div>`, inline Markdown in a `<span>`. Empty text gives ''; if the Markdown engine
 * cannot be loaded, the plain text.
 *
 * Long Markdown (a longer explanation of up to 20,000 characters) is rendered in pieces of about 2,000 characters
 * with a turn for the browser between them, so opening it never holds the page still; a single paragraph or list
 * item over `MAX_BLOCK` characters is shown as plain text (see docs/glossary.md, "Limits").
 */
export async function markdownNode(text: string, inline = false): Promise<string | HTMLElement> {
  if (!text) return '';
  const holder = document.createElement(inline ? 'span' : 'div');
  holder.className = 'md';
  // Pieces of about 2,000 characters; a piece over MAX_BLOCK is cut as finely as it can be.
  const pieces = inline
    ? [text]
    : markdownPieces(text).flatMap(piece => (piece.length > MAX_BLOCK ? markdownPieces(piece, 1) : [piece]));
  const slicer = new TimeSlicer(30, 1);
  try {
    for (const piece of pieces) {
      if (slicer.due()) await slicer.yield();
      if (!inline && piece.length > MAX_BLOCK) {
        for (const paragraph of piece.split(/\n[ \t]*\n/)) {
          const p = document.createElement('p');
          p.textContent = paragraph.trim();
          if (p.textContent) holder.append(p);
        }
        continue;
      }
      appendJoiningLists(holder, await renderMarkdown(piece, { inline }));
    }
  } catch {
    return text;
  }
  return holder;
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
