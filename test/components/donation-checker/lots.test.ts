import { expect } from '@open-wc/testing';
import Papa from 'papaparse';
import { lotCsv, readLot, safeCell, summarize } from '../../../src/components/donation-checker/lots.js';
import { OS_EOL } from '../../../src/components/donation-checker/os-eol-data.js';
import { checkOffer } from '../../../src/components/donation-checker/policy.js';
import { PRESETS } from '../../../src/components/donation-checker/presets-data.js';

const TODAY = '2026-12-06';

describe('donation-checker lots', () => {
  it('checks good rows, reports bad rows by spreadsheet row number, sums up and exports', async () => {
    const text = await (await fetch('/test/fixtures/donation-checker/lot.csv')).text();
    const reading = readLot(text, Papa);
    if (!reading.ok) throw new Error(reading.code);
    expect(reading.problems).to.deep.equal([
      { row: 4, column: 'RAM GB', code: 'bad-number', value: 'eight' },
      { row: 7, column: 'TPM', code: 'bad-choice', value: 'maybe' }
    ]);
    expect(reading.rows.map(r => r.row)).to.deep.equal([2, 3, 5, 6]);
    expect(reading.rows[0].offer).to.deep.include({
      deviceType: 'desktop',
      ramGb: 16,
      quantity: 12,
      data: 'please-wipe'
    });
    expect(reading.rows[3].offer.complete, '"?" is not known').to.equal(undefined);

    const results = reading.rows.map(({ row, offer }) => ({
      row,
      offer,
      decision: checkOffer(PRESETS.baseline, offer, { today: TODAY, osData: OS_EOL })
    }));
    expect(results.map(r => r.decision.outcome)).to.deep.equal(['accept', 'decline', 'decline', 'review']);
    const summary = summarize(results, reading.problems.length);
    expect(summary).to.deep.equal({
      rows: { accept: 1, review: 1, decline: 2 },
      machines: { accept: 12, review: 8, decline: 32 },
      badRows: 2
    });

    const csv = lotCsv(Papa, results, {
      columns: ['Row', 'Model', 'How many', 'Answer', 'Not met', 'Staff can fix', 'Not known'],
      outcome: o => ({ accept: 'Accept', review: 'Review', decline: 'Decline' })[o]
    });
    const lines = Papa.parse<string[]>(csv).data;
    expect(lines[0]).to.deep.equal(['Row', 'Model', 'How many', 'Answer', 'Not met', 'Staff can fix', 'Not known']);
    expect(lines[1]).to.deep.equal(['2', 'Dell OptiPlex 7090', '12', 'Accept', '', '', '']);
    expect(lines[2][3]).to.equal('Decline');
    expect(lines[2][4]).to.equal('1.2 2.1');
    expect(lines[4][6]).to.equal('1.4');
  });

  it('says what is wrong with a whole file', () => {
    expect(readLot('', Papa)).to.deep.equal({ ok: false, code: 'empty' });
    expect(readLot('type,year\n', Papa)).to.deep.equal({ ok: false, code: 'empty' });
    expect(readLot('colour,size\nred,big\n', Papa)).to.deep.equal({ ok: false, code: 'no-known-columns' });
    expect(readLot('x'.repeat(2_000_001), Papa)).to.deep.equal({ ok: false, code: 'too-large' });
    const reading = readLot('type,colour\nlaptop,red\n', Papa);
    expect(reading.ok && reading.ignoredColumns).to.deep.equal(['colour']);
  });

  it('keeps formulas out of exported cells', () => {
    expect(safeCell('=HYPERLINK("x")')).to.equal('\'=HYPERLINK("x")');
    expect(safeCell('+1')).to.equal("'+1");
    expect(safeCell('@SUM')).to.equal("'@SUM");
    expect(safeCell('Dell')).to.equal('Dell');
    expect(safeCell(3)).to.equal('3');
  });
});
