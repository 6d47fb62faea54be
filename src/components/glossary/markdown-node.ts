import { renderMarkdown } from '../../core/markdown.js';

/**
 * A definition's Markdown, rendered once into one element that can be rendered again and again. The
 * DocumentFragment from `renderMarkdown` empties the first time it is inserted, so rendering it a second time
 * (after a search in the index, or when a term's box is drawn again) would show nothing.
 * Block Markdown goes in a `<div>`, inline Markdown in a `<span>`. Empty text gives ''; if the Markdown engine
 * cannot be loaded, the plain text.
 */
export async function markdownNode(text: string, inline = false): Promise<string | HTMLElement> {
  if (!text) return '';
  let fragment: DocumentFragment;
  try {
    fragment = await renderMarkdown(text, { inline });
  } catch {
    return text;
  }
  const holder = document.createElement(inline ? 'span' : 'div');
  holder.className = 'md';
  holder.append(fragment);
  return holder;
}
