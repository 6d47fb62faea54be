import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/glossary/define.js';
import type { TbGlossary } from '../../../src/components/glossary/glossary.js';
import type { TbJargon } from '../../../src/components/glossary/jargon.js';
import { getOutbox } from '../../../src/core/outbox.js';
import { faultyEndpoint, setFaults, storedSubmissions, eventually } from '../../support/servers.js';
import { installXssCanary } from '../../core/xss-vectors.js';

const GLOSSARY = {
  name: 'Branch IT',
  terms: [
    {
      term: 'OPAC',
      shortFor: 'online public access catalogue',
      definition: 'The **catalogue** patrons search. [More](https://example.org/opac)',
      related: ['ILS'],
      notConfusedWith: ['Discovery layer']
    },
    {
      term: 'Server',
      senses: [
        { label: 'the computer', definition: 'A powerful computer in a locked room.', cues: ['rack', 'room', 'fan'] },
        { label: 'the program', definition: 'A program that answers requests.', cues: ['web', 'software', 'port'] }
      ]
    }
  ]
};

async function setup(template = html`<p>Search the <tb-jargon>OPAC</tb-jargon> today.</p>`, attrs = {}) {
  const el = await fixture<TbGlossary>(
    html`<tb-glossary no-default .glossary=${GLOSSARY} ask-url=${(attrs as { askUrl?: string }).askUrl ?? ''}>
      ${template}
    </tb-glossary>`
  );
  if (!el.isReady) await oneEvent(el, 'tb-glossary-ready');
  const jargon = el.querySelector('tb-jargon') as TbJargon;
  await jargon.updateComplete;
  return { el, jargon, button: jargon.shadowRoot!.querySelector('button.term') as HTMLButtonElement };
}

const popover = (j: TbJargon) => j.shadowRoot!.querySelector('#popover') as HTMLElement | null;
const isOpen = (j: TbJargon) => !!popover(j)?.matches(':popover-open');

async function tabTo(target: HTMLElement) {
  for (let i = 0; i < 10; i++) {
    await sendKeys({ press: 'Tab' });
    if (target.matches(':focus') || target.shadowRoot?.activeElement) return;
  }
  throw new Error('could not tab to the term');
}

