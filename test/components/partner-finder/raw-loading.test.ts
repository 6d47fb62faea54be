import { expect } from '@open-wc/testing';
import '../../../src/components/partner-finder/define.js';
import type { TbPartnerFinder } from '../../../src/components/partner-finder/partner-finder.js';
import { DEFAULT_CATEGORIES } from '../../../src/components/partner-finder/categories-data.js';
import { importValue } from '../../../src/components/partner-finder/import/detect.js';
import { CSV_CHUNK, parseCsvTable } from '../../../src/components/partner-finder/import/csv.js';
import { buildIndex, indexSteps, type DirectoryIndex } from '../../../src/components/partner-finder/filter.js';
import { mergeDirectories, mergeSteps, mergeWarnings } from '../../../src/components/partner-finder/merge.js';
import type { ImportWarning } from '../../../src/components/partner-finder/model.js';
import { forcePieceBudget, runAtOnce, runInPieces, turnsGiven } from '../../../src/core/yield.js';

// Issue 16 §1: reading raw data in the page never holds it for long; the page gets turns between pieces. These tests
// check the turns and that the pieces add up to what reading all at once gives. Never durations (see the bench).

const content = DEFAULT_CATEGORIES;
const CITIES = ['Riverside', 'Oak Point', 'Cedar Hollow', 'East Harbor', 'Fairview', 'São Tomé'];
const KINDS = ['health', 'youth', 'food', 'housing', 'arts', 'employment', 'unknown-kind'];

/**
 * A large spreadsheet with what real ones have: quoted cells with commas, quotes and line breaks, blank rows,
 * rows with a cell too few, a row with no name, a bad quote, bad dates and emails, and names that repeat at the
 * same address (merged).
 */
function bigCsv(count: number, newline = '\n'): string {
  const lines = ['name,categories,description,website,email,address,city,audience,languages,last_verified'];
  for (let i = 0; i < count; i++) {
    const city = CITIES[i % CITIES.length];
    const name = i % 97 === 5 ? `Repeat Partner ${i % 7}` : `Partner ${i} ${city}`;
    const description =
      i % 3 === 0
        ? `"Helps with ${KINDS[i % KINDS.length]}, every day.${newline}Say ""hello"" at the desk."`
        : `Drop-in help number ${i}`;
    const email = i % 211 === 0 ? 'not-an-email' : `p${i}@example.org`;
    const date = i % 173 === 0 ? '14/03/2025' : `2025-0${1 + (i % 9)}-1${i % 10}`;
    const address = i % 97 === 5 ? '1 Main Street' : `${i} Elm Road`;
    const row = [
      i % 499 === 7 ? '' : name,
      `"${KINDS[i % KINDS.length]}; ${KINDS[(i + 2) % KINDS.length]}"`,
      description,
      `https://p${i}.example.org`,
      email,
      address,
      city,
      i % 2 ? 'Older adults' : 'Teens; Families',
      i % 4 ? 'English' : '"English, Spanish"',
      date
    ];
    if (i % 641 === 3) row.pop();
    if (i === Math.floor(count / 2)) row[2] = '"A bad" quote';
    lines.push(row.join(','));
    if (i % 1000 === 999) lines.push('', ',,,,,,,,,');
  }
  return lines.join(newline) + newline;
}

/** What an index holds, as one string: organizations in order, every facet with its counts, every haystack. */
function fingerprint(index: DirectoryIndex): string {
  const facets = Object.values(index.facets).map(
    f => `${f.id}: ${f.values.map((v, i) => `${v.value}=${f.totals[i]}`).join(' ')}`
  );
  return [
    index.organizations.map(o => `${o.key} ${o.name} ${o.origins?.join('+') ?? ''}`).join('\n'),
    ...facets,
    ...index.haystacks,
    [...index.byName].join(' '),
    [...index.byVerified].join(' ')
  ].join('\n');
}

/** The page's path with no turns at all: read, merge and index in one go. */
async function readAtOnce(csv: string): Promise<{ index: DirectoryIndex; warnings: ImportWarning[] }> {
  const read = await importValue(csv, content);
  const organizations = mergeDirectories([{ source: 'partners property', organizations: read.organizations }]);
  return {
    index: buildIndex(organizations, content),
    warnings: [...read.warnings, ...mergeWarnings(organizations)]
  };
}

