// The inbox renderer runs on the server, but it is plain functions: tested here against hostile input.
import { expect } from '@open-wc/testing';

type Render = (envelope: unknown, escape: (value: unknown) => string) => string;
let renderProblemReport: Render;
let escapeHtml: (value: unknown) => string;
// Loaded by address so the type checker does not walk into the server's Node-only modules.
const SERVER = '../../../server/';

const envelope = (data: Record<string, unknown>) => ({ id: 'e1', type: 'problem-report', data });
const base = {
  summary: 'Blank receipts',
  priority: 'high',
  whatHappened: 'Slip comes out blank',
  errorMessage: { status: 'given', text: 'E-205' },
  where: { branch: 'Main', location: 'Front desk', asset: 'LIB-PC-042', reportedFromAffectedComputer: true },
  tried: ['Restarted the computer'],
  reporter: { name: 'Sam', contact: '' },
  context: { browser: 'Chrome 130', os: 'Windows 10 or 11', pageUrl: 'https://intranet.example/help' },
  privacy: { maskedCount: 0 }
};

function parse(markup: string) {
  const template = document.createElement('template');
  template.innerHTML = markup; // inert: a <template> runs no scripts and loads no images
  return template.content;
}

describe('inbox rendering of a problem report', () => {
  before(async () => {
    ({ renderProblemReport } = await import(/* @vite-ignore */ `${SERVER}inbox-problem-report.js`));
    ({ escapeHtml } = await import(/* @vite-ignore */ `${SERVER}inbox.js`));
  });

  it('puts symptoms first and context last', () => {
    const markup: string = renderProblemReport(envelope(base), escapeHtml);
    expect(markup.indexOf('Slip comes out blank')).to.be.below(markup.indexOf('LIB-PC-042'));
    expect(markup.indexOf('E-205')).to.be.below(markup.indexOf('Chrome 130'));
    expect(markup.indexOf('Restarted the computer')).to.be.below(markup.indexOf('Chrome 130'));
  });

  it('escapes every value and only shows safe raster pictures', () => {
    const hostile = '<img src=x onerror=alert(1)>"\'&';
    const markup: string = renderProblemReport(
      envelope({
        ...base,
        summary: hostile,
        whatHappened: hostile,
        errorMessage: { status: 'given', text: '</pre><script>alert(1)</script>' },
        program: { id: 'x', label: hostile },
        webPage: 'javascript:alert(1)',
        where: { branch: hostile, location: '', asset: '', reportedFromAffectedComputer: false },
        tried: [hostile],
        reporter: { name: hostile, contact: hostile },
        screenshot: { name: hostile, type: 'image/png', bytes: 3, dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' },
        context: { browser: hostile, pageUrl: 'javascript:alert(1)' }
      }),
      escapeHtml
    );
    const doc = parse(markup);
    expect(doc.querySelectorAll('script, img, a, [onerror]')).to.have.length(0);
    expect(doc.textContent).to.include(hostile);
    const safe: string = renderProblemReport(
      envelope({
        ...base,
        screenshot: { name: 's.png', type: 'image/png', bytes: 3, dataUrl: 'data:image/png;base64,iVBO' }
      }),
      escapeHtml
    );
    expect(parse(safe).querySelector('img')!.getAttribute('src')).to.equal('data:image/png;base64,iVBO');
  });

  it('says when there was no message, and when it was reported from another computer', () => {
    const markup: string = renderProblemReport(
      envelope({
        ...base,
        errorMessage: { status: 'none', text: '' },
        where: { ...base.where, reportedFromAffectedComputer: false }
      }),
      escapeHtml
    );
    expect(markup).to.include('There was no message on the screen.');
    expect(markup).to.include('Reported from a different computer');
  });
});
