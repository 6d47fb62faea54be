/**
 * Every glossary problem code has words in English and in Spanish, with its values filled in: the readers give
 * codes (model.ts `GlossaryProblemCode`), problem-words.ts and the catalogs say them.
 */
import { expect } from '@open-wc/testing';
import { format, pluralForm, type Params } from '../../../src/core/i18n.js';
import type { Endpoint } from '../../../src/core/submit.js';
import type { GlossaryProblem, GlossaryProblemCode } from '../../../src/components/glossary/model.js';
import type { JsonSyntaxWhat } from '../../../src/components/glossary/parse-json.js';
import {
  englishWords,
  problemLine,
  problemText,
  type ProblemWords
} from '../../../src/components/glossary/problem-words.js';
import en from '../../../src/components/glossary/strings/en.js';
import es from '../../../src/components/glossary/strings/es.js';

/** Spanish words the way the element says them: the es catalog, numbers through Intl in Spanish. */
const spanishWords: ProblemWords = {
  t(key, params) {
    const message = es[key];
    const text = typeof message === 'string' ? message : pluralForm(message, Number(params?.count ?? 0), 'es');
    return format(text, params, n => new Intl.NumberFormat('es').format(n));
  }
};

// One example of each code with every value it uses. A Record, so a new code without an example does not compile.
const term = { term: 'Router' };
const address = { address: 'https://example.org/g.md' };
const status = { ...address, status: '404' };
const EXAMPLES: Record<GlossaryProblemCode, Params> = {
  'fetch-address': { address: 'http://[bad' },
  'fetch-unreachable': address,
  'fetch-broke-off': address,
  'fetch-not-found': status,
  'fetch-refused': { ...address, status: '403' },
  'fetch-busy': { ...address, status: '429' },
  'fetch-server': { ...address, status: '503' },
  'fetch-http': { ...address, status: '418' },
  'fetch-timeout': address,
  'file-unreadable': {},
  'default-missing': {},
  'too-deep': {},
  'too-deep-object': {},
  'json-syntax': { what: 'comma-or-brace', near: '"definition": "x"}' },
  'json-no-terms': {},
  'json-term-not-object': { number: 3 },
  'json-term-no-name': { number: 3 },
  'json-not-list': { key: 'also', ...term },
  'json-not-text': { key: 'definition', ...term },
  'json-senses-not-list': term,
  'json-meaning-not-object': { number: 2, ...term },
  'json-meaning-no-definition': { number: 2, ...term },
  'json-no-definition': term,
  'json-annotate': term,
  'json-same-id': { term: 'C#', id: 'c', other: 'C++', earlier: 1 },
  'web-page': {},
  'no-terms': {},
  'one-hash-only': {},
  'front-matter-open': {},
  'front-matter-line': { text: 'colour: blue' },
  'one-hash-heading': { title: 'Router' },
  'heading-no-term': {},
  'meaning-before-term': { meaning: 'Lost sense' },
  'unknown-field': { field: 'colour', fields: 'also, short for' },
  'field-on-meaning': { field: 'related', ...term },
  'field-empty': { field: 'also' },
  'code-block-open': {},
  'md-same-id': { term: 'C#', id: 'c', earlier: 3 },
  'alias-taken': { alias: 'Router', term: 'Modem', other: 'Router', earlier: 3 },
  'md-no-definition': term,
  'text-outside-meanings': { term: 'Cache' },
  'md-meaning-no-definition': { meaning: 'A', term: 'Cache' },
  'md-annotate': term,
  'duplicate-term': { ...term, earlier: 3 },
  'too-many-terms': { count: 10_005, max: 10_000, term: 'Term 10000' },
  'definition-too-long': { term: 'Huge', length: 5_000_000, max: 2_000 },
  'definition-too-nested': { term: 'Deep', max: 8 },
  'more-too-long': { term: 'Big', meaning: 'The computer', length: 20_001, max: 20_000 },
  'more-too-nested': { term: 'Deep', max: 8 },
  'block-too-long': { term: 'Wordy', max: 3_000 },
  'annotate-choice': { value: 'sometimes' },
  'endpoint-unusable': { value: 'ftp://x', why: 'wrong-scheme' }
};

const SYNTAX: Record<JsonSyntaxWhat, true> = {
  'quote-open': true,
  'bad-escape': true,
  'control-character': true,
  'comma-before-brace': true,
  'name-expected': true,
  'colon-expected': true,
  'comma-or-brace': true,
  'comma-before-bracket': true,
  'comma-or-bracket': true,
  'ends-early': true,
  'not-json': true,
  'text-after': true
};
const ENDPOINT: Record<Extract<Endpoint, { kind: 'invalid' }>['code'], true> = {
  'bad-mailto': true,
  'not-an-address': true,
  'wrong-scheme': true
};