describe('partner finder: reading raw data in pieces', () => {
  const csv = bigCsv(10_000);

  it('parses a long CSV in chunks to exactly the rows and problems of one parse', async () => {
    expect(csv.length).to.be.above(CSV_CHUNK * 8);
    const whole = await parseCsvTable(csv, 0);
    expect(whole.errors.map(e => e.code)).to.include.members(['TooFewFields', 'InvalidQuotes']);
    expect(await parseCsvTable(csv)).to.deep.equal(whole);
    // Small odd chunks cut rows, quoted cells, doubled quotes and line breaks everywhere.
    expect(await parseCsvTable(csv, 997)).to.deep.equal(whole);
    const crlf = bigCsv(3000, '\r\n');
    expect(await parseCsvTable(crlf, 1001)).to.deep.equal(await parseCsvTable(crlf, 0));
  });

  it('merges and indexes in pieces to the same result as all at once', async () => {
    const read = await importValue(csv, content);
    const copy = structuredClone(read.organizations);
    const atOnce = mergeDirectories([{ source: 'a', organizations: read.organizations }]);
    const before = turnsGiven();
    // A budget of 0 ms: a turn after every step.
    const inPieces = await runInPieces(mergeSteps([{ source: 'a', organizations: copy }]), { budgetMs: 0 });
    expect(turnsGiven() - before).to.be.above(50);
    expect(inPieces.map(o => o.key)).to.deep.equal(atOnce.map(o => o.key));
    expect(mergeWarnings(inPieces)).to.deep.equal(mergeWarnings(atOnce));
    expect(mergeWarnings(atOnce)).to.not.be.empty;
    const index = await runInPieces(indexSteps(atOnce, content), { budgetMs: 0 });
    expect(fingerprint(index)).to.equal(fingerprint(runAtOnce(indexSteps(atOnce, content))));
  });

  it('stops between pieces once the load is stale', async () => {
    const read = await importValue(bigCsv(2000), content);
    const controller = new AbortController();
    const merging = runInPieces(mergeSteps([{ source: 'a', organizations: read.organizations }]), {
      budgetMs: 0,
      signal: controller.signal
    });
    controller.abort();
    let stopped = false;
    await merging.catch(() => (stopped = true));
    expect(stopped).to.equal(true);
  });

  /**
   * Loads `csv` into a new finder, counting the turns, timer tasks and frames the page got meanwhile. Every piece is
   * cut at its first clock check (a budget of 0 ms), so how many turns there are depends on the steps the load is
   * made of, not on how fast the machine is: with the usual 15 ms a fast or idle machine could read all 10,000 rows
   * in two pieces (seen once when test files ran in parallel). Reading at once would still give a single turn.
   */
  async function loadWatching(text: string) {
    const el = document.createElement('tb-partner-finder') as TbPartnerFinder;
    el.setAttribute('url-state', 'off');
    el.setAttribute('mode', 'staff');
    document.body.append(el);
    await el.updateComplete;
    let loading = true;
    const seen = { turns: 0, timers: 0, frames: 0 };
    const timer = () => {
      if (!loading) return;
      seen.timers++;
      setTimeout(timer, 0);
    };
    const frame = () => {
      if (!loading) return;
      seen.frames++;
      requestAnimationFrame(frame);
    };
    const turns = turnsGiven();
    forcePieceBudget(0);
    try {
      el.partners = text;
      setTimeout(timer, 0);
      requestAnimationFrame(frame);
      await el.updateComplete;
    } finally {
      forcePieceBudget(undefined);
    }
    loading = false;
    seen.turns = turnsGiven() - turns;
    return { el, seen };
  }

  it('loads 10,000 raw CSV rows with turns for the page, to what reading at once gives', async () => {
    const expected = await readAtOnce(csv);
    const { el, seen } = await loadWatching(csv);
    try {
      // One turn per clock check at the least: reading 10,000 rows checks the clock hundreds of times.
      expect(seen.turns, 'turns given while loading').to.be.at.least(100);
      // scheduler.yield() lets the page paint (and answer input) between pieces; its continuations go before
      // ordinary tasks such as timers, so only frames are counted here (timers: next test).
      expect(seen.frames, 'frames while loading').to.be.at.least(1);
      const got = el as unknown as { index: DirectoryIndex; warnings: ImportWarning[] };
      expect(fingerprint(got.index)).to.equal(fingerprint(expected.index));
      expect(got.warnings).to.deep.equal(expected.warnings);
      expect(got.warnings.length).to.be.above(20);
      const count = el.shadowRoot!.querySelector('#pf-count')!.textContent!;
      expect(count).to.include(expected.index.organizations.length.toLocaleString('en'));
    } finally {
      el.remove();
    }
  });

  it('lets ordinary tasks run between pieces in a browser without scheduler.yield', async () => {
    const scheduler = (globalThis as unknown as { scheduler: { yield?: unknown } }).scheduler;
    const own = Object.getOwnPropertyDescriptor(scheduler, 'yield');
    Object.defineProperty(scheduler, 'yield', { value: undefined, configurable: true });
    try {
      const { el, seen } = await loadWatching(csv);
      el.remove();
      expect(seen.turns).to.be.at.least(100);
      expect(seen.timers, 'timer tasks run while loading').to.be.at.least(1);
    } finally {
      if (own) Object.defineProperty(scheduler, 'yield', own);
      else delete scheduler.yield;
    }
  });
});
