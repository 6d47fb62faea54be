// "No English left on a Spanish page": walks everything a person reads or hears in an element (text in every
// shadow root, and the labels and titles that screen readers say) and reports any English catalog message in it.
import type { Catalog } from '../../src/core/i18n.js';

/** Every text a person can read or hear inside `root`, across nested shadow roots. */
export function readableTexts(root: Element | ShadowRoot): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName)) {
        const text = node.textContent?.replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      }
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = node.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

/** The English messages of `catalog` as patterns (placeholders match anything), skipping ones equal in `other`. */
function patterns(english: Catalog, other?: Catalog): { key: string; re: RegExp }[] {
  const out: { key: string; re: RegExp }[] = [];
  for (const [key, message] of Object.entries(english)) {
    const forms = typeof message === 'string' ? [message] : Object.values(message).filter(Boolean);
    const same = other && JSON.stringify(other[key]) === JSON.stringify(message);
    if (same) continue;
    for (const form of forms as string[]) {
      // Pieces between placeholders; only pieces with a real English word (4+ letters) count.
      const pieces = form
        .split(/\{\w+\}/)
        .map(p => p.trim())
        .filter(p => /[A-Za-z]{4,}/.test(p));
      for (const piece of pieces) {
        out.push({ key, re: new RegExp(`(^|[^A-Za-z])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`) });
      }
    }
  }
  return out;
}

/**
 * English messages from `catalogs` found in `root`'s readable text. Pass each catalog with its Spanish twin so
 * messages that are the same in both (a product name) are not counted. Returns "key: text" lines, empty if none.
 */
export function englishLeft(root: Element | ShadowRoot, catalogs: [Catalog, Catalog?][]): string[] {
  const texts = readableTexts(root);
  const found: string[] = [];
  for (const [english, other] of catalogs) {
    for (const { key, re } of patterns(english, other)) {
      const hit = texts.find(t => re.test(t));
      if (hit) found.push(`${key}: ${hit}`);
    }
  }
  return [...new Set(found)];
}
