import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/glossary/define.js';
import { DEFAULT_GLOSSARY_MD } from '../../../src/components/glossary/default-glossary.js';
import {
  parseGlossaryText,
  createGlossary,
  describeProblem,
  loadGlossary
} from '../../../src/components/glossary/load.js';
import { Matcher, defaultCaseSensitive } from '../../../src/components/glossary/matcher.js';
import { chooseSense, findSense, layerGlossaries, slugify } from '../../../src/components/glossary/model.js';
import { parseJsonGlossary, parseJsonWithLines } from '../../../src/components/glossary/parse-json.js';
import { parseMarkdownGlossary } from '../../../src/components/glossary/parse-markdown.js';
import { problemText } from '../../../src/components/glossary/problem-words.js';
import type { TbGlossary } from '../../../src/components/glossary/glossary.js';

const md = (text: string) => parseMarkdownGlossary(text, 'test.md');
const found = (g: ReturnType<typeof createGlossary>, text: string) =>
  g.findTerms(text).map(m => `${text.slice(m.start, m.end)}=${m.term}`);

describe('glossary model: the Markdown format', () => {
  it('reads terms, fields, the short definition and the longer text', () => {
    const p = md(`---
name: Riverside
---

## OPAC
short for: online public access catalogue
also: online catalogue, catalog
related: ILS
not: Discovery layer
cues: search

The **catalogue** patrons search.

More text here.

Still more.
`);
    expect(p.problems).to.deep.equal([]);
    expect(p.source.name).to.equal('Riverside');
    const [e] = p.entries;
    expect(e.id).to.equal('opac');
    expect(e.term).to.equal('OPAC');
    expect(e.shortFor).to.equal('online public access catalogue');
    expect(e.aliases.map(a => [a.text, a.caseSensitive])).to.deep.equal([
      ['OPAC', true],
      ['online public access catalogue', false],
      ['online catalogue', false],
      ['catalog', false]
    ]);
    expect(e.related).to.deep.equal(['ILS']);
    expect(e.notConfusedWith).to.deep.equal(['Discovery layer']);
    expect(e.senses).to.have.length(1);
    expect(e.senses[0].definition).to.equal('The **catalogue** patrons search.');
    expect(e.senses[0].more).to.equal('More text here.\n\nStill more.');
    expect(e.senses[0].cues).to.deep.equal(['search']);
    expect(e.line).to.equal(5);
  });

  it('reads several senses with their own cues and aliases', () => {
    const p = md(`## Server
also: host

### The computer
cues: rack, room
A powerful computer.

### The program
cues: software
also: web server
A program that answers requests.
`);
    expect(p.problems).to.deep.equal([]);
    const [e] = p.entries;
    expect(e.senses.map(s => s.label)).to.deep.equal(['The computer', 'The program']);
    expect(e.senses[0].cues).to.deep.equal(['rack', 'room']);
    expect(e.senses[1].aliases.map(a => a.text)).to.deep.equal(['web server']);
  });

  it('applies case rules: short ALL-CAPS is exact, "exact:" and "any case:" override', () => {
    expect(defaultCaseSensitive('ILL')).to.equal(true);
    expect(defaultCaseSensitive('IT')).to.equal(true);
    expect(defaultCaseSensitive('Wi-Fi')).to.equal(false);
    expect(defaultCaseSensitive('router')).to.equal(false);
    const p = md(`## Interlibrary loan
abbreviation: ILL
exact: Koha
any case: PIN

Borrowing from another library.
`);
    const aliases = Object.fromEntries(p.entries[0].aliases.map(a => [a.text, a.caseSensitive]));
    expect(aliases).to.deep.equal({ 'Interlibrary loan': false, ILL: true, Koha: true });
    const q = md(`## PIN\nany case: PIN\n\nA secret number.\n`);
    expect(q.entries[0].aliases[0].caseSensitive).to.equal(false);
  });

  it('names the line of each problem and keeps the rest', () => {
    const p = md(`# Title

## Router
colour: blue

A box.

## Empty

### Orphan sense

## Router

Again.

## Modem
also: Router

Box.
`);
    const byLine = p.problems.map(x => [x.line, x.code]);
    expect(p.problems.every(x => x.file === 'test.md')).to.equal(true);
    expect(byLine.map(x => x[0])).to.include.members([4, 10, 12, 16]);
    const at = (line: number) => p.problems.find(x => x.line === line)!;
    expect(at(4)).to.deep.include({ code: 'unknown-field' });
    expect(at(4).params).to.include({ field: 'colour' });
    expect(problemText(at(4))).to.contain('"colour:" is not a field we know');
    expect(at(10)).to.deep.include({
      code: 'md-meaning-no-definition',
      params: { meaning: 'Orphan sense', term: 'Empty' }
    });
    expect(problemText(at(10))).to.contain('has no definition');
    expect(at(12)).to.deep.include({ code: 'duplicate-term', params: { term: 'Router', earlier: 3 } });
    expect(problemText(at(12))).to.contain('already defined on line 3');
    expect(at(16)).to.deep.include({ code: 'alias-taken' });
    expect(at(16).params).to.include({ alias: 'Router', term: 'Modem', other: 'Router' });
    expect(problemText(at(16))).to.contain('already names "Router"');
    expect(p.entries.map(e => e.term)).to.deep.equal(['Router', 'Modem']);
  });

  it('reports a sense before any term, and text outside any sense', () => {
    const p = md(`### Lost sense\nText.\n\n## Cache\nStray text.\n\n### A\nOne.\n`);
    expect(p.problems.map(x => x.line)).to.deep.equal([1, 5]);
    expect(p.problems.map(x => x.code)).to.deep.equal(['meaning-before-term', 'text-outside-meanings']);
    expect(p.entries[0].senses).to.have.length(1);
  });

  it('keeps a # at the end of a term, as CommonMark does (closing #s only after a space)', () => {
    const p = md('## C#\n\nA language.\n\n## F# ##\n\nAnother.\n\n## Router ##\n\nA box.\n\n## ##\n\nx\n');
    expect(p.entries.map(e => e.term)).to.deep.equal(['C#', 'F#', 'Router']);
    expect(p.problems.map(x => [x.line, x.code])).to.deep.equal([[13, 'heading-no-term']]);
    expect(problemText(p.problems[0])).to.equal('This heading has no term after "##".');
  });

  it('treats a definition that happens to contain a colon as text after a blank line', () => {
    const p = md(`## Patch\n\nNote: this is the definition.\n`);
    expect(p.problems).to.deep.equal([]);
    expect(p.entries[0].senses[0].definition).to.equal('Note: this is the definition.');
  });
});

