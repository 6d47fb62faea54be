import { expect } from '@open-wc/testing';
import { cpuInfo } from '../../../src/components/donation-checker/cpu.js';
import { addMonths, daysBetween, wholeMonthsBetween } from '../../../src/components/donation-checker/dates.js';
import type { DonationPolicy, Offer, PolicyRule } from '../../../src/components/donation-checker/model.js';
import { OS_EOL } from '../../../src/components/donation-checker/os-eol-data.js';
import { supportFor } from '../../../src/components/donation-checker/os-support.js';
import { checkOffer, clauseText, rollUp } from '../../../src/components/donation-checker/policy.js';
import { PRESETS } from '../../../src/components/donation-checker/presets-data.js';

const TODAY = '2026-12-06';
const rule = (r: Partial<PolicyRule> & Pick<PolicyRule, 'kind'>): PolicyRule => ({
  id: r.kind,
  clause: '9.9',
  text: 'x',
  severity: 'hard',
  ...r
});
const one = (r: PolicyRule, offer: Offer, deploymentDate?: string) => {
  const policy: DonationPolicy = { schemaVersion: 1, id: 't', version: '1', title: 't', rules: [r] };
  return checkOffer(policy, offer, { today: TODAY, deploymentDate, osData: OS_EOL });
};

/** A computer that passes every rule of every preset. */
const GOOD: Offer = {
  deviceType: 'desktop',
  year: 2024,
  cpuName: 'Intel(R) Core(TM) i5-12500 CPU @ 3.00GHz',
  cpuCores: 6,
  ramGb: 16,
  storageGb: 512,
  storageType: 'ssd',
  osFamily: 'windows',
  osVersion: '11',
  windowsEdition: 'pro',
  tpm: '2.0',
  licence: true,
  recoveryMedia: true,
  working: true,
  complete: true,
  data: 'wiped'
};

describe('donation-checker dates', () => {
  it('counts whole months and days with the month-end rule', () => {
    const cases: [string, string, number][] = [
      ['2026-01-15', '2026-03-14', 1],
      ['2026-01-15', '2026-03-15', 2],
      ['2026-01-31', '2026-02-28', 1],
      ['2026-12-06', '2026-12-06', 0],
      ['2026-12-06', '2026-12-05', 0],
      ['2026-12-06', '2026-11-06', -1],
      ['2026-12-06', '2027-12-06', 12]
    ];
    for (const [a, b, n] of cases) expect(wholeMonthsBetween(a, b), `${a} → ${b}`).to.equal(n);
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2026-11-30', 14)).to.equal('2028-01-30');
    expect(daysBetween('2026-08-22', '2026-12-06')).to.equal(106);
  });
});

describe('donation-checker cpuInfo', () => {
  const table: [string, string | undefined, number | undefined][] = [
    ['Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz', 'intel', 8],
    ['Intel(R) Core(TM) i7-10510U CPU @ 1.80GHz', 'intel', 10],
    ['11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz', 'intel', 11],
    ['12th Gen Intel(R) Core(TM) i5-1235U', 'intel', 12],
    ['Intel(R) Core(TM) i7-1065G7 CPU @ 1.30GHz', 'intel', 10],
    ['Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz', 'intel', 4],
    ['Intel(R) Core(TM) i7-7700 CPU @ 3.60GHz', 'intel', 7],
    ['Intel(R) Core(TM) i5 CPU M 520 @ 2.40GHz', 'intel', undefined],
    ['Intel(R) Core(TM) i3-2120 CPU @ 3.30GHz', 'intel', 2],
    ['Intel(R) Core(TM) Ultra 5 125U', 'intel', 14],
    ['Intel(R) Celeron(R) N4020 CPU @ 1.10GHz', 'intel', undefined],
    ['AMD Ryzen 5 3500U with Radeon Vega Mobile Gfx', 'amd', 3],
    ['AMD Ryzen 7 PRO 4750U with Radeon Graphics', 'amd', 4],
    ['AMD Ryzen 5 2600 Six-Core Processor', 'amd', 2],
    ['AMD A6-9225 RADEON R4', 'amd', undefined],
    ['Apple M1', 'apple', 1],
    ['Apple M3 Pro', 'apple', 3],
    ['', undefined, undefined]
  ];
  for (const [name, maker, generation] of table) {
    it(`reads "${name}"`, () => {
      const info = cpuInfo(name);
      expect(info.maker).to.equal(maker);
      expect(info.generation).to.equal(generation);
    });
  }
});

