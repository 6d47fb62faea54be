import { expect } from '@open-wc/testing';
import { DEFAULT_CATEGORIES } from '../../../src/components/partner-finder/categories-data.js';
import { classifier } from '../../../src/components/partner-finder/classify.js';
import { parseCsvTable } from '../../../src/components/partner-finder/import/csv.js';
import { isoDate, normalize, websiteKey } from '../../../src/components/partner-finder/text.js';

// The loading fast paths (docs/bench-partner-finder.md) must give the answers of the plain ways they replace.
describe('partner-finder loading fast paths', () => {
  it('finds keywords in plain ASCII text as in accented text, whole words only, phrases across punctuation', () => {
    const match = classifier(DEFAULT_CATEGORIES);
    expect(match.goalsIn('Mental-health support; JOB seekers welcome.')).to.deep.equal([
      'health-information',
      'job-seekers'
    ]);
    // Same words with an accent somewhere take the Unicode path and give the same answer.
    expect(match.goalsIn('Mental-health support; JOB seekers welcome. Café')).to.deep.equal([
      'health-information',
      'job-seekers'
    ]);
    expect(match.goalsIn('jobsite healthy artsy')).to.deep.equal([]);
    expect(match.goalsIn('older  people, then small business')).to.deep.equal(['older-adults', 'small-business']);
    expect(match.goalsIn('older')).to.deep.equal([]);
    expect(match.category('Hospitals')).to.equal(match.category('hospitals'));
  });

  it('normalizes like before: lowercase, accents off, punctuation to single spaces', () => {
    expect(normalize('Riverside Library')).to.equal('riverside library');
    expect(normalize('  St. Mary’s  Clinic ')).to.equal('st mary s clinic');
    expect(normalize("Café  Müller's")).to.equal('cafe muller s');
    expect(normalize('')).to.equal('');
    expect(normalize(' - ')).to.equal('');
  });

  it('compares websites by host and path without www, port or trailing slashes', () => {
    expect(websiteKey('HTTPS://WWW.Example.org:8080/Path//?q=1#top')).to.equal('example.org/path');
    expect(websiteKey('library.example.org/')).to.equal('library.example.org');
    expect(websiteKey('javascript:alert(1)')).to.equal(undefined);
  });

  it('reads dates by the calendar (leap years, month lengths)', () => {
    expect(isoDate('2024-02-29')).to.equal('2024-02-29');
    expect(isoDate('2023-02-29')).to.equal(undefined);
    expect(isoDate('1900-02-29')).to.equal(undefined);
    expect(isoDate('2000-02-29T08:00:00Z')).to.equal('2000-02-29');
    expect(isoDate('2025-04-31')).to.equal(undefined);
  });

  it('parses a CSV table like header mode: blank rows skipped, wrong cell counts reported by data row', async () => {
    const table = await parseCsvTable('\n ,, \nname,city\nA,B\n,\nC,D,E\n"F ""x""",G\n');
    expect(table.headers).to.deep.equal(['name', 'city']);
    // Same rows and error as papaparse's header mode gives for this text.
    expect(table.rows).to.deep.equal([
      ['A', 'B'],
      ['C', 'D', 'E'],
      ['F "x"', 'G']
    ]);
    expect(table.errors.map(e => [e.code, e.row])).to.deep.equal([['TooManyFields', 1]]);
  });
});
