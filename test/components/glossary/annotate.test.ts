import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { glossaryContext, type GlossaryLookup } from '../../../src/core/context.js';
import '../../../src/components/glossary/define.js';
import type { TbGlossary } from '../../../src/components/glossary/glossary.js';
import type { TbJargon } from '../../../src/components/glossary/jargon.js';
import type { GlossaryCoverage } from '../../../src/components/glossary/events.js';

const GLOSSARY = {
  name: 'Test glossary',
  terms: [
    { term: 'Print', definition: 'Putting it on paper.' },
    { term: 'Print release', definition: 'Pay and print at the station.' },
    { term: 'OPAC', also: ['online catalogue'], definition: 'The catalogue.' },
    { term: 'Interlibrary loan', abbreviations: ['ILL'], definition: 'Borrowing from elsewhere.' },
    { term: 'Wi-Fi', definition: 'Radio network.' },
    { term: 'Café', definition: 'A place.' }
  ]
};

async function ready(el: TbGlossary): Promise<TbGlossary> {
  if (!el.isReady) await oneEvent(el, 'tb-glossary-ready');
  await el.updateComplete;
  return el;
}

/** Annotated terms are light spans (`data-tb-term` = entry id) until used; hand-written terms are `<tb-jargon>`. */
const TERMS = 'tb-jargon, [data-tb-term]';

function wrapped(el: Element): string[] {
  return [...el.querySelectorAll(TERMS)].map(
    j => `${j.textContent}=${j.localName === 'tb-jargon' ? j.getAttribute('term') : j.getAttribute('data-tb-term')}`
  );
}

/** The light term made for the first occurrence of `text`, checked to be a keyboard-reachable button. */
function lightTerm(el: Element, text: string): HTMLElement {
  const term = [...el.querySelectorAll<HTMLElement>('[data-tb-term]')].find(t => t.textContent === text)!;
  expect(term, text).to.exist;
  expect(term.getAttribute('role')).to.equal('button');
  expect(term.tabIndex).to.equal(0);
  return term;
}

