/**
 * Issue 10 and 15: the glossary elements in Spanish and on dark pages. Every state a person meets (the term, the
 * definition box, the index with and without results, the problems notice) is walked for English catalog text on
 * a Spanish page; switching `lang` switches the words; axe is clean on a light and a dark page, in both languages.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/glossary/define.js';
import type { TbGlossary } from '../../../src/components/glossary/glossary.js';
import type { TbGlossaryIndex } from '../../../src/components/glossary/glossary-index.js';
import type { TbJargon } from '../../../src/components/glossary/jargon.js';
import en from '../../../src/components/glossary/strings/en.js';
import es from '../../../src/components/glossary/strings/es.js';
import coreEn from '../../../src/core/strings/en.js';
import coreEs from '../../../src/core/strings/es.js';
import { englishLeft, readableTexts } from '../../support/language.js';

const GLOSSARY = {
  name: 'Sucursal',
  terms: [
    {
      term: 'OPAC',
      shortFor: 'catálogo público en línea',
      definition: 'El catálogo que consultan los usuarios.',
      related: ['ILS'],
      notConfusedWith: ['Wi-Fi']
    },
    { term: 'ILS', definition: 'El sistema de la biblioteca.' },
    {
      term: 'Servidor',
      senses: [
        { label: 'la computadora', definition: 'Una computadora potente.', cues: ['sala'] },
        { label: 'el programa', definition: 'Un programa que responde.', cues: ['web'] }
      ]
    },
    { term: 'Wi-Fi', definition: 'Internet sin cable.' }
  ]
};

const catalogs: Parameters<typeof englishLeft>[1] = [
  [en, es],
  [coreEn, coreEs]
];

async function page(lang: string) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <tb-glossary no-default .glossary=${GLOSSARY} ask-url="/ayuda" endpoint="https://127.0.0.1:9/nowhere" annotate>
        <p>Busque en el OPAC del Servidor de la sala.</p>
        <tb-glossary-index></tb-glossary-index>
      </tb-glossary>
    </div>`
  );
  const glossary = wrapper.querySelector('tb-glossary') as TbGlossary;
  if (!glossary.isReady) await oneEvent(glossary, 'tb-glossary-ready');
  // Annotated terms are light spans until used (docs/decisions/011-light-glossary-terms.md).
  await waitUntil(() => glossary.querySelector('[data-tb-term]'), 'terms wrapped', { timeout: 10000 });
  const term = glossary.querySelector<HTMLElement>('[data-tb-term]')!;
  const index = glossary.querySelector('tb-glossary-index') as TbGlossaryIndex;
  await waitUntil(() => index.shadowRoot?.querySelector('dl'), 'drawn', { timeout: 10000 });
  return { wrapper, glossary, term, index };
}

/** Clicks a light term: it becomes a `<tb-jargon>` with its box open. Returns that element. */
async function openBox(term: HTMLElement): Promise<TbJargon> {
  const glossary = term.closest('tb-glossary')!;
  const text = term.textContent;
  term.click();
  let jargon: TbJargon | undefined;
  await waitUntil(
    () =>
      (jargon = [...glossary.querySelectorAll<TbJargon>('tb-jargon')].find(j => j.textContent === text)) &&
      jargon.shadowRoot?.querySelector('#popover:popover-open .definition'),
    'box open',
    { timeout: 10000 }
  );
  await jargon!.updateComplete;
  return jargon!;
}

async function search(index: TbGlossaryIndex, query: string) {
  const input = index.shadowRoot!.querySelector('input')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await index.updateComplete;
}