describe('donation-checker rules, one at a time', () => {
  type Row = [string, PolicyRule, Offer, string, string];
  const rows: Row[] = [
    // device type
    [
      'type accepted',
      rule({ kind: 'device-type', accepted: ['desktop'] }),
      { deviceType: 'desktop' },
      'pass',
      'type-accepted'
    ],
    [
      'CRT declined',
      rule({ kind: 'device-type', accepted: ['monitor-flat'] }),
      { deviceType: 'monitor-crt' },
      'fail',
      'type-not-accepted'
    ],
    [
      'inkjet declined',
      rule({ kind: 'device-type', accepted: ['printer-laser'] }),
      { deviceType: 'printer-inkjet' },
      'fail',
      'type-not-accepted'
    ],
    ['type unknown', rule({ kind: 'device-type', accepted: ['desktop'] }), {}, 'unknown', 'type-unknown'],
    // age boundaries (today 2026)
    ['age at the limit', rule({ kind: 'age', maxYears: 5 }), { year: 2021 }, 'pass', 'age-ok'],
    ['age one over', rule({ kind: 'age', maxYears: 5 }), { year: 2020 }, 'fail', 'age-too-old'],
    ['age this year', rule({ kind: 'age', maxYears: 0 }), { year: 2026 }, 'pass', 'age-ok'],
    ['age in the future', rule({ kind: 'age', maxYears: 5 }), { year: 2027 }, 'unknown', 'age-in-future'],
    ['age unknown', rule({ kind: 'age', maxYears: 5 }), {}, 'unknown', 'age-unknown'],
    // cpu
    [
      'intel gen at the limit',
      rule({ kind: 'cpu', minIntelGeneration: 8 }),
      { cpuName: 'Core i5-8250U' },
      'pass',
      'cpu-ok'
    ],
    [
      'intel gen one under',
      rule({ kind: 'cpu', minIntelGeneration: 8 }),
      { cpuName: 'Intel Core i7-7700' },
      'fail',
      'cpu-too-old'
    ],
    ['ryzen at the limit', rule({ kind: 'cpu', minRyzenSeries: 2 }), { cpuName: 'AMD Ryzen 5 2600' }, 'pass', 'cpu-ok'],
    ['ryzen under', rule({ kind: 'cpu', minRyzenSeries: 2 }), { cpuName: 'AMD Ryzen 5 1600' }, 'fail', 'cpu-too-old'],
    [
      'celeron generation unknown',
      rule({ kind: 'cpu', minIntelGeneration: 8 }),
      { cpuName: 'Intel Celeron N4020' },
      'unknown',
      'cpu-generation-unknown'
    ],
    ['apple silicon accepted', rule({ kind: 'cpu', minIntelGeneration: 8 }), { cpuName: 'Apple M2' }, 'pass', 'cpu-ok'],
    [
      'apple silicon refused',
      rule({ kind: 'cpu', minIntelGeneration: 8, acceptAppleSilicon: false }),
      { cpuName: 'Apple M2' },
      'fail',
      'cpu-apple-not-accepted'
    ],
    ['cores at the limit', rule({ kind: 'cpu', minCores: 4 }), { cpuCores: 4 }, 'pass', 'cpu-ok'],
    ['cores under', rule({ kind: 'cpu', minCores: 4 }), { cpuCores: 2 }, 'fail', 'cpu-too-few-cores'],
    ['cores unknown', rule({ kind: 'cpu', minCores: 4 }), { cpuName: 'Core i5-8250U' }, 'unknown', 'cpu-cores-unknown'],
    ['cpu name unknown', rule({ kind: 'cpu', minIntelGeneration: 8 }), {}, 'unknown', 'cpu-unknown'],
    // ram
    ['ram at the limit', rule({ kind: 'ram', minGb: 8 }), { ramGb: 8 }, 'pass', 'ram-ok'],
    ['ram under', rule({ kind: 'ram', minGb: 8 }), { ramGb: 7.9 }, 'fail', 'ram-too-little'],
    ['ram unknown', rule({ kind: 'ram', minGb: 8 }), {}, 'unknown', 'ram-unknown'],
    // storage
    [
      'storage at the limit',
      rule({ kind: 'storage', minGb: 128, types: ['ssd'] }),
      { storageGb: 128, storageType: 'ssd' },
      'pass',
      'storage-ok'
    ],
    ['storage small', rule({ kind: 'storage', minGb: 128 }), { storageGb: 120 }, 'fail', 'storage-too-small'],
    [
      'hdd not accepted',
      rule({ kind: 'storage', types: ['ssd'] }),
      { storageGb: 500, storageType: 'hdd' },
      'fail',
      'storage-type-not-accepted'
    ],
    [
      'storage type unknown',
      rule({ kind: 'storage', minGb: 128, types: ['ssd'] }),
      { storageGb: 256 },
      'unknown',
      'storage-type-unknown'
    ],
    // tpm
    ['tpm 2.0', rule({ kind: 'tpm' }), { tpm: '2.0' }, 'pass', 'tpm-ok'],
    ['tpm off', rule({ kind: 'tpm' }), { tpm: 'off' }, 'fail', 'tpm-off'],
    ['tpm 1.2', rule({ kind: 'tpm' }), { tpm: '1.2' }, 'fail', 'tpm-missing'],
    ['tpm unknown', rule({ kind: 'tpm' }), {}, 'unknown', 'tpm-unknown'],
    // yes/no rules
    ['licence yes', rule({ kind: 'licence' }), { licence: true }, 'pass', 'licence-ok'],
    ['licence no', rule({ kind: 'licence' }), { licence: false }, 'fail', 'licence-missing'],
    ['licence unknown', rule({ kind: 'licence' }), {}, 'unknown', 'licence-unknown'],
    ['recovery no', rule({ kind: 'recovery-media' }), { recoveryMedia: false }, 'fail', 'recovery-media-missing'],
    ['recovery unknown', rule({ kind: 'recovery-media' }), {}, 'unknown', 'recovery-media-unknown'],
    ['working', rule({ kind: 'working' }), { working: true }, 'pass', 'working-ok'],
    ['broken', rule({ kind: 'working' }), { working: false }, 'fail', 'not-working'],
    ['working unknown', rule({ kind: 'working' }), {}, 'unknown', 'working-unknown'],
    ['complete', rule({ kind: 'complete' }), { complete: true }, 'pass', 'complete-ok'],
    ['no charger', rule({ kind: 'complete' }), { complete: false }, 'fail', 'not-complete'],
    ['complete unknown', rule({ kind: 'complete' }), {}, 'unknown', 'complete-unknown'],
    // data
    [
      'data wiped',
      rule({ kind: 'data-wiping', accepted: ['wiped', 'please-wipe'] }),
      { data: 'please-wipe' },
      'pass',
      'data-ok'
    ],
    [
      'data still on',
      rule({ kind: 'data-wiping', accepted: ['wiped'] }),
      { data: 'not-wiped' },
      'fail',
      'data-not-accepted'
    ],
    ['data unknown', rule({ kind: 'data-wiping', accepted: ['wiped'] }), {}, 'unknown', 'data-unknown'],
    // os (today 2026-12-06)
    ['os unknown', rule({ kind: 'os', minMonths: 12 }), {}, 'unknown', 'os-unknown'],
    [
      'os not accepted',
      rule({ kind: 'os', families: ['windows'] }),
      { osFamily: 'macos', osVersion: '15' },
      'fail',
      'os-not-accepted'
    ],
    ['no os, not accepted', rule({ kind: 'os', families: ['windows'] }), { osFamily: 'none' }, 'fail', 'os-none'],
    [
      'no os, accepted',
      rule({ kind: 'os', families: ['windows', 'none'] }),
      { osFamily: 'none' },
      'pass',
      'os-none-accepted'
    ],
    [
      'windows 10 ended',
      rule({ kind: 'os', minMonths: 0 }),
      { osFamily: 'windows', osVersion: '10' },
      'fail',
      'os-support-ended'
    ],
    [
      'windows 10 with paid updates',
      rule({ kind: 'os', minMonths: 12, countExtendedSupport: true }),
      { osFamily: 'windows', osVersion: '10' },
      'pass',
      'os-supported'
    ],
    ['windows 7', rule({ kind: 'os' }), { osFamily: 'windows', osVersion: '7' }, 'fail', 'os-support-ended'],
    ['windows version unknown', rule({ kind: 'os' }), { osFamily: 'windows' }, 'unknown', 'os-no-version'],
    ['chromebook without a date', rule({ kind: 'os' }), { osFamily: 'chromeos' }, 'unknown', 'os-needs-date'],
    [
      'chromebook with a date',
      rule({ kind: 'os', minMonths: 12 }),
      { osFamily: 'chromeos', supportEnds: '2030-06-01' },
      'pass',
      'os-supported'
    ],
    [
      'chromebook expiring',
      rule({ kind: 'os', minMonths: 12 }),
      { osFamily: 'chromeos', supportEnds: '2027-06-01' },
      'fail',
      'os-support-too-short'
    ],
    [
      'chromebook expired',
      rule({ kind: 'os', minMonths: 12 }),
      { osFamily: 'chromeos', supportEnds: '2026-12-06' },
      'fail',
      'os-support-ended'
    ],
    [
      'macOS 15, no end announced',
      rule({ kind: 'os', minMonths: 12 }),
      { osFamily: 'macos', osVersion: '15.6' },
      'pass',
      'os-no-end-date'
    ],
    ['macOS 12 ended', rule({ kind: 'os' }), { osFamily: 'macos', osVersion: '12.7.6' }, 'fail', 'os-support-ended'],
    [
      'mac model limit entered',
      rule({ kind: 'os', minMonths: 12 }),
      { osFamily: 'macos', osVersion: '15', supportEnds: '2027-03-01' },
      'fail',
      'os-support-too-short'
    ],
    [
      'ubuntu 24.04',
      rule({ kind: 'os', minMonths: 24 }),
      { osFamily: 'linux', osProduct: 'ubuntu', osVersion: '24.04.1' },
      'pass',
      'os-supported'
    ],
    [
      'ubuntu 20.04 ended',
      rule({ kind: 'os' }),
      { osFamily: 'linux', osProduct: 'ubuntu', osVersion: '20.04' },
      'fail',
      'os-support-ended'
    ],
    [
      'unknown linux version',
      rule({ kind: 'os' }),
      { osFamily: 'linux', osProduct: 'ubuntu', osVersion: '9.99' },
      'unknown',
      'os-not-in-data'
    ],
    ['other os', rule({ kind: 'os', families: ['other'] }), { osFamily: 'other' }, 'unknown', 'os-other-os']
  ];
  for (const [name, r, offer, status, reason] of rows) {
    it(name, () => {
      const [result] = one(r, offer).results;
      expect(result.status, 'status').to.equal(status);
      expect(result.reason, 'reason').to.equal(reason);
      expect(result.clause).to.equal('9.9');
    });
  }
});