describe('<tb-jargon> toggletip', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('is a real button with aria-expanded, says what it does, and axe-clean closed', async () => {
    const { jargon, button } = await setup();
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Issue 15 §5: "OPAC, explain, button, collapsed", and the box it controls is named from the first render.
    expect(button.getAttribute('aria-controls')).to.equal('popover');
    expect(button.textContent!.trim()).to.equal(', explain');
    expect(jargon.textContent).to.equal('OPAC');
    await expect(jargon).to.be.accessible();
  });

  it('opens with Enter, moves focus into a labelled, described dialog, and Escape returns focus', async () => {
    const { jargon, button } = await setup();
    await tabTo(jargon);
    expect(jargon.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(jargon), 'popover open');
    const pop = popover(jargon)!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal('popover');
    expect(pop.getAttribute('role')).to.equal('dialog');
    expect(pop.getAttribute('aria-modal')).to.equal('false');
    expect(jargon.shadowRoot!.getElementById(pop.getAttribute('aria-labelledby')!)!.textContent).to.contain(
      'OPAC (short for online public access catalogue)'
    );
    await waitUntil(() => pop.querySelector('#definition strong'), 'Markdown rendered');
    expect(jargon.shadowRoot!.getElementById(pop.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(
      'The catalogue patrons search. More'
    );
    expect(jargon.shadowRoot!.activeElement).to.equal(pop);
    expect(pop.textContent).to.contain('From: Branch IT');
    expect(pop.textContent).to.contain('Not the same as: Discovery layer.');
    await expect(jargon).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(isOpen(jargon)).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(jargon.shadowRoot!.activeElement).to.equal(button);
    await expect(jargon).to.be.accessible();
  });

  it('lets Tab reach the links inside, and closes when focus leaves', async () => {
    const { jargon } = await setup(
      html`<p>Search the <tb-jargon>OPAC</tb-jargon> today.</p>
        <button id="after">After</button>`
    );
    await tabTo(jargon);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(jargon));
    await waitUntil(() => popover(jargon)!.querySelector('a'), 'link rendered');
    await sendKeys({ press: 'Tab' });
    expect(jargon.shadowRoot!.activeElement!.textContent).to.equal('More');
    await sendKeys({ press: 'Tab' });
    expect(jargon.shadowRoot!.activeElement!.textContent).to.equal('Close');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('after');
    expect(isOpen(jargon)).to.equal(false);
  });

  it('opens on click and closes on a click outside, without stealing focus back', async () => {
    const { jargon, button } = await setup(
      html`<p>Search the <tb-jargon>OPAC</tb-jargon>.</p>
        <p id="out">Outside</p>`
    );
    button.click();
    await waitUntil(() => isOpen(jargon));
    const out = document.getElementById('out')!;
    const r = out.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + 5), Math.round(r.top + 5)] });
    expect(isOpen(jargon)).to.equal(false);
    // Clicking the button again toggles.
    button.click();
    await waitUntil(() => isOpen(jargon));
    button.click();
    expect(isOpen(jargon)).to.equal(false);
  });

  it('stays open after a double-click', async () => {
    const { jargon, button } = await setup();
    // What a browser sends for a double-click: two clicks, the second with detail 2.
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
    await waitUntil(() => isOpen(jargon), 'opened');
    await aTimeout(50);
    expect(isOpen(jargon)).to.equal(true);
    // A keyboard press (detail 0) still toggles.
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 0 }));
    expect(isOpen(jargon)).to.equal(false);
  });

  it('the Close button closes and returns focus', async () => {
    const { jargon, button } = await setup();
    button.click();
    await waitUntil(() => isOpen(jargon));
    (popover(jargon)!.querySelector('.close') as HTMLButtonElement).click();
    expect(isOpen(jargon)).to.equal(false);
    expect(jargon.shadowRoot!.activeElement).to.equal(button);
  });

  it('still shows the definition when the box is drawn again', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const { jargon } = await setup();
      await jargon.show('click');
      await waitUntil(() => popover(jargon)!.querySelector('#definition strong'), 'Markdown rendered');
      jargon.hide();
      // An unknown term shows as plain text, so the button and its box leave the page; they come back after.
      jargon.term = 'not in the glossary';
      await jargon.updateComplete;
      expect(popover(jargon)).to.equal(null);
      jargon.term = '';
      await jargon.updateComplete;
      await jargon.show('click');
      expect(popover(jargon)!.querySelector('#definition')!.textContent).to.contain('The catalogue patrons search.');
      expect(popover(jargon)!.querySelector('#definition strong')!.textContent).to.equal('catalogue');
      jargon.hide();
    } finally {
      warn.restore();
    }
  });

  it('keeps only one definition open at a time', async () => {
    const { el } = await setup(html`<p><tb-jargon>OPAC</tb-jargon> and the <tb-jargon>server</tb-jargon>.</p>`);
    const [a, b] = [...el.querySelectorAll('tb-jargon')] as TbJargon[];
    await b.updateComplete;
    await a.show('click');
    await b.show('click');
    expect(isOpen(a)).to.equal(false);
    expect(isOpen(b)).to.equal(true);
    b.hide();
  });

  it('positions the box near the term with floating-ui, and as a bottom sheet on narrow screens', async () => {
    const { jargon, button } = await setup();
    button.click();
    await waitUntil(() => isOpen(jargon) && popover(jargon)!.style.top !== '', 'positioned');
    const pop = popover(jargon)!;
    const b = button.getBoundingClientRect();
    const p = pop.getBoundingClientRect();
    expect(Math.abs(p.top - (b.bottom + 6)) < 2 || p.bottom <= b.top).to.equal(true);
    jargon.hide();
    await setViewport({ width: 360, height: 640 });
    button.click();
    await waitUntil(() => isOpen(jargon) && pop.classList.contains('sheet'), 'sheet');
    await waitUntil(() => Math.round(pop.getBoundingClientRect().bottom) === 640, 'sheet at the bottom');
    expect(Math.round(pop.getBoundingClientRect().width)).to.equal(360);
    await expect(jargon).to.be.accessible();
    jargon.hide();
  });

  it('never hides the term under the bottom sheet: the page scrolls it above, focus is not trapped', async () => {
    await setViewport({ width: 320, height: 640 });
    const { jargon, button } = await setup(
      html`<div style="height: 560px">Intro</div>
        <p>Search the <tb-jargon>OPAC</tb-jargon> today.</p>
        <div style="height: 1200px"></div>
        <button id="after">After</button>`
    );
    button.scrollIntoView({ block: 'end' });
    button.click();
    await waitUntil(() => isOpen(jargon) && popover(jargon)!.classList.contains('sheet'), 'sheet');
    const pop = popover(jargon)!;
    const sheetTop = window.innerHeight - pop.offsetHeight;
    const term = button.getBoundingClientRect();
    expect(term.top, 'term on screen').to.be.at.least(0);
    expect(term.bottom, 'term above the sheet').to.be.at.most(sheetTop);
    expect(jargon.shadowRoot!.activeElement).to.equal(pop);
    // Non-modal: Tab walks out of the sheet to the rest of the page, and the sheet closes.
    for (let i = 0; i < 6 && isOpen(jargon); i++) await sendKeys({ press: 'Tab' });
    expect(isOpen(jargon)).to.equal(false);
    window.scrollTo(0, 0);
  });

  it('moves the sheet to the top rather than cover a term the page cannot scroll up', async () => {
    await setViewport({ width: 320, height: 640 });
    const { jargon, button } = await setup(
      html`<div style="height: 700px">Intro</div>
        <p>Search the <tb-jargon>OPAC</tb-jargon> today.</p>`
    );
    window.scrollTo(0, document.documentElement.scrollHeight);
    button.click();
    await waitUntil(() => isOpen(jargon) && popover(jargon)!.classList.contains('sheet'), 'sheet');
    const pop = popover(jargon)!;
    await waitUntil(() => pop.classList.contains('top'), 'sheet at the top');
    await waitUntil(() => Math.round(pop.getBoundingClientRect().top) === 0, 'at the very top');
    expect(button.getBoundingClientRect().top).to.be.at.least(pop.offsetHeight);
    await expect(jargon).to.be.accessible();
    jargon.hide();
    window.scrollTo(0, 0);
  });

  it('keeps the whole box on screen when the term is low on the page', async () => {
    await setViewport({ width: 800, height: 400 });
    const { jargon, button } = await setup(
      html`<div style="height: 200px"></div>
        <p>Search the <tb-jargon>server</tb-jargon> today.</p>
        <div style="height: 1000px"></div>`
    );
    button.scrollIntoView({ block: 'center' });
    button.click();
    await waitUntil(() => isOpen(jargon) && popover(jargon)!.style.maxHeight !== '', 'positioned');
    await aTimeout(50);
    const p = popover(jargon)!.getBoundingClientRect();
    expect(p.top).to.be.at.least(0);
    expect(p.bottom).to.be.at.most(window.innerHeight);
    jargon.hide();
    window.scrollTo(0, 0);
  });

  it('keeps a long term inside a narrow column, and the box right under it', async () => {
    // A real <button> is laid out as one box (Chromium never splits it across lines), so a long term wraps inside
    // its own box rather than running out of the column; floating-ui's inline() then anchors to that box.
    const { el } = await setup(
      html`<p style="width: 10rem">Then the <tb-jargon term="OPAC">online public access catalogue</tb-jargon>.</p>`
    );
    const jargon = el.querySelector('tb-jargon') as TbJargon;
    await jargon.updateComplete;
    const button = jargon.shadowRoot!.querySelector('button.term') as HTMLButtonElement;
    const column = el.querySelector('p')!.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    expect(b.right).to.be.at.most(column.right + 1);
    expect(b.height, 'wraps inside its box').to.be.above(30);
    button.click();
    await waitUntil(() => isOpen(jargon) && popover(jargon)!.style.top !== '', 'positioned');
    const p = popover(jargon)!.getBoundingClientRect();
    expect(Math.abs(p.top - (b.bottom + 6))).to.be.below(2);
    jargon.hide();
  });

  it('shows the sense the context cues pick, and the others beneath', async () => {
    const { el } = await setup(
      html`<p>The web <tb-jargon>server</tb-jargon> software listens on a port.</p>
        <p>The <tb-jargon>server</tb-jargon> in the back room has a loud fan.</p>`
    );
    const [web, room] = [...el.querySelectorAll('tb-jargon')] as TbJargon[];
    await web.show('click');
    let pop = popover(web)!;
    expect(pop.querySelector('#definition')!.textContent).to.contain('A program that answers requests.');
    expect(pop.querySelector('.others')!.textContent).to.contain('the computer:');
    expect(pop.querySelector('#title')!.textContent).to.contain('meaning: the program');
    await room.show('click');
    pop = popover(room)!;
    expect(pop.querySelector('#definition')!.textContent).to.contain('A powerful computer');
    expect(pop.querySelector('.others')!.textContent).to.contain('A program that answers requests.');
    room.hide();
  });

  it('honours sense="…" over the cues', async () => {
    const { jargon } = await setup(html`<p>The web <tb-jargon sense="the computer">server</tb-jargon> software.</p>`);
    await jargon.show('click');
    expect(popover(jargon)!.querySelector('#definition')!.textContent).to.contain('A powerful computer');
    jargon.hide();
  });

  it('closes a preview the pointer never entered once the pointer is over something else', async () => {
    // As when a light term is swapped for a <tb-jargon> under a resting pointer: the browser may not know the new
    // term is under the pointer, so no pointerleave comes when it moves away.
    await sendMouse({ type: 'move', position: [0, 0] });
    const { jargon } = await setup(
      html`<p>Search the <tb-jargon hover-preview>OPAC</tb-jargon> today.</p>
        <p id="far" style="margin-top: 300px">far</p>`
    );
    await jargon.show('hover');
    expect(isOpen(jargon)).to.equal(true);
    const far = document.getElementById('far')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(far.left + 2), Math.round(far.top + 2)] });
    await waitUntil(() => !isOpen(jargon), 'closed', { timeout: 5000 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('previews on hover after a delay, stays while the pointer is on it, and closes after leaving', async () => {
    const { jargon, button } = await setup(
      html`<p>Search the <tb-jargon hover-preview>OPAC</tb-jargon> today.</p>
        <p id="far" style="margin-top: 300px">far</p>`
    );
    const b = button.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(b.left + 3), Math.round(b.top + 3)] });
    await aTimeout(150);
    expect(isOpen(jargon)).to.equal(false);
    await waitUntil(() => isOpen(jargon), 'hover opened', { timeout: 5000 });
    expect(jargon.shadowRoot!.activeElement).to.equal(null);
    await waitUntil(() => popover(jargon)!.style.top !== '');
    const p = popover(jargon)!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(p.left + 10), Math.round(p.top + 10)] });
    await aTimeout(500);
    expect(isOpen(jargon), 'hoverable').to.equal(true);
    const far = document.getElementById('far')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(far.left + 2), Math.round(far.top + 2)] });
    await waitUntil(() => !isOpen(jargon), 'closed after leaving', { timeout: 5000 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('a hover preview never replaces a box opened with the keyboard', async () => {
    const { el, jargon } = await setup(
      html`<p>
        Search the <tb-jargon hover-preview>OPAC</tb-jargon> on the <tb-jargon hover-preview>server</tb-jargon>.
      </p>`
    );
    const other = el.querySelectorAll('tb-jargon')[1] as TbJargon;
    await other.updateComplete;
    await tabTo(jargon);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(jargon), 'opened with Enter');
    const b = other.shadowRoot!.querySelector('button.term')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(b.left + 3), Math.round(b.top + 3)] });
    await aTimeout(800);
    expect(isOpen(jargon), 'the box opened with Enter').to.equal(true);
    expect(isOpen(other), 'the preview').to.equal(false);
    expect(jargon.shadowRoot!.activeElement === popover(jargon), 'focus still in the box').to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
    jargon.hide();
  });

  it('Escape dismisses a hover preview without moving focus', async () => {
    const { jargon, button } = await setup(html`<p>Search the <tb-jargon hover-preview>OPAC</tb-jargon>.</p>`);
    const b = button.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(b.left + 3), Math.round(b.top + 3)] });
    await waitUntil(() => isOpen(jargon), 'hover opened', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    expect(isOpen(jargon)).to.equal(false);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows an unknown term as plain text, with a console warning naming it', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const { el } = await setup(html`<p>A <tb-jargon>frobnicator</tb-jargon> here.</p>`);
      const j = el.querySelector('tb-jargon') as TbJargon;
      await j.updateComplete;
      expect(j.shadowRoot!.querySelector('button')).to.equal(null);
      expect(j.textContent).to.equal('frobnicator');
      expect(warn.calledWithMatch(sinon.match('"frobnicator" is not in the glossary'))).to.equal(true);
    } finally {
      warn.restore();
    }
  });

  it('works alone with glossary-src and the built-in glossary', async () => {
    const el = await fixture<HTMLElement>(
      html`<p>
        Ask at the <tb-jargon glossary-src="/test/fixtures/glossary/local.md">hold shelf</tb-jargon> about the
        <tb-jargon term="Wi-Fi">wireless</tb-jargon>.
      </p>`
    );
    const [local, builtIn] = [...el.querySelectorAll('tb-jargon')] as TbJargon[];
    await waitUntil(
      () => local.shadowRoot!.querySelector('button') && builtIn.shadowRoot!.querySelector('button'),
      'loaded'
    );
    await local.show('click');
    expect(popover(local)!.textContent).to.contain('From: Riverside Library IT');
    await builtIn.show('click');
    expect(popover(builtIn)!.textContent).to.contain('From: Techbridge glossary');
    builtIn.hide();
  });

  it('links to the term on the index page, whatever hash index-url has', async () => {
    const page = location.href.replace(/#.*$/, '');
    const cases: [string, string][] = [
      ['#glossary-index', `${page}#term-opac`],
      ['/help/glossary.html#top', `${location.origin}/help/glossary.html#term-opac`],
      ['https://intranet.example.org/glossary', 'https://intranet.example.org/glossary#term-opac']
    ];
    for (const [indexUrl, expected] of cases) {
      const el = await fixture<TbGlossary>(
        html`<tb-glossary no-default .glossary=${GLOSSARY} index-url=${indexUrl}
          ><tb-jargon>OPAC</tb-jargon></tb-glossary
        >`
      );
      if (!el.isReady) await oneEvent(el, 'tb-glossary-ready');
      const j = el.querySelector('tb-jargon') as TbJargon;
      await j.updateComplete;
      await j.show('click');
      const link = [...popover(j)!.querySelectorAll('a')].find(a => a.textContent!.includes('in the glossary'))!;
      expect(link.href, indexUrl).to.equal(expected);
      j.hide();
    }
  });

  it('links "Still confused? Ask IT" to the ask-url with the term and page', async () => {
    const { jargon } = await setup(undefined, { askUrl: '/report-a-problem?from=glossary' });
    await jargon.show('click');
    const link = popover(jargon)!.querySelector('a[part="ask"]') as HTMLAnchorElement;
    expect(link.textContent).to.equal('Still confused? Ask IT');
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/report-a-problem');
    expect(url.searchParams.get('from')).to.equal('glossary');
    expect(url.searchParams.get('summary')).to.equal('What does "OPAC" mean?');
    expect(url.searchParams.get('page')).to.equal(location.href);
    expect(url.searchParams.get('term')).to.equal('OPAC');
    jargon.hide();
  });

  it('renders hostile Markdown without running anything', async () => {
    delete (window as { __tbXss?: unknown }).__tbXss;
    const removeCanary = installXssCanary();
    try {
      const el = await fixture<HTMLElement>(
        html`<p>An <tb-jargon glossary-src="/test/fixtures/glossary/hostile.md" no-default>exploit</tb-jargon>.</p>`
      );
      const j = el.querySelector('tb-jargon') as TbJargon;
      await waitUntil(() => j.shadowRoot!.querySelector('button'), 'loaded');
      await j.show('click');
      await waitUntil(
        () => popover(j)!.querySelector('#definition a, #definition img') || popover(j)!.querySelector('#definition p')
      );
      await aTimeout(300);
      const root = j.shadowRoot!;
      expect((window as { __tbXss?: unknown }).__tbXss).to.equal(undefined);
      expect(
        root.querySelectorAll(
          '#popover :is(script, iframe, svg, form, img, [onerror], [onload], [onclick], [style], [id="__tbXss"])'
        ).length
      ).to.equal(0);
      for (const a of root.querySelectorAll('#popover a[href]')) {
        expect((a as HTMLAnchorElement).href).to.not.match(/^(javascript|data):/i);
      }
      await expect(j).to.be.accessible();
      j.hide();
    } finally {
      removeCanary();
    }
  });
});

