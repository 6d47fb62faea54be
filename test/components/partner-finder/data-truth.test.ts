import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/partner-finder/define.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';
import { foldedValues } from '../../../src/components/partner-finder/partner-finder.js';
import { DEFAULT_CATEGORIES } from '../../../src/components/partner-finder/categories-data.js';
import { importDirectory, importValue } from '../../../src/components/partner-finder/import/detect.js';
import { buildIndex, search } from '../../../src/components/partner-finder/filter.js';
import { mergeDirectories, mergeNote } from '../../../src/components/partner-finder/merge.js';
import { directoryText } from '../../../src/components/partner-finder/directory-words.js';
import { isPersonalPhone, publicCopy } from '../../../src/components/partner-finder/privacy.js';
import { isoDate } from '../../../src/components/partner-finder/text.js';
import { toCsv, toVCard } from '../../../src/components/partner-finder/export.js';

const BASE = new URL('/test/fixtures/partner-finder/', location.origin).href;
const loadText = async (url: string) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.text();
};
const load = async (name: string) =>
  importDirectory(await loadText(`${BASE}${name}`), { url: `${BASE}${name}`, content: DEFAULT_CATEGORIES, loadText });
const $ = <T extends Element = HTMLElement>(el: TbPartnerFinder, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const $$ = (el: TbPartnerFinder, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];

async function finder(src: string, mode = 'staff') {
  const el = await fixture<TbPartnerFinder>(
    html`<tb-partner-finder src=${src} mode=${mode} url-state="off"></tb-partner-finder>`
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.cards, .notice.problem'), 'directory did not load', {
    timeout: 10000
  });
  await el.updateComplete;
  return el;
}

async function openPartner(el: TbPartnerFinder, name: string) {
  $$(el, '.cards [data-org]')
    .find(b => b.textContent!.includes(name))!
    .click();
  await el.updateComplete;
  return $(el, '.detail');
}

describe('partner-finder data: merging', () => {
  it('newest checked record wins field by field; older wording stays searchable; the merge is shown', async () => {
    const r = await load('merge-export.csv');
    const [org] = mergeDirectories([{ source: 'merge-export.csv', organizations: r.organizations }]);
    // Row 3 was checked 14/03/2026 (a day-first date), row 2 in 2024: row 3 leads, though row 2's text is longer.
    expect(org.lastVerified).to.equal('2026-03-14');
    expect(org.description).to.equal('Adult reading tutors, ESL conversation circles');
    expect(org.website).to.equal('https://riverside-literacy.example.org/new');
    expect(org.email).to.equal('info@riverside-literacy.example.org');
    expect(org.older).to.include(r.organizations[0].description);
    expect(org.older).to.include('old@riverside-literacy.example.org');
    expect(mergeNote(org)).to.deep.equal({ code: 'merged-rows', params: { count: 2, rows: ['2', '3'] } });
    expect(directoryText(mergeNote(org)!)).to.equal('2 rows merged: rows 2 and 3.');
    const index = buildIndex(
      mergeDirectories([{ source: 'x', organizations: (await load('merge-export.csv')).organizations }]),
      DEFAULT_CATEGORIES
    );
    // Both wordings find it.
    for (const words of ['tutors', 'summer reading program']) {
      const found = search(index, { text: words });
      expect(
        [...found.ids].map(i => index.organizations[i].name),
        words
      ).to.deep.equal(['Riverside Literacy Council']);
    }
  });

  it('shows the merge, the newest text beside the newest date, and the note to staff', async () => {
    const el = await finder(`${BASE}merge-export.csv`);
    const detail = await openPartner(el, 'Riverside Literacy Council');
    expect(detail.textContent).to.include('Adult reading tutors, ESL conversation circles');
    expect(detail.querySelector('.description')!.textContent).not.to.include('summer reading');
    expect(detail.querySelector('.merge-note')!.textContent).to.equal('2 rows merged: rows 2 and 3.');
    expect(detail.textContent).to.include('Earlier details');
    const notice = $(el, '#pf-load-notice');
    expect(notice.textContent).to.include('2 rows merged: rows 2 and 3');
    // "Martians" is no partner type: reported, and kept as a tag.
    expect(notice.textContent).to.include('"Martians" is not a partner type');
    await expect(el).to.be.accessible();
  });
});

