import { expect } from '@open-wc/testing';
import { PRESETS } from '../../../src/components/donation-checker/presets-data.js';
import { readPolicy, withLimits } from '../../../src/components/donation-checker/read-policy.js';

const baseline = PRESETS.baseline;
const codes = (input: unknown) => {
  const reading = readPolicy(input);
  return reading.ok ? [] : reading.problems.map(p => `${p.code}${p.path ? ` ${p.path}` : ''}`);
};
const withRule = (index: number, change: Record<string, unknown>) => ({
  ...baseline,
  rules: baseline.rules.map((r, i) => (i === index ? { ...r, ...change } : r))
});

describe('donation-checker readPolicy', () => {
  it('accepts every preset, as text and as a value', () => {
    for (const policy of Object.values(PRESETS)) {
      expect(readPolicy(policy).ok).to.equal(true);
      expect(readPolicy(JSON.stringify(policy)).ok).to.equal(true);
    }
    expect(readPolicy(`\uFEFF${JSON.stringify(baseline)}`).ok).to.equal(true);
  });

  it('names each problem with a code and a place', () => {
    const ageIndex = baseline.rules.findIndex(r => r.kind === 'age');
    const table: [string, unknown, string[]][] = [
      ['broken JSON', '{"schemaVersion": 1, "rules": [', ['not-json']],
      ['a list', '[]', ['not-object']],
      ['a number', 42, ['not-object']],
      ['too large', ' '.repeat(200_001), ['too-large']],
      ['too deep', JSON.parse(`${'{"a":'.repeat(20)}1${'}'.repeat(20)}`), ['too-deep']],
      ['wrong version', { ...baseline, schemaVersion: 2 }, ['wrong-schema-version schemaVersion']],
      ['no id', { ...baseline, id: '' }, ['missing-field id']],
      ['no title', { ...baseline, title: {} }, ['bad-text title']],
      ['no rules', { ...baseline, rules: [] }, ['no-rules rules']],
      ['rule not an object', { ...baseline, rules: ['x'] }, ['rule-not-object rules[0]']],
      ['unknown kind', withRule(0, { kind: 'colour' }), ['rule-unknown-kind rules[0].kind']],
      ['no clause', withRule(1, { clause: '' }), ['rule-missing-field rules[1].clause']],
      ['bad severity', withRule(1, { severity: 'maybe' }), ['rule-bad-severity rules[1].severity']],
      ['text a number', withRule(1, { text: 5 }), ['bad-text rules[1].text']],
      ['limit a word', withRule(ageIndex, { maxYears: 'six' }), [`rule-bad-limit rules[${ageIndex}].maxYears`]],
      ['limit negative', withRule(ageIndex, { maxYears: -1 }), [`rule-bad-limit rules[${ageIndex}].maxYears`]],
      [
        'limit missing',
        withRule(ageIndex, { maxYears: undefined }),
        [`rule-missing-limit rules[${ageIndex}].maxYears`]
      ],
      [
        'unknown device',
        withRule(0, { accepted: ['desktop', 'toaster'] }),
        ['rule-bad-list-item rules[0].accepted[1]']
      ],
      ['same id twice', withRule(1, { id: baseline.rules[0].id }), ['duplicate-rule-id rules[1].id']],
      ['bad referral', { ...baseline, referrals: [{ detail: 'no name' }] }, ['bad-referral referrals[0]']],
      ['bad lead time', { ...baseline, deploymentLeadMonths: 1.5 }, ['rule-bad-limit deploymentLeadMonths']]
    ];
    for (const [name, input, expected] of table) expect(codes(input), name).to.deep.equal(expected);
  });

  it('keeps the parser message for broken JSON, shortened', () => {
    const reading = readPolicy('{"a": tru}');
    expect(reading.ok).to.equal(false);
    if (!reading.ok) expect(reading.problems[0].detail).to.match(/JSON|token/i);
  });

  it('applies attribute limits to the first rule of their kind without changing the original', () => {
    const changed = withLimits(baseline, { maxAgeYears: 3, minRamGb: 16 });
    expect(changed.rules.find(r => r.kind === 'age')!.maxYears).to.equal(3);
    expect(changed.rules.find(r => r.kind === 'ram')!.minGb).to.equal(16);
    expect(baseline.rules.find(r => r.kind === 'age')!.maxYears).to.equal(6);
    expect(withLimits(baseline, {})).to.equal(baseline);
  });
});
