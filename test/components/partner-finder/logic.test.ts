import { expect } from '@open-wc/testing';
import Papa from 'papaparse';
import { DEFAULT_CATEGORIES } from '../../../src/components/partner-finder/categories-data.js';
import { EXPORT_COLUMNS, toCsv, toVCard } from '../../../src/components/partner-finder/export.js';
import { buildIndex, search } from '../../../src/components/partner-finder/filter.js';
import { freshness } from '../../../src/components/partner-finder/freshness.js';
import { rankCategories, rankOrganizations } from '../../../src/components/partner-finder/goals.js';
import { importDirectory, importValue } from '../../../src/components/partner-finder/import/detect.js';
import { mergeDirectories } from '../../../src/components/partner-finder/merge.js';
import type { PartnerOrganization } from '../../../src/components/partner-finder/model.js';
import { mailHref, safeHref, telHref, websiteHref } from '../../../src/components/partner-finder/text.js';
import { EMPTY_STATE, readState, writeState } from '../../../src/components/partner-finder/url-state.js';

const BASE = '/test/fixtures/partner-finder/';
const content = DEFAULT_CATEGORIES;
const loadText = async (url: string) => (await fetch(url)).text();
async function load(file: string) {
  const url = new URL(`${BASE}${file}`, location.origin).href;
  return importDirectory(await loadText(url), { url, content, loadText });
}

