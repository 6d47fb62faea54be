import { expect } from '@open-wc/testing';
import { describeProblem, parseGlossaryText } from '../../../src/components/glossary/load.js';
import {
  MAX_DEFINITION,
  MAX_MORE,
  MAX_NESTING,
  MAX_TERMS,
  nestingDepth
} from '../../../src/components/glossary/limits.js';
import { parseJsonGlossary, parseJsonWithLines } from '../../../src/components/glossary/parse-json.js';
import { parseMarkdownGlossary } from '../../../src/components/glossary/parse-markdown.js';
import { problemText } from '../../../src/components/glossary/problem-words.js';

describe('glossary limits (issue 15 §3)', () => {
  it('leaves out a definition over the length limit, names the term, and keeps the others', () => {
    const long = 'word '.repeat(MAX_DEFINITION / 5 + 10);
    for (const p of [
      parseJsonGlossary(
        JSON.stringify({
          terms: [
            { term: 'Huge', definition: long },
            { term: 'Fine', definition: 'Short.' }
          ]
        }),
        'g.json'
      ),
      parseMarkdownGlossary(`## Huge\n\n${long}\n\n## Fine\n\nShort.\n`, 'g.md')
    ]) {
      expect(p.entries.map(e => e.term)).to.deep.equal(['Fine']);
      expect(p.problems).to.have.length(1);
      expect(p.problems[0]).to.deep.include({ code: 'definition-too-long' });
      expect(p.problems[0].params).to.include({ term: 'Huge', max: MAX_DEFINITION });
      expect(problemText(p.problems[0])).to.contain('"Huge"').and.to.contain('the limit is 2,000');
    }
  });

  it('keeps the short definition when only the longer explanation is too long (a 5 MB one included)', () => {
    const more = 'x'.repeat(5_000_000);
    const p = parseJsonGlossary(JSON.stringify([{ term: 'Big', definition: 'Short.', more }]), 'g.json');
    expect(p.entries).to.have.length(1);
    expect(p.entries[0].senses[0].more).to.equal('');
    expect(p.problems[0]).to.deep.include({
      code: 'more-too-long',
      params: { term: 'Big', length: 5_000_000, max: MAX_MORE }
    });
    expect(problemText(p.problems[0])).to.contain('longer explanation of "Big"').and.to.contain('5,000,000');
    expect(MAX_MORE).to.be.below(5_000_000);
  });

  it('leaves out lists nested deeper than the limit, written with indentation or on one line', () => {
    const indented = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const oneLine = '- '.repeat(500) + 'deep';
    const quotes = '>'.repeat(30) + ' deep';
    expect(nestingDepth(indented)).to.be.above(MAX_NESTING);
    expect(nestingDepth(oneLine)).to.be.above(MAX_NESTING);
    expect(nestingDepth(quotes)).to.be.above(MAX_NESTING);
    expect(nestingDepth('- a\n  - b\n    - c\n\n1. one\n2. two')).to.be.at.most(4);
    for (const def of [indented, oneLine, quotes]) {
      const p = parseJsonGlossary(JSON.stringify([{ term: 'Deep', definition: def }]), 'g.json');
      expect(p.entries).to.deep.equal([]);
      expect(p.problems[0]).to.deep.include({ code: 'definition-too-nested', params: { term: 'Deep', max: 8 } });
      expect(problemText(p.problems[0])).to.contain('more than 8 levels deep');
    }
  });

  it('uses the first 10,000 terms of a bigger file and says so', () => {
    const terms = Array.from({ length: MAX_TERMS + 5 }, (_, i) => ({ term: `Term ${i}`, definition: 'A word.' }));
    const p = parseJsonGlossary(JSON.stringify({ terms }), 'big.json');
    expect(p.entries).to.have.length(MAX_TERMS);
    expect(p.problems.map(x => x.code)).to.deep.equal(['too-many-terms']);
    expect(p.problems[0].params).to.deep.equal({ count: MAX_TERMS + 5, max: MAX_TERMS, term: 'Term 10000' });
    expect(p.problems.map(x => problemText(x))).to.deep.equal([
      'This file has 10,005 terms. Only the first 10,000 are used, so "Term 10000" and the terms after it were left out. Split the glossary into smaller files.'
    ]);
  });
});

describe('glossary JSON reading (issue 15 §3, §5)', () => {
  it('reads valid JSON with JSON.parse and still knows the line of every term', () => {
    const text = '{\n "terms": [\n  {"term": "A", "definition": "x {[ \\" ]} y"},\n\n  {"term": "B"}\n ]\n}';
    const { value, lines } = parseJsonWithLines(text);
    expect(value).to.deep.equal(JSON.parse(text));
    const terms = (value as { terms: object[] }).terms;
    expect(lines.get(terms[0])).to.equal(3);
    expect(lines.get(terms[1])).to.equal(5);
    const p = parseJsonGlossary(text, 'g.json');
    expect(p.problems.map(describeProblem)).to.deep.equal(['g.json, line 5: "B" has no "definition".']);
  });

  it('still says where the JSON breaks when it is not valid', () => {
    const p = parseJsonGlossary('{\n "terms": [\n  {"term": "A" "definition": "x"}\n ]\n}', 'bad.json');
    expect(p.problems[0].line).to.equal(3);
    expect(p.problems[0]).to.deep.include({
      code: 'json-syntax',
      params: { what: 'comma-or-brace', near: '"definition": "x"}' }
    });
    expect(problemText(p.problems[0])).to.contain('This is not valid JSON').and.to.contain('comma');
  });

  it('keeps lines right when a key is repeated (the careful reader takes over)', () => {
    const text = '[\n {"term": "A", "definition": "x", "more": {}, "more": "y"},\n {"term": "B"}\n]';
    const p = parseJsonGlossary(text, 'g.json');
    expect(p.problems.map(x => x.line)).to.deep.equal([3]);
  });

  it('reports two terms that get the same link name, and keeps both with their own ids', () => {
    const text = JSON.stringify([
      { term: 'C++', definition: 'A language.' },
      { term: 'C#', definition: 'Another language.' }
    ]);
    const p = parseJsonGlossary(text, 'langs.json');
    expect(p.entries.map(e => e.term)).to.deep.equal(['C++', 'C#']);
    expect(new Set(p.entries.map(e => e.id)).size).to.equal(2);
    expect(p.problems).to.have.length(1);
    expect(p.problems[0]).to.deep.include({
      code: 'json-same-id',
      params: { term: 'C#', id: 'c', other: 'C++', earlier: 1 }
    });
    expect(problemText(p.problems[0])).to.equal(
      '"C#" gets the same link name "c" as "C++" on line 1. Add "id": "…" to tell them apart.'
    );
  });

  it('a 5,000-term glossary with one 5 MB definition is read, with the big one named', () => {
    const terms = Array.from({ length: 5000 }, (_, i) => ({ term: `Term ${i}`, definition: `Meaning ${i}.` }));
    terms[10] = { term: 'Huge', definition: 'y'.repeat(5_000_000) };
    const p = parseGlossaryText(JSON.stringify({ terms }), 'g.json');
    expect(p.entries).to.have.length(4999);
    expect(p.problems).to.have.length(1);
    expect(p.problems[0]).to.deep.include({ code: 'definition-too-long' });
    expect(problemText(p.problems[0])).to.contain('"Huge"');
  });
});
