import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/partner-finder/define.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';
import { indexDirectory, main, parseArgs } from '../../../src/components/partner-finder/cli/index-command.js';
import { isPrepared, readPrepared, type PreparedDirectory } from '../../../src/components/partner-finder/prepared.js';
import { finishSearchText, search } from '../../../src/components/partner-finder/filter.js';
import { pack, unpack } from '../../../src/components/partner-finder/packed.js';
import { detectFormat } from '../../../src/components/partner-finder/import/detect.js';

const BASE = new URL('/test/fixtures/partner-finder/', location.origin).href;
const io = {
  cwd: BASE,
  readText: async (url: string) => {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.text();
  }
};
const $$ = (el: TbPartnerFinder, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const blobUrl = (value: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));

async function finder(setup: { src?: string; partners?: unknown; mode?: string }) {
  const el = await fixture<TbPartnerFinder>(
    html`<tb-partner-finder
      src=${setup.src ?? ''}
      .partners=${setup.partners}
      page-size="500"
      url-state="off"
      mode=${setup.mode ?? 'staff'}
    ></tb-partner-finder>`
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.cards, .notice.problem'), 'directory did not load', {
    timeout: 15000
  });
  await el.updateComplete;
  return el;
}

/** What a person sees: cards in order, the result count, every filter with its counts. */
function seen(el: TbPartnerFinder) {
  return {
    cards: $$(el, '.cards [data-org]').map(b => b.textContent!.trim()),
    meta: $$(el, '.cards .meta').map(m => m.textContent!.trim()),
    count: el.shadowRoot!.querySelector('[role="status"].count, .result-count, #pf-count')?.textContent?.trim() ?? '',
    filters: $$(el, 'fieldset').map(f => f.textContent!.replace(/\s+/g, ' ').trim())
  };
}

async function type(el: TbPartnerFinder, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#pf-search')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function sortBy(el: TbPartnerFinder, value: string) {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#pf-sort')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const INPUT_SETS = [
  ['partners.csv'],
  ['partners.csv', 'partners-more.csv'],
  ['merge-export.csv'],
  ['records.json', 'partners.csv'],
  ['hsds-sample/organization_full.json'],
  ['hsds-sample/csv/datapackage.json'],
  ['hsds-sample/tabular.json'],
  ['hsds-staff-fields.json', 'partners.csv']
];

/** Opens the partner whose card mentions `name` in each finder, to compare their details. */
async function openIn(finders: TbPartnerFinder[], name: string) {
  for (const finderEl of finders) {
    $$(finderEl, '.cards [data-org]')
      .find(b => b.textContent!.includes(name))!
      .click();
    await finderEl.updateComplete;
  }
}

