/**
 * Issue 15 §4: annotated terms are light `<span data-tb-term role="button">` controls (no shadow root, no Lit
 * render) until used; then they become a full `<tb-jargon>`. See docs/decisions/011-light-glossary-terms.md.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/glossary/define.js';
import type { TbGlossary } from '../../../src/components/glossary/glossary.js';
import type { TbJargon } from '../../../src/components/glossary/jargon.js';

const GLOSSARY = {
  name: 'Test glossary',
  terms: [
    { term: 'OPAC', also: ['online catalogue'], definition: 'The catalogue.' },
    { term: 'Wi-Fi', definition: 'Radio network.' },
    { term: 'Router', definition: 'The box that connects the building to the internet.' }
  ]
};

async function ready(el: TbGlossary): Promise<TbGlossary> {
  if (!el.isReady) await oneEvent(el, 'tb-glossary-ready');
  await el.updateComplete;
  return el;
}

const lightTerms = (el: ParentNode) => [...el.querySelectorAll<HTMLElement>('[data-tb-term]')];
const openJargon = (el: ParentNode) =>
  [...el.querySelectorAll<TbJargon>('tb-jargon')].find(j => j.shadowRoot?.querySelector('#popover:popover-open'));

async function page(mode = 'all') {
  const el = await fixture<TbGlossary>(
    html`<tb-glossary no-default annotate=${mode} .glossary=${GLOSSARY}>
      <button id="before">Before</button>
      <p>Use the OPAC on the Wi-Fi. The OPAC again, and the router.</p>
    </tb-glossary>`
  );
  return ready(el);
}

describe('light glossary terms', () => {
  it('are plain spans with no shadow root: a button role, a tab stop, collapsed, and what they do', async () => {
    const el = await page();
    const terms = lightTerms(el);
    expect(terms.map(t => t.textContent)).to.deep.equal(['OPAC', 'Wi-Fi', 'OPAC', 'router']);
    for (const term of terms) {
      expect(term.localName).to.equal('span');
      expect(term.shadowRoot).to.equal(null);
      expect(term.getAttribute('role')).to.equal('button');
      expect(term.tabIndex).to.equal(0);
      expect(term.getAttribute('aria-expanded')).to.equal('false');
      expect(term.getAttribute('aria-description')).to.equal('explain');
    }
    expect(el.querySelector('tb-jargon')).to.equal(null);
    // Styled like <tb-jargon>'s button by the one adopted stylesheet.
    const style = getComputedStyle(terms[0]);
    expect(style.textDecorationLine).to.equal('underline');
    expect(style.textDecorationStyle).to.equal('dotted');
    expect(style.cursor).to.equal('pointer');
  });

  it('Tab reaches them; Enter opens the explanation, Escape closes it and focus returns to the term', async () => {
    const el = await page();
    el.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = lightTerms(el)[0];
    expect(document.activeElement).to.equal(first);
    expect(getComputedStyle(first).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => openJargon(el), 'opened by Enter');
    const jargon = openJargon(el)!;
    expect(jargon.textContent).to.equal('OPAC');
    const pop = jargon.shadowRoot!.querySelector('#popover')!;
    expect(pop.textContent).to.contain('The catalogue.');
    // Focus moved into the box, as a click on <tb-jargon> does; the button says it is expanded.
    expect(jargon.shadowRoot!.activeElement).to.equal(pop);
    const button = jargon.shadowRoot!.querySelector('button.term')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !pop.matches(':popover-open'), 'closed by Escape');
    expect(document.activeElement).to.equal(jargon);
    expect(jargon.shadowRoot!.activeElement).to.equal(button);
    // Tab goes on to the next light term, which is still light.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(lightTerms(el)[0]);
    expect(lightTerms(el)[0].textContent).to.equal('Wi-Fi');
  });

  it('Space opens the explanation without scrolling the page; a click opens it too', async () => {
    const el = await page();
    const wifi = lightTerms(el)[1];
    wifi.focus();
    const scrolled = window.scrollY;
    await sendKeys({ press: 'Space' });
    await waitUntil(() => openJargon(el), 'opened by Space');
    expect(openJargon(el)!.textContent).to.equal('Wi-Fi');
    expect(window.scrollY).to.equal(scrolled);
    await sendKeys({ press: 'Escape' });
    lightTerms(el)[2].click();
    await waitUntil(() => openJargon(el)?.textContent === 'router', 'opened by click');
    (openJargon(el) as TbJargon).hide();
  });

  it('have a screen-reader name (the term) and description (what it does)', async () => {
    const el = await page('first');
    const snapshot = await a11ySnapshot({});
    const node = findAccessibilityNode<{ role: string; name: string; description?: string }>(
      snapshot as never,
      n => n.role === 'button' && n.name === 'OPAC'
    );
    expect(node, 'OPAC button in the accessibility tree').to.exist;
    expect(node!.description).to.equal('explain');
    expect(lightTerms(el).map(t => t.textContent)).to.deep.equal(['OPAC', 'Wi-Fi', 'router']);
  });

  for (const dark of [false, true]) {
    it(`axe finds nothing on a ${dark ? 'dark' : 'light'} page`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style=${dark ? 'background: #1b1b1b; color: #eee; padding: 1rem' : 'padding: 1rem'}>
          <tb-glossary no-default annotate="all" .glossary=${GLOSSARY}>
            <p>Use the OPAC on the Wi-Fi. The OPAC again, and the router.</p>
          </tb-glossary>
        </div>`
      );
      const el = await ready(wrapper.querySelector('tb-glossary') as TbGlossary);
      expect(lightTerms(el)).to.have.length(4);
      await expect(wrapper).to.be.accessible();
      if (dark) {
        // The underline takes the dark accent from the glossary's dark state.
        expect(getComputedStyle(lightTerms(el)[0]).textDecorationColor).to.equal('rgb(138, 180, 248)');
      }
    });
  }

  it('says what they do in Spanish under lang="es"', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <tb-glossary no-default annotate .glossary=${GLOSSARY}><p>Busque en el OPAC.</p></tb-glossary>
      </div>`
    );
    const el = await ready(wrapper.querySelector('tb-glossary') as TbGlossary);
    await waitUntil(() => lightTerms(el)[0]?.getAttribute('aria-description') === 'explicar', 'Spanish', {
      timeout: 5000
    });
    // Terms made after the catalog loaded use it directly.
    const p = document.createElement('p');
    p.textContent = 'Y el Wi-Fi.';
    el.append(p);
    await waitUntil(() => lightTerms(el).length === 2, 'new text annotated');
    expect(lightTerms(el)[1].getAttribute('aria-description')).to.equal('explicar');
  });

  it('keeps hostile term text inert (attributes and text only, never markup)', async () => {
    const hostile = '<img src=x onerror="window.__tbPwned=1">';
    const el = await fixture<TbGlossary>(
      html`<tb-glossary
        no-default
        annotate="all"
        .glossary=${{ terms: [{ term: hostile, id: '"><img src=x onerror=alert(1)>', definition: 'Bad.' }] }}
      >
        <p>Text before ${hostile} and after.</p>
      </tb-glossary>`
    );
    await ready(el);
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(el.querySelector('img')).to.equal(null);
    expect((window as unknown as { __tbPwned?: number }).__tbPwned).to.equal(undefined);
    for (const term of lightTerms(el)) {
      expect(term.children).to.have.length(0);
      term.click();
    }
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(el.querySelector('img')).to.equal(null);
    expect((window as unknown as { __tbPwned?: number }).__tbPwned).to.equal(undefined);
  });

  it('"all" marks every occurrence; "first" the first of each term; headings, links and code are skipped', async () => {
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default .glossary=${GLOSSARY}>
        <h2>The OPAC</h2>
        <p>OPAC, <a href="#x">OPAC</a>, <code>OPAC</code>, <em>OPAC</em> and the online catalogue.</p>
        <p>OPAC and Wi-Fi.</p>
      </tb-glossary>`
    );
    await ready(el);
    expect(lightTerms(el)).to.have.length(0);
    const all = el.annotateNow('all');
    expect(all.map(t => t.textContent)).to.deep.equal(['OPAC', 'OPAC', 'online catalogue', 'OPAC', 'Wi-Fi']);
    expect(lightTerms(el)).to.deep.equal(all);
    for (const skipped of el.querySelectorAll('h2, a, code'))
      expect(skipped.querySelector('[data-tb-term]')).to.equal(null);
    // Never twice.
    expect(el.annotateNow('all')).to.have.length(0);
    const first = await fixture<TbGlossary>(
      html`<tb-glossary no-default annotate .glossary=${GLOSSARY}>
        <p>OPAC, <em>OPAC</em> and the online catalogue.</p>
        <p>OPAC and Wi-Fi.</p>
      </tb-glossary>`
    );
    await ready(first);
    expect(lightTerms(first).map(t => t.textContent)).to.deep.equal(['OPAC', 'Wi-Fi']);
  });

  it('openTerm() opens a term by element or by name', async () => {
    const el = await page();
    const jargon = (await el.openTerm('wi-fi')) as TbJargon;
    expect(jargon.localName).to.equal('tb-jargon');
    expect(jargon.open).to.equal(true);
    expect(await el.openTerm('not a term')).to.equal(undefined);
    const opac = (await el.openTerm(lightTerms(el)[0])) as TbJargon;
    expect(opac.textContent).to.equal('OPAC');
    expect(jargon.open).to.equal(false);
    opac.hide();
  });

  it('adopts their stylesheet in a shadow root too', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const glossary = document.createElement('tb-glossary') as TbGlossary;
    glossary.setAttribute('no-default', '');
    glossary.setAttribute('annotate', '');
    glossary.glossary = GLOSSARY;
    const p = document.createElement('p');
    p.textContent = 'The OPAC.';
    glossary.append(p);
    root.append(glossary);
    await ready(glossary);
    const term = glossary.querySelector<HTMLElement>('[data-tb-term]')!;
    expect(getComputedStyle(term).textDecorationStyle).to.equal('dotted');
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
    term.click();
    await waitUntil(() => openJargon(glossary), 'opened inside a shadow root');
    (openJargon(glossary) as TbJargon).hide();
  });
});