describe('<tb-jargon> close control on the narrow sheet', () => {
  const LONG_TEXT = Array.from(
    { length: 12 },
    (_, i) => `Step ${i + 1}: the computer is wiped and set up again from a clean copy, so nothing saved on it stays.`
  ).join(' ');
  const LONG = {
    name: 'Branch IT',
    terms: [
      { term: 'Reimage', definition: 'Wiping a computer and setting it up again from a clean copy.', more: LONG_TEXT }
    ]
  };

  async function narrowSheet() {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default .glossary=${LONG}>
        <p>We will <tb-jargon>Reimage</tb-jargon> the public PCs tonight.</p>
        <p id="out">Outside</p>
      </tb-glossary>`
    );
    if (!el.isReady) await oneEvent(el, 'tb-glossary-ready');
    const jargon = el.querySelector('tb-jargon') as TbJargon;
    await jargon.updateComplete;
    const button = jargon.shadowRoot!.querySelector('button.term') as HTMLButtonElement;
    await tabTo(jargon);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(jargon) && popover(jargon)!.classList.contains('sheet'), 'sheet');
    const pop = popover(jargon)!;
    await waitUntil(() => pop.querySelector('.more p'), 'Markdown rendered');
    // Let the rising animation finish before measuring.
    await waitUntil(() => pop.getAnimations().every(a => a.playState === 'finished'), 'settled');
    return { el, jargon, button, pop };
  }

  const closeOf = (pop: HTMLElement) => pop.querySelector('button.close') as HTMLButtonElement;

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    window.scrollTo(0, 0);
  });

  it('puts a labelled Close button at the top of the sheet, above the definition', async () => {
    const { jargon, pop } = await narrowSheet();
    const closes = pop.querySelectorAll('button.close');
    expect(closes.length, 'one close control').to.equal(1);
    const close = closeOf(pop);
    expect(close.getAttribute('type')).to.equal('button');
    expect(close.getAttribute('part')).to.equal('close');
    // Visible "Close", and the term for screen readers: "Close: Reimage".
    expect(close.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Close: Reimage');
    const hidden = close.querySelector('.visually-hidden')!;
    expect(hidden.textContent).to.equal(': Reimage');
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    const c = close.getBoundingClientRect();
    const definition = pop.querySelector('#definition')!.getBoundingClientRect();
    const sheet = pop.getBoundingClientRect();
    expect(c.bottom, 'above the definition').to.be.at.most(definition.top);
    expect(c.top, 'inside the sheet').to.be.at.least(sheet.top);
    expect(c.right).to.be.at.most(sheet.right);
    expect(c.width, 'target width').to.be.at.least(44);
    expect(c.height, 'target height').to.be.at.least(44);
    // Right after the heading in the reading order.
    expect(jargon.shadowRoot!.getElementById('title')!.nextElementSibling).to.equal(close);
    await expect(jargon).to.be.accessible();
    jargon.hide();
  });

  it('is the first thing Tab reaches in the sheet, shows focus, closes and returns focus to the term', async () => {
    const { jargon, button, pop } = await narrowSheet();
    expect(jargon.shadowRoot!.activeElement, 'focus moves into the sheet').to.equal(pop);
    await sendKeys({ press: 'Tab' });
    const close = closeOf(pop);
    expect(jargon.shadowRoot!.activeElement).to.equal(close);
    expect(close.matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(close);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    await expect(jargon).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    expect(isOpen(jargon)).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(jargon.shadowRoot!.activeElement).to.equal(button);
    await expect(jargon).to.be.accessible();
  });

  it('keeps the top Close in view while a long definition scrolls inside the sheet', async () => {
    const { jargon, pop } = await narrowSheet();
    expect(pop.scrollHeight, 'long enough to scroll').to.be.above(pop.clientHeight);
    pop.scrollTop = pop.scrollHeight;
    await waitUntil(() => pop.scrollTop > 0, 'scrolled');
    const close = closeOf(pop);
    const c = close.getBoundingClientRect();
    const sheet = pop.getBoundingClientRect();
    const head = pop.querySelector('.head')!.getBoundingClientRect();
    expect(head.top - sheet.top, 'its bar is flush with the top edge').to.be.at.most(2);
    expect(c.top, 'not scrolled away').to.be.at.least(sheet.top);
    expect(c.bottom).to.be.at.most(sheet.top + 80);
    // Nothing scrolls over it: the button itself is what a tap there hits.
    const hit = jargon.shadowRoot!.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2);
    expect(close.contains(hit)).to.equal(true);
    close.click();
    expect(isOpen(jargon)).to.equal(false);
  });

  it('still closes the sheet with Escape (focus back on the term) and with a tap outside', async () => {
    const { jargon, button, pop } = await narrowSheet();
    await sendKeys({ press: 'Tab' });
    expect(jargon.shadowRoot!.activeElement).to.equal(closeOf(pop));
    await sendKeys({ press: 'Escape' });
    expect(isOpen(jargon)).to.equal(false);
    expect(jargon.shadowRoot!.activeElement).to.equal(button);
    button.click();
    await waitUntil(() => isOpen(jargon), 'open again');
    const out = document.getElementById('out')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(out.left + 5), Math.round(out.top + 5)] });
    expect(isOpen(jargon)).to.equal(false);
  });

  it('keeps Close at the end of the box on wide screens', async () => {
    const { jargon, button } = await setup();
    button.click();
    await waitUntil(() => isOpen(jargon) && popover(jargon)!.style.top !== '', 'positioned');
    const pop = popover(jargon)!;
    expect(pop.classList.contains('sheet')).to.equal(false);
    expect(pop.querySelectorAll('button.close').length).to.equal(1);
    const close = closeOf(pop);
    expect(close.textContent!.trim()).to.equal('Close');
    expect(pop.lastElementChild).to.equal(close);
    expect(close.getBoundingClientRect().top).to.be.at.least(
      pop.querySelector('#definition')!.getBoundingClientRect().bottom
    );
    expect(close.getBoundingClientRect().height).to.be.at.least(44);
    expect(close.getBoundingClientRect().width).to.be.at.least(44);
    jargon.hide();
  });
});

describe('<tb-jargon> asking IT to explain a term', () => {
  beforeEach(async () => {
    await getOutbox().clear();
    await setFaults({ mode: 'ok' });
  });
  afterEach(async () => {
    await setFaults({ mode: 'ok' });
    await getOutbox().clear();
  });

  /** A glossary that sends to the test endpoint, with the OPAC box open. */
  async function openOpacBox(): Promise<TbJargon> {
    const endpoint = await faultyEndpoint();
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default .glossary=${GLOSSARY} endpoint=${endpoint}>
        <p>Search the <tb-jargon>OPAC</tb-jargon> for books.</p>
      </tb-glossary>`
    );
    if (!el.isReady) await oneEvent(el, 'tb-glossary-ready');
    const j = el.querySelector('tb-jargon') as TbJargon;
    await j.updateComplete;
    await j.show('click');
    return j;
  }

  it('submits a glossary-suggestion and says it was received', async () => {
    const j = await openOpacBox();
    const ask = popover(j)!.querySelector('button[part="ask"]') as HTMLButtonElement;
    expect(ask.textContent!.trim()).to.equal('Still confused? Ask IT to explain it better');
    const submitted = oneEvent(j, 'tb-submitted');
    ask.click();
    await submitted;
    await waitUntil(() => popover(j)!.querySelector('[role="status"]')!.textContent!.includes('IT has your question'));
    const stored = await eventually(async () => {
      const list = await storedSubmissions('glossary-suggestion');
      return list.find(s => (s.envelope.data as { term?: string }).term === 'OPAC');
    }, 'stored suggestion');
    expect(stored.envelope.data).to.include({ term: 'OPAC', termId: 'opac', source: 'Branch IT' });
    expect((stored.envelope.data as { context: string }).context).to.contain('Search the OPAC for books.');
    await expect(j).to.be.accessible();
    j.hide();
  });

  it('keeps keyboard focus in the box: the button goes, focus moves to the message', async () => {
    const j = await openOpacBox();
    const ask = popover(j)!.querySelector('button[part="ask"]') as HTMLButtonElement;
    ask.focus();
    let focusWhileSending: Element | null = null;
    j.addEventListener('tb-submit', () => (focusWhileSending = j.shadowRoot!.activeElement), { once: true });
    const submitted = oneEvent(j, 'tb-submitted');
    await sendKeys({ press: 'Enter' });
    await submitted;
    // Compared as booleans: a failing equal() on two elements tries to print them and crashes the browser.
    expect(focusWhileSending === ask, 'focus stays on the button while sending').to.equal(true);
    await waitUntil(() => !ask.isConnected, 'button gone');
    await j.updateComplete;
    const status = popover(j)!.querySelector('[role="status"]') as HTMLElement;
    expect(status.textContent).to.contain('IT has your question');
    expect(j.shadowRoot!.activeElement === status, 'focus on the message').to.equal(true);
    expect(isOpen(j)).to.equal(true);
    await expect(j).to.be.accessible();
    j.hide();
  });

  it('tells the truth when the server is down: saved, then received once it is back', async () => {
    const endpoint = await faultyEndpoint();
    await setFaults({ mode: 'down' });
    const el = await fixture<TbGlossary>(
      html`<tb-glossary no-default .glossary=${GLOSSARY} endpoint=${endpoint}>
        <p><tb-jargon>OPAC</tb-jargon></p>
      </tb-glossary>`
    );
    if (!el.isReady) await oneEvent(el, 'tb-glossary-ready');
    const j = el.querySelector('tb-jargon') as TbJargon;
    await j.updateComplete;
    await j.show('click');
    const queued = oneEvent(j, 'tb-queued');
    (popover(j)!.querySelector('button[part="ask"]') as HTMLButtonElement).click();
    await queued;
    await waitUntil(() =>
      popover(j)!.querySelector('[role="status"]')!.textContent!.includes('saved on this computer')
    );
    expect(popover(j)!.textContent).to.not.contain('IT has your question');
    // When the server is back and the saved question goes out, the message turns into "received".
    await setFaults({ mode: 'ok' });
    await getOutbox().flush();
    await waitUntil(
      () => popover(j)!.querySelector('[role="status"]')!.textContent!.includes('IT has your question'),
      'updated to sent',
      { timeout: 5000 }
    );
    j.hide();
  });
});
