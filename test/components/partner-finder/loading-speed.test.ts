import { expect } from '@open-wc/testing';
import { DEFAULT_CATEGORIES } from '../../../src/components/partner-finder/categories-data.js';
import { classifier } from '../../../src/components/partner-finder/classify.js';
import { buildIndex } from '../../../src/components/partner-finder/filter.js';
import { uniqueText } from '../../../src/components/partner-finder/import/finish.js';
import { importValue } from '../../../src/components/partner-finder/import/detect.js';
import { mergeDirectories } from '../../../src/components/partner-finder/merge.js';

// The second round of loading work (docs/bench-partner-finder.md): each shortcut must give the answers of the
// plain way it replaces.
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
});