describe('partner-finder data: records, dates and unknown fields', () => {
  it('accepts a singular "category" and other column spellings in records, and warns about unknown fields', async () => {
    const r = await importValue(
      [
        { name: 'Sunrise Clinic', category: 'Health', Town: 'Oak Point', colour: 'blue' },
        { Organization: 'Brook Youth Club', category: 'Youth', lastVerified: '2025-04-01', flavour: 'x' }
      ],
      DEFAULT_CATEGORIES
    );
    expect(r.organizations.map(o => o.categories)).to.deep.equal([['health'], ['youth']]);
    expect(r.organizations[0].city).to.equal('Oak Point');
    expect(r.organizations[1].name).to.equal('Brook Youth Club');
    expect(r.organizations[1].lastVerified).to.equal('2025-04-01');
    const unknown = r.warnings.find(w => w.code === 'unknown-fields');
    expect(unknown?.params?.fields).to.include.members(['colour', 'flavour']);
  });

  it('reads unambiguous day-first dates and keeps US dates', () => {
    expect(isoDate('14/02/2026')).to.equal('2026-02-14');
    expect(isoDate('14.02.2026')).to.equal('2026-02-14');
    expect(isoDate('3/14/2025')).to.equal('2025-03-14');
    expect(isoDate('31/02/2026')).to.equal(undefined);
  });
});

describe('partner-finder data: HSDS status and the fields staff need', () => {
  it('leaves out closed organizations and inactive services, which no longer decide the type', async () => {
    const r = await load('hsds-staff-fields.json');
    expect(r.organizations.map(o => o.name)).to.deep.equal(['Harbor Family Center']);
    const [org] = r.organizations;
    expect(org.services.map(s => s.name)).to.deep.equal(['Teen homework club']);
    expect(org.categories).not.to.include('legal');
    expect(r.warnings.map(w => [w.code, w.params])).to.deep.include.members([
      ['org-closed', { name: 'Old Mill Seniors', status: 'defunct' }],
      ['service-closed', { org: 'Harbor Family Center', service: 'Legal aid clinic', status: 'inactive' }]
    ]);
    expect(r.warnings.map(w => directoryText(w))).to.include.members([
      'Old Mill Seniors is marked as closed ("defunct"), so it is not listed.',
      `Harbor Family Center: the service "Legal aid clinic" is marked "inactive", so it is not shown and does not count towards the partner's types.`
    ]);
  });

  it('keeps services, locations, ages, identifiers and region, and offers an ages filter', async () => {
    const [org] = (await load('hsds-staff-fields.json')).organizations;
    const [service] = org.services;
    expect(service).to.deep.include({
      website: 'https://harbor-family.example.org/homework',
      email: 'homework@harbor-family.example.org',
      eligibility: 'Students at harbor schools',
      minAge: 13,
      maxAge: 17,
      alert: 'Closed during spring break',
      interpretation: 'Spanish and Tagalog on request',
      program: 'After School',
      schedule: 'Tue, Thu 15:00–18:00'
    });
    expect(org.locations).to.deep.equal([
      { name: 'Harbor Annex', accessibility: ['Step-free entrance: Ramp on Pier Rd'], schedule: 'Mon, Wed 09:00–17:00' }
    ]);
    expect(org.ageGroups).to.deep.equal(['teens']);
    expect(org.identifiers).to.deep.equal(['Employer number: 12-3456789']);
    expect(org.address?.region).to.equal('Bay County');

    const el = await finder(`${BASE}hsds-staff-fields.json`);
    const ages = $$(el, 'fieldset').find(f => f.querySelector('legend')!.textContent === 'Ages served')!;
    expect(ages.textContent).to.include('Teens (13 to 17)');
    const detail = await openPartner(el, 'Harbor Family Center');
    for (const text of [
      'Who can use it: Students at harbor schools',
      'Ages: Ages 13 to 17',
      'Hours: Tue, Thu 15:00–18:00',
      'Notice: Closed during spring break',
      'Interpretation: Spanish and Tagalog on request',
      'Harbor Annex',
      'Accessibility: Step-free entrance: Ramp on Pier Rd',
      'Employer number: 12-3456789'
    ])
      expect(detail.textContent!.replace(/\s+/g, ' '), text).to.include(text);
    await expect(el).to.be.accessible();
  });
});

