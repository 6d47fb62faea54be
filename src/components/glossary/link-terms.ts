import { isTermUse } from './marks.js';
import type { Glossary } from './model.js';

/**
 * Links the glossary words inside a rendered definition to their own entries, so the jargon a definition still
 * uses ("server", "network") is one click from its explanation. The first use of each other entry is linked
 * (not the entry being defined, not text already inside a link or code). Returns `node` for chaining.
 */
export function linkTerms<T extends Node | string>(
  node: T,
  glossary: Glossary,
  selfId: string,
  hrefFor: (entryId: string) => string,
  /** Entries linked already (a long text linked piece by piece links each entry once). */
  seen = new Set<string>()
): T {
  if (typeof node === 'string') return node;
  seen.add(selfId);
  const texts: Text[] = [];
  const walker = document.createTreeWalker(node as Node, NodeFilter.SHOW_TEXT, {
    acceptNode: text =>
      text.parentElement?.closest('a, code, pre') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
  });
  for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
  for (const text of texts) {
    const data = text.data;
    const matches = glossary.matcher.find(data, (id, start, end) => {
      const entryId = glossary.target(id).entry.id;
      if (seen.has(entryId) || !isTermUse(glossary, id, data, start, end)) return false;
      seen.add(entryId);
      return true;
    });
    if (!matches.length) continue;
    const fragment = document.createDocumentFragment();
    let from = 0;
    for (const m of matches) {
      fragment.append(data.slice(from, m.start));
      const a = document.createElement('a');
      a.href = hrefFor(glossary.target(m.id).entry.id);
      a.className = 'term-link';
      a.textContent = data.slice(m.start, m.end);
      fragment.append(a);
      from = m.end;
    }
    fragment.append(data.slice(from));
    text.replaceWith(fragment);
  }
  return node;
}

/**
 * For text linked piece by piece (`markdownNode`'s `each`): links each other entry once across all the pieces.
 * Undefined when there is nothing to link to.
 */
export function pieceLinker(
  glossary: Glossary | undefined,
  selfId: string,
  hrefFor: ((entryId: string) => string) | '' | undefined
): ((piece: HTMLElement) => void) | undefined {
  if (!glossary || !hrefFor) return undefined;
  const linked = new Set<string>();
  return piece => void linkTerms(piece, glossary, selfId, hrefFor, linked);
}
