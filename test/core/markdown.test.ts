import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { preloadMarkdown, renderMarkdown, type MarkdownOptions } from '../../src/core/markdown.js';
import type { TrustedTypesReport } from '../fixtures/markdown-tt.js';
import { XSS_VECTORS, findProblems, installXssCanary } from './xss-vectors.js';

const tick = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
// Never hand a DOM node to expect(): a failing assertion on one hangs the test runner (wtr 0.20 serializing it).
const describeValue = (value: unknown) => (value instanceof Element ? value.outerHTML : String(value));
const ENGINE_FILE = /\/(marked|dompurify)\//;
// Taken while this module first runs: markdown.ts is statically imported above, so anything it imports
// statically has been fetched by now.
const engineFetchedAtStart = performance.getEntriesByType('resource').filter(e => ENGINE_FILE.test(e.name));

/** Renders Markdown the way the elements do (a Lit child) into a fresh container. */
async function show(md: string, options?: MarkdownOptions): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  render(html`${await renderMarkdown(md, options)}`, box);
  return box;
}

describe('markdown: the corpus', () => {
  it('has at least 60 vectors with unique names', () => {
    expect(XSS_VECTORS.length).to.be.at.least(60);
    expect(new Set(XSS_VECTORS.map(v => v.name)).size).to.equal(XSS_VECTORS.length);
  });

  it('detects an execution when a vector is inserted without sanitizing (control)', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    try {
      // Deliberately unsafe, to prove the canary and the checks can fail.
      box.innerHTML = '<img src="x" onerror="window.__tbXss=true"><a href="java&#9;script:x">x</a>';
      await tick(300);
      expect(describeValue(window.__tbXss)).to.equal('true');
      expect(findProblems(box)).to.have.length.of.at.least(2);
    } finally {
      box.remove();
      delete window.__tbXss;
    }
  });
});

for (const mode of [{}, { inline: true }, { allowImages: true }] as MarkdownOptions[]) {
  describe(`markdown: XSS vectors, options ${JSON.stringify(mode)}`, () => {
    const boxes = new Map<string, HTMLElement>();
    let host: HTMLElement;
    let removeCanary: () => void;

    before(async () => {
      delete window.__tbXss;
      removeCanary = installXssCanary();
      // Light DOM of the document on purpose: id/name clobbering only shows there.
      host = document.createElement('div');
      document.body.append(host);
      for (const vector of XSS_VECTORS) {
        const box = document.createElement('div');
        host.append(box);
        render(html`${await renderMarkdown(vector.markdown, mode)}`, box);
        boxes.set(vector.name, box);
      }
      await tick(300); // load/error events and frames
    });

    after(() => {
      host.remove();
      removeCanary();
      delete window.__tbXss;
    });

    it('runs none of them', () => {
      expect(describeValue(window.__tbXss)).to.equal('undefined');
    });

    for (const vector of XSS_VECTORS) {
      it(`neutralizes: ${vector.name}`, () => {
        expect(findProblems(boxes.get(vector.name)!)).to.deep.equal([]);
      });
    }
  });
}

