import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/partner-finder/define.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';
import { indexDirectory, main, parseArgs } from '../../../src/components/partner-finder/cli/index-command.js';
import { isPrepared, readPrepared } from '../../../src/components/partner-finder/prepared.js';
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

  it('is compact: one list per field, lists coded, search text, filter totals, both orders and the warnings', async () => {
    const { core, warnings } = await indexDirectory(['merge-export.csv'], io);
    expect(core.format).to.equal('techbridge-directory');
    expect(core.version).to.equal(1);
    expect(core.text.name).to.have.length(core.count);
    expect(core.lists.categories.of).to.have.length(core.count);
    expect(core.search.text).to.have.length(core.count);
    expect(core.order.name).to.have.length(core.count);
    expect(core.order.verified).to.have.length(core.count);
    expect(core.facets.category.totals.reduce((a, b) => a + b, 0)).to.be.greaterThan(0);
    expect(core.warnings).to.deep.equal(warnings);
    expect(warnings.map(w => w.kind)).to.include.members(['merge', 'unknown-category']);
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
    expect('values' in core.details).to.equal(true);
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
    const broken = { ...core, order: { ...core.order, name: core.order.name.map(() => 0) } };
    expect(() => readPrepared(broken, 'dir.tbindex.json')).to.throw(/names an organization twice/);
    const el = await finder({ partners: broken });
    const notice = el.shadowRoot!.querySelector('.notice.problem')!;
    expect(notice.textContent).to.include(
      'is a prepared directory file, but its name order names an organization twice'
    );
    const hostile = structuredClone(core);
    hostile.text.name[0] = '<img src=x onerror=alert(1)>';
    hostile.facets.city.codes[0] = 999;
    expect(() => readPrepared(hostile, 'x.json')).to.throw(/out of range/);
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