describe('glossary model: the JSON format', () => {
  it('reads terms, senses and fields', () => {
    const p = parseJsonGlossary(
      JSON.stringify(
        {
          name: 'Valley',
          terms: [
            {
              term: 'ILL',
              shortFor: 'interlibrary loan',
              also: ['interlending'],
              definition: 'Borrowing.',
              more: 'Longer.'
            },
            {
              term: 'Cache',
              senses: [
                { label: 'browser', definition: 'Saved pages.', cues: ['browser'] },
                { label: 'server', definition: 'Saved data.', cues: ['server'], also: ['proxy cache'] }
              ]
            }
          ]
        },
        null,
        2
      ),
      'valley.json'
    );
    expect(p.problems).to.deep.equal([]);
    expect(p.source.name).to.equal('Valley');
    expect(p.entries.map(e => e.id)).to.deep.equal(['ill', 'cache']);
    expect(p.entries[0].aliases.map(a => a.text)).to.deep.equal(['ILL', 'interlibrary loan', 'interlending']);
    expect(p.entries[0].senses[0].more).to.equal('Longer.');
    expect(p.entries[1].senses[1].aliases[0].text).to.equal('proxy cache');
  });

  it('gives the line of a syntax error', () => {
    const p = parseJsonGlossary(
      '{\n  "terms": [\n    { "term": "A", "definition": "x" }\n    { "term": "B" }\n  ]\n}',
      'bad.json'
    );
    expect(p.entries).to.deep.equal([]);
    expect(p.problems).to.have.length(1);
    expect(p.problems[0]).to.include({ file: 'bad.json', line: 4 });
    expect(p.problems[0].code).to.equal('json-syntax');
    expect(problemText(p.problems[0])).to.contain('not valid JSON');
  });

  it('gives the line of a term with a missing definition, and keeps the others', () => {
    const text =
      '{\n  "terms": [\n    { "term": "A", "definition": "x" },\n    {\n      "term": "B"\n    },\n    { "definition": "no term" }\n  ]\n}';
    const p = parseJsonGlossary(text, 'x.json');
    expect(p.entries.map(e => e.term)).to.deep.equal(['A']);
    expect(p.problems.map(x => x.line)).to.deep.equal([4, 7]);
    expect(p.problems[0]).to.deep.include({ code: 'json-no-definition', params: { term: 'B' } });
    expect(p.problems[1]).to.deep.include({ code: 'json-term-no-name', params: { number: 3 } });
    expect(problemText(p.problems[0])).to.contain('"B" has no "definition"');
    expect(problemText(p.problems[1])).to.contain('Term 3 has no "term"');
  });

  it('tracks lines in its own JSON reader and agrees with JSON.parse', () => {
    const text = '[\n {"a": "\\u00e9\\n", "b": [1, -2.5e3, true, null]},\n {}\n]';
    const { value, lines } = parseJsonWithLines(text);
    expect(value).to.deep.equal(JSON.parse(text));
    expect(lines.get((value as object[])[1])).to.equal(3);
    expect(() => parseJsonWithLines('{"a": 1,}')).to.throw(/comma/);
  });

  it('names a file nested too deeply to be a glossary, in plain words, instead of running out of stack', () => {
    const deep = '{"terms": ' + '['.repeat(200000) + ']'.repeat(200000) + '}';
    const p = parseGlossaryText(deep, '/files/deep.json');
    expect(p.entries).to.deep.equal([]);
    expect(p.problems.map(x => x.code)).to.deep.equal(['too-deep']);
    expect(p.problems.map(describeProblem)).to.deep.equal([
      '/files/deep.json: This file is nested too deeply to be a glossary. Check that it is the glossary file.'
    ]);
    // A real glossary is nowhere near the limit.
    const sense = { definition: 'x', also: ['y'] };
    const ok = parseGlossaryText(JSON.stringify({ terms: [{ term: 'A', senses: [sense, sense] }] }), 'ok.json');
    expect(ok.problems).to.deep.equal([]);
    expect(() => parseJsonWithLines('['.repeat(60) + ']'.repeat(60))).not.to.throw();
  });

  it('chooses the format by file name or content', () => {
    expect(parseGlossaryText('{"terms": []}', 'a.json').entries).to.deep.equal([]);
    expect(parseGlossaryText('## A\n\nx\n', 'a.md').entries).to.have.length(1);
    expect(parseGlossaryText('[{"term": "A", "definition": "x"}]', '/api/glossary').entries).to.have.length(1);
  });
});