describe('glossary in Spanish (issue 10)', () => {
  afterEach(() => {
    document.body.style.removeProperty('background');
    document.body.style.removeProperty('color');
  });

  it('shows no English interface text in the term, the definition box and the index', async () => {
    const { term, index, wrapper } = await page('es');
    await waitUntil(() => term.getAttribute('aria-description') === 'explicar', 'Spanish description', {
      timeout: 5000
    });
    const jargon = await openBox(term);
    expect(jargon.shadowRoot!.querySelector('button.term')!.textContent).to.contain('explicar');
    const box = readableTexts(jargon.shadowRoot!).join(' | ');
    expect(box).to.contain('Fuente: Sucursal').and.to.contain('Relacionado: ILS').and.to.contain('Cerrar');
    expect(box).to.contain('¿Sigue con dudas? Pregunte a Informática');
    expect(englishLeft(wrapper, catalogs)).to.deep.equal([]);
    expect(readableTexts(index.shadowRoot!).join(' | '))
      .to.contain('Buscar en el glosario')
      .and.to.contain('4 términos');
    await expect(index).to.be.accessible();
  });

  it('a sense box, a search with and without results, in Spanish', async () => {
    const { glossary, index, wrapper } = await page('es');
    const light = [...glossary.querySelectorAll<HTMLElement>('[data-tb-term]')].find(j => j.textContent === 'Servidor');
    const server = await openBox(light!);
    expect(readableTexts(server.shadowRoot!).join(' ')).to.contain('Aquí seguramente significa: la computadora');
    expect(readableTexts(server.shadowRoot!).join(' ')).to.contain('También puede significar:');
    await search(index, 'wi');
    await waitUntil(() => index.shadowRoot!.querySelector('.count')!.textContent!.includes('coincide'), 'announced', {
      timeout: 5000
    });
    await search(index, 'zzzz');
    expect(index.shadowRoot!.querySelector('.empty')!.textContent).to.contain('Ningún término coincide con «zzzz»');
    expect(englishLeft(wrapper, catalogs)).to.deep.equal([]);
  });

  it('the problems notice is in Spanish (its frame; the file messages name the file and line)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <tb-glossary no-default src="/test/fixtures/glossary/broken.md"><p>Texto.</p></tb-glossary>
      </div>`
    );
    const glossary = wrapper.querySelector('tb-glossary') as TbGlossary;
    await waitUntil(() => glossary.shadowRoot!.querySelector('.problems'), 'problems shown', { timeout: 10000 });
    const text = readableTexts(glossary.shadowRoot!).join(' ');
    expect(text).to.match(/parte(s)? del glosario no se pudo|no se pudieron usar/);
    // The frame is translated; the file messages themselves (from the glossary readers) are still English.
    for (const part of glossary.shadowRoot!.querySelectorAll('.problems summary, .problems > p')) {
      expect(englishLeft(part, catalogs)).to.deep.equal([]);
    }
    await expect(glossary).to.be.accessible();
  });

  it('the problems themselves are in Spanish: a bad line, a definition too long, a collision, a missing file', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    let wrapper: HTMLElement;
    try {
      wrapper = await fixture<HTMLElement>(
        html`<div lang="es">
          <tb-glossary
            no-default
            annotate="sometimes"
            src="/test/fixtures/glossary/problems-es.md /test/fixtures/glossary/broken-es-json /test/fixtures/glossary/no-such-file.md"
            ><p>Texto.</p></tb-glossary
          >
        </div>`
      );
      const glossary = wrapper.querySelector('tb-glossary') as TbGlossary;
      if (!glossary.isReady) await oneEvent(glossary, 'tb-glossary-ready');
      await waitUntil(
        () => glossary.shadowRoot!.querySelector('.problems')?.textContent?.includes('línea'),
        'problems in Spanish',
        { timeout: 10000 }
      );
    } finally {
      console.error = original;
    }
    const glossary = wrapper.querySelector('tb-glossary') as TbGlossary;
    const items = [...glossary.shadowRoot!.querySelectorAll('.problems li')].map(li => li.textContent!.trim());
    const all = items.join('\n');
    expect(all).to.contain('«sometimes» no es una opción');
    expect(all).to.contain('problems-es.md, línea 4: «colour:» no es un campo conocido');
    expect(all).to.match(/La definición de «Huge» tiene \d+ caracteres; el máximo es 2000\. No se usó\./);
    expect(all).to.contain('«Router» ya está definido en la línea 3. Esta segunda definición no se usó.');
    expect(all).to.contain('«Router» (en «Modem») ya es un nombre de «Router», en la línea 3.');
    expect(all).to.contain(
      'broken-es-json, línea 5: Esto no es JSON válido: sobra una coma antes de «]» cerca de «]».'
    );
    expect(all).to.match(
      /no-such-file\.md: No pudimos cargar el glosario desde \S+no-such-file\.md: el servidor dice que no lo encuentra \(404\)\./
    );
    expect(items).to.have.length(7);
    // File names and term names are the glossary's own; every word around them is Spanish.
    expect(englishLeft(glossary.shadowRoot!, catalogs)).to.deep.equal([]);
    // The console is for the webmaster, in English.
    expect(errors.some(e => e.includes('problems-es.md, line 4: "colour:" is not a field we know'))).to.equal(true);
    await expect(glossary).to.be.accessible();
  });

  it('switches language when the page changes lang', async () => {
    const { glossary, term, index, wrapper } = await page('es');
    const server = [...glossary.querySelectorAll('[data-tb-term]')].find(j => j.textContent === 'Servidor')!;
    const jargon = await openBox(term);
    await waitUntil(() => server.getAttribute('aria-description') === 'explicar', 'Spanish term', { timeout: 5000 });
    wrapper.lang = 'en';
    await waitUntil(() => index.shadowRoot!.textContent!.includes('Search the glossary'), 'English index', {
      timeout: 5000
    });
    await waitUntil(() => jargon.shadowRoot!.textContent!.includes('From: Sucursal'), 'English box', { timeout: 5000 });
    expect(jargon.shadowRoot!.querySelector('button.term')!.textContent).to.contain('explain');
    // The terms not used yet follow the language too.
    await waitUntil(() => server.getAttribute('aria-description') === 'explain', 'English term', { timeout: 5000 });
    wrapper.lang = 'es';
    await waitUntil(() => index.shadowRoot!.textContent!.includes('Buscar en el glosario'), 'Spanish again', {
      timeout: 5000
    });
    await waitUntil(() => server.getAttribute('aria-description') === 'explicar', 'Spanish again', { timeout: 5000 });
  });

  for (const [name, dark] of [
    ['light', false],
    ['dark', true]
  ] as const) {
    for (const lang of ['en', 'es']) {
      it(`axe finds nothing on a ${name} page (${lang}): term, open box, index`, async () => {
        if (dark) {
          document.body.style.setProperty('background', '#1b1b1b');
          document.body.style.setProperty('color', '#eee');
        }
        const { term, index, wrapper } = await page(lang);
        await expect(wrapper).to.be.accessible();
        const jargon = await openBox(term);
        await expect(jargon).to.be.accessible();
        await expect(index).to.be.accessible();
        // Keyboard: Escape closes the box and puts focus back on the term.
        jargon.shadowRoot!.querySelector<HTMLElement>('#popover')!.focus();
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !jargon.shadowRoot!.querySelector('#popover:popover-open'), 'closed', { timeout: 5000 });
        expect(jargon.shadowRoot!.activeElement?.classList.contains('term')).to.equal(true);
      });
    }
  }
});
