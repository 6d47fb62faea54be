/**
 * Printing one part of the element (the decline letter, the receipt, the note, the policy page) and nothing else
 * of the page around it. The element marks the part with its `printing` attribute (its own print stylesheet hides
 * the rest of the element); a small page stylesheet, adopted only while printing, hides the rest of the page.
 * Adopted stylesheets are not inline styles, so this works under a strict Content-Security-Policy.
 */
const PAGE_CSS = `@media print {
  body * { visibility: hidden !important; }
  [printing], [printing] * { visibility: visible !important; }
  [printing] { position: absolute !important; left: 0 !important; top: 0 !important; width: 100% !important; }
}`;

let pageSheet: CSSStyleSheet | undefined;

function sheet(): CSSStyleSheet {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(PAGE_CSS);
  }
  return pageSheet;
}

/** Marks `kind` as the part to print and hides the rest of the page, until `endPrint`. */
export function beginPrint(host: HTMLElement, kind: string): void {
  host.setAttribute('printing', kind);
  const page = sheet();
  if (!document.adoptedStyleSheets.includes(page)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
}

export function endPrint(host: HTMLElement): void {
  host.removeAttribute('printing');
  if (document.querySelector('[printing]')) return;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== pageSheet);
}

/** Opens the browser's print dialog for `kind`; tidies up when printing ends. */
export function printPart(host: HTMLElement, kind: string): void {
  beginPrint(host, kind);
  const done = () => {
    window.removeEventListener('afterprint', done);
    endPrint(host);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** Saves `text` as a file the browser downloads (a CSV of results, a blank list). */
export function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