describe('glossary model: a file with no terms', () => {
  it('says so in plain words, with what to check', () => {
    const prose = md('Our glossary\n\nSome words we use.\n');
    expect(prose.entries).to.deep.equal([]);
    expect(prose.problems).to.have.length(1);
    expect(prose.problems[0].code).to.equal('no-terms');
    expect(problemText(prose.problems[0])).to.contain('No terms found').and.to.contain('"## "');
    expect(problemText(prose.problems[0])).to.contain('check the address');
    const oneHash = md('# Router\n\nA box.\n\n# Switch\n\nAnother box.\n');
    expect(oneHash.entries).to.deep.equal([]);
    expect(oneHash.problems.map(p => p.code)).to.deep.equal(['one-hash-only']);
    expect(oneHash.problems.map(p => problemText(p))).to.deep.equal([
      'No terms found. The headings here start with one "#", but each term needs a heading that starts with "## " (two), for example "## Wi-Fi".'
    ]);
    expect(md('# Riverside glossary\n\n## Router\n\nA box.\n').problems).to.deep.equal([]);
  });

  it('recognises a web page (a sign-in or error page) whatever the file is called', () => {
    const page = '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><h2>Sign in</h2></body></html>';
    for (const file of ['local.md', 'glossary.json', '/api/glossary']) {
      const p = parseGlossaryText(page, file);
      expect(p.entries, file).to.deep.equal([]);
      expect(p.problems, file).to.have.length(1);
      expect(p.problems[0].code, file).to.equal('web-page');
      expect(problemText(p.problems[0]), file).to.contain('This is a web page, not a glossary file');
    }
    expect(parseGlossaryText('<!-- made by hand -->\n<html lang="en">', 'a.md').problems[0].code).to.equal('web-page');
  });

  it('shows the problem on the page when src points at a web page', async () => {
    const el = await fixture<TbGlossary>(html`<tb-glossary src="/demo/glossary.html" no-default></tb-glossary>`);
    if (!el.isReady) await oneEvent(el, 'tb-glossary-ready');
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('[part="problems"]')!;
    expect(notice.textContent).to.contain('/demo/glossary.html: This is a web page, not a glossary file');
  });
});

