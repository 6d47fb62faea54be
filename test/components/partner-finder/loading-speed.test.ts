import { expect } from '@open-wc/testing';
import { DEFAULT_CATEGORIES } from '../../../src/components/partner-finder/categories-data.js';
import { classifier } from '../../../src/components/partner-finder/classify.js';
import { buildIndex, nameOrder } from '../../../src/components/partner-finder/filter.js';
import { finishPartner, uniqueText } from '../../../src/components/partner-finder/import/finish.js';
import { importValue } from '../../../src/components/partner-finder/import/detect.js';
import { mergeDirectories } from '../../../src/components/partner-finder/merge.js';
import { cleanPhone, htmlToText, isoDate, splitList } from '../../../src/components/partner-finder/text.js';
import '../../../src/components/partner-finder/define.js';
import { yieldToMain } from '../../../src/core/yield.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';

// The second round of loading work (docs/bench-partner-finder.md): each shortcut must give the answers of the
// plain way it replaces.
/** An empty finder on the page, address bar untouched; the test removes it. */
async function mountFinder(): Promise<TbPartnerFinder> {
  const el = document.createElement('tb-partner-finder') as TbPartnerFinder;
  el.setAttribute('url-state', 'off');
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('partner-finder loading shortcuts', () => {
  const content = DEFAULT_CATEGORIES;

  it('finds keywords in plain ASCII text exactly as the word-by-word scan of accented text does', () => {
    const match = classifier(content);
    const keywords = [...content.goals.flatMap(g => g.keywords), ...content.categories.flatMap(c => c.keywords)];
    // Each keyword alone, in a sentence, in capitals, with punctuation around it, and inside longer words.
    const texts = keywords.flatMap(kw => [
      kw,
      `We offer ${kw}.`,
      `(${kw.toUpperCase()}) and more`,
      `${kw.replace(/ /g, '-')}; ${kw.replace(/ /g, '  ')}`,
      `pre${kw} ${kw}s ${kw}2 2${kw}`,
      `${kw},${kw}`
    ]);
    texts.push('', ' ', '...', 'job', 'jobsite', 'Job seekers, older people and small business owners');
    // Random sentences of keyword words, filler and punctuation in mixed case (fixed seed): phrases split by
    // punctuation, words run together, phrases cut at the end of the text.
    const words = [...new Set(keywords.flatMap(kw => kw.split(/[^a-z0-9]+/)))].filter(Boolean);
    words.push('the', 'a', 'of', 'x', 'jobsite', 'artsy', '2024', 'o');
    const glue = [' ', '  ', ', ', '-', '.', "'", '/', '(', ')', '\n', ''];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) >> 8) % n;
    for (let t = 0; t < 400; t++) {
      let text = '';
      for (let w = next(12); w >= 0; w--) {
        const word = words[next(words.length)];
        text += (next(4) ? word : word.toUpperCase()) + glue[next(glue.length)];
      }
      texts.push(text);
    }
    for (const text of texts) {
      // A non-breaking space is no word, but it sends the text down the Unicode path (normalize, split, compare).
      const unicode = `${text}\u00a0`;
      expect(match.goalsIn(text), text).to.deep.equal(match.goalsIn(unicode));
      expect(match.categoriesIn(text), text).to.deep.equal(match.categoriesIn(unicode));
    }
  });

  it('orders by date checked, newest first, in name order within a date, undated last', async () => {
    const rows = [
      { name: 'Delta', last_verified: '2024-05-01' },
      { name: 'alpha', last_verified: '' },
      { name: 'Charlie', last_verified: '2025-01-09' },
      { name: 'Bravo', last_verified: '2024-05-01' },
      { name: 'Echo', last_verified: '2025-01-09' },
      { name: 'Foxtrot' },
      { name: 'Golf', last_verified: '2023-12-31' }
    ];
    const { organizations } = await importValue(rows, content, 'rows');
    const index = buildIndex(mergeDirectories([{ source: 'rows', organizations }]), content);
    const names = (order: Int32Array) => [...order].map(i => index.organizations[i].name);
    expect(names(index.byName)).to.deep.equal(['alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf']);
    expect(names(index.byVerified)).to.deep.equal(['Charlie', 'Echo', 'Bravo', 'Delta', 'Golf', 'alpha', 'Foxtrot']);
  });

  it('joins records by website only across directories, never within one', async () => {
    const shared = 'https://www.parent.example.org/';
    const one = await importValue(
      [
        { name: 'Branch North', website: shared, city: 'Oak Point' },
        { name: 'Branch South', website: 'https://south.example.org', city: 'Oak Point' }
      ],
      content,
      'one'
    );
    expect(mergeDirectories([{ source: 'one', organizations: one.organizations }])).to.have.length(2);
    const two = await importValue([{ name: 'South branch office', website: 'south.example.org/' }], content, 'two');
    const merged = mergeDirectories([
      { source: 'one', organizations: one.organizations },
      { source: 'two', organizations: two.organizations }
    ]);
    expect(merged.map(o => [o.name, o.sources])).to.deep.equal([
      ['Branch North', ['one']],
      ['Branch South', ['one', 'two']]
    ]);
  });

  it('removes repeats without case in short and long lists, keeping the first spelling', () => {
    expect(uniqueText(['English', ' english ', 'Spanish', '', undefined, 'SPANISH'])).to.deep.equal([
      'English',
      'Spanish'
    ]);
    const long = Array.from({ length: 20 }, (_, i) => (i % 2 ? `Item ${i % 5}` : `ITEM ${i % 5}`));
    expect(uniqueText(long)).to.deep.equal(['ITEM 0', 'Item 1', 'ITEM 2', 'Item 3', 'ITEM 4']);
    expect(uniqueText(new Set(['a', 'A', 'b']))).to.deep.equal(['a', 'b']);
  });

  // Third round: flat rows read once per distinct cell, the name + address key only for repeated names, and the
  // name order by buckets. Each must give what the plain way gives.
  const messyRows: Record<string, string>[] = [
    { id: 'A-1', name: 'Riverside Clinic', categories: 'Health; youth | Arts', description: 'Free clinic for teens.' },
    { id: '', name: 'Café Müller', categories: 'Hospital', languages: 'es; fr', audience: 'Adults; adults' },
    { name: 'Book Friends', categories: 'mystery club', tags: 'esl; tutoring', goals: 'literacy; unknown goal' },
    { name: 'No Category Here', description: 'Helps job seekers and refugees learn English.' },
    {
      name: 'Youth Hub',
      categories: 'Youth; youth; YOUTH',
      languages: 'English; english',
      phone: '555-0102 | 555-0103'
    },
    {
      name: 'Youth Hub',
      categories: 'youth',
      address: '1 Main St',
      city: 'Oak Point',
      aliases: 'Youth Hub; The Hub; the hub'
    },
    { name: 'Same Cells', categories: 'Health; youth | Arts', description: 'Also for teens and older adults.' },
    { name: 'Same Cells 2', categories: 'Health; youth | Arts', description: 'Free clinic for teens.' },
    {
      name: 'Quoted Phone',
      phone: '"+44 1234 234567"; "+44 1234 234567"',
      contact_name: 'Ana',
      contact_phone: '555-0101'
    },
    { name: 'Code Languages', languages: 'ur; zz-ZZ; English', last_verified: '3/14/2025', brings: 'Mentors; mentors' },
    { name: 'Html', description: '<p>Helps <b>job</b> seekers</p><ul><li>one</li></ul>', needs: 'Space | Time' }
  ];

  /** What the reader gave before rows were read once per distinct cell: a RawPartner per row through finishPartner. */
  function plainWay(row: Record<string, string>, file: string) {
    const get = (k: string) => (row[k] ?? '').trim();
    const address = {
      street: get('address') || undefined,
      city: get('city') || undefined,
      region: undefined,
      postalCode: undefined,
      country: undefined
    };
    return finishPartner(
      {
        name: get('name'),
        ids: [get('id')],
        aliases: splitList(get('aliases')),
        description: htmlToText(get('description')),
        website: get('website') || undefined,
        email: get('email') || undefined,
        phones: splitList(get('phone')).map(number => ({ number: cleanPhone(number) })),
        address,
        city: address.city,
        categoryTerms: splitList(get('categories')),
        goalTerms: splitList(get('goals')),
        tags: splitList(get('tags')),
        audiences: splitList(get('audience')),
        languages: splitList(get('languages')),
        brings: splitList(get('brings')),
        needs: splitList(get('needs')),
        contacts: get('contact_name')
          ? [
              {
                name: get('contact_name'),
                title: get('contact_title') || undefined,
                email: get('contact_email') || undefined,
                phones: splitList(get('contact_phone')).map(number => ({ number: cleanPhone(number) }))
              }
            ]
          : [],
        lastVerified: get('last_verified') ? isoDate(get('last_verified')) : undefined
      },
      content,
      file
    );
  }

  it('reads CSV rows and plain records exactly as finishing each row on its own did', async () => {
    const columns = [...new Set(messyRows.flatMap(r => Object.keys(r)))];
    const csv = [columns, ...messyRows.map(r => columns.map(c => r[c] ?? ''))]
      .map(cells => cells.map(c => `"${c.replace(/"/g, '""')}"`).join(','))
      .join('\n');
    const expected = messyRows.map(r => plainWay(r, 'partners property'));
    const fromCsv = await importValue(csv, content);
    const fromRecords = await importValue(structuredClone(messyRows), content);
    expect(fromCsv.organizations.length).to.equal(messyRows.length);
    // JSON: the same fields with the same values (shared lists are frozen copies of the same items).
    // Each keeps its place in the file, for merge notes: the spreadsheet row (header = 1), or the item number.
    const atRow = (first: number) => expected.map((o, i) => ({ ...o, row: i + first }));
    expect(JSON.parse(JSON.stringify(fromCsv.organizations))).to.deep.equal(JSON.parse(JSON.stringify(atRow(2))));
    expect(JSON.parse(JSON.stringify(fromRecords.organizations))).to.deep.equal(JSON.parse(JSON.stringify(atRow(1))));
  });

  it('shares one frozen list between the rows with the same cell, and never shares what belongs to one row', async () => {
    const rows = [
      { id: 'ORG-00001', name: 'One', categories: 'Health; youth', languages: 'English; Spanish', phone: '555-0101' },
      { id: 'ORG-00002', name: 'Two', categories: 'Health; youth', languages: 'English; Spanish', phone: '555-0101' }
    ];
    const [a, b] = (await importValue(rows, content)).organizations;
    expect(a.languages).to.equal(b.languages);
    expect(a.categories).to.equal(b.categories);
    expect(Object.isFrozen(a.languages) && Object.isFrozen(a.categories) && Object.isFrozen(a.goals)).to.equal(true);
    expect(() => (a.languages as string[]).push('French')).to.throw(TypeError);
    expect(a.phones).not.to.equal(b.phones);
    expect(a.ids).not.to.equal(b.ids);
    // A merge of two records makes new lists; the shared ones stay as they were.
    const merged = mergeDirectories([
      { source: 'x', organizations: [a] },
      { source: 'y', organizations: (await importValue([{ ...rows[0], languages: 'French' }], content)).organizations }
    ]);
    expect(merged).to.have.length(1);
    expect(merged[0].languages).to.deep.equal(['English', 'Spanish', 'French']);
    expect(b.languages).to.deep.equal(['English', 'Spanish']);
  });

  it('joins records by name and address as keying every record would, whatever the order', async () => {
    const rows = [
      { name: 'Hub', address: '1 Main St', city: 'Oak' },
      { name: 'Other', address: '1 Main St', city: 'Oak' },
      { name: 'hub', address: '2 Side Rd', city: 'Oak' },
      { name: 'HUB!', address: '1 main st.', city: 'Elm' },
      { name: 'Hub', city: '' },
      { name: 'Hub', address: '2 Side Rd' },
      { name: 'Lone', address: '9 Far Way' }
    ];
    const orgs = (await importValue(rows, content)).organizations;
    const merged = mergeDirectories([{ source: 'x', organizations: orgs }]);
    // Hub @ 1 Main St (rows 1 and 4), Other, hub @ 2 Side Rd (rows 3 and 6), Hub with no address, Lone.
    expect(merged.map(o => [o.name, o.aliases])).to.deep.equal([
      ['Hub', ['HUB!']],
      ['Other', []],
      ['hub', []],
      ['Hub', []],
      ['Lone', []]
    ]);
    expect(new Set(merged.map(o => o.key)).size).to.equal(merged.length);
  });

  it('orders names exactly as comparing every pair of keys would', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = [
      '',
      'a',
      'ab',
      'b',
      'a b',
      'a-b',
      'z',
      '0',
      '9 lives',
      'é',
      'ü',
      '中',
      'a\u00ff',
      'a\u0100',
      ' ',
      'aa'
    ];
    const keys = Array.from(
      { length: 3000 },
      () =>
        pieces[Math.floor(random() * pieces.length)] +
        pieces[Math.floor(random() * pieces.length)] +
        pieces[Math.floor(random() * pieces.length)]
    );
    const plain = keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    expect([...nameOrder(keys)]).to.deep.equal(plain);
    expect([...nameOrder([])]).to.deep.equal([]);
  });

  it('indexes with the names the merge worked out, or works them out for a list it did not make', async () => {
    const orgs = (await importValue(messyRows, content)).organizations;
    const merged = mergeDirectories([{ source: 'x', organizations: orgs }]);
    const fromMerge = buildIndex(merged, content);
    const copy = buildIndex([...merged], content);
    expect([...fromMerge.byName]).to.deep.equal([...copy.byName]);
    expect(fromMerge.haystacks).to.deep.equal(copy.haystacks);
  });

  it('lets the page answer between reading, merging and indexing a directory', async () => {
    const el = await mountFinder();
    try {
      const seen: { loaded?: boolean } = {};
      // Queued like a click: it runs at the first turn the page gets, which must come before the index is ready.
      const urgent = (
        globalThis as unknown as {
          scheduler: { postTask(f: () => void, o: { priority: string }): Promise<void> };
        }
      ).scheduler.postTask(() => (seen.loaded = !!el.shadowRoot!.querySelector('.cards')), {
        priority: 'user-blocking'
      });
      el.partners = 'name,categories\nRiverside Clinic,health\nOak Point Youth Club,youth';
      await urgent;
      expect(seen.loaded).to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.cards [data-org]')).to.have.length(2);
    } finally {
      el.remove();
    }
  });

  it('shows only the newest directory when the data changes while another is loading', async () => {
    const el = await mountFinder();
    try {
      const rows = Array.from({ length: 3000 }, (_, i) => `Old Partner ${i},health,"Clinic number ${i}, open daily."`);
      el.partners = `name,categories,description\n${rows.join('\n')}`;
      // Let the first load start (it gives the page turns), then change the data under it.
      await yieldToMain();
      await yieldToMain();
      el.partners = 'name,categories\nNew Partner,youth';
      await el.updateComplete;
      const names = [...el.shadowRoot!.querySelectorAll('.cards [data-org]')].map(b => b.textContent!.trim());
      expect(names).to.deep.equal(['New Partner']);
      expect(el.shadowRoot!.querySelector('.notice.problem')).to.equal(null);
    } finally {
      el.remove();
    }
  });
});