/** Every problem, the sub-kinds of the two codes that have them included. */
function allProblems(): GlossaryProblem[] {
  const out: GlossaryProblem[] = [];
  for (const [code, params] of Object.entries(EXAMPLES) as [GlossaryProblemCode, Params][]) {
    out.push({ file: 'g.md', line: 4, code, params: params as GlossaryProblem['params'] });
  }
  for (const what of Object.keys(SYNTAX)) {
    out.push({
      file: 'g.json',
      line: 2,
      code: 'json-syntax',
      params: { what, near: 'x', ...(what === 'colon-expected' ? { key: 'term' } : {}) }
    });
    out.push({
      file: 'g.json',
      line: 2,
      code: 'json-syntax',
      params: { what, near: '', ...(what === 'colon-expected' ? { key: 'term' } : {}) }
    });
  }
  for (const why of Object.keys(ENDPOINT)) {
    out.push({ file: '', line: 0, code: 'endpoint-unusable', params: { value: 'x', why } });
  }
  out.push({
    file: 'g.md',
    line: 0,
    code: 'definition-too-long',
    params: { term: 'B', meaning: 'S', length: 9, max: 2 }
  });
  out.push({ file: 'g.md', line: 0, code: 'too-many-terms', params: { count: 1, max: 0, term: 'A' } });
  return out;
}

describe('glossary problems in words', () => {
  it('every code has English and Spanish words, every value filled in, and the two differ', () => {
    for (const problem of allProblems()) {
      const label = `${problem.code} ${JSON.stringify(problem.params)}`;
      const english = problemText(problem, englishWords);
      const spanish = problemText(problem, spanishWords);
      for (const text of [english, spanish]) {
        expect(text, label).to.have.length.above(10);
        expect(text, label).not.to.match(/\{\w+\}/);
        expect(text, label).not.to.contain('problem-');
        expect(text, label).not.to.contain('undefined');
      }
      expect(spanish, label).not.to.equal(english);
      for (const value of Object.values(problem.params ?? {})) {
        if (typeof value === 'string' && !['what', 'why'].some(k => problem.params?.[k] === value) && value) {
          expect(english, `${label} (en)`).to.contain(value);
          expect(spanish, `${label} (es)`).to.contain(value);
        }
      }
    }
  });

  it('says a meaning of a term, and numbers in each language', () => {
    const p: GlossaryProblem = {
      file: 'g.md',
      line: 1234,
      code: 'definition-too-long',
      params: EXAMPLES['definition-too-long'] as GlossaryProblem['params']
    };
    expect(problemLine(p)).to.equal(
      'g.md, line 1,234: The definition of "Huge" is 5,000,000 characters long; the limit is 2,000. It was left out. Keep the first paragraph short and put the rest after a blank line.'
    );
    expect(problemLine(p, spanishWords)).to.match(
      /^g\.md, línea 1234: La definición de «Huge» tiene 5\.000\.000 caracteres; el máximo es 2000\./
    );
    const sense = {
      ...p,
      line: 0,
      code: 'more-too-long' as const,
      params: EXAMPLES['more-too-long'] as GlossaryProblem['params']
    };
    expect(problemLine(sense)).to.match(
      /^g\.md: The longer explanation of the meaning "The computer" of "Big" is 20,001/
    );
    expect(problemLine(sense, spanishWords)).to.match(
      /^g\.md: La explicación larga de «Big» \(en el sentido «The computer»\) tiene 20\.001/
    );
  });

  it('says JSON syntax problems near a place or at the end of the file', () => {
    const near: GlossaryProblem = {
      file: 'g.json',
      line: 3,
      code: 'json-syntax',
      params: { what: 'colon-expected', near: '1}', key: 'term' }
    };
    expect(problemText(near)).to.equal(
      'This is not valid JSON: A colon was expected after "term" near "1}". Nothing from this file could be used.'
    );
    expect(problemText(near, spanishWords)).to.equal(
      'Esto no es JSON válido: faltan los dos puntos después de «term» cerca de «1}». No se pudo usar nada de este archivo.'
    );
    const end: GlossaryProblem = {
      file: 'g.json',
      line: 3,
      code: 'json-syntax',
      params: { what: 'ends-early', near: '' }
    };
    expect(problemText(end)).to.equal(
      'This is not valid JSON: The file ends too early at the end of the file. Nothing from this file could be used.'
    );
  });

  it('every problem key in the English catalog is in the Spanish one', () => {
    const keys = Object.keys(en).filter(k => k.startsWith('problem-'));
    expect(keys.length).to.be.above(60);
    for (const key of keys) expect(es, key).to.have.property(key);
  });
});