describe('glossary model: layering', () => {
  it('lets the first layer win, whole entries, and keeps each entry’s source', () => {
    const local = parseMarkdownGlossary('## Server\n\nLocal meaning.\n', 'local.md', 'Local');
    const consortium = parseJsonGlossary(
      '{"name": "Consortium", "terms": [{"term": "Server", "definition": "Theirs."}, {"term": "Courier", "definition": "Van."}]}',
      'c.json'
    );
    const base = parseMarkdownGlossary(
      '## Server\n\nDefault.\n\n## Router\n\nBox.\n\n## Courier\n\nDefault van.\n',
      'd.md',
      'Default'
    );
    const g = layerGlossaries([local, consortium, base]);
    expect(g.entries.map(e => `${e.term}:${e.source.name}`)).to.deep.equal([
      'Server:Local',
      'Courier:Consortium',
      'Router:Default'
    ]);
    expect(g.lookup('server')!.entry.senses[0].definition).to.equal('Local meaning.');
    expect(g.sources.map(s => s.name)).to.deep.equal(['Local', 'Consortium', 'Default']);
  });

  it('loads files in order with the built-in glossary last, naming a file that fails', async () => {
    const g = await loadGlossary(
      [
        '/test/fixtures/glossary/local.md',
        '/test/fixtures/glossary/consortium.json',
        '/test/fixtures/glossary/missing.md'
      ],
      { includeDefault: true }
    );
    expect(g.lookup('server')!.entry.source.name).to.equal('Riverside Library IT');
    expect(g.lookup('courier')!.entry.source.name).to.equal('Valley Libraries Consortium');
    expect(g.lookup('OPAC')!.entry.source.name).to.equal('Techbridge glossary');
    const missing = g.problems.find(p => p.file.endsWith('missing.md'));
    expect(missing).to.deep.include({ code: 'fetch-not-found', line: 0 });
    expect(missing?.params).to.include({ status: '404' });
    expect(problemText(missing!)).to.contain('not found (404)');
  });
});

describe('glossary model: choosing a sense', () => {
  const g = createGlossary(
    md(`## Server
### The computer
cues: rack, room, fan
A computer.

### The program
cues: web, software
A program.
`)
  );
  const entry = g.entries[0];

  it('picks the sense whose cues appear most, others in order', () => {
    expect(chooseSense(entry, 'The server in the back room has a noisy fan.').chosen).to.equal(0);
    const c = chooseSense(entry, 'Restart the web server software, the web page is down.');
    expect(c.chosen).to.equal(1);
    expect(c.others).to.deep.equal([0]);
    expect(c.scores).to.deep.equal([0, 3]);
  });

  it('falls back to the first sense, and honours a preferred one', () => {
    expect(chooseSense(entry, 'Nothing useful here.').chosen).to.equal(0);
    expect(chooseSense(entry, 'web web web', 0).chosen).to.equal(0);
    expect(findSense(entry, '2')).to.equal(1);
    expect(findSense(entry, 'the PROGRAM')).to.equal(1);
    expect(findSense(entry, 'nope')).to.equal(-1);
  });
});