describe('markdown: rendering', () => {
  it('renders emphasis, strong, code and paragraphs', async () => {
    const box = await show('Call the *help desk* about **urgent** `ILS` problems.\n\nSecond paragraph.');
    expect(box.querySelectorAll('p')).to.have.length(2);
    expect(box.querySelector('em')!.textContent).to.equal('help desk');
    expect(box.querySelector('strong')!.textContent).to.equal('urgent');
    expect(box.querySelector('code')!.textContent).to.equal('ILS');
  });

  it('renders lists, quotes and code blocks', async () => {
    const box = await show('- one\n- two\n\n3. three\n4. four\n\n> quoted\n\n```\n<b>code</b>\n```');
    expect(box.querySelectorAll('ul > li')).to.have.length(2);
    expect(box.querySelector('ol')!.getAttribute('start')).to.equal('3');
    expect(box.querySelector('blockquote p')!.textContent).to.equal('quoted');
    expect(box.querySelector('pre > code')!.textContent).to.equal('<b>code</b>\n');
    expect(box.querySelector('b')?.outerHTML).to.equal(undefined);
  });

  it('keeps http(s), mailto, tel and relative links, same tab, with rel', async () => {
    const box = await show(
      '[a](https://example.org/a) [b](http://example.org/b) [c](mailto:help@example.org) [d](tel:+15550100) ' +
        '[e](/opening-hours) [f](#top) [g](page.html?x=1) <https://example.org/auto>'
    );
    const links = [...box.querySelectorAll('a')];
    expect(links.map(a => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/a',
      'http://example.org/b',
      'mailto:help@example.org',
      'tel:+15550100',
      '/opening-hours',
      '#top',
      'page.html?x=1',
      'https://example.org/auto'
    ]);
    for (const a of links) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.hasAttribute('target')).to.equal(false);
    }
  });

  it('drops other schemes but keeps the link text', async () => {
    const box = await show('[ftp](ftp://example.org/f) [file](file:///etc/passwd) [sms](sms:123) [a1](a1:x)');
    for (const a of box.querySelectorAll('a')) expect(a.hasAttribute('href')).to.equal(false);
    expect(box.textContent!.trim()).to.equal('ftp file sms a1');
  });

  it('keeps the title of a link', async () => {
    const box = await show('[catalogue](https://example.org/ "Search the catalogue")');
    expect(box.querySelector('a')!.title).to.equal('Search the catalogue');
  });

  it('shifts Markdown headings below the page headings (h3 and lower)', async () => {
    const box = await show('# One\n\n## Two\n\n#### Four\n\n###### Six');
    expect([...box.querySelectorAll('h3, h4, h5, h6')].map(h => h.localName)).to.deep.equal(['h3', 'h4', 'h6', 'h6']);
    expect(box.querySelector('h1, h2')?.outerHTML).to.equal(undefined);
  });

  it('keeps allow-listed raw HTML and drops the rest but keeps its text', async () => {
    const box = await show('<strong>kept</strong> <b>bold</b> <span class="x">span</span> <u>u</u>');
    expect(box.querySelector('strong')!.textContent).to.equal('kept');
    expect(box.querySelector('b, span, u, [class]')?.outerHTML).to.equal(undefined);
    expect(box.textContent).to.contain('bold').and.to.contain('span');
  });

  it('inline mode yields phrasing content only', async () => {
    const box = await show('An *integrated* library system\n\n- not a list\n\n<p>no p</p>', { inline: true });
    expect(box.querySelector('em')!.textContent).to.equal('integrated');
    expect(box.querySelector('p, ul, li, h3, blockquote, pre')?.outerHTML).to.equal(undefined);
  });

  it('drops images by default, leaving their alt text', async () => {
    const box = await show('See ![the map](https://example.org/map.png) and <img src="https://example.org/x.png">');
    expect(box.querySelector('img')?.outerHTML).to.equal(undefined);
    expect(box.textContent).to.contain('See the map and');
  });

  it('keeps https images on request, without referrer, and drops other image addresses', async () => {
    const box = await show(
      '![map](https://example.org/map.png) ![pixel](http://tracker.example/p.gif) ![local](/logo.png) ' +
        '![data](data:image/png;base64,iVBORw0KGgo=)',
      { allowImages: true }
    );
    const images = [...box.querySelectorAll('img')];
    expect(images.map(img => img.getAttribute('src'))).to.deep.equal(['https://example.org/map.png', null, null, null]);
    expect(images.map(img => img.alt)).to.deep.equal(['map', 'pixel', 'local', 'data']);
    expect(images[0].getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('returns a fresh fragment per call', async () => {
    const a = await renderMarkdown('*x*');
    const b = await renderMarkdown('*x*');
    expect(a instanceof DocumentFragment).to.equal(true);
    expect(a === b).to.equal(false);
  });

  it('copes with empty and non-string input', async () => {
    expect((await renderMarkdown('')).childNodes.length).to.equal(0);
    const box = await show(42 as unknown as string);
    expect(box.textContent!.trim()).to.equal('42');
  });

  it('does not change the options of a page-level marked or hooks of the page DOMPurify', async () => {
    const [{ marked }, { default: pageDOMPurify }] = await Promise.all([import('marked'), import('dompurify')]);
    await renderMarkdown('# Heading [x](https://example.org/)');
    expect(marked.parse('# Heading')).to.equal('<h1>Heading</h1>\n');
    const clean = pageDOMPurify.sanitize('<a href="https://example.org/">x</a>');
    expect(clean).to.equal('<a href="https://example.org/">x</a>');
  });
});

describe('markdown: lazy loading', () => {
  it('has not fetched marked or dompurify before the first render', () => {
    expect(engineFetchedAtStart.map(e => e.name)).to.deep.equal([]);
  });

  it('imports marked and dompurify only dynamically', async () => {
    // The module as the browser runs it (types erased), without its source map.
    const source = (await (await fetch('/src/core/markdown.ts')).text()).replace(/\/\/# sourceMappingURL=.*$/m, '');
    const staticImports = source.match(/^\s*import\s[^(]*?['"][^'"]+['"]/gm) ?? [];
    expect(staticImports.filter(line => ENGINE_FILE.test(line))).to.deep.equal([]);
    expect(source).to.match(/import\(\s*['"][^'"]*\/marked\/[^'"]*['"]\s*\)/);
    expect(source).to.match(/import\(\s*['"][^'"]*\/dompurify\/[^'"]*['"]\s*\)/);
  });

  it('preloadMarkdown resolves and the next render uses the loaded engine', async () => {
    await preloadMarkdown();
    const box = await show('*ready*');
    expect(box.querySelector('em')!.textContent).to.equal('ready');
  });
});

/** Loads a fixture page in a frame and waits for the report it posts back ("tb-markdown-tt"); removes the frame. */
async function reportFrom(src: string): Promise<TrustedTypesReport> {
  const frame = document.createElement('iframe');
  const received = new Promise<TrustedTypesReport>(resolve => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'tb-markdown-tt') return;
      window.removeEventListener('message', onMessage);
      resolve(event.data as TrustedTypesReport);
    };
    window.addEventListener('message', onMessage);
  });
  frame.src = src;
  document.body.append(frame);
  const report = await received;
  frame.remove();
  return report;
}

describe('markdown: Trusted Types enforced', () => {
  let report: TrustedTypesReport;

  before(async function () {
    this.timeout(30000);
    report = await reportFrom('/test/fixtures/markdown-tt.html');
  });

  it('the page really enforces Trusted Types (a string into innerHTML throws and is reported)', () => {
    expect(report.error).to.equal(undefined);
    expect(report.enforced).to.equal(true);
    expect(report.canaryViolationSeen).to.equal(true);
  });

  it('renders the whole corpus in every mode without a single violation', () => {
    expect(report.rendered).to.equal(XSS_VECTORS.length * 3);
    expect(report.violations).to.deep.equal([]);
  });

  it('runs no vector and leaves nothing unsafe', () => {
    expect(report.executed).to.equal(false);
    expect(report.problems).to.deep.equal([]);
  });

  it('still renders Markdown', () => {
    expect(report.saneEm).to.equal(true);
  });
});

describe('markdown: a strict Content-Security-Policy (issue 15 §5)', () => {
  let report: TrustedTypesReport;

  before(async function () {
    this.timeout(30000);
    report = await reportFrom('/test/fixtures/markdown-strict.html');
  });

  it('files no violation report at all for the whole corpus: no handler attribute is ever parsed', () => {
    expect(report.error).to.equal(undefined);
    // The page listens: the canary string into innerHTML was reported.
    expect(report.canaryViolationSeen).to.equal(true);
    expect(report.rendered).to.equal(XSS_VECTORS.length * 3);
    expect(report.violations.filter(v => v.startsWith('script-src-attr'))).to.deep.equal([]);
    // Everything else the policy could report (images are allowed in one mode and blocked by img-src here).
    expect(report.violations.filter(v => !v.startsWith('img-src'))).to.deep.equal([]);
    expect(report.executed).to.equal(false);
  });
});

describe('markdown: links that leave the site (issue 15 §5)', () => {
  it('refuses protocol-relative links, which pass for relative ones; keeps the text', async () => {
    for (const href of ['//evil.example/phish', '/\\evil.example/phish', '\\\\evil.example/phish', ' //evil.example']) {
      const box = await show(`Read [the page](${href.replace(/\\/g, '\\\\')}) now.`);
      expect(box.textContent).to.contain('the page');
      const a = box.querySelector('a');
      // Either no link, or one that really stays on this site ("/\\x" comes out as "/%5Cx", a path here).
      if (a?.hasAttribute('href')) expect(new URL(a.href).origin, href).to.equal(location.origin);
    }
    const box = await show('[a](/events) [b](events.html) [c](https://example.org/) [d](#top) [e](?q=1)');
    expect([...box.querySelectorAll('a')].map(a => a.getAttribute('href'))).to.deep.equal([
      '/events',
      'events.html',
      'https://example.org/',
      '#top',
      '?q=1'
    ]);
  });

  it('shows raw HTML tags with attributes as text, and keeps bare allowed tags', async () => {
    const box = await show('Hi <img src=x onerror="alert(1)"> and <em>this</em> <span class="x">s</span>');
    expect(box.querySelector('img')).to.equal(null);
    expect(box.querySelector('em')!.textContent).to.equal('this');
    expect(box.textContent).to.contain('<img src=x onerror="alert(1)">');
  });
});
