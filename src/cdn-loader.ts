/**
 * `cdn/techbridge.js`: the small loader. It loads an element's own file (`cdn/<folder>.js`, beside this one)
 * only when one of its tags, or a placeholder for it (`<div data-tb="…">`), is on the page — now or later
 * (a MutationObserver watches for content added after load). A page with one problem report downloads the problem
 * report and nothing else. It also turns placeholders into elements (the embed script is part of it).
 *
 * For a page that builds elements inside its own shadow roots, where the observer cannot see them, call
 * `load('tb-problem-report')` (exported) yourself.
 */
import { ELEMENT_TAGS } from './elements.js';
import './embed.js';

const FOLDER_OF = new Map<string, string>();
for (const [folder, tags] of Object.entries(ELEMENT_TAGS)) for (const tag of tags) FOLDER_OF.set(tag, folder);

const SELECTOR = [...FOLDER_OF.keys(), '[data-tb]'].join(',');
const started = new Map<string, Promise<unknown>>();

function folderOf(name: string): string | undefined {
  const tag = name.trim().toLowerCase();
  return FOLDER_OF.get(tag) ?? FOLDER_OF.get(`tb-${tag}`);
}

/**
 * Loads the file that defines an element (by tag, `tb-problem-report`, or placeholder name, `problem-report`).
 * Resolves when the file has run; each file is requested at most once.
 */
export function load(name: string): Promise<unknown> {
  const folder = folderOf(name);
  if (!folder) {
    return Promise.reject(new Error(`Techbridge: "${name}" is not a Techbridge element.`));
  }
  let loading = started.get(folder);
  if (!loading) {
    // Relative to this file, wherever the webmaster put the cdn/ folder.
    const url = new URL(`./${folder}.js`, import.meta.url).href;
    loading = import(/* @vite-ignore */ url).catch((error: unknown) => {
      started.delete(folder);
      console.error(`Techbridge: could not load ${url}. Is the whole cdn/ folder on the server?`, error);
    });
    started.set(folder, loading);
  }
  return loading;
}

function visit(element: Element): void {
  const name = element.localName;
  if (FOLDER_OF.has(name)) void load(name);
  else if (element.hasAttribute('data-tb')) {
    const placeholder = element.getAttribute('data-tb') ?? '';
    if (folderOf(placeholder)) void load(placeholder);
  }
}

function scan(root: Element | Document): void {
  if (root instanceof Element) visit(root);
  for (const element of Array.from(root.querySelectorAll(SELECTOR))) visit(element);
}

function start(): void {
  scan(document);
  const observer = new MutationObserver(records => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) if (node instanceof Element) scan(node);
    }
    if (started.size === Object.keys(ELEMENT_TAGS).length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