describe('glossary matcher', () => {
  const g = createGlossary(
    md(`## Print
A word.

## Print release
A system.

## Wi-Fi
also: wireless
A radio network.

## Interlibrary loan
abbreviation: ILL
Borrowing.

## .NET
A programming platform.

## Café Wi‑Fi
A place.

## Straße
A street.

## C++
A language.

## Patron's record
A record.

## Router
Box.
`)
  );

  it('prefers the longest match', () => {
    expect(found(g, 'Use print release to print.')).to.deep.equal(['print release=print-release', 'print=print']);
  });

  it('respects word boundaries with punctuation and non-English letters', () => {
    expect(found(g, 'Wi-Fi, wireless; (Wi-Fi). Reprint blueprint printer')).to.deep.equal([
      'Wi-Fi=wi-fi',
      'wireless=wi-fi',
      'Wi-Fi=wi-fi'
    ]);
    expect(found(g, 'Die Straße, Straßenbahn, café Wi-Fi')).to.deep.equal(['Straße=straße', 'café Wi-Fi=cafe-wi-fi']);
    expect(found(g, 'We use C++ and .NET, not C#.')).to.deep.equal(['C++=c', '.NET=net']);
  });

  it('applies per-alias case rules', () => {
    expect(found(g, 'An ILL request for an ill patron.')).to.deep.equal(['ILL=interlibrary-loan']);
  });

  it('matches across line breaks, any apostrophe, and simple plurals', () => {
    expect(found(g, 'print\n  release, the patron’s record, two routers, ILLs')).to.deep.equal([
      'print\n  release=print-release',
      'patron’s record=patron-s-record',
      'routers=router',
      'ILLs=interlibrary-loan'
    ]);
  });

  it('follows shared first words to the longest pattern, with a plural on the last word only', () => {
    const m = new Matcher(
      ['print', 'print release', 'print release station', 'print queue', 'release'].map((text, id) => ({
        text,
        caseSensitive: false,
        id
      }))
    );
    const hits = (text: string) => m.find(text).map(h => `${text.slice(h.start, h.end)}=${h.id}`);
    expect(hits('A print release station, two print queues, prints release; print-release.')).to.deep.equal([
      'print release station=2',
      'print queues=3',
      'prints=0',
      'release=4',
      'print=0',
      'release=4'
    ]);
    expect(hits('print releases station')).to.deep.equal(['print releases=1']);
  });

  it('compiles in pieces to the same matcher, with turns for the page between them', async () => {
    const words = ['print', 'release', 'station', 'queue', 'router', 'ILL', 'Wi-Fi', 'C++'];
    const patterns = Array.from({ length: 3000 }, (_, id) => ({
      text: id < words.length ? words[id] : `${words[id % words.length]} ${id}`,
      caseSensitive: id % words.length === 5,
      id
    }));
    const text = 'A print release station 17, two Wi-Fi routers, ILLs, C++ 15, queue 3 and Print 8.';
    const atOnce = new Matcher(patterns);
    // A click's task queued before it starts (as in loading.test.ts: with scheduler.yield(), the continuation of a
    // job that yields goes before timers, never before input).
    let over = false;
    let during = false;
    const scheduler = (globalThis as unknown as { scheduler: { postTask(f: () => void, o: object): Promise<void> } })
      .scheduler;
    void scheduler.postTask(() => (during = !over), { priority: 'user-blocking' });
    const inPieces = await Matcher.inPieces(patterns, {}, { budgetMs: 0 });
    over = true;
    expect(inPieces.size).to.equal(atOnce.size);
    expect(inPieces.find(text)).to.deep.equal(atOnce.find(text));
    expect(inPieces.find(text).length).to.be.greaterThan(5);
    expect(during, 'the task ran between the pieces').to.equal(true);
  });

  it('keeps exact-case names exact, plural included: "PCs" but not "PCS"', () => {
    const m = new Matcher([
      { text: 'PC', caseSensitive: true, id: 0 },
      { text: 'Ask IT', caseSensitive: true, id: 1 }
    ]);
    const hits = (text: string) => m.find(text).map(h => text.slice(h.start, h.end));
    expect(hits('PC, PCs, PCS, pc, Pc. Ask IT, ask it, Ask ITs.')).to.deep.equal(['PC', 'PCs', 'Ask IT', 'Ask ITs']);
  });

  it('leaves names inside web and e-mail addresses, file paths, file names and name_with_underscores alone', () => {
    const m = new Matcher(
      ['router', 'IT', 'Wi-Fi', 'Bluetooth', 'wifi', 'print release', 'example', 'Node.js'].map((text, id) => ({
        text,
        caseSensitive: text === 'IT',
        id
      }))
    );
    const hits = (text: string) => m.find(text).map(h => text.slice(h.start, h.end));
    // Each of these is one address or path: nothing in it is a use of the word.
    for (const text of [
      'https://library.example.org/wifi/router-setup.html',
      'S:\\IT\\router_notes.docx',
      'it@router.example',
      'IT@library.example',
      'router_1',
      'my_router',
      'www.router.com',
      '(www.router.com)',
      'library.example.org/wifi/router-setup.html',
      '/srv/router/notes',
      'files/router/',
      'router.example.org',
      'router-setup.html',
      'http://print release'
    ]) {
      expect(hits(text), text).to.deep.equal([]);
    }
    // Ordinary punctuation still works; a single "/" between two words reads as "or", so both are terms.
    expect(hits('Restart the router. (Wi-Fi) "IT", router; Wi-Fi/Bluetooth and router/Wi-Fi.')).to.deep.equal([
      'router',
      'Wi-Fi',
      'IT',
      'router',
      'Wi-Fi',
      'Bluetooth',
      'router',
      'Wi-Fi'
    ]);
    // A dot inside the name itself is not an address, nor is a version number ("Wi-Fi-6.0").
    expect(hits('Node.js, the Wi-Fi-6.0 router, print release.')).to.deep.equal([
      'Node.js',
      'Wi-Fi',
      'router',
      'print release'
    ]);
    // One address does not hide the same word next to it.
    expect(hits('See https://example.org/router for the router.')).to.deep.equal(['router']);
  });

  it('agrees with a pattern-by-pattern search on random text', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const words = ['ab', 'abc', 'bus', 'café', 'Café', 'ILL', 'ill', 'wi', 'fi', 'straße', 'x1', 'e'];
    const separators = [' ', '  ', '\n', '-', '’', "'", ', ', '. ', '+'];
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, id) => {
        let text = pick(words);
        if (random() < 0.4) text += pick([' ', '-', '’']) + pick(words);
        return { text, caseSensitive: random() < 0.3, id };
      });
      let text = '';
      for (let i = 0; i < 40; i++) text += pick(words) + (random() < 0.3 ? pick(['s', 'es']) : '') + pick(separators);
      expect(new Matcher(patterns).find(text), text).to.deep.equal(referenceFind(patterns, text));
    }
  });

  // Finds every match with 5,000 patterns over 20,000 words. How long it takes is measured in the bench
  // (npm run bench, docs/bench-glossary.md), never here: a busy machine must not fail the suite.
  it('scales: one pass, many patterns', () => {
    const patterns = Array.from({ length: 5000 }, (_, i) => ({
      text: `term${i} word${i % 7}`,
      caseSensitive: false,
      id: i
    }));
    const m = new Matcher(patterns);
    const text = Array.from({ length: 20000 }, (_, i) =>
      i % 10 === 0 ? `term${i % 5000} word${(i % 5000) % 7}` : 'plain'
    ).join(' ');
    const hits = m.find(text);
    expect(hits).to.have.length(2000);
    expect(hits[1]).to.deep.include({ id: 10 });
  });

  it('gives stable slugs', () => {
    expect(slugify('Wi-Fi')).to.equal('wi-fi');
    expect(slugify('  Café  Wi‑Fi ')).to.equal('cafe-wi-fi');
    expect(slugify('ILL')).to.equal('ill');
  });
});

