import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/glossary/define.js';
import type { TbGlossary } from '../../../src/components/glossary/glossary.js';
import type { TbGlossaryIndex } from '../../../src/components/glossary/glossary-index.js';
import { letterOf } from '../../../src/components/glossary/glossary-index.js';

const GLOSSARY = {
  name: 'Index test',
  terms: [
    { term: 'OPAC', also: ['online catalogue'], definition: 'The *catalogue*.', related: ['Router'] },
    { term: 'Interlibrary loan', abbreviations: ['ILL'], definition: 'Borrowing.' },
    { term: 'Router', definition: 'A box.' },
    { term: '802.11', definition: 'The Wi-Fi standard.' },
    {
      term: 'Cache',
      senses: [
        { label: 'browser', definition: 'Saved pages.' },
        { label: 'server', definition: 'Saved data.' }
      ]
    }
  ]
};

async function setup(): Promise<TbGlossaryIndex> {
  const el = await fixture<TbGlossary>(
    html`<tb-glossary no-default .glossary=${GLOSSARY}>
      <tb-glossary-index></tb-glossary-index>
    </tb-glossary>`
  );
  if (!el.isReady) await oneEvent(el, 'tb-glossary-ready');
  const index = el.querySelector('tb-glossary-index')!;
  await waitUntil(() => index.shadowRoot!.querySelector('dt'), 'index rendered');
  await waitUntil(() => index.shadowRoot!.querySelector('dd em'), 'Markdown rendered');
  return index;
}

const terms = (index: TbGlossaryIndex) => [...index.shadowRoot!.querySelectorAll('dt dfn')].map(d => d.textContent);