describe('techbridge-index: the prepared directory', () => {
  for (const inputs of INPUT_SETS) {
    it(`shows the same organizations, counts and order as the raw files: ${inputs.join(' + ')}`, async () => {
      const { core, errors } = await indexDirectory(inputs, io);
      expect(errors).to.deep.equal([]);
      expect(isPrepared(core)).to.equal(true);
      // Recognised by content, not by name (a .json address like any HSDS file).
      expect(detectFormat(JSON.stringify(core)).format).to.equal('prepared');
      const raw = await finder({ src: inputs.map(i => new URL(i, BASE).href).join(' ') });
      const prepared = await finder({ src: blobUrl(core) });
      expect(seen(prepared)).to.deep.equal(seen(raw));
      expect(seen(raw).cards.length).to.equal(core.count);
      for (const el of [raw, prepared]) {
        await type(el, 'e');
        await sortBy(el, 'verified');
      }
      expect(seen(prepared)).to.deep.equal(seen(raw));
      await expect(prepared).to.be.accessible();
    });
  }

  it('is compact: one list per field, numbers packed in text, lists and cities coded, details in blocks', async () => {
    const { core, warnings } = await indexDirectory(['merge-export.csv'], io);
    expect(core.format).to.equal('techbridge-directory');
    expect(core.version).to.equal(2);
    expect(core.text.name).to.have.length(core.count);
    expect(unpack(core.lists.categories.of, core.count, core.lists.categories.lists.length)).to.have.length(core.count);
    expect(unpack(core.coded.city.of, core.count, core.coded.city.values.length + 1)).to.have.length(core.count);
    // No search text is shipped: only what the fields cannot give (services' names, older wordings).
    expect(core.search.tails.length).to.be.below(core.count);
    expect('text' in core.search).to.equal(false);
    for (const order of [core.order.name, core.order.verified])
      expect([...unpack(order, core.count, core.count)!].sort((a, b) => a - b)).to.deep.equal([
        ...Array(core.count).keys()
      ]);
    expect('blocks' in core.details && core.details.blocks.every(b => typeof b === 'string')).to.equal(true);
    expect(core.warnings).to.deep.equal(warnings);
    expect(warnings.map(w => w.kind)).to.include.members(['merge', 'unknown-category']);
  });

  it('packs numbers in text and reads back only what it packed', () => {
    for (const list of [[], [0], [63], [64, 0, 4095], [262_143, 5, 262_144], [64 ** 5 - 1, 0]])
      expect([...unpack(pack(list), list.length, 64 ** 5)!]).to.deep.equal(list);
    expect(unpack(pack([5, 6]), 3, 100)).to.equal(undefined);
    expect(unpack(pack([5, 6]), 2, 6)).to.equal(undefined);
    for (const bad of ['', '0', '9abc', '2a', '1a"', '1é', 7, null, ['1a']])
      expect(unpack(bad, undefined, 100)).to.equal(undefined);
    expect(() => pack([-1])).to.throw();
    expect(() => pack([1.5])).to.throw();
  });

  it('rebuilds the search text in the page to exactly what a version 1 file ships', async () => {
    const v1 = (await (await fetch(`${BASE}prepared-v1.tbindex.json`)).json()) as { version: number };
    expect(v1.version).to.equal(1);
    const { core } = await indexDirectory(['partners.csv', 'partners-more.csv', 'hsds-staff-fields.json'], io);
    const old = readPrepared(v1, 'v1.json').index;
    const now = readPrepared(structuredClone(core), 'v2.json', { lazyDetails: true }).index;
    expect(now.searchTextPending).to.not.equal(undefined);
    finishSearchText(now);
    expect(now.searchTextPending).to.equal(undefined);
    expect(now.haystacks).to.deep.equal(old.haystacks);
    expect(now.names).to.deep.equal(old.names);
    // The tails carry what only details hold (a service's name, a merged older record's wording): found before any
    // details are copied.
    expect(core.search.tails.join(' ')).to.include('homework club');
    const harbor = now.organizations.findIndex(o => o.name === 'Harbor Family Center');
    expect(now.organizations[harbor].services).to.have.length(0);
    expect([...search(now, { text: 'homework club' }).ids]).to.deep.equal([harbor]);
  });

  it('still reads a version 1 file: the same organizations, counts, order and details as the version 2 file', async () => {
    const { core } = await indexDirectory(['partners.csv', 'partners-more.csv', 'hsds-staff-fields.json'], io);
    const v1 = await finder({ src: `${BASE}prepared-v1.tbindex.json` });
    const v2 = await finder({ src: blobUrl(core) });
    expect(seen(v1).cards.length).to.equal(core.count);
    expect(seen(v1)).to.deep.equal(seen(v2));
    for (const el of [v1, v2]) {
      await type(el, 'homework');
      await sortBy(el, 'verified');
    }
    expect(seen(v2).cards.join(' ')).to.include('Harbor Family Center');
    expect(seen(v1)).to.deep.equal(seen(v2));
    await openIn([v1, v2], 'Harbor Family Center');
    expect(v1.shadowRoot!.querySelector('.detail')!.textContent).to.include('omework');
    expect(v1.shadowRoot!.querySelector('.detail')!.textContent).to.equal(
      v2.shadowRoot!.querySelector('.detail')!.textContent
    );
    expect(await v1.exportCsv()).to.equal(await v2.exportCsv());
  });

  it('answers a search typed before the search text is rebuilt, and rebuilds it after the first results', async () => {
    const { core } = await indexDirectory(['partners.csv', 'partners-more.csv'], io);
    const raw = await finder({ src: `${BASE}partners.csv ${BASE}partners-more.csv` });
    await type(raw, 'literacy');
    // Not yet rebuilt: the search finishes the rebuilding at once.
    const index = readPrepared(structuredClone(core), 'x.json').index;
    expect(index.searchTextPending).to.not.equal(undefined);
    expect(search(index, { text: 'literacy' }).ids.length).to.be.above(0);
    expect(index.searchTextPending).to.equal(undefined);
    // In the element: typed at once after the first results, and left alone until the page has rebuilt it.
    const el = await finder({ partners: JSON.stringify(core) });
    await type(el, 'literacy');
    expect(seen(el)).to.deep.equal(seen(raw));
    const later = await finder({ partners: JSON.stringify(core) });
    const got = (later as unknown as { index: { searchTextPending?: unknown } }).index;
    await waitUntil(() => !got.searchTextPending, 'the search text was not rebuilt after the first results', {
      timeout: 10000
    });
    await type(later, 'literacy');
    expect(seen(later)).to.deep.equal(seen(raw));
  });

  it('splits a big directory into a core and detail pieces, loaded when a partner is opened', async () => {
    const { core, files } = await indexDirectory(['partners.csv', 'partners-more.csv'], io, {
      publicOnly: false,
      output: 'dir.tbindex.json',
      splitAbove: 2,
      per: 2
    });
    expect(files.map(f => f.name)).to.deep.equal(['dir.details-0.json', 'dir.details-1.json', 'dir.details-2.json']);
    expect('values' in core.details).to.equal(false);
    // Published beside the core; here each piece gets its own address.
    const served = { ...core, details: { per: 2, files: files.map(f => blobUrl(f.content)) } };
    const el = await finder({ src: blobUrl(served) });
    const raw = await finder({ src: `${BASE}partners.csv ${BASE}partners-more.csv` });
    expect(seen(el)).to.deep.equal(seen(raw));
    await openIn([el, raw], 'Brookhaven');
    const detail = el.shadowRoot!.querySelector('.detail')!;
    await waitUntil(() => detail.textContent!.includes('(555) 010-0201'), 'details did not load', { timeout: 10000 });
    expect(detail.textContent).to.equal(raw.shadowRoot!.querySelector('.detail')!.textContent);
    // An export waits for every piece.
    const csv = await el.exportCsv();
    expect(csv).to.equal(await raw.exportCsv());
    await expect(el).to.be.accessible();
  });

  it('copies the details written in the core file only when needed, to what the raw files show', async () => {
    const { core } = await indexDirectory(['partners.csv', 'partners-more.csv'], io, {
      publicOnly: false,
      output: 'dir.tbindex.json'
    });
    expect('blocks' in core.details).to.equal(true);
    // Read at once (the command line, tests) the details are there; the element leaves them for later.
    const atOnce = readPrepared(structuredClone(core), 'dir.tbindex.json');
    const later = readPrepared(structuredClone(core), 'dir.tbindex.json', { lazyDetails: true });
    expect(later.inlineDetails).to.not.equal(undefined);
    expect(later.index.organizations.some(o => o.phones.length)).to.equal(false);
    expect(atOnce.index.organizations.some(o => o.phones.length)).to.equal(true);
    for (const setup of [{ src: blobUrl(core) }, { partners: structuredClone(core) }]) {
      const raw = await finder({ src: `${BASE}partners.csv ${BASE}partners-more.csv` });
      const el = await finder(setup);
      expect(seen(el)).to.deep.equal(seen(raw));
      await openIn([el, raw], 'Brookhaven');
      const detail = el.shadowRoot!.querySelector('.detail')!;
      expect(detail.textContent).to.include('(555) 010-0201');
      expect(detail.textContent).to.equal(raw.shadowRoot!.querySelector('.detail')!.textContent);
      expect(await el.exportCsv()).to.equal(await raw.exportCsv());
      el.remove();
      raw.remove();
    }
  });

  it('a tampered prepared file gives a plain message and the element keeps working', async () => {
    const { core } = await indexDirectory(['partners.csv'], io);
    const broken = { ...core, order: { ...core.order, name: pack(new Array<number>(core.count).fill(0)) } };
    expect(() => readPrepared(broken, 'dir.tbindex.json')).to.throw(/names an organization twice/);
    const el = await finder({ partners: broken });
    const notice = el.shadowRoot!.querySelector('.notice.problem')!;
    expect(notice.textContent).to.include(
      'is a prepared directory file, but its name order names an organization twice'
    );
    const hostile = structuredClone(core);
    hostile.text.name[0] = '<img src=x onerror=alert(1)>';
    const codes = [...unpack(hostile.facets.city.codes, undefined, 1e6)!];
    codes[0] = 999;
    hostile.facets.city.codes = pack(codes);
    expect(() => readPrepared(hostile, 'x.json')).to.throw(/out of range/);
    await expect(el).to.be.accessible();
  });

  it('refuses every kind of damage to a version 2 file in plain words, and the element still works after', async () => {
    const { core } = await indexDirectory(['partners.csv', 'partners-more.csv'], io);
    const n = core.count;
    const damage: [string, (c: PreparedDirectory) => void, RegExp][] = [
      ['a packed list with a letter outside the alphabet', c => (c.order.verified = `1${'"'.repeat(n)}`), /date order/],
      ['a packed list too short', c => (c.lists.languages.of = c.lists.languages.of.slice(0, -1)), /languages/],
      [
        'a code past the end of its lists',
        c => (c.lists.tags.of = pack(new Array<number>(n).fill(99))),
        /out of range/
      ],
      [
        'an order that is not a permutation',
        c => (c.order.verified = pack([...Array(n).keys()].map(i => i >> 1))),
        /twice/
      ],
      [
        'a list of numbers instead of text',
        c => ((c.order as unknown as { name: number[] }).name = [0, 1]),
        /name order/
      ],
      ['a city code past its values', c => (c.coded.city.of = pack(new Array<number>(n).fill(50))), /city/],
      ['a city that is not text', c => ((c.coded.city.values as unknown[])[0] = { x: 1 }), /city/],
      [
        'filter counts that do not add up',
        c => (c.facets.category.per = pack([...unpack(c.facets.category.per, n, 99)!].map((v, i) => (i ? v : v + 1)))),
        /add up/
      ],
      ['a search tail out of order', c => (c.search = { at: pack([2, 1]), tails: ['a', 'b'] }), /search text/],
      [
        'details in blocks that do not match the count',
        c => ((c.details as { blocks: string[] }).blocks = []),
        /details/
      ],
      ['a count that is not a number', c => ((c as unknown as { count: string }).count = 'lots'), /count/],
      ['fields missing', c => delete (c as Partial<PreparedDirectory>).coded, /cities and dates/]
    ];
    for (const [what, harm, words] of damage) {
      const bad = structuredClone(core);
      harm(bad);
      expect(() => readPrepared(bad, 'x.json'), what).to.throw(words);
      const el = await finder({ partners: JSON.stringify(bad) });
      const notice = el.shadowRoot!.querySelector('.notice.problem');
      expect(notice?.textContent, what).to.include('is a prepared directory file, but');
      expect($$(el, '.cards [data-org]'), what).to.have.length(0);
      // The element keeps working: good data given afterwards is shown.
      el.partners = structuredClone(core);
      await el.updateComplete;
      expect($$(el, '.cards [data-org]'), what).to.have.length(n);
      el.remove();
    }
    // A block of details that is not JSON: the directory is shown; opening a partner says the details did not load.
    const badBlock = structuredClone(core);
    (badBlock.details as { blocks: string[] }).blocks[0] = '{"from":0,"count":';
    const el = await finder({ partners: badBlock });
    expect($$(el, '.cards [data-org]')).to.have.length(n);
    expect(() => readPrepared(structuredClone(badBlock), 'x.json')).to.throw(/details are not in the expected shape/);
    $$(el, '.cards [data-org]')[0].click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.match(/details are not in the expected shape|could not be loaded/);
    await expect(el).to.be.accessible();
  });

  it('--public leaves named people and personal phones out of the file', async () => {
    const { core } = await indexDirectory(['hsds-staff-fields.json', 'partners.csv'], io, {
      publicOnly: true,
      output: 'x.json'
    });
    const text = JSON.stringify(core);
    for (const person of ['Rosa Marin', 'Ana Delgado', '020-0199', '020-0177']) expect(text).not.to.include(person);
    expect(text).to.include('020-0100');
  });

  it('the command reads its options, writes the files and prints the warnings for the webmaster', async () => {
    expect(parseArgs(['a.csv', 'b.json', '-o', 'out/x.tbindex.json', '--public'])).to.deep.include({
      inputs: ['a.csv', 'b.json'],
      output: 'out/x.tbindex.json',
      publicOnly: true
    });
    expect(() => parseArgs([])).to.throw('Name at least one directory file');
    expect(() => parseArgs(['a.csv', '--per', 'lots'])).to.throw('--per needs a whole number');
    const written = new Map<string, string>();
    const out: string[] = [];
    const err: string[] = [];
    const runIo = {
      ...io,
      writeText: async (url: string, text: string) => void written.set(url, text),
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line)
    };
    expect(await main(['malformed.csv', 'merge-export.csv', '-o', 'site/dir.tbindex.json'], runIo)).to.equal(0);
    expect([...written.keys()]).to.deep.equal([`${BASE}site/dir.tbindex.json`]);
    const read = readPrepared(JSON.parse(written.get(`${BASE}site/dir.tbindex.json`)!), 'dir.tbindex.json');
    expect(read.index.organizations.length).to.be.greaterThan(1);
    expect(err.join('\n')).to.match(/problems? in the directory files/);
    expect(err.join('\n')).to.match(/malformed\.csv: Row \d+/);
    expect(out.join('\n')).to.include('2 rows merged: rows 2 and 3');
    expect(out.join('\n')).to.match(/Wrote site\/dir\.tbindex\.json: [\d,]+ organizations/);
    expect(await main(['--nope'], runIo)).to.equal(2);
    expect(await main(['no-such-file.csv'], runIo)).to.equal(1);
  });
});