describe('donation-checker OS dates at the deployment date', () => {
  const win11Pro: Offer = { osFamily: 'windows', osVersion: '11', windowsEdition: 'pro' };
  it('treats the current Windows line as supported and Windows 10 as ended, paid updates only on request', () => {
    expect(supportFor(win11Pro, OS_EOL)).to.deep.equal({ kind: 'no-end', label: 'Windows 11' });
    expect(supportFor({ osFamily: 'windows', windowsBuild: 26100 }, OS_EOL)).to.deep.equal({
      kind: 'no-end',
      label: 'Windows 11'
    });
    const win10: Offer = { osFamily: 'windows', osVersion: '10', windowsEdition: 'enterprise' };
    expect(supportFor(win10, OS_EOL)).to.deep.include({ kind: 'ends', end: '2025-10-14' });
    expect(supportFor(win10, OS_EOL, true)).to.deep.include({ kind: 'ends', end: '2028-10-10' });
    expect(supportFor({ osFamily: 'windows', windowsBuild: 19045 }, OS_EOL)).to.deep.include({ label: 'Windows 10' });
  });
  it('counts the months left from the deployment date, boundary included', () => {
    const r = rule({ kind: 'os', minMonths: 15 });
    const chromebook: Offer = { osFamily: 'chromeos', supportEnds: '2028-03-14' };
    // 2026-12-14 → 2028-03-14 is exactly 15 months; a day later it is 14.
    expect(one(r, chromebook, '2026-12-14').results[0]).to.deep.include({ status: 'pass', reason: 'os-supported' });
    expect(one(r, chromebook, '2026-12-15').results[0]).to.deep.include({
      status: 'fail',
      reason: 'os-support-too-short'
    });
    expect(one(r, chromebook, '2026-12-15').results[0].values.months).to.equal(14);
    // An Ubuntu LTS from the data: 24.04 ends 2029-05-31.
    const ubuntu: Offer = { osFamily: 'linux', osProduct: 'ubuntu', osVersion: '24.04' };
    expect(one(rule({ kind: 'os', minMonths: 29 }), ubuntu, '2026-12-31').results[0].status).to.equal('pass');
    expect(one(rule({ kind: 'os', minMonths: 30 }), ubuntu, '2026-12-31').results[0].status).to.equal('fail');
  });
  it('takes the deployment date from the policy lead time when none is given', () => {
    const policy = { ...PRESETS.baseline, deploymentLeadMonths: 3 };
    const decision = checkOffer(policy, GOOD, { today: '2026-11-30', osData: OS_EOL });
    expect(decision.deploymentDate).to.equal('2027-02-28');
    expect(decision.osDataAsOf).to.equal('2026-08-22');
  });
});