describe('the built-in glossary', () => {
  const p = parseMarkdownGlossary(DEFAULT_GLOSSARY_MD, 'glossary.md');

  it('has at least 80 terms and no problems', () => {
    expect(p.problems).to.deep.equal([]);
    expect(p.entries.length).to.be.at.least(80);
    for (const term of [
      'Network',
      'Server',
      'Internet service provider',
      'Browser',
      'Cache',
      'Reimage',
      'Federated search',
      'ILS',
      'OPAC',
      'Firewall',
      'Wi-Fi',
      'Router',
      'PC reservation',
      'Print release',
      'Client',
      'Platform',
      'Interlibrary loan'
    ]) {
      expect(
        p.entries.some(e => e.term === term),
        term
      ).to.equal(true);
    }
    const multi = p.entries.filter(e => e.senses.length > 1).map(e => e.term);
    expect(multi).to.include.members(['Server', 'Cache', 'Network', 'Client', 'Platform']);
  });

  it('keeps "ILL" and "ill" apart', () => {
    const g = createGlossary(p);
    expect(found(g, 'The ILL came. I felt ill.')).to.deep.equal(['ILL=interlibrary-loan']);
  });

  it('talks to readers only: no notes on how the tool matches words in a definition, no misleading names', () => {
    const g = createGlossary(p);
    for (const entry of p.entries) {
      for (const sense of entry.senses) {
        const text = `${sense.definition}\n${sense.more}`;
        expect(text, entry.term).to.not.match(/left alone|capital letters only|in running text|lower case/i);
      }
    }
    // The capitals rule is a field, where authors look for it, and it still holds.
    expect(found(g, 'Ask IT about it. The ILL came; I felt ill.')).to.deep.equal(['IT=it', 'ILL=interlibrary-loan']);
    // Staff read "free software" as software that costs nothing, which open source need not be.
    expect(g.lookup('free software')).to.equal(undefined);
    expect(found(g, 'Get free software from the shop. Koha is open source.')).to.deep.equal([
      'software=software',
      'open source=open-source'
    ]);
  });

  it('picks the meaning a librarian means in a staff-news sentence ("saves on the desktop" is the screen)', () => {
    const g = createGlossary(p);
    const desktop = g.get('desktop')!;
    const text =
      'Each new computer will be reimaged with our standard set-up, and reboot to restore will be switched on, ' +
      'so anything a patron saves on the desktop is wiped when they log off.';
    expect(desktop.senses[chooseSense(desktop, text).chosen].label).to.equal('The main screen');
    const bought = 'We will replace the old desktop computers with new PCs and monitors.';
    expect(desktop.senses[chooseSense(desktop, bought).chosen].label).to.equal('Desktop computer');
  });

  it('says what an abbreviation is short for the right way round, and never "related" and "not the same" at once', () => {
    const g = createGlossary(p);
    const ill = g.lookup('ILL')!.entry;
    expect(ill.term).to.equal('Interlibrary loan');
    expect(ill.shortFor).to.equal('');
    for (const entry of p.entries) {
      const both = entry.related.filter(r => entry.notConfusedWith.includes(r));
      expect(both, entry.term).to.deep.equal([]);
      // Every related or "not the same as" name leads somewhere in the glossary.
      for (const name of [...entry.related, ...entry.notConfusedWith])
        expect(g.lookup(name), `${entry.term} → ${name}`).to.not.equal(undefined);
    }
  });

  it('is the same text as src/content/glossary.md (run generate-default.mjs after editing it)', async () => {
    const text = await (await fetch('/src/content/glossary.md')).text();
    expect(DEFAULT_GLOSSARY_MD).to.equal(text);
  });
});

