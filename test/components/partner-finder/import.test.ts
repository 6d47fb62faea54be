import { expect } from '@open-wc/testing';
import { DEFAULT_CATEGORIES } from '../../../src/components/partner-finder/categories-data.js';
import {
  DirectoryError,
  detectFormat,
  importDirectory,
  importValue
} from '../../../src/components/partner-finder/import/detect.js';
import { buildIndex } from '../../../src/components/partner-finder/filter.js';
import { mergeDirectories } from '../../../src/components/partner-finder/merge.js';
import { parseTable } from '../../../src/components/partner-finder/import/hsds-tabular.js';
import type { ImportResult, ImportWarning, PartnerOrganization } from '../../../src/components/partner-finder/model.js';
import { websiteHref } from '../../../src/components/partner-finder/text.js';
import { warningLine } from '../../../src/components/partner-finder/directory-words.js';

const BASE = new URL('/test/fixtures/partner-finder/', location.origin).href;
const SAMPLE = `${BASE}hsds-sample/`;
const loadText = async (url: string) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.text();
};
const load = async (url: string): Promise<ImportResult> =>
  importDirectory(await loadText(url), { url, content: DEFAULT_CATEGORIES, loadText });

describe('partner-finder import: the shared HSDS samples', () => {
  it('reads HSDS 3.0 organization_full.json with contacts, phones, location and languages', async () => {
    const r = await load(`${SAMPLE}organization_full.json`);
    expect(r.format).to.equal('hsds-json');
    expect(r.organizations).to.have.length(1);
    const o = r.organizations[0];
    expect(o.name).to.equal('Example Organization Inc.');
    expect(o.aliases).to.include('Example Org');
    expect(o.ids).to.include('d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
    expect(o.ids).to.include('GB-COH:1234567');
    expect(o.website).to.equal('http://example.com');
    expect(o.city).to.equal('MyCity');
    expect(o.address?.attention).to.equal('A. Persona');
    expect(o.contacts.map(c => c.name)).to.deep.equal(['Ann Persona']);
    expect(o.phones[0].number).to.equal('+44 1234 234567');
    expect(o.languages).to.include('Urdu');
    expect(o.services.map(s => s.name)).to.include('Community Counselling');
    expect(o.categories).to.include('health');
    expect(o.lastVerified).to.equal('2023-03-15');
  });

  it('reads API pages (organization_list, service_list) and services with their organization', async () => {
    for (const file of [
      'organization_list.json',
      'service_list.json',
      'service_full.json',
      'service_at_location_full.json'
    ]) {
      const r = await load(`${SAMPLE}${file}`);
      expect(
        r.organizations.map(o => o.name),
        file
      ).to.deep.equal(['Example Organization Inc.']);
    }
  });

  it('skips files that hold no organizations with a plain warning or message', async () => {
    const terms = await load(`${SAMPLE}taxonomy_term_list.json`);
    expect(terms.organizations).to.have.length(0);
    expect(terms.warnings[0]).to.deep.include({ code: 'item-taxonomy', params: { item: 1 } });
    let error: unknown;
    try {
      await load(`${SAMPLE}base.json`);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(DirectoryError);
    expect(error).to.deep.include({ code: 'service-description-only', params: { file: 'base.json' } });
    expect((error as Error).message).to.match(/base\.json.*lists no organizations/);
  });

  it('reads the HSDS 3.0 tabular package (datapackage.json + CSVs) and warns about each dangling reference by file and row', async () => {
    const r = await load(`${SAMPLE}csv/datapackage.json`);
    expect(r.format).to.equal('hsds-tabular');
    expect(r.organizations).to.have.length(1);
    const o = r.organizations[0];
    expect(o.name).to.equal('Example Organization Inc.');
    expect(o.city).to.equal('MyCity');
    expect(o.contacts.map(c => c.name)).to.deep.equal(['Ann Persona']);
    expect(o.languages).to.include('Urdu');
    const where = r.warnings.map(w => `${w.file}:${w.row}`);
    // The references SOURCE.md lists as dangling.
    expect(where).to.include.members([
      'contacts.csv:2',
      'locations.csv:2',
      'organizations.csv:2',
      'taxonomy_terms.csv:2'
    ]);
    const contacts = r.warnings.filter(w => w.file === 'contacts.csv');
    expect(
      contacts.some(
        w =>
          w.code === 'broken-link' &&
          w.params!.column === 'organization_id' &&
          /^ae67a707-/.test(String(w.params!.value))
      )
    ).to.equal(true);
    expect(r.warnings.find(w => w.file === 'locations.csv')).to.deep.include({ code: 'broken-link' });
    expect(r.warnings.find(w => w.file === 'locations.csv')!.params!.value).to.equal(
      '985e4a42-bd9f-4edc-911d-0243a4640aca'
    );
  });

  it('reads HSDS tabular JSON (tabular.json) the same way', async () => {
    const r = await load(`${SAMPLE}tabular.json`);
    expect(r.format).to.equal('hsds-tabular');
    expect(r.organizations[0].name).to.equal('Example Organization Inc.');
    expect(r.warnings.some(w => /contacts\.csv/.test(w.file))).to.equal(true);
  });

  it('reads the 10-organization HSDS 1.1 package (old table names) with addresses, phones and languages', async () => {
    const r = await load(`${SAMPLE}hsds-1.1-multi-org/datapackage.json`);
    expect(r.organizations).to.have.length(10);
    const sanctuary = r.organizations.find(o => o.name === 'Sanctuary Example City')!;
    expect(sanctuary.city).to.equal('New York City');
    expect(sanctuary.languages).to.include.members(['English', 'Spanish']);
    expect(sanctuary.contacts[0].name).to.equal('Contact 1');
    expect(sanctuary.audiences).to.include('adult');
    const cross = r.organizations.find(o => o.name === 'Example Cross Trust')!;
    expect(cross.aliases).to.include('The Cross Trust');
    expect(cross.phones.length).to.be.greaterThan(0);
    const silvers = r.organizations.find(o => o.name === 'Example City Silvers')!;
    expect(silvers.description).to.not.include('<li>');
    expect(silvers.description).to.include('• Personal Care');
    expect(silvers.categories).to.include('seniors');
  });
});

describe('partner-finder import: simple CSV', () => {
  it('reads every documented column', async () => {
    const r = await load(`${BASE}partners.csv`);
    expect(r.format).to.equal('csv');
    expect(r.warnings).to.deep.equal([]);
    expect(r.organizations).to.have.length(5);
    const lit = r.organizations[0];
    expect(lit).to.include({ name: 'Riverside Literacy Council', city: 'Riverside', lastVerified: '2025-06-02' });
    expect(lit.categories).to.deep.equal(['community-services', 'educational']);
    expect(lit.statedGoals).to.include('literacy');
    expect(lit.aliases).to.deep.equal(['Riverside Reads']);
    expect(lit.languages).to.deep.equal(['English', 'Spanish']);
    expect(lit.audiences).to.deep.equal(['Adults', 'New immigrants']);
    expect(lit.brings).to.deep.equal(['Volunteer tutors']);
    expect(lit.contacts[0]).to.deep.include({ name: 'Ana Delgado', email: 'ana@riverside-literacy.example.org' });
    // "Arts groups" matches a keyword of the cultural category; unknown words stay as tags.
    expect(r.organizations[4].categories).to.deep.equal(['cultural']);
  });

  it('loads the valid rows of a malformed file and names the file and row of each problem', async () => {
    const r = await load(`${BASE}malformed.csv`);
    expect(r.organizations.map(o => o.name)).to.deep.equal(['Good Row One', 'Good Row Two']);
    const rows = r.warnings.map(w => [w.file, w.row]);
    expect(rows).to.deep.include(['malformed.csv', 3]);
    expect(rows).to.deep.include(['malformed.csv', 4]);
    expect(rows).to.deep.include(['malformed.csv', 5]);
    expect(r.warnings.find(w => w.row === 3)).to.deep.include({ code: 'csv-cell-count' });
    expect(r.warnings.find(w => w.row === 4)).to.deep.include({ code: 'row-no-name', params: { row: 4 } });
    expect(r.warnings.find(w => w.row === 5)).to.deep.include({ code: 'bad-date' });
    expect(r.warnings.find(w => w.row === 5)!.params!.date).to.equal('31/31/2025');
  });

  it('blames a bad quote on its own row, once, and keeps the rows after it', async () => {
    const r = await importValue(
      'name,city\nAlpha,Oak\n"Bravo "Broken" Quote",Oak\nCharlie,Oak\nDelta,Oak\n',
      DEFAULT_CATEGORIES,
      'quotes.csv'
    );
    expect(r.organizations.map(o => o.name)).to.deep.equal(['Alpha', 'Charlie', 'Delta']);
    expect(r.warnings).to.have.length(1);
    expect(r.warnings[0]).to.include({ file: 'quotes.csv', row: 3 });
    expect(r.warnings[0]).to.deep.include({ code: 'csv-invalid-quotes', params: { row: 3 } });
  });

  it('numbers rows as a spreadsheet does, blank rows included', async () => {
    const r = await importValue(
      'name,city\nAlpha,Oak\n\nBravo,Oak,extra\n\n\n,Oak\nCharlie,Oak\n',
      DEFAULT_CATEGORIES,
      'gaps.csv'
    );
    expect(r.organizations.map(o => o.name)).to.deep.equal(['Alpha', 'Charlie']);
    expect(r.warnings.map(w => [w.row, w.code, w.params?.row])).to.deep.equal([
      [4, 'csv-cell-count', 4],
      [7, 'row-no-name', 7]
    ]);
  });

  it('blames a bad quote in a CSV of an HSDS package on its own row, counting blank rows', async () => {
    const warnings: ImportWarning[] = [];
    const table = await parseTable(
      'id,name\n1,Alpha\n\n2,"Bravo "Broken" Q"\n3,Charlie\n4,Delta,x\n',
      'organizations.csv',
      warnings
    );
    expect(table.rows.map(row => row.name)).to.deep.equal(['Alpha', 'Charlie']);
    expect(table.lines).to.deep.equal([2, 5]);
    expect(warnings.map(w => [w.file, w.row])).to.deep.equal([
      ['organizations.csv', 4],
      ['organizations.csv', 6]
    ]);
    expect(warnings.map(w => w.code)).to.deep.equal(['csv-invalid-quotes', 'csv-cell-count']);
  });

  it('reports a check date that has not come yet and shows the row without it', async () => {
    const r = await importValue(
      'name,last_verified\nAlpha,2999-01-01\nBravo,2024-05-01\n',
      DEFAULT_CATEGORIES,
      'dates.csv'
    );
    expect(r.organizations.map(o => o.lastVerified)).to.deep.equal([undefined, '2024-05-01']);
    expect(r.warnings).to.have.length(1);
    expect(r.warnings[0]).to.include({ file: 'dates.csv', row: 2 });
    expect(r.warnings[0]).to.deep.include({
      code: 'future-date',
      params: { row: 2, name: 'Alpha', date: '2999-01-01' }
    });
    expect(warningLine(r.warnings[0])).to.match(
      /^dates\.csv: Row 2 \(Alpha\): the date it was checked, 2999-01-01, has not come yet/
    );
  });

  it('refuses a CSV without a name column with a message that says what to fix', async () => {
    let error: unknown;
    try {
      await importValue('title,city\nA,B\n', DEFAULT_CATEGORIES, 'odd.csv');
    } catch (e) {
      error = e;
    }
    expect(error).to.deep.include({ code: 'csv-no-name-column', params: { file: 'odd.csv' } });
    expect((error as Error).message).to.match(/odd\.csv has no "name" column/);
  });

  it('detects the format from the content, not the file name', () => {
    expect(detectFormat('name,city\nA,B').format).to.equal('csv');
    expect(detectFormat('{"resources":[{"path":"organizations.csv"}]}').format).to.equal('datapackage');
    expect(detectFormat('{"organizations.csv":[]}').format).to.equal('hsds-tabular-json');
    expect(detectFormat('[{"name":"A"}]').format).to.equal('hsds-json');
  });

  it('reads plain records handed over as a property', async () => {
    const r = await importValue([{ name: 'A Club', categories: ['Youth'], city: 'Oak Point' }], DEFAULT_CATEGORIES);
    expect(r.format).to.equal('records');
    expect(r.organizations[0]).to.deep.include({ name: 'A Club', city: 'Oak Point', categories: ['youth'] });
  });

  it('takes organizations already in its own shape as they are (from tb-partner-select, or prepared ahead)', async () => {
    const sources = [
      { source: 'partners.csv', organizations: (await load(`${BASE}partners.csv`)).organizations },
      {
        source: 'organization_full.json',
        organizations: (await load(`${SAMPLE}organization_full.json`)).organizations
      },
      { source: 'partners-more.csv', organizations: (await load(`${BASE}partners-more.csv`)).organizations }
    ];
    const first = mergeDirectories(sources);
    // What a page could hand back: plain data, as after JSON or postMessage.
    const again = await importValue(JSON.parse(JSON.stringify(first)), DEFAULT_CATEGORIES);
    expect(again.format).to.equal('organizations');
    expect(again.warnings).to.deep.equal([]);
    const second = mergeDirectories([{ source: 'partners property', organizations: again.organizations }]);
    // The same organizations, keys and all: nothing worked out again, nothing lost (cities, audiences, dates …).
    expect(JSON.parse(JSON.stringify(second))).to.deep.equal(JSON.parse(JSON.stringify(first)));
    const facets = (orgs: PartnerOrganization[]) =>
      Object.values(buildIndex(orgs, DEFAULT_CATEGORIES).facets).map(f => [f.id, f.values, [...f.totals]]);
    expect(facets(second)).to.deep.equal(facets(first));
  });

  it('checks every field of an organization handed over in its own shape', async () => {
    const r = await importValue(
      [
        {
          key: 'x',
          name: ' <script>alert(1)</script> ',
          ids: ['A-1', 7, null],
          aliases: 'not a list',
          description: { html: '<b>x</b>' },
          website: 'javascript:alert(1)',
          phones: [{ number: '555-0101' }, 'junk', { number: '' }],
          address: { street: '1 Main St', city: 42 },
          categories: ['health', 'made-up', { id: 'youth' }],
          goals: ['literacy', 'no-such-goal'],
          statedGoals: ['literacy'],
          contacts: [{ name: 'Ana', email: 'ana@example.org', phones: 'x' }, { title: 'no name' }],
          services: [{ name: 'Tutoring' }, {}],
          lastVerified: '2025-02-30',
          sources: []
        },
        { name: '', statedGoals: [], sources: [], categories: [] }
      ],
      DEFAULT_CATEGORIES,
      'handed over'
    );
    expect(r.organizations).to.have.length(1);
    expect(r.warnings.map(w => [w.code, w.params])).to.deep.equal([['item-no-name', { item: 2 }]]);
    const o = r.organizations[0];
    expect(o).to.deep.include({
      key: '',
      name: '<script>alert(1)</script>',
      ids: ['A-1'],
      aliases: [],
      description: '',
      website: 'javascript:alert(1)',
      phones: [{ number: '555-0101', type: undefined, extension: undefined, description: undefined }],
      // Numbers are read as text, as in plain records.
      city: '42',
      categories: ['health'],
      tags: ['made-up'],
      goals: ['literacy'],
      statedGoals: ['literacy'],
      services: [{ name: 'Tutoring', description: undefined }],
      lastVerified: undefined,
      sources: ['handed over']
    });
    expect(o.address?.street).to.equal('1 Main St');
    expect(o.contacts.map(c => [c.name, c.email, c.phones])).to.deep.equal([['Ana', 'ana@example.org', []]]);
    // Shown as text, never as a link: the one gate for links still decides (text.ts safeHref / websiteHref).
    expect(websiteHref(o.website)).to.equal(undefined);
  });
});

describe('partner-finder default content', () => {
  it('the chart module equals src/content/partner-categories.json', async () => {
    const json = await (await fetch('/src/content/partner-categories.json')).json();
    delete json.$comment;
    expect(DEFAULT_CATEGORIES).to.deep.equal(json);
  });

  it('has every chart category with examples, brings, needs and valid goals', () => {
    const goals = new Set(DEFAULT_CATEGORIES.goals.map(g => g.id));
    expect(DEFAULT_CATEGORIES.categories).to.have.length(19);
    expect(goals.size).to.equal(11);
    for (const c of DEFAULT_CATEGORIES.categories) {
      expect(c.examples.length, c.id).to.be.greaterThan(0);
      expect(c.brings.length, c.id).to.be.greaterThan(0);
      expect(c.needs.length, c.id).to.be.greaterThan(0);
      for (const g of c.goals) expect(goals.has(g), `${c.id} → ${g}`).to.equal(true);
    }
  });
});