describe('donation-checker roll-up', () => {
  it('decides from statuses, severities and fixes', () => {
    const table: [
      string,
      { status: 'pass' | 'fail' | 'unknown'; severity: 'hard' | 'soft'; fixable: boolean }[],
      string
    ][] = [
      ['all pass', [{ status: 'pass', severity: 'hard', fixable: false }], 'accept'],
      [
        'hard fail',
        [
          { status: 'fail', severity: 'hard', fixable: false },
          { status: 'pass', severity: 'soft', fixable: false }
        ],
        'decline'
      ],
      ['soft fail', [{ status: 'fail', severity: 'soft', fixable: false }], 'review'],
      ['fixable hard fail', [{ status: 'fail', severity: 'hard', fixable: true }], 'review'],
      ['unknown is never a pass', [{ status: 'unknown', severity: 'hard', fixable: false }], 'review'],
      [
        'hard fail beats unknown',
        [
          { status: 'unknown', severity: 'hard', fixable: false },
          { status: 'fail', severity: 'hard', fixable: false }
        ],
        'decline'
      ],
      ['nothing to check', [], 'accept']
    ];
    for (const [name, results, outcome] of table) expect(rollUp(results), name).to.equal(outcome);
  });

  it('checks whole offers against each preset', () => {
    for (const [name, policy] of Object.entries(PRESETS)) {
      const good = checkOffer(policy, GOOD, { today: TODAY, osData: OS_EOL });
      expect(good.outcome, `${name}: ${JSON.stringify(good.results.filter(r => r.status !== 'pass'))}`).to.equal(
        'accept'
      );
      const crt = checkOffer(
        policy,
        { deviceType: 'monitor-crt', year: 2004, working: true },
        { today: TODAY, osData: OS_EOL }
      );
      expect(crt.outcome, name).to.equal('decline');
      // A monitor is not asked about memory or the operating system.
      expect(crt.results.map(r => r.kind)).to.not.include('ram');
      const lowRam = checkOffer(policy, { ...GOOD, ramGb: 4 }, { today: TODAY, osData: OS_EOL });
      expect(lowRam.outcome, name).to.equal('review');
      expect(lowRam.results.find(r => r.kind === 'ram')).to.deep.include({ status: 'fail', fixable: true });
      const blank = checkOffer(policy, {}, { today: TODAY, osData: OS_EOL });
      expect(blank.outcome, name).to.equal('review');
      expect(
        blank.results.every(r => r.status === 'unknown'),
        name
      ).to.equal(true);
    }
  });

  it('declines a Windows 11 upgrade without the security chip, and reviews one where it is only switched off', () => {
    const policy = PRESETS.windows11;
    const base = { ...GOOD, osVersion: '10', cpuName: 'Intel Core i5-8500', year: 2022 };
    expect(checkOffer(policy, { ...base, tpm: 'none' }, { today: TODAY, osData: OS_EOL }).outcome).to.equal('decline');
    const off = checkOffer(policy, { ...base, tpm: 'off' }, { today: TODAY, osData: OS_EOL });
    expect(off.outcome, JSON.stringify(off.results.filter(r => r.status !== 'pass'))).to.equal('review');
    expect(off.results.filter(r => r.fixable).map(r => r.reason)).to.deep.equal(['tpm-off', 'os-support-ended']);
  });

  it('fills a clause from its limits', () => {
    const age = PRESETS.baseline.rules.find(r => r.kind === 'age')!;
    expect(clauseText(age, 'en')).to.equal('Equipment must be no more than 6 years old.');
    expect(clauseText(age, 'es')).to.equal('Los equipos no deben tener más de 6 años.');
    expect(clauseText({ ...age, maxYears: 4 }, 'fr')).to.equal('Equipment must be no more than 4 years old.');
    expect(clauseText({ ...age, text: 'Keep {unknownName} as written' }, 'en')).to.equal(
      'Keep {unknownName} as written'
    );
  });
});