/**
 * A slow, obvious matcher to check the fast one against: at each word start, every pattern as a sticky regular
 * expression, longest pattern first (exact case first at equal length); leftmost-longest, not overlapping. A plural
 * ending counts after a name that ends in a letter, and a last word of two letters or more.
 */
function referenceFind(patterns: { text: string; caseSensitive: boolean; id: number }[], text: string) {
  const word = /[\p{L}\p{M}\p{N}]/u;
  const sorted = [...patterns].sort(
    (a, b) => b.text.length - a.text.length || Number(b.caseSensitive) - Number(a.caseSensitive)
  );
  const res = sorted.map(p => {
    const body = p.text
      .split(/(\s+|['’‘]|-)/u)
      .filter(Boolean)
      .map(part =>
        /^\s+$/u.test(part)
          ? '\\s+'
          : /^['’‘]$/u.test(part)
            ? "['’‘]"
            : part === '-'
              ? '[\\x2d‐‑–]'
              : part.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
      )
      .join('');
    // A plural only for names that end in a letter ("x1s" is not a plural of "x1").
    return new RegExp(/\p{L}$/u.test(p.text) ? `${body}(e?s)?` : body, p.caseSensitive ? 'uy' : 'iuy');
  });
  const lastWord = sorted.map(p => /[\p{L}\p{M}\p{N}]+$/u.exec(p.text)?.[0].length ?? 0);
  const out: { start: number; end: number; id: number }[] = [];
  let i = 0;
  while (i < text.length) {
    if (!word.test(text[i]) || (i > 0 && word.test(text[i - 1]))) {
      i++;
      continue;
    }
    let end = -1;
    for (let k = 0; k < sorted.length && end < 0; k++) {
      const re = res[k];
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m || (m[1] && lastWord[k] < 2)) continue;
      if (re.lastIndex < text.length && word.test(text[re.lastIndex])) continue;
      end = re.lastIndex;
      out.push({ start: i, end, id: sorted[k].id });
    }
    if (end < 0) while (i < text.length && word.test(text[i])) i++;
    else i = end;
  }
  return out;
}