describe('partner-finder safeHref', () => {
  it('lets only http(s), mailto and tel through', () => {
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('http://example.org')).to.equal('http://example.org/');
    expect(safeHref('mailto:a@example.org')).to.equal('mailto:a@example.org');
    expect(safeHref('tel:+15550100')).to.equal('tel:+15550100');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/relative/path',
      '//evil.example/x',
      'https://',
      '',
      undefined
    ]) {
      expect(safeHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('makes links from websites, emails and phone numbers, or nothing', () => {
    expect(websiteHref('brookhaven-health.example.org')).to.equal('https://brookhaven-health.example.org/');
    expect(websiteHref('mailto:x@example.org')).to.equal(undefined);
    expect(websiteHref('javascript:alert(1)')).to.equal(undefined);
    expect(mailHref('a@example.org')).to.equal('mailto:a@example.org');
    expect(mailHref('"><svg onload=alert(1)>@x.org')).to.equal(undefined);
    expect(telHref('(555) 010-0101', '12')).to.equal('tel:5550100101;ext=12');
    expect(telHref('javascript:alert(1)')).to.equal(undefined);
  });
});

describe('partner-finder merge', () => {
  it('merges feeds, removes duplicates by identifier, website or name + address, and keeps every source', async () => {
    const a = await load('partners.csv');
    const b = await load('partners-more.csv');
    const full = await load('hsds-sample/organization_full.json');
    const list = await load('hsds-sample/organization_list.json');
    const merged = mergeDirectories([
      { source: 'partners.csv', organizations: a.organizations },
      { source: 'partners-more.csv', organizations: b.organizations },
      { source: 'organization_full.json', organizations: full.organizations },
      { source: 'organization_list.json', organizations: list.organizations }
    ]);
    expect(merged.map(o => o.name)).to.have.members([
      'Riverside Literacy Council',
      'Brookhaven Public Health Clinic',
      'Riverside Computer Club',
      'Fairview Chamber of Commerce',
      'Café Müller Arts Collective',
      'Glenwood YWCA',
      'Example Organization Inc.'
    ]);
    const literacy = merged.find(o => o.name === 'Riverside Literacy Council')!;
    // Same website (www. and trailing slash ignored): one record, both sources, newest check wins.
    expect(literacy.sources).to.deep.equal(['partners-more.csv', 'partners.csv']);
    expect(literacy.lastVerified).to.equal('2025-08-01');
    expect(literacy.contacts[0].name).to.equal('Ana Delgado');
    expect(literacy.categories).to.include.members(['community-services', 'educational']);
    const example = merged.find(o => o.name === 'Example Organization Inc.')!;
    expect(example.sources).to.have.members(['organization_full.json', 'organization_list.json']);
    expect(new Set(merged.map(o => o.key)).size).to.equal(merged.length);
  });

  it('does not merge different organizations that share a parent website within one feed', async () => {
    const r = await load('hsds-sample/hsds-1.1-multi-org/datapackage.json');
    const merged = mergeDirectories([{ source: 'a', organizations: r.organizations }]);
    expect(merged).to.have.length(10);
  });

  it('merges same name and address from different feeds', async () => {
    const one = await importValue(
      [{ name: 'Oak Point Scouts', address: '1 Elm St', city: 'Oak Point' }],
      content,
      'one'
    );
    const two = await importValue(
      [{ name: 'OAK POINT SCOUTS', address: '1 Elm St.', city: 'Oak Point', categories: 'Youth' }],
      content,
      'two'
    );
    const merged = mergeDirectories([
      { source: 'one', organizations: one.organizations },
      { source: 'two', organizations: two.organizations }
    ]);
    expect(merged).to.have.length(1);
    expect(merged[0].categories).to.deep.equal(['youth']);
  });
});

describe('partner-finder search and facets', () => {
  let orgs: PartnerOrganization[];
  before(async () => {
    orgs = mergeDirectories([{ source: 'p', organizations: (await load('partners.csv')).organizations }]);
  });

  it('matches every word, in any field, ignoring case and accents', () => {
    const index = buildIndex(orgs, content);
    const names = (q: string) => [...search(index, { text: q }).ids].map(i => index.organizations[i].name);
    expect(names('riverside')).to.have.members(['Riverside Literacy Council', 'Riverside Computer Club']);
    expect(names('CAFE muller')).to.deep.equal(['Café Müller Arts Collective']);
    expect(names('tutors english')).to.deep.equal(['Riverside Literacy Council']);
    expect(names('health organizations')).to.deep.equal(['Brookhaven Public Health Clinic']);
    expect(names('Riverside Reads')).to.deep.equal(['Riverside Literacy Council']);
    // Narrowing while typing gives the same answer as a fresh search.
    expect(names('r')).to.have.length(5);
    expect(names('ri')).to.have.length.greaterThan(1);
    expect(names('riv')).to.have.members(['Riverside Literacy Council', 'Riverside Computer Club']);
    expect(names('')).to.have.length(5);
  });

  it('ORs within a facet, ANDs across, and counts each value as if it were ticked', () => {
    const index = buildIndex(orgs, content);
    const cityCode = (label: string) => index.facets.city.codeOf.get(label.toLowerCase())!;
    const catCode = (id: string) => index.facets.category.codeOf.get(id)!;
    const r = search(index, { filters: { city: ['riverside'] } });
    expect(r.ids).to.have.length(2);
    // City counts ignore the city filter itself: ticking Fairview would add 2.
    expect(r.counts.city[cityCode('Fairview')]).to.equal(2);
    expect(r.counts.city[cityCode('Riverside')]).to.equal(2);
    // Category counts respect the city filter.
    expect(r.counts.category[catCode('technology')]).to.equal(1);
    expect(r.counts.category[catCode('health')]).to.equal(0);
    const or = search(index, { filters: { city: ['riverside', 'fairview'] } });
    expect(or.ids).to.have.length(4);
    const and = search(index, { filters: { city: ['riverside'], category: ['technology'] } });
    expect([...and.ids].map(i => index.organizations[i].name)).to.deep.equal(['Riverside Computer Club']);
    expect(and.counts.category[catCode('educational')]).to.equal(1);
    const none = search(index, { filters: { city: ['nowhere'] } });
    expect(none.ids).to.have.length(0);
  });

  it('with nothing typed or ticked gives every organization in order and counts that match a count by hand', () => {
    const index = buildIndex(orgs, content);
    for (const sort of ['name', 'verified', 'relevance'] as const) {
      const r = search(index, { sort });
      expect([...r.ids]).to.deep.equal([...(sort === 'verified' ? index.byVerified : index.byName)]);
      for (const [id, facet] of Object.entries(index.facets)) {
        const byHand = new Array<number>(facet.values.length).fill(0);
        for (let i = 0; i < orgs.length; i++)
          for (let k = facet.offsets[i]; k < facet.offsets[i + 1]; k++) byHand[facet.codes[k]]++;
        expect([...r.counts[id as keyof typeof r.counts]], id).to.deep.equal(byHand);
      }
      // The counts are the result's own: changing them leaves the index's totals alone.
      r.counts.city[0]++;
      expect(index.facets.city.totals[0]).to.equal(search(index, {}).counts.city[0]);
    }
  });

  it('sorts by name, by most recently checked, and by best match', () => {
    const index = buildIndex(orgs, content);
    const order = (q: object) => [...search(index, q).ids].map(i => index.organizations[i].name);
    expect(order({ sort: 'name' })[0]).to.equal('Brookhaven Public Health Clinic');
    expect(order({ sort: 'verified' })[0]).to.equal('Riverside Literacy Council');
    expect(order({ sort: 'verified' }).at(-1)).to.equal('Café Müller Arts Collective');
    expect(order({ text: 'computer', sort: 'relevance' })[0]).to.equal('Riverside Computer Club');
  });
});

describe('partner-finder URL state', () => {
  it('round-trips and leaves other parameters alone', () => {
    const state = {
      ...EMPTY_STATE,
      q: 'health & "clinic"',
      filters: { category: ['health', 'youth'], city: ['new-york-city'] },
      sort: 'verified' as const,
      view: 'list' as const,
      org: 'brookhaven-public-health-clinic-brookhaven'
    };
    const search = writeState(state, '?page=2&pf-q=old&utm=x');
    expect(search).to.match(/^\?page=2&utm=x&/);
    expect(readState(search)).to.deep.equal(state);
    expect(readState(writeState(EMPTY_STATE, '?a=1'))).to.deep.equal(EMPTY_STATE);
    expect(readState('?pf-view=bogus&pf-sort=evil').view).to.equal('list');
    expect(readState('?x-q=a', 'x').q).to.equal('a');
  });
});

describe('partner-finder export', () => {
  it('writes CSV that parses back, and that the finder can load again', async () => {
    const orgs = (await load('partners.csv')).organizations;
    const csv = await toCsv(orgs, { publicMode: false, content });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).to.deep.equal([]);
    expect(parsed.meta.fields).to.deep.equal([...EXPORT_COLUMNS]);
    expect(parsed.data).to.have.length(5);
    expect(parsed.data[0]).to.include({
      name: 'Riverside Literacy Council',
      city: 'Riverside',
      contact_name: 'Ana Delgado'
    });
    expect(parsed.data[0].categories).to.equal(
      'Community service groups, associations and clubs; Educational organizations'
    );
    const again = await importValue(csv, content, 'export.csv');
    expect(again.warnings).to.deep.equal([]);
    expect(again.organizations.map(o => o.categories)).to.deep.equal(orgs.map(o => o.categories));
    expect(again.organizations[0].contacts[0].name).to.equal('Ana Delgado');
  });

  it('leaves people out in public mode and defuses spreadsheet formulas', async () => {
    const orgs = (await load('hostile.csv')).organizations;
    const csv = await toCsv(orgs, { publicMode: true, content });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).to.not.include('contact_name');
    expect(csv).to.not.include('<i>Person</i>');
    const formula = parsed.data.find(r => r.description === 'Formula in name')!;
    expect(formula.name.startsWith("'=")).to.equal(true);
    expect(formula.phone).to.equal('+1 555 010 1234');
    // The importer takes the guard off again.
    const back = await importValue(csv, content, 'back.csv');
    expect(back.organizations.find(o => o.description === 'Formula in name')!.name).to.match(/^=HYPERLINK/);
  });

  it('writes vCards with escaped values, people only in staff mode', async () => {
    const orgs = (await load('partners.csv')).organizations.slice(0, 2);
    const staff = toVCard(orgs, { publicMode: false, content });
    expect(staff.match(/BEGIN:VCARD/g)).to.have.length(4);
    expect(staff).to.include('FN:Ana Delgado\r\n');
    expect(staff).to.include('N:Delgado;Ana;;;');
    expect(staff).to.include('ORG:Riverside Literacy Council');
    expect(staff).to.include('NOTE:Volunteer tutors help adults learn to read\\, write and speak English.');
    for (const line of staff.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const pub = toVCard(orgs, { publicMode: true, content });
    expect(pub.match(/BEGIN:VCARD/g)).to.have.length(2);
    expect(pub).to.not.include('Ana Delgado');
  });

  it('writes only safe websites into vCards, and no control characters', async () => {
    const { organizations } = await importValue(
      [
        { name: 'Bad Link', website: 'javascript:alert(1)' },
        { name: 'Tabbed', website: 'java\tscript:alert(1)', description: 'one\ttwo\u0007' },
        { name: 'Bare Domain', website: 'www.example.org' }
      ],
      content
    );
    const cards = toVCard(organizations, { publicMode: true, content });
    expect(cards).to.not.match(/script:/);
    expect(cards).to.include('URL:https://www.example.org/\r\n');
    expect(cards.match(/^URL:/gm)).to.have.length(1);
    expect(cards).to.include('NOTE:one\ttwo\r\n');
  });
});

