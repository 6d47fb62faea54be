import { expect } from '@open-wc/testing';
import { applyReplacement, lintText, quotedSpans, readRules } from '../../../src/components/mou-outline/lint.js';
import { RULES_EN, RULES_ES } from '../../../src/components/mou-outline/lint-rules.js';

const ids = (text: string, rules = RULES_EN) => lintText(text, rules).map(f => `${f.severity}:${f.ruleId}`);

describe('mou-outline wording checks (English)', () => {
  const cases: [string, string[]][] = [
    ['This partnership agreement sets out our plans.', ['error:partnership-agreement']],
    ['A Joint Venture between the library and the college.', ['error:joint-venture']],
    ['The partnership will run for a year.', ['warning:partnership']],
    ['In consideration of the space provided, the center will…', ['warning:consideration']],
    ['This memorandum is legally binding.', ['warning:legally-binding']],
    ['It is a binding agreement.', ['warning:binding-contract']],
    ['The center shall indemnify the library.', ['warning:indemnify']],
    ['Each side is liable for damage it causes.', ['warning:liable']],
    ['The library is the exclusive venue.', ['warning:exclusive']],
    ['A penalty of $50 applies.', ['warning:penalty']],
    ['The parties hereby agree to meet.', ['warning:covenant']]
  ];
  for (const [text, expected] of cases) {
    it(`finds ${expected.join(', ')} in "${text}"`, () => {
      expect(ids(text)).to.deep.equal(expected);
    });
  }

  it('leaves partners in the community alone', () => {
    expect(ids('We reach people through our partners in the community.')).to.deep.equal([]);
    expect(ids('Our community partnerships are many.')).to.deep.equal([]);
    expect(ids('Volunteers are partners in this work.')).to.deep.equal([]);
  });

  it('leaves quoted examples alone, in straight and curly quotes', () => {
    expect(ids('We do not call this a "partnership agreement" or a “joint venture”.')).to.deep.equal([]);
    expect(ids('Avoid ‘partnership’ for the arrangement.')).to.deep.equal([]);
    // …but not the same words outside the quotes.
    expect(ids('"Example" then a joint venture')).to.deep.equal(['error:joint-venture']);
  });

  it('leaves negated phrases alone', () => {
    expect(ids('This memorandum is not legally binding.')).to.deep.equal([]);
    expect(ids('It is a non-binding agreement.')).to.deep.equal([]);
    expect(ids('This is not a binding contract.')).to.deep.equal([]);
    expect(ids("It isn't legally binding.")).to.deep.equal([]);
  });

  it('matches whole words only', () => {
    expect(ids('The exclusively senior program; unliable; penaltyfree')).to.deep.equal([]);
    expect(ids('Partnerships across the county')).to.deep.equal([]);
  });

  it('reports the longer phrase once where findings overlap', () => {
    const found = lintText('our partnership agreement', RULES_EN);
    expect(found).to.have.length(1);
    expect(found[0]).to.include({ ruleId: 'partnership-agreement', severity: 'error', start: 4, end: 25 });
  });

  it('offers a replacement that keeps the case and applies it in one step', () => {
    const text = 'Partnership goals. The Liability is shared.\nThe JOINT VENTURE starts.';
    const found = lintText(text, RULES_EN);
    expect(found.map(f => f.replacement)).to.deep.equal(['Collaboration', 'Responsibility', 'COLLABORATION']);
    let fixed = text;
    for (const f of [...found].reverse()) fixed = applyReplacement(fixed, f);
    expect(fixed).to.equal('Collaboration goals. The Responsibility is shared.\nThe COLLABORATION starts.');
    expect(lintText(fixed, RULES_EN)).to.deep.equal([]);
  });

  it('does not replace when the text moved since the check', () => {
    const [f] = lintText('a joint venture', RULES_EN);
    expect(applyReplacement('the joint venture', f)).to.equal('the joint venture');
  });

  it('gives stable keys that do not depend on position', () => {
    const a = lintText('joint venture', RULES_EN, 'roles/does@a')[0].key;
    const b = lintText('Some words first. Joint  venture', RULES_EN, 'roles/does@a')[0].key;
    expect(a).to.equal(b);
    expect(a).to.equal('roles/does@a/joint-venture/joint venture');
  });

  it('explains every finding in plain words and always offers a replacement', () => {
    for (const rule of [...RULES_EN, ...RULES_ES]) {
      expect(rule.why.length, rule.id).to.be.greaterThan(30);
      expect(rule.replacement, rule.id).to.not.equal('');
    }
  });

  it('works from a configured list, dropping malformed rules', () => {
    const rules = readRules([
      { id: 'shall', severity: 'warning', phrases: ['shall'], why: 'Say "will".', replacement: 'will' },
      { id: 'bad', severity: 'fatal', phrases: ['x'], why: 'y', replacement: 'z' },
      'nonsense',
      { id: 'broken', severity: 'warning', phrases: ['x'], why: 'y', replacement: 'z', notAfter: '(' }
    ]);
    expect(rules.map(r => r.id)).to.deep.equal(['shall', 'broken']);
    expect(ids('We shall meet. x', rules)).to.deep.equal(['warning:shall']);
  });

  it('finds quoted spans, an unclosed quote ending at the line end', () => {
    expect(quotedSpans('a "b" c')).to.deep.equal([[2, 5]]);
    expect(quotedSpans('a "b\nc')).to.deep.equal([[2, 5]]);
  });
});

describe('mou-outline wording checks (Spanish)', () => {
  const es = (text: string) => ids(text, RULES_ES);
  it('flags the Spanish legal terms', () => {
    expect(es('Este acuerdo de asociación entra en vigor hoy.')).to.deep.equal(['error:partnership-agreement']);
    expect(es('Una empresa conjunta entre las dos.')).to.deep.equal(['error:joint-venture']);
    expect(es('La asociación durará un año.')).to.deep.equal(['warning:partnership']);
    expect(es('En contraprestación, el centro dará…')).to.deep.equal(['warning:consideration']);
    expect(es('Es jurídicamente vinculante.')).to.deep.equal(['warning:legally-binding']);
    expect(es('El centro indemnizará a la biblioteca.')).to.deep.equal(['warning:indemnify']);
    expect(es('Tiene responsabilidad civil.')).to.deep.equal(['warning:liable']);
    expect(es('Un acuerdo exclusivo.')).to.deep.equal(['warning:exclusive']);
    expect(es('Habrá una penalización.')).to.deep.equal(['warning:penalty']);
  });
  it('leaves names, partners, negations and quotes alone', () => {
    expect(es('Trabajamos con la Asociación de Vecinos.')).to.deep.equal([]);
    expect(es('Nuestros socios en la comunidad ayudan.')).to.deep.equal([]);
    expect(es('Este memorando no es jurídicamente vinculante.')).to.deep.equal([]);
    expect(es('No lo llamamos «empresa conjunta».')).to.deep.equal([]);
    expect(es('Un programa exclusivamente para mayores.')).to.deep.equal([]);
  });
  it('replaces with Spanish words', () => {
    const [f] = lintText('Este acuerdo de asociación', RULES_ES);
    expect(applyReplacement('Este acuerdo de asociación', f)).to.equal('Este memorando de entendimiento');
  });
});
