/**
 * A long page annotated in pieces (docs/decisions/012-annotating-in-pieces.md): the text on screen first, the same
 * result as annotating at once, the browser free to paint between pieces, and a stopped run stays stopped.
 * Behaviour only: no durations are asserted (tests run on busy machines).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/glossary/define.js';
import type { TbGlossary } from '../../../src/components/glossary/glossary.js';

const GLOSSARY = {
  terms: [
    { term: 'Router', definition: 'The box that connects the library to the internet.' },
    { term: 'Browser', definition: 'The program you use to open web pages.' },
    { term: 'Print release', definition: 'Pay and print at the station.' },
    { term: 'Firewall', definition: 'A guard that blocks unwanted traffic.' }
  ]
};

/** A long article: `count` paragraphs, each naming two or three terms (about 240 characters each). */
function article(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(
      `<p>Paragraph ${i}: restart the router, then open the browser again. If the page still fails, ask about the ` +
        `firewall at the desk${i % 3 === 0 ? ' or use print release for paper copies' : ''}. Keep a note of what you saw.</p>`
    );
  }
  return lines.join('');
}

async function page(paragraphs: number, mode: 'all' | 'first' | null): Promise<TbGlossary> {
  const el = await fixture<TbGlossary>(html`<tb-glossary no-default .glossary=${GLOSSARY}></tb-glossary>`);
  if (!el.isReady) await oneEvent(el, 'tb-glossary-ready');
  await el.updateComplete;
  // A bench-style trusted test article, parsed by the browser.
  const template = document.createElement('template');
  template.setHTMLUnsafe(`<article>${article(paragraphs)}</article>`);
  el.append(template.content);
  if (mode) {
    el.setAttribute('annotate', mode === 'all' ? 'all' : '');
    await el.updateComplete;
  }
  return el;
}

const terms = (el: Element) => [...el.querySelectorAll<HTMLElement>('[data-tb-term]')];

/** What each term stands for and its text, in page order. */
const summary = (el: Element) => terms(el).map(t => `${t.getAttribute('data-tb-term')}:${t.textContent}`);

function onScreen(el: Element): HTMLElement[] {
  return terms(el).filter(t => {
    const box = t.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

describe('<tb-glossary annotate> on a long page', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('wraps the terms on screen at once and the rest in pieces, with the same result as annotating at once', async () => {
    const el = await page(2000, null);
    // Scroll to the middle: the screen is neither the top nor the end of the page.
    const middle = el.querySelectorAll('p')[1000];
    middle.scrollIntoView();
    const paragraphsOnScreen = [...el.querySelectorAll('p')].filter(p => {
      const box = p.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }).length;
    expect(paragraphsOnScreen, 'paragraphs on screen').to.be.greaterThan(2);

    el.setAttribute('annotate', 'all');
    await el.updateComplete;
    const early = new Set(terms(el));
    expect(early.size, 'terms wrapped by the first piece').to.be.greaterThan(0);
    // The first piece is bounded (the screen and a little more): on 2,000 paragraphs it cannot be everything.
    expect(el.querySelectorAll('p')[0].querySelector('[data-tb-term]'), 'top of the page, later').to.equal(null);
    const screen = onScreen(el);
    expect(screen.length, 'terms on screen').to.be.greaterThan(paragraphsOnScreen);
    expect(
      screen.every(t => early.has(t)),
      'every term on screen came in the first piece'
    ).to.equal(true);

    await el.annotationComplete;
    const inPieces = summary(el);

    const atOnce = await page(2000, null);
    atOnce.annotateNow('all');
    expect(inPieces.length).to.equal(2000 * 3 + Math.ceil(2000 / 3));
    expect(inPieces).to.deep.equal(summary(atOnce));
  });

  it('gives the browser frames to paint while it works', async () => {
    const el = await page(3000, null);
    let frames = 0;
    let counting = true;
    const tick = () => {
      frames++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    el.setAttribute('annotate', 'all');
    await el.updateComplete;
    await el.annotationComplete;
    counting = false;
    expect(frames, 'frames painted during the annotation').to.be.greaterThan(1);
  });

  it('explains each term at its first occurrence in page order, in pieces too', async () => {
    const el = await page(2000, 'first');
    await el.annotationComplete;
    const atOnce = await page(2000, null);
    atOnce.annotateNow('first');
    expect(summary(el)).to.deep.equal(summary(atOnce));
    expect(summary(el)).to.deep.equal([
      'router:router',
      'browser:browser',
      'firewall:firewall',
      'print-release:print release'
    ]);
    // Each is in the first paragraph, where it first appears.
    expect(terms(el).every(t => t.closest('p') === el.querySelector('p'))).to.equal(true);
  });

  it('stops when the element leaves the page, and when annotateNow takes over', async () => {
    const gone = await page(3000, 'all');
    const before = terms(gone).length;
    gone.remove();
    await gone.annotationComplete;
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(terms(gone).length, 'nothing wrapped after leaving the page').to.equal(before);

    const taken = await page(2000, 'all');
    const firstPiece = terms(taken).length;
    const made = taken.annotateNow('all');
    await taken.annotationComplete;
    await new Promise(resolve => setTimeout(resolve, 100));
    // Each occurrence wrapped once: no term inside another, and the count is the page's.
    expect(taken.querySelector('[data-tb-term] [data-tb-term]')).to.equal(null);
    expect(terms(taken).length).to.equal(2000 * 3 + Math.ceil(2000 / 3));
    expect(firstPiece + made.length, 'the first piece and annotateNow share the work').to.equal(terms(taken).length);
  });

  it('annotates text the page adds while the pieces are under way, once', async () => {
    const el = await page(2000, 'all');
    const added = document.createElement('p');
    added.textContent = 'Added later: the router again.';
    el.querySelector('article')!.append(added);
    await el.annotationComplete;
    await new Promise(resolve => setTimeout(resolve, 0));
    expect([...added.querySelectorAll('[data-tb-term]')].map(t => t.textContent)).to.deep.equal(['router']);
    expect(el.querySelector('[data-tb-term] [data-tb-term]')).to.equal(null);
    expect(terms(el).length).to.equal(2000 * 3 + Math.ceil(2000 / 3) + 1);
  });

  it('is accessible with terms wrapped in pieces', async () => {
    const el = await page(100, 'all');
    await el.annotationComplete;
    await expect(el).to.be.accessible();
  });
});
