// The partner finder in Spanish: every state the other tests reach, walked against the English catalogs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/partner-finder/define.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';
import en from '../../../src/components/partner-finder/strings/en.js';
import es from '../../../src/components/partner-finder/strings/es.js';
import coreEn from '../../../src/core/strings/en.js';
import coreEs from '../../../src/core/strings/es.js';
import { getOutbox } from '../../../src/core/outbox.js';
import { englishLeft } from '../../support/language.js';
import { DEFAULT_CATEGORIES } from '../../../src/components/partner-finder/categories-data.js';
import { faultyEndpoint, setFaults } from '../../support/servers.js';

const BASE = '/test/fixtures/partner-finder/';
const $ = <T extends Element = HTMLElement>(el: TbPartnerFinder, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = (el: TbPartnerFinder, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
/**
 * The chart's names and examples and the directory's own entries are data, in English on purpose (see the class
 * JSDoc); a catalog word inside them ("Other libraries") is not English UI text left behind.
 */
let dataText = JSON.stringify(DEFAULT_CATEGORIES).toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fromData = (found: string) => {
  const key = found.slice(0, found.indexOf(': '));
  const message = (en as Record<string, unknown>)[key] ?? (coreEn as Record<string, unknown>)[key];
  const forms = typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
  const english = forms
    .flatMap(form => form.split(/\{\w+\}/).map(part => part.trim()))
    .filter(part => /[A-Za-z]{4,}/.test(part))
    .map(part => new RegExp(`(^|[^A-Za-z])${escape(part)}($|[^A-Za-z])`));
  const pieces = found
    .slice(key.length + 2)
    .split(/[,;·:()]\s*/)
    .map(piece => piece.trim());
  // Only the pieces that hold the English words count: each must be data.
  const holding = pieces.filter(piece => english.some(re => re.test(piece)));
  return holding.length > 0 && holding.every(piece => dataText.includes(piece.toLowerCase()));
};
const english = (el: TbPartnerFinder) =>
  englishLeft(el.shadowRoot!, [
    [en, es],
    [coreEn, coreEs]
  ]).filter(found => !fromData(found));
/** The view buttons, in order: list, goals, gaps, suggest (when there is somewhere to send). */
const viewButton = (el: TbPartnerFinder, i: number) => $$(el, '.views button')[i];

async function spanish(attrs: { endpoint?: string; src?: string } = {}): Promise<TbPartnerFinder> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="es">
      <tb-partner-finder src=${attrs.src ?? `${BASE}partners.csv`} endpoint=${attrs.endpoint ?? ''}></tb-partner-finder>
    </div>`
  );
  const el = wrapper.querySelector<TbPartnerFinder>('tb-partner-finder')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.cards'), 'directory did not load', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

async function check(el: TbPartnerFinder, step: string) {
  await el.updateComplete;
  expect(english(el), step).to.deep.equal([]);
  await expect(el).to.be.accessible();
}

function resetUrl() {
  history.replaceState(null, '', location.pathname);
}

describe('<tb-partner-finder> in Spanish', () => {
  before(async () => {
    const csv = await (await fetch(`${BASE}partners.csv`)).text();
    dataText += `\n${csv.toLowerCase()}\npartners.csv`;
  });
  beforeEach(async () => {
    resetUrl();
    await getOutbox().clear();
    await setFaults({ mode: 'ok' });
  });
  afterEach(resetUrl);

  it('shows the guide, results, filters, zero results, details, goals and gaps with no English left', async () => {
    const guide = await fixture<HTMLDivElement>(html`<div lang="es"><tb-partner-finder></tb-partner-finder></div>`);
    const plain = guide.querySelector<TbPartnerFinder>('tb-partner-finder')!;
    await waitUntil(() => plain.shadowRoot!.textContent!.includes('Tipos de socios'), 'no Spanish', { timeout: 10000 });
    await check(plain, 'guide');

    const el = await spanish();
    expect($(el, '#pf-count').textContent).to.include('Se muestran 5 de 5 socios');
    expect($(el, '#pf-heading').textContent!.trim()).to.equal('Encontrar socios en la comunidad');
    await check(el, 'results');

    // A filter and a search: chips, counts, and the polite announcement.
    const box = $$(el, 'input[data-facet="city"]')[0] as HTMLInputElement;
    box.click();
    const input = $<HTMLInputElement>(el, '#pf-search');
    input.value = 'riverside';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, 'details.filters summary').textContent).to.include('Filtros (1 activos)');
    const live = $(el, '[aria-live="polite"]');
    await waitUntil(() => /encontr/.test(live.textContent!), 'no Spanish announcement', { timeout: 5000 });
    await check(el, 'filtered');

    // Zero results.
    input.value = 'zzzz nothing like this';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#pf-count').textContent).to.include('Ningún socio coincide');
    await check(el, 'zero results');
    $$(el, '.chips button').at(-1)!.click();
    await el.updateComplete;

    // A partner's details, with the freshness month in Spanish.
    $$(el, '[data-org]')
      .find(b => b.textContent!.includes('Riverside Literacy'))!
      .click();
    await el.updateComplete;
    expect($(el, '.detail').textContent).to.match(/Revisado|Sin revisar/);
    expect($(el, '.detail').textContent).to.match(/de 20\d\d/);
    // Language names follow the page's language ("English; Spanish" in the data).
    expect($(el, '.detail').textContent).to.include('inglés, español');
    await check(el, 'details');
    $(el, '.detail .link').click();
    await el.updateComplete;

    // Goals, with a goal chosen.
    viewButton(el, 1).click();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#pf-goal');
    select.value = 'health-information';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '.goals .reason').textContent).to.match(/^Sirve para: /);
    await check(el, 'goals');

    // Gaps.
    viewButton(el, 2).click();
    await el.updateComplete;
    expect($(el, '.gaps').textContent).to.include('Ninguno todavía');
    await check(el, 'gaps');
  });

  it('shows data problems, merge notes, a load error, Spanish types and goals, and zero results', async function () {
    this.timeout(60000);
    for (const file of ['malformed.csv', 'merge-export.csv']) {
      dataText += `\n${(await (await fetch(`${BASE}${file}`)).text()).toLowerCase()}`;
    }
    // The address of the missing file is data too ("partner-finder" is in it).
    dataText += `\n${new URL(`${BASE}missing-file.csv`, location.href).href}`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <tb-partner-finder
          src="${BASE}malformed.csv ${BASE}merge-export.csv ${BASE}missing-file.csv"
          .partners=${'{"organizations": [ {"name": "Sin cerrar" '}
        ></tb-partner-finder>
      </div>`
    );
    const el = wrapper.querySelector<TbPartnerFinder>('tb-partner-finder')!;
    await waitUntil(
      () => el.shadowRoot!.querySelector('#pf-load-notice') && $(el, '.views button')?.textContent!.includes('Buscar'),
      'no notice',
      { timeout: 20000 }
    );
    await el.updateComplete;
    const notice = $(el, '#pf-load-notice').textContent!.replace(/\s+/g, ' ');
    // The load errors: a file that is not there, and data handed over with a typing mistake.
    expect(notice).to.include('No se pudo cargar una parte del directorio.');
    expect(notice).to.include('no hay ningún archivo en esa dirección');
    expect(notice).to.include('parece JSON, pero tiene un error de escritura');
    // The problems in the rows, each naming its file and row, and the notes.
    expect(notice).to.match(/\d+ problemas en los archivos del directorio/);
    expect(notice).to.include('malformed.csv: Fila 3: no tiene el mismo número de celdas');
    expect(notice).to.include('malformed.csv: La fila 4 no tiene nombre');
    expect(notice).to.include('«31/31/2025»');
    expect(notice).to.include('Riverside Literacy Council: 2 filas unidas: filas 2 y 3.');
    expect(notice).to.include('«Martians» no es un tipo de socio');
    await check(el, 'data problems and notes');

    // Partner types and goals in Spanish: the filters, a chosen type's chip, the cards and the details.
    const typeLabels = $$(el, 'input[data-facet="category"] + label').map(l => l.textContent!);
    expect(typeLabels.join(' ')).to.include('Organizaciones educativas');
    expect(typeLabels.join(' ')).not.to.include('Educational organizations');
    $$(el, 'input[data-facet="category"]')
      .find(b => b.nextElementSibling!.textContent!.includes('Organizaciones educativas'))!
      .click();
    await el.updateComplete;
    expect($$(el, '.chips button')[0].textContent!.replace(/\s+/g, ' ')).to.include(
      'Tipo de socio: Organizaciones educativas'
    );
    expect($(el, '.cards').textContent).to.include('Organizaciones educativas');
    await check(el, 'a type chosen');
    $$(el, '[data-org]')
      .find(b => b.textContent!.includes('Riverside Literacy'))!
      .click();
    await el.updateComplete;
    expect($(el, '.detail').textContent).to.include('Organizaciones educativas');
    expect($(el, '.detail .merge-note').textContent).to.equal('2 filas unidas: filas 2 y 3.');
    await check(el, 'details with a merge note');
    $(el, '.detail .link').click();
    await el.updateComplete;

    // Zero results with a type chosen.
    const input = $<HTMLInputElement>(el, '#pf-search');
    input.value = 'zzzz nada parecido';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#pf-count').textContent).to.include('Ningún socio coincide');
    await check(el, 'zero results with a type chosen');

    // The guide and the goal picker name types and goals in Spanish.
    viewButton(el, 1).click();
    await el.updateComplete;
    const options = [...$<HTMLSelectElement>(el, '#pf-goal').options].map(o => o.textContent!.trim());
    expect(options).to.include('Información de salud');
    expect(options).not.to.include('Health information');
    await check(el, 'goal picker');
  });

  it('says the days of opening hours from HSDS schedules in Spanish', async () => {
    const file = `${BASE}hsds-staff-fields.json`;
    dataText += `\n${(await (await fetch(file)).text()).toLowerCase()}`;
    const el = await spanish({ src: file });
    $$(el, '[data-org]')
      .find(b => b.textContent!.includes('Harbor Family Center'))!
      .click();
    await el.updateComplete;
    const detail = $(el, '.detail').textContent!.replace(/\s+/g, ' ');
    // The importer writes "Tue, Thu 15:00–18:00" and "Mon, Wed 09:00–17:00"; the days follow the page's language.
    expect(detail).to.include('Horario: mar, jue 15:00–18:00');
    expect(detail).to.include('Horario: lun, mié 09:00–17:00');
    expect(detail).not.to.match(/\b(Mon|Tue|Wed|Thu)\b/);
    await check(el, 'details with hours');
  });

  it('shows form errors, then sent, queued and refused outcomes in Spanish', async function () {
    // Two waits on the outbox: generous on a busy machine.
    this.timeout(90000);
    const endpoint = await faultyEndpoint();
    const el = await spanish({ endpoint });
    viewButton(el, 3).click();
    await el.updateComplete;
    await check(el, 'suggest form');
    $(el, 'form[part="form"] button[type="submit"]').click();
    await el.updateComplete;
    expect($(el, '#pf-suggest-errors').textContent).to.include('Escriba el nombre de la organización');
    expect($(el, '#pf-suggest-name-error').textContent).to.match(/^Error:/);
    await check(el, 'form errors');

    const fill = (name: string) => {
      $<HTMLInputElement>(el, '#pf-suggest-name').value = name;
      $<HTMLTextAreaElement>(el, '#pf-suggest-why').value = 'Talleres de computación.';
      $(el, 'form[part="form"] button[type="submit"]').click();
    };
    fill('Club de Computación');
    await waitUntil(() => el.shadowRoot!.querySelector('#pf-suggest-outcome'), 'no outcome', { timeout: 10000 });
    expect($(el, '#pf-suggest-outcome').textContent).to.include('se envió');
    await check(el, 'sent');

    await setFaults({ mode: 'down' });
    fill('Leones de Quarry Hill');
    await waitUntil(() => $(el, '#pf-suggest-outcome')?.textContent!.includes('guardada'), 'not queued', {
      timeout: 30000
    });
    await check(el, 'queued');
    await setFaults({ mode: 'ok' });
    await getOutbox().clear();

    // Refused: the endpoint does not accept a field its schema does not know.
    el.addEventListener('tb-submit', e => ((e.detail.envelope.data as Record<string, unknown>).unexpected = 1), {
      once: true
    });
    fill('Biblioteca de semillas');
    await waitUntil(() => $(el, '#pf-suggest-outcome')?.textContent!.includes('no se envió'), 'not refused', {
      timeout: 30000
    });
    expect($(el, '#pf-suggest-outcome').textContent).to.include('no lo aceptó');
    // Nothing is lost: the person can copy what they wrote and send it another way.
    expect($(el, '#pf-suggest-outcome .tb-fallbacks button').textContent).to.include('Copiar');
    await check(el, 'refused');
    await getOutbox().clear();
  });

  it('opens the correction and outreach forms in Spanish', async () => {
    const endpoint = await faultyEndpoint();
    const el = await spanish({ endpoint });
    $$(el, '[data-org]')
      .find(b => b.textContent!.includes('Brookhaven'))!
      .click();
    await el.updateComplete;
    $(el, '#pf-open-correction').click();
    await el.updateComplete;
    $(el, 'form[part="form"] button[type="submit"]').click();
    await el.updateComplete;
    expect($(el, '#pf-correction-errors').textContent).to.include('Diga qué está mal');
    await check(el, 'correction errors');
    $(el, '#pf-open-outreach').click();
    await el.updateComplete;
    $(el, 'form[part="form"] button[type="submit"]').click();
    await el.updateComplete;
    expect($(el, '#pf-outreach-errors').textContent).to.include('Escriba la fecha del contacto');
    await check(el, 'outreach errors');
  });

  it('says what is wrong with its settings in Spanish, one shape for every problem', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <tb-partner-finder
          mode="everyone"
          endpoint="ftp://example.org"
          heading-level="9"
          page-size="0"
          strings="{not json"
        ></tb-partner-finder>
      </div>`
    );
    const el = wrapper.querySelector<TbPartnerFinder>('tb-partner-finder')!;
    await waitUntil(() => viewButton(el, 0)?.textContent!.includes('Tipos de socios'), 'no Spanish', { timeout: 5000 });
    const items = $$(el, '.notice.problem li').map(li => li.textContent!.trim());
    expect(items).to.have.length(5);
    expect(items.join(' ')).to.include('"everyone"');
    await check(el, 'configuration problems');
  });

  it('switches language when lang changes at run time', async () => {
    const el = await spanish();
    expect(viewButton(el, 0).textContent!.trim()).to.equal('Buscar socios');
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => viewButton(el, 0).textContent!.trim() === 'Find partners', 'still Spanish', {
      timeout: 5000
    });
    document.documentElement.lang = 'es';
    el.parentElement!.removeAttribute('lang');
    await waitUntil(() => viewButton(el, 0).textContent!.trim() === 'Buscar socios', 'still English', {
      timeout: 5000
    });
    document.documentElement.lang = 'en';
    await waitUntil(() => viewButton(el, 0).textContent!.trim() === 'Find partners', 'still Spanish', {
      timeout: 5000
    });
  });

  it("takes the webmaster's words from the strings attribute, per language", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <tb-partner-finder
          strings='{"es": {"viewTypes": "Clases de socios"}, "guideTitle": "Socios posibles"}'
        ></tb-partner-finder>
      </div>`
    );
    const el = wrapper.querySelector<TbPartnerFinder>('tb-partner-finder')!;
    await waitUntil(() => viewButton(el, 0)?.textContent!.includes('Clases de socios'), 'no override', {
      timeout: 5000
    });
    expect($(el, '#pf-view-title').textContent).to.equal('Socios posibles');
  });
});