describe('partner-finder goals and freshness', () => {
  it('ranks categories, then organizations, with the reason', async () => {
    const cats = rankCategories('job-seekers', content);
    expect(cats[0].score).to.equal(3);
    expect(cats.map(c => c.category.id)).to.include('business');
    expect(cats[0].reason).to.match(/^Serves: job seekers; brings: /);
    const orgs = (await load('partners.csv')).organizations;
    const ranked = rankOrganizations('job-seekers', orgs, content, new Date('2025-07-01'));
    expect(ranked[0].organization.name).to.equal('Fairview Chamber of Commerce');
    expect(ranked[0].reason).to.equal('Serves: job seekers; brings: mentors, job leads');
  });

  it('says how fresh an entry is', () => {
    const now = new Date('2025-07-01T12:00:00');
    expect(freshness('2025-06-02', now)).to.include({ tone: 'fresh', label: 'Checked June 2025' });
    expect(freshness('2024-01-15', now).tone).to.equal('ageing');
    expect(freshness('2021-03-01', now)).to.include({ tone: 'stale', label: 'Not checked since March 2021' });
    expect(freshness(undefined, now).tone).to.equal('unknown');
    // A date that has not come yet is a mistake in the data, not a fresh check; tomorrow is allowed (time zones).
    expect(freshness('2031-01-01', now)).to.include({ tone: 'unknown', label: 'Check date not right' });
    const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(freshness(iso(tomorrow), now).tone).to.equal('fresh');
  });
});
