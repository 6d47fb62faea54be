/**
 * Printing from inside a shadow root: `@page` rules only work in the document's own style sheets, so while the
 * element prints it adds one (a constructed sheet, allowed under a strict CSP) with page numbers in the page's
 * language, and hides the rest of the page. It is removed after printing.
 */

const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/** `Page {page} of {pages}` → `"Page " counter(page) " of " counter(pages)`. */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter(Boolean)
    .map(part => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export function printSheetText(tag: string, pageTemplate: string): string {
  const me = `${tag}[printing]`;
  return `@media print {
  @page { size: auto; margin: 18mm 16mm 20mm; @bottom-center { content: ${pageCounterContent(pageTemplate)}; font: 9pt sans-serif; color: #333; } }
  body *:not(${me}):not(:has(${me})) { display: none !important; }
  html, body { background: #fff !important; color: #000 !important; margin: 0 !important; padding: 0 !important; }
  body :has(${me}) { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; }
}`;
}

let sheet: CSSStyleSheet | undefined;

export function installPrintSheet(tag: string, pageTemplate: string): void {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(printSheetText(tag, pageTemplate));
  if (!document.adoptedStyleSheets.includes(sheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function removePrintSheet(): void {
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== sheet);
}

/** Offers text as a file download (a Blob URL: no data: URL, works under a strict CSP). */
export function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: letters, digits and dashes. */
export function fileNameOf(title: string, fallback: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${base || fallback}.${ext}`;
}