describe('partner-finder data: public mode', () => {
  it('tells a person’s phone from the organization’s', () => {
    expect(isPersonalPhone({ type: 'cell', description: 'Managers number at weekends' })).to.equal(true);
    expect(isPersonalPhone({ type: 'voice', description: "Maria's direct line" })).to.equal(true);
    expect(isPersonalPhone({ type: 'voice' }, true)).to.equal(true);
    expect(isPersonalPhone({ type: 'cell' })).to.equal(true);
    expect(isPersonalPhone({ type: 'cell', description: 'Main office line' })).to.equal(false);
    expect(isPersonalPhone({ type: 'voice', description: 'Front desk' })).to.equal(false);
    expect(isPersonalPhone({})).to.equal(false);
  });

  it('shows only the organization’s own phones and no people, on screen and in exports', async () => {
    const r = await load('hsds-staff-fields.json');
    const [org] = r.organizations;
    expect(org.phones.map(p => [p.number, !!p.personal])).to.deep.equal([
      ['(555) 020-0100', false],
      ['(555) 020-0199', true],
      ['(555) 020-0177', true]
    ]);
    expect(publicCopy(org).phones.map(p => p.number)).to.deep.equal(['(555) 020-0100']);
    const options = { publicMode: true, content: DEFAULT_CATEGORIES };
    for (const text of [await toCsv([org], options), toVCard([org], options)]) {
      expect(text).to.include('020-0100');
      expect(text).not.to.include('020-0199');
      expect(text).not.to.include('020-0177');
      expect(text).not.to.include('Rosa');
    }
    const el = await finder(`${BASE}hsds-staff-fields.json`, 'public');
    const detail = await openPartner(el, 'Harbor Family Center');
    expect(detail.textContent).to.include('(555) 020-0100');
    expect(detail.textContent).not.to.include('020-0199');
    expect(detail.textContent).not.to.include('020-0177');
    expect(detail.textContent).not.to.include('Rosa');
    await expect(el).to.be.accessible();
  });

  it('keeps data warnings from public visitors and logs them for the webmaster', async () => {
    const logged: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      const el = await finder(`${BASE}malformed.csv`, 'public');
      expect(el.shadowRoot!.querySelector('#pf-load-notice')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.include('problem');
      expect(logged.join('\n')).to.match(/malformed\.csv: Row \d+/);
      await expect(el).to.be.accessible();
      const staff = await finder(`${BASE}malformed.csv`, 'staff');
      expect($(staff, '#pf-load-notice').textContent).to.include('in the directory files');
    } finally {
      console.warn = original;
    }
  });
});

describe('partner-finder data: filters and forms', () => {
  it('a folded filter list never hides a value with the same count as one it shows', () => {
    const values = [5, 4, 3, 3, 3, 2, 2, 2, 2, 2, 1, 1].map((count, code) => ({ count, code, on: false }));
    const shown = foldedValues(values, 8);
    // 8 would cut the run of 2s in the middle: all five 2s are shown, the 1s are folded.
    expect(shown.map(v => v.count)).to.deep.equal([5, 4, 3, 3, 3, 2, 2, 2, 2, 2]);
    const hidden = values.filter(v => !shown.includes(v));
    expect(Math.max(...hidden.map(v => v.count))).to.be.below(Math.min(...shown.map(v => v.count)));
  });

  it('error summary links are at least 24 px high', async () => {
    const el = await fixture<TbPartnerFinder>(
      html`<tb-partner-finder
        src="${BASE}partners.csv"
        endpoint="/api/submissions"
        url-state="off"
      ></tb-partner-finder>`
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.cards'), 'no cards', { timeout: 10000 });
    $$(el, '.views button')
      .find(b => b.textContent!.includes('Suggest'))!
      .click();
    await el.updateComplete;
    $<HTMLFormElement>(el, 'form[part="form"]').requestSubmit();
    await el.updateComplete;
    const links = $$(el, '.error-summary a');
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) expect(a.getBoundingClientRect().height).to.be.at.least(24);
    await expect(el).to.be.accessible();
  });
});
