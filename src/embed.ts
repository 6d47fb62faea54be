/**
 * CMS loader. Many CMSs strip unknown tags such as `<tb-problem-report>` from editor content but keep a `<div>`
 * with `data-*` attributes, so a webmaster writes a placeholder instead:
 *
 * ```html
 * <div data-tb="problem-report" data-endpoint="/api/reports" data-fallback-email="it@library.example"></div>
 * ```
 *
 * and this module replaces it with `<tb-problem-report endpoint="/api/reports" fallback-email="…">`, moving any
 * child nodes across. It creates only elements named in `EMBEDDABLE` and only attributes with plain names, and it
 * never parses HTML, so a placeholder cannot smuggle in markup or inline event handlers that the CMS would have
 * removed. It does not define the elements: load the element scripts too (before or after; both work).
 */

import { ELEMENT_TAGS } from './elements.js';

/**
 * Element names (without the `tb-` prefix) that a placeholder may ask for: every element, taken from
 * src/elements.ts, which is generated from the define.ts files (a new element needs no edit here).
 */
export const EMBEDDABLE: readonly string[] = Object.values(ELEMENT_TAGS)
  .flat()
  .map(tag => tag.slice('tb-'.length));

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const PLACEHOLDER = '[data-tb]';
const reported = new WeakMap<Element, Set<string>>();

/** The observer may see a placeholder it cannot upgrade many times; the webmaster needs each message once. */
function reportOnce(placeholder: Element, message: string): void {
  const messages = reported.get(placeholder) ?? new Set<string>();
  if (messages.has(message)) return;
  reported.set(placeholder, messages.add(message));
  console.error(`Techbridge embed: ${message}`, placeholder);
}

function upgrade(placeholder: Element): Element | undefined {
  const name = (placeholder.getAttribute('data-tb') ?? '').trim().toLowerCase();
  if (!EMBEDDABLE.includes(name)) {
    const known = EMBEDDABLE.length ? EMBEDDABLE.join(', ') : 'none yet';
    reportOnce(placeholder, `data-tb="${name}" is not a Techbridge element that can be embedded (known: ${known}).`);
    return undefined;
  }
  const element = document.createElement(`tb-${name}`);
  for (const { name: attribute, value } of Array.from(placeholder.attributes)) {
    if (attribute === 'id' || attribute === 'class') {
      element.setAttribute(attribute, value);
      continue;
    }
    if (!attribute.startsWith('data-') || attribute === 'data-tb') continue;
    const target = attribute.slice('data-'.length);
    // `on*` would turn a harmless data attribute into an inline event handler.
    if (!ATTRIBUTE_NAME.test(target) || target.startsWith('on')) {
      reportOnce(placeholder, `ignored attribute "${attribute}": it cannot be passed on to <tb-${name}>.`);
      continue;
    }
    element.setAttribute(target, value);
  }
  element.append(...Array.from(placeholder.childNodes));
  placeholder.replaceWith(element);
  return element;
}

/**
 * Replaces every placeholder in `root` (and `root` itself, if it is one) with its Techbridge element.
 * Returns the elements created. Safe to call again: placeholders are gone once upgraded.
 */
export function upgradePlaceholders(root: ParentNode = document): Element[] {
  const placeholders: Element[] = [];
  if (root instanceof Element && root.matches(PLACEHOLDER)) placeholders.push(root);
  placeholders.push(...Array.from(root.querySelectorAll(PLACEHOLDER)));
  const created: Element[] = [];
  for (const placeholder of placeholders) {
    const element = upgrade(placeholder);
    if (element) created.push(element);
  }
  return created;
}

function start(): void {
  upgradePlaceholders(document);
  // CMS widgets, tabs and "load more" blocks insert content after the page has loaded.
  new MutationObserver(records => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node instanceof Element) upgradePlaceholders(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