describe('<tb-glossary-index>', () => {
  it('lists every term A–Z with one anchor each, and is axe-clean', async () => {
    const index = await setup();
    expect(terms(index)).to.deep.equal(['Cache', 'Interlibrary loan', 'OPAC', 'Router', '802.11']);
    expect([...index.shadowRoot!.querySelectorAll('dt')].map(d => d.id)).to.deep.equal([
      'term-cache',
      'term-interlibrary-loan',
      'term-opac',
      'term-router',
      'term-802-11'
    ]);
    expect(index.shadowRoot!.querySelector('#term-opac + dd')!.textContent).to.contain(
      'Also called: online catalogue.'
    );
    expect(index.shadowRoot!.querySelector('#term-cache + dd ol')!.children).to.have.length(2);
    expect(letterOf('802.11')).to.equal('#');
    expect(letterOf('Éclair')).to.equal('E');
    await expect(index).to.be.accessible();
  });

  it('shows words set with `strings` after the list is drawn, in every entry', async () => {
    const index = await setup();
    index.strings = { selfLink: 'Permalink', alsoCalled: 'Other names: {list}.' };
    await index.updateComplete;
    const links = [...index.shadowRoot!.querySelectorAll('.self-link')].map(a => a.textContent!.trim().split(/\s/)[0]);
    expect(links).to.deep.equal(['Permalink', 'Permalink', 'Permalink', 'Permalink', 'Permalink']);
    expect(index.shadowRoot!.querySelector('#term-opac + dd')!.textContent).to.contain(
      'Other names: online catalogue.'
    );
  });

  it('makes no landmark per letter: each letter group is a heading with its terms, not a region', async () => {
    const index = await setup();
    const list = index.shadowRoot!.querySelector('.list')!;
    const headings = [...list.querySelectorAll('[role="heading"]')];
    expect(headings.map(h => h.textContent!.trim())).to.deep.equal(['C', 'I', 'O', 'R', 'Other']);
    expect(list.querySelectorAll('section, [role="region"], [role="group"][aria-labelledby]').length).to.equal(0);
    expect(list.querySelectorAll('[aria-labelledby]').length).to.equal(0);
    // Each heading still sits right before its terms.
    for (const heading of headings) expect(heading.nextElementSibling!.localName).to.equal('dl');
    await expect(index).to.be.accessible();
  });

  it('links letters that have terms and shows the others as not available', async () => {
    const index = await setup();
    const nav = index.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Glossary by letter');
    const links = [...nav.querySelectorAll('a')].map(a => a.getAttribute('href'));
    expect(links).to.deep.equal(['#letter-c', '#letter-i', '#letter-o', '#letter-r', '#letter-other']);
    const b = [...nav.querySelectorAll('.disabled')].find(s => s.textContent!.includes('B'))!;
    expect(b.textContent).to.contain('No terms under');
    (nav.querySelector('a[href="#letter-r"]') as HTMLAnchorElement).click();
    expect(index.shadowRoot!.activeElement!.id).to.equal('letter-r');
  });

  it('makes letters with terms look like links, and the others clearly not (not by colour alone)', async () => {
    const index = await setup();
    const nav = index.shadowRoot!.querySelector('nav')!;
    const link = nav.querySelector('a[href="#letter-c"]')!;
    const letter = link.querySelector('span')!;
    const none = [...nav.querySelectorAll('.disabled')].find(s => s.textContent!.includes('B'))!;
    const style = (el: Element) => getComputedStyle(el);
    // The underline reaches the letter: nothing inside the link is an inline-block, which would cut it off.
    expect(style(link).textDecorationLine).to.equal('underline');
    expect(style(letter).display).to.equal('inline');
    expect(style(letter).color).to.equal(style(link).color);
    expect(Number(style(letter).fontWeight)).to.be.at.least(700);
    expect(style(none).textDecorationLine).to.equal('none');
    expect(Number(style(none).fontWeight)).to.be.below(700);
    expect(style(none).color).to.not.equal(style(link).color);
  });

  it('filters as you type, aliases and abbreviations too', async () => {
    const index = await setup();
    const input = index.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'catalog' });
    await waitUntil(() => terms(index).length === 1);
    expect(terms(index)).to.deep.equal(['OPAC']);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    input.focus();
    await sendKeys({ type: 'ILL' });
    await waitUntil(() => terms(index).length === 1);
    expect(terms(index)).to.deep.equal(['Interlibrary loan']);
    await sendKeys({ type: 'zzz' });
    await waitUntil(() => index.shadowRoot!.querySelector('.empty'));
    await waitUntil(
      () => index.shadowRoot!.querySelector('.count')!.textContent!.includes('No terms match'),
      'announced',
      {
        timeout: 2000
      }
    );
    await expect(index).to.be.accessible();
  });

  it('shows every definition again after a search is cleared', async () => {
    const index = await setup();
    const definitions = () =>
      [...index.shadowRoot!.querySelectorAll('dd')].map(dd => dd.textContent!.replace(/\s+/g, ' '));
    const before = definitions();
    expect(before.join(' ')).to.contain('The catalogue.').and.to.contain('Saved data.');
    const input = index.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'router' });
    await waitUntil(() => terms(index).length === 1);
    for (let i = 0; i < 'router'.length; i++) await sendKeys({ press: 'Backspace' });
    await waitUntil(() => terms(index).length === 5);
    expect(definitions()).to.deep.equal(before);
    for (const text of [
      'The catalogue.',
      'Borrowing.',
      'A box.',
      'The Wi-Fi standard.',
      'Saved pages.',
      'Saved data.'
    ]) {
      expect(definitions().join(' ')).to.contain(text);
    }
    expect(index.shadowRoot!.querySelector('#term-opac + dd em')!.textContent).to.equal('catalogue');
  });

  it('goes to a term from a deep link (#term-id)', async () => {
    const index = await setup();
    location.hash = '#term-router';
    await waitUntil(() => index.shadowRoot!.activeElement?.id === 'term-router', 'focused the term');
    expect(index.shadowRoot!.querySelector('#term-router')!.classList.contains('targeted')).to.equal(true);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('scrolls to and focuses the term when the page is opened with #term-id', async () => {
    history.replaceState(null, '', '#term-router');
    try {
      const wrap = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 1500px">Intro</div>
          <tb-glossary no-default .glossary=${GLOSSARY}><tb-glossary-index></tb-glossary-index></tb-glossary>
        </div>`
      );
      const index = wrap.querySelector('tb-glossary-index')!;
      await waitUntil(() => index.shadowRoot!.activeElement?.id === 'term-router', 'focused the term');
      // Boxes of entries get their real heights as they come into view (content-visibility); the browser's scroll
      // anchoring keeps the term in place before the next paint.
      const term = index.shadowRoot!.querySelector('#term-router')!;
      const inView = () => {
        const r = term.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      };
      await waitUntil(inView, 'the term on screen', { timeout: 3000 });
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(inView(), 'still on screen after the boxes around it were laid out').to.equal(true);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      window.scrollTo(0, 0);
    }
  });

  it('ignores a deep link that is not a valid web address (#term-%E0%A4), on opening and on a change', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => {
      errors.push(String(event.reason));
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const onerror = window.onerror;
    // Keep mocha from failing some other test with the error this test is looking for.
    window.onerror = () => true;
    history.replaceState(null, '', '#term-%E0%A4');
    try {
      const index = await setup();
      await index.updateComplete;
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#term-%E0%A5';
      await changed;
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(errors).to.deep.equal([]);
      expect(terms(index)).to.have.length(5);
      // A good link still works afterwards.
      location.hash = '#term-router';
      await waitUntil(() => index.shadowRoot!.activeElement?.id === 'term-router', 'focused the term');
    } finally {
      window.onerror = onerror;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('works alone with its own src', async () => {
    const index = await fixture<TbGlossaryIndex>(
      html`<tb-glossary-index src="/test/fixtures/glossary/local.md" no-default></tb-glossary-index>`
    );
    await waitUntil(() => index.shadowRoot!.querySelector('dt'), 'rendered');
    expect(terms(index)).to.deep.equal(['Hold shelf', 'Print release', 'Server']);
    expect(index.shadowRoot!.textContent).to.contain('From: Riverside Library IT');
  });
});

describe('<tb-glossary-index>: a big glossary (issue 15 §3)', () => {
  it('sorts over 500 terms in pieces into the same A–Z order, and a deep link still lands', async () => {
    // Mixed case, accents and signs, in a scrambled order; stable ties ("Éclair" and "eclair" fold the same).
    const names = Array.from({ length: 1200 }, (_, i) => {
      const n = (i * 7919) % 1200;
      return ['Éclair', 'eclair', 'Zebra', 'zulu', '#tag', 'Ångström', 'apple', 'Apple'][n % 8] + ` ${n}`;
    });
    history.replaceState(null, '', '#term-zulu-1195');
    try {
      const el = await fixture<TbGlossary>(
        html`<tb-glossary no-default .glossary=${{ terms: names.map(term => ({ term, definition: 'Meaning.' })) }}
          ><tb-glossary-index></tb-glossary-index
        ></tb-glossary>`
      );
      const index = el.querySelector('tb-glossary-index')!;
      await waitUntil(() => terms(index).length === 1200, 'every entry listed', { timeout: 20000 });
      const fold = (t: string) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      const collator = new Intl.Collator();
      const expected = [...names].sort((a, b) => collator.compare(fold(a), fold(b)));
      // Listed by letter ("#tag" is filed under T), and within a letter in the collator's order, as one sort at
      // once gives.
      const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];
      const place = (t: string) => letters.indexOf(letterOf(t));
      expect(terms(index)).to.deep.equal([...expected].sort((a, b) => place(a) - place(b)));
      await waitUntil(() => index.shadowRoot!.activeElement?.id === 'term-zulu-1195', 'the deep link landed');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      window.scrollTo(0, 0);
    }
  });
});

describe('<tb-glossary-index>: jargon inside definitions (issue 15 §2)', () => {
  it('links the glossary words a definition uses to their own entries, and not the entry itself', async () => {
    const el = await fixture<HTMLElement>(html`<tb-glossary-index></tb-glossary-index>`);
    const index = el as HTMLElement & { updateComplete: Promise<boolean> };
    await waitUntil(() => index.shadowRoot!.querySelector('dd[data-id="wi-fi"]'), 'listed', { timeout: 15000 });
    // Definitions render as they come into view: the last entry only once it is scrolled to.
    expect(index.shadowRoot!.querySelector('dd[data-id="wi-fi"] a.term-link')).to.equal(null);
    index.shadowRoot!.querySelector('dd[data-id="wi-fi"]')!.scrollIntoView();
    await waitUntil(() => index.shadowRoot!.querySelector('dd[data-id="wi-fi"] a.term-link'), 'links made', {
      timeout: 15000
    });
    const wifi = index.shadowRoot!.querySelector('dd[data-id="wi-fi"]')!;
    const links = [...wifi.querySelectorAll<HTMLAnchorElement>('a.term-link')].map(a => a.getAttribute('href'));
    expect(links).to.include('#term-network');
    expect(links).to.not.include('#term-wi-fi');
    await expect(index).to.be.accessible();
  });
});
