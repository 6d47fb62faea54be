import { expect } from '@open-wc/testing';
import {
  blankQuoted,
  findVaguePhrases,
  parseVaguePhrases,
  type VaguePhrase
} from '../../../src/components/problem-report/vague.js';
import { DEFAULT_PHRASES } from '../../../src/components/problem-report/default-content.js';

interface Examples {
  vague: { text: string; id: string }[];
  specific: string[];
}

const phrases = DEFAULT_PHRASES;

describe('vague-phrase matcher', () => {
  let examples: Examples;
  before(async () => {
    examples = await (await fetch('/test/fixtures/problem-report/vague-examples.json')).json();
  });

  it('has at least 40 labelled examples', () => {
    expect(examples.vague.length + examples.specific.length).to.be.at.least(40);
    expect(examples.vague.length).to.be.at.least(20);
    expect(examples.specific.length).to.be.at.least(20);
  });

  it('finds the expected phrase in every vague example', () => {
    for (const { text, id } of examples.vague) {
      const ids = findVaguePhrases(text, phrases).map(m => m.id);
      expect(ids, text).to.include(id);
    }
  });

  it('raises no false alarm on any specific example', () => {
    for (const text of examples.specific) {
      expect(findVaguePhrases(text, phrases), text).to.deep.equal([]);
    }
  });

  it('is a valid phrase list, every entry usable, and the built-in copy matches the JSON file', async () => {
    const json = await (await fetch('/src/content/vague-phrases.json')).json();
    // The element carries a generated copy (default-content.ts); it must match the data file.
    expect(DEFAULT_PHRASES).to.deep.equal(json.phrases);
    const { phrases: parsed, problems } = parseVaguePhrases(json);
    expect(problems).to.deep.equal([]);
    expect(parsed.length).to.equal(phrases.length);
    expect(new Set(parsed.map(p => p.id)).size).to.equal(parsed.length);
  });

  it('returns the words as typed, with offsets, once per phrase, in text order', () => {
    const text = 'Honestly the Internet’s DOWN and the system is down, the system is down!';
    const found = findVaguePhrases(text, phrases);
    expect(found.map(m => m.id)).to.deep.equal(['internet-broken', 'system-down']);
    expect(found[0].phrase).to.equal('Internet’s DOWN');
    expect(text.slice(found[1].start, found[1].end)).to.equal('system is down');
  });

  it('matches whole words only', () => {
    expect(findVaguePhrases('The ecosystem is downloading', phrases)).to.deep.equal([]);
  });

  it('skips quoted text (a copied error message)', () => {
    expect(findVaguePhrases('The screen says "It doesn\'t work"', phrases)).to.deep.equal([]);
    expect(blankQuoted('a "bc" d')).to.equal('a      d');
  });

  it('stays quiet when a filled field already answers', () => {
    expect(findVaguePhrases('I got an error', phrases, ['errorMessage'])).to.deep.equal([]);
    expect(findVaguePhrases('I got an error', phrases).map(m => m.id)).to.deep.equal(['some-error']);
  });

  it('supports * as any one word', () => {
    const list: VaguePhrase[] = [{ id: 'x', match: ['the * is down'], question: 'Which?' }];
    expect(findVaguePhrases('The catalogue is down', list)[0].phrase).to.equal('The catalogue is down');
  });

  it('drops bad entries from a loaded list and says why', () => {
    const { phrases: parsed, problems } = parseVaguePhrases({
      phrases: [
        { id: 'ok', match: ['a b'], question: 'Q?' },
        { id: 'bad' },
        { id: 'b2', match: ['x'], question: 'Q', unless: 'no' }
      ]
    });
    expect(parsed.map(p => p.id)).to.deep.equal(['ok']);
    expect(problems).to.have.length(2);
    expect(parseVaguePhrases('nonsense').problems).to.have.length(1);
  });

  it('handles long input quickly (no regular expressions from data)', () => {
    const text = 'word '.repeat(20000) + 'it crashed';
    const start = performance.now();
    expect(findVaguePhrases(text, phrases).map(m => m.id)).to.deep.equal(['crashed']);
    expect(performance.now() - start).to.be.below(1000);
  });
});