describe('<tb-glossary annotate>', () => {
  it('wraps the first occurrence of each term, longest match first', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate .glossary=${GLOSSARY}>
        <p>Use print release to print. Print release is on the left. OPAC, online catalogue and the ILL desk.</p>
      </tb-glossary>`
    );
    await ready(el);
    expect(wrapped(el)).to.deep.equal([
      'print release=print-release',
      'print=print',
      'OPAC=opac',
      'ILL=interlibrary-loan'
    ]);
    const term = lightTerm(el, 'print release');
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(term.getAttribute('aria-description')).to.equal('explain');
  });

  it('wraps every occurrence with annotate="all"', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate="all" .glossary=${GLOSSARY}>
        <p>OPAC here, OPAC there, and the online catalogue.</p>
      </tb-glossary>`
    );
    await ready(el);
    expect(wrapped(el)).to.deep.equal(['OPAC=opac', 'OPAC=opac', 'online catalogue=opac']);
  });

  it('never wraps inside headings, links, buttons, form fields, code or marked elements', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate="all" .glossary=${GLOSSARY}>
        <h2>OPAC</h2>
        <h4>Wi-Fi</h4>
        <a href="#x">OPAC</a>
        <button>OPAC</button>
        <label>OPAC <input value="OPAC" /></label>
        <textarea>OPAC</textarea>
        <select>
          <option>OPAC</option>
        </select>
        <code>OPAC</code>
        <pre>OPAC</pre>
        <kbd>OPAC</kbd>
        <samp>OPAC</samp>
        <div data-tb-skip><p>OPAC</p></div>
        <div contenteditable="true">OPAC</div>
        <div role="button">OPAC</div>
        <script type="text/plain">
          OPAC
        </script>
        <style>
          /* OPAC */
        </style>
        <p>Only this OPAC.</p>
      </tb-glossary>`
    );
    await ready(el);
    expect(wrapped(el)).to.deep.equal(['OPAC=opac']);
    expect(el.querySelector(TERMS)!.parentElement!.localName).to.equal('p');
  });

  it('never puts a term button inside an element whose children are presentational, or in a tooltip', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate="all" .glossary=${GLOSSARY}>
        <div role="checkbox" aria-checked="false" tabindex="0">Use the OPAC</div>
        <div role="img" aria-label="A map">OPAC map</div>
        <div role="tablist"><div role="tab" aria-selected="true" tabindex="0">OPAC</div></div>
        <div role="tooltip">The OPAC is the catalogue.</div>
        <div role="switch checkbox" aria-checked="false" tabindex="0">OPAC on</div>
        <div role="progressbar" aria-label="Loading" aria-valuenow="5">OPAC 5%</div>
        <p>Only this OPAC.</p>
      </tb-glossary>`
    );
    await ready(el);
    expect(wrapped(el)).to.deep.equal(['OPAC=opac']);
    expect(el.querySelector(TERMS)!.parentElement!.localName).to.equal('p');
  });

  it('keeps a sentence in one piece inside a flex or grid box, and the term looks like the words around it', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate="all" .glossary=${GLOSSARY}>
        <div id="flex" style="display: flex; gap: 40px">Please use the OPAC to find it.</div>
        <div id="grid" style="display: inline-grid">OPAC first.</div>
        <div id="contents-in-flex" style="display: flex"><span style="display: contents">Ask the OPAC.</span></div>
        <p id="block">Also the OPAC here.</p>
        <p
          id="caps"
          style="text-transform: uppercase; letter-spacing: 3px; word-spacing: 5px; text-shadow: 1px 1px red"
        >
          The OPAC.
        </p>
      </tb-glossary>`
    );
    await ready(el);
    for (const id of ['flex', 'grid']) {
      const box = el.querySelector(`#${id}`)!;
      expect(box.childNodes.length, id).to.equal(1);
      expect((box.firstChild as Element).localName, id).to.equal('span');
      expect(box.textContent, id).to.equal(id === 'flex' ? 'Please use the OPAC to find it.' : 'OPAC first.');
      expect(box.querySelector('span > [data-tb-term]'), id).to.exist;
    }
    expect(el.querySelector('#contents-in-flex > span')!.children[0].localName).to.equal('span');
    // Ordinary text is split as before, with no extra element.
    expect([...el.querySelector('#block')!.childNodes].map(n => n.nodeName)).to.deep.equal(['#text', 'SPAN', '#text']);
    const button = getComputedStyle(el.querySelector('#caps [data-tb-term]')!);
    expect(button.textTransform).to.equal('uppercase');
    expect(button.letterSpacing).to.equal('3px');
    expect(button.wordSpacing).to.equal('5px');
    expect(button.textShadow).to.contain('1px 1px');
  });

  it('respects punctuation, non-English letters and case rules', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate="all" .glossary=${GLOSSARY}>
        <p>(Wi-Fi), "Wi-Fi." Wi-Fi-enabled; café, Cafés, caféteria. An ill patron. OPACs! XOPAC OPACity</p>
      </tb-glossary>`
    );
    await ready(el);
    expect(wrapped(el)).to.deep.equal([
      'Wi-Fi=wi-fi',
      'Wi-Fi=wi-fi',
      'Wi-Fi=wi-fi',
      'café=cafe',
      'Cafés=cafe',
      'OPACs=opac'
    ]);
  });

  it('leaves terms inside web addresses, e-mail addresses and file paths alone', async () => {
    const terms = [
      ...GLOSSARY.terms,
      { term: 'Router', definition: 'The box.' },
      { term: 'IT', definition: 'The tech people.' }
    ];
    // One text node (a backslash cannot be written in an html`` template as itself).
    const text =
      'Read https://library.example.org/wifi/router-setup.html or S:\\IT\\router_notes.docx, write to ' +
      'it@router.example, name it router_1. Then restart the router. (Wi-Fi) and Wi-Fi/OPAC.';
    const all = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate="all" .glossary=${{ ...GLOSSARY, terms }}><p>${text}</p></tb-glossary>`
    );
    await ready(all);
    expect(wrapped(all)).to.deep.equal(['router=router', 'Wi-Fi=wi-fi', 'Wi-Fi=wi-fi', 'OPAC=opac']);
    // First-only mode: an address does not count as the first time, so the real first use is explained.
    const first = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate .glossary=${{ ...GLOSSARY, terms }}>
        <p>See https://example.org/router first. The router is the box.</p>
      </tb-glossary>`
    );
    await ready(first);
    expect(wrapped(first)).to.deep.equal(['router=router']);
    expect(first.querySelector(TERMS)!.previousSibling!.textContent).to.contain('first. The ');
  });

  it('does not wrap a term already marked up by hand, in first-only mode', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate .glossary=${GLOSSARY}>
        <p><tb-jargon>OPAC</tb-jargon> and later OPAC again, then Wi-Fi.</p>
      </tb-glossary>`
    );
    await ready(el);
    expect(wrapped(el)).to.deep.equal(['OPAC=null', 'Wi-Fi=wi-fi']);
  });

  it('makes each wrapped term a working button: Enter and click open its definition, Escape closes it', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate .glossary=${GLOSSARY}>
        <p>The OPAC and the Wi-Fi.</p>
      </tb-glossary>`
    );
    await ready(el);
    lightTerm(el, 'OPAC').focus();
    await sendKeys({ press: 'Enter' });
    // Used, the light term has become a full <tb-jargon> with its button, and focus went into its box.
    const opac = el.querySelector('tb-jargon') as TbJargon;
    expect(opac.textContent).to.equal('OPAC');
    await opac.updateComplete;
    const button = opac.shadowRoot!.querySelector('button.term') as HTMLButtonElement;
    const pop = () => opac.shadowRoot!.querySelector('#popover') as HTMLElement | null;
    await waitUntil(() => pop()?.matches(':popover-open'), 'opened by Enter');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(pop()!.textContent).to.contain('The catalogue.');
    expect(pop()!.textContent).to.contain('From: Test glossary');
    await expect(opac).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(pop()!.matches(':popover-open')).to.equal(false);
    expect(opac.shadowRoot!.activeElement).to.equal(button);
    lightTerm(el, 'Wi-Fi').click();
    await waitUntil(() => el.querySelectorAll('tb-jargon').length === 2, 'Wi-Fi used');
    const wifi = el.querySelectorAll('tb-jargon')[1] as TbJargon;
    await waitUntil(() => wifi.shadowRoot!.querySelector('#popover')?.matches(':popover-open'), 'opened by click');
    expect(wifi.shadowRoot!.querySelector('#popover')!.textContent).to.contain('Radio network.');
    wifi.hide();
  });

  it('gives wrapped terms hover previews when the glossary has hover-preview, also when switched on later', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate .glossary=${GLOSSARY}>
        <p>The OPAC.</p>
      </tb-glossary>`
    );
    await ready(el);
    el.hoverPreview = true;
    await el.updateComplete;
    const b = lightTerm(el, 'OPAC').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(b.left + 3), Math.round(b.top + 3)] });
    await waitUntil(() => (el.querySelector('tb-jargon') as TbJargon | null)?.open, 'hover opened', { timeout: 5000 });
    const opac = el.querySelector('tb-jargon') as TbJargon;
    expect(opac.shadowRoot!.activeElement).to.equal(null);
    // The <tb-jargon> took the light term's place under a resting pointer: the browser may not have noticed it
    // is under the pointer, and then no pointerleave comes; the preview must close all the same.
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !opac.open, 'closed after leaving', { timeout: 5000 });
  });

  it('annotates text added later, once, and never re-wraps', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate .glossary=${GLOSSARY}>
        <p id="first">OPAC first.</p>
      </tb-glossary>`
    );
    await ready(el);
    const p = document.createElement('p');
    p.textContent = 'Later: OPAC again and Wi-Fi, and print.';
    el.append(p);
    await waitUntil(() => el.querySelectorAll(TERMS).length === 3, 'new text annotated');
    expect(wrapped(el)).to.deep.equal(['OPAC=opac', 'Wi-Fi=wi-fi', 'print=print']);
    // Changing text inside an existing term, and adding text inside it, does not wrap it again.
    const jargon = el.querySelector(TERMS)!;
    jargon.append(' Wi-Fi');
    const text = document.createTextNode('ILL arrives.');
    el.querySelector('#first')!.append(text);
    await waitUntil(() => el.querySelectorAll(TERMS).length === 4, 'characterData annotated');
    await aTimeout(20);
    expect(el.querySelectorAll('[data-tb-term] [data-tb-term], tb-jargon tb-jargon')).to.have.length(0);
    expect(wrapped(el)).to.deep.equal(['OPAC Wi-Fi=opac', 'ILL=interlibrary-loan', 'Wi-Fi=wi-fi', 'print=print']);
  });

  it('annotates text changed in place (characterData)', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate .glossary=${GLOSSARY}>
        <p id="x">Nothing yet.</p>
      </tb-glossary>`
    );
    await ready(el);
    (el.querySelector('#x')!.firstChild as Text).data = 'Now the OPAC.';
    await waitUntil(() => el.querySelector(TERMS), 'changed text annotated');
    expect(wrapped(el)).to.deep.equal(['OPAC=opac']);
  });

  it('reports coverage: terms found, terms defined, undefined acronyms', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate .glossary=${GLOSSARY}>
        <p>OPAC and OPAC, the ILL desk, the VPN and the VPN, an SLA, OK.</p>
      </tb-glossary>`
    );
    const event = oneEvent(el, 'tb-glossary-report');
    await ready(el);
    const report = ((await event) as CustomEvent<GlossaryCoverage>).detail;
    expect(report.termsDefined).to.equal(6);
    expect(report.termsFound).to.deep.equal([
      { id: 'opac', term: 'OPAC', count: 2 },
      { id: 'interlibrary-loan', term: 'Interlibrary loan', count: 1 }
    ]);
    expect(report.possibleAcronyms).to.deep.equal([
      { word: 'VPN', count: 2 },
      { word: 'SLA', count: 1 }
    ]);
    expect(report.wrapped).to.equal(2);
    expect(el.coverageReport()).to.deep.equal(report);
  });

  it('layers files (local over consortium over default) and shows problems naming file and line', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary
        src="/test/fixtures/glossary/local.md /test/fixtures/glossary/broken.md /test/fixtures/glossary/consortium.json"
        annotate
      >
        <p>The server, the courier, the router and the OPAC.</p>
      </tb-glossary>`
    );
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      await ready(el);
    } finally {
      console.error = original;
    }
    const g = el.current;
    expect(g.lookup('server')!.entry.source.name).to.equal('Riverside Library IT');
    expect(g.lookup('courier')!.entry.source.name).to.equal('Valley Libraries Consortium');
    expect(g.lookup('router')!.entry.source.name).to.equal('Broken glossary');
    expect(g.lookup('OPAC')!.entry.source.name).to.equal('Techbridge glossary');
    expect(wrapped(el)).to.deep.equal(['server=server', 'courier=courier', 'router=router', 'OPAC=opac']);
    const notice = el.shadowRoot!.querySelector('[part="problems"]')!;
    expect(notice.textContent).to.contain('/test/fixtures/glossary/broken.md, line 5');
    expect(notice.textContent).to.contain('"colour:" is not a field we know');
    expect(notice.textContent).to.contain('line 9');
    expect(errors.some(e => e.includes('broken.md, line 5'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('names the line of a broken JSON file and keeps working', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary src="/test/fixtures/glossary/broken-json" no-default annotate>
        <p>Nothing to find.</p>
      </tb-glossary>`
    );
    const original = console.error;
    console.error = () => undefined;
    try {
      await ready(el);
    } finally {
      console.error = original;
    }
    expect(el.shadowRoot!.textContent).to.contain('broken-json, line 5: This is not valid JSON');
  });

  it('says plainly when the glossary property is nested too deeply or contains itself', async () => {
    const nest = (depth: number) => {
      let inner: unknown[] = [];
      const outer = inner;
      for (let i = 0; i < depth; i++) inner = (inner[0] = []) as unknown[];
      return { terms: outer };
    };
    const circular: Record<string, unknown> = { name: 'Loop' };
    circular.terms = [circular];
    const original = console.error;
    console.error = () => undefined;
    try {
      // Deep enough to overflow the stack anywhere; deeper than a glossary; and an object that contains itself.
      for (const glossary of [nest(200000), nest(100), circular]) {
        const el = await fixture<TbGlossary>(
          html`<tb-glossary no-default annotate .glossary=${glossary}><p>Nothing to find.</p></tb-glossary>`
        );
        await ready(el);
        const notice = el.shadowRoot!.querySelector('[part="problems"]')!;
        expect(notice.textContent).to.contain(
          'the glossary property: This object is nested too deeply, or contains itself, so it cannot be a glossary.'
        );
        await expect(el).to.be.accessible();
      }
    } finally {
      console.error = original;
    }
  });

  it('provides GlossaryLookup through the context to any element inside', async () => {
    class TestConsumer extends LitElement {
      consumer = new ContextConsumer(this, { context: glossaryContext, subscribe: true });
      get lookup(): GlossaryLookup | undefined {
        return this.consumer.value;
      }
    }
    if (!customElements.get('test-glossary-consumer')) customElements.define('test-glossary-consumer', TestConsumer);
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default .glossary=${GLOSSARY}>
        <test-glossary-consumer></test-glossary-consumer>
      </tb-glossary>`
    );
    await ready(el);
    const consumer = el.querySelector('test-glossary-consumer') as TestConsumer;
    const text = 'Try print release or the OPAC.';
    expect(consumer.lookup!.has('opac')).to.equal(true);
    expect(consumer.lookup!.has('ill')).to.equal(true);
    expect(consumer.lookup!.has('nothing')).to.equal(false);
    expect(consumer.lookup!.findTerms(text)).to.deep.equal([
      { start: 4, end: 17, term: 'print-release' },
      { start: 25, end: 29, term: 'opac' }
    ]);
  });

  it('shows a configuration message for a bad annotate value', async () => {
    const original = console.error;
    const errors: string[] = [];
    console.error = (...a: unknown[]) => errors.push(a.join(' '));
    try {
      const el = await fixture<TbGlossary>(
        html`<tb-glossary no-default annotate="sometimes" .glossary=${GLOSSARY}>
          <p>OPAC</p>
        </tb-glossary>`
      );
      await ready(el);
      expect(el.shadowRoot!.textContent).to.contain('"sometimes" is not a choice');
      expect(errors.some(e => e.includes('attribute "annotate"'))).to.equal(true);
      expect(wrapped(el)).to.deep.equal(['OPAC=opac']);
    } finally {
      console.error = original;
    }
  });
});
