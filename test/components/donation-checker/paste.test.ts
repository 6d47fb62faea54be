import { expect } from '@open-wc/testing';
import type { Offer } from '../../../src/components/donation-checker/model.js';
import { gigabytes, readPaste } from '../../../src/components/donation-checker/paste.js';

const sample = async (name: string) => (await fetch(`/test/fixtures/donation-checker/${name}`)).text();

describe('donation-checker paste', () => {
  const table: [string, string[], Offer][] = [
    [
      'systeminfo-win11.txt',
      ['systeminfo'],
      {
        osFamily: 'windows',
        osVersion: '11',
        windowsEdition: 'pro',
        windowsBuild: 26100,
        makeModel: 'Dell Inc. OptiPlex 7090',
        ramGb: 16
      }
    ],
    [
      'msinfo32-win10.txt',
      ['msinfo32'],
      {
        osFamily: 'windows',
        osVersion: '10',
        windowsEdition: 'enterprise',
        windowsBuild: 19045,
        makeModel: 'HP HP EliteBook 840 G5',
        cpuName: 'Intel(R) Core(TM) i5-8350U CPU @ 1.70GHz',
        cpuCores: 4,
        ramGb: 8
      }
    ],
    [
      'about-this-mac-new.txt',
      ['about-this-mac'],
      {
        makeModel: 'Apple MacBook Air',
        deviceType: 'laptop',
        year: 2020,
        cpuName: 'Apple M1',
        ramGb: 8,
        osFamily: 'macos',
        osVersion: '14.6.1'
      }
    ],
    [
      'about-this-mac-old.txt',
      ['about-this-mac'],
      {
        makeModel: 'Apple MacBook Pro (13-inch, 2017, Two Thunderbolt 3 ports)',
        deviceType: 'laptop',
        year: 2017,
        cpuName: 'Dual-Core Intel Core i5',
        cpuCores: 2,
        ramGb: 8,
        osFamily: 'macos',
        osVersion: '12.7.6'
      }
    ],
    [
      'system-profiler.txt',
      ['system-profiler'],
      {
        makeModel: 'Apple iMac',
        deviceType: 'all-in-one',
        cpuName: '6-Core Intel Core i5',
        cpuCores: 6,
        ramGb: 16,
        osFamily: 'macos',
        osVersion: '13.7.8',
        storageGb: 500,
        storageType: 'ssd'
      }
    ],
    [
      'system-profiler-m2.txt',
      ['system-profiler'],
      { makeModel: 'Apple Mac mini', deviceType: 'desktop', cpuName: 'Apple M2', cpuCores: 8, ramGb: 8 }
    ],
    [
      'chromeos-about.txt',
      ['chromeos'],
      { osFamily: 'chromeos', deviceType: 'chromebook', osVersion: '128', supportEnds: '2029-06-01' }
    ],
    [
      'hostnamectl.txt',
      ['hostnamectl'],
      {
        osFamily: 'linux',
        osProduct: 'ubuntu',
        osVersion: '24.04.1',
        deviceType: 'desktop',
        makeModel: 'Lenovo ThinkCentre M720q'
      }
    ],
    [
      'lshw-short.txt',
      ['lshw'],
      {
        makeModel: 'ThinkCentre M720q',
        ramGb: 16,
        cpuName: 'Intel(R) Core(TM) i5-8500T CPU @ 2.10GHz',
        storageGb: 256,
        storageType: 'ssd'
      }
    ]
  ];
  for (const [file, formats, offer] of table) {
    it(`reads ${file}`, async () => {
      const reading = readPaste(await sample(file));
      expect(reading.formats).to.deep.equal(formats);
      expect(reading.offer).to.deep.equal(offer);
    });
  }

  it('reads two outputs pasted together, the first fact winning', async () => {
    const reading = readPaste(`${await sample('hostnamectl.txt')}\n${await sample('lshw-short.txt')}`);
    expect(reading.formats).to.deep.equal(['hostnamectl', 'lshw']);
    expect(reading.offer).to.deep.include({ makeModel: 'Lenovo ThinkCentre M720q', ramGb: 16, osProduct: 'ubuntu' });
  });

  it('finds nothing in text that is none of these, and never throws on odd input', () => {
    for (const text of [
      '',
      'hello',
      'Memory: lots',
      '\u0000'.repeat(10),
      'x'.repeat(200_000),
      '<img src=x onerror=alert(1)>'
    ]) {
      expect(readPaste(text).formats).to.deep.equal([]);
      expect(readPaste(text).offer).to.deep.equal({});
    }
  });

  it('reads memory and disk sizes in several writings', () => {
    const table: [string, number | undefined][] = [
      ['16,088 MB', 16],
      ['16.088 MB', 16],
      ['8.00 GB', 8],
      ['7,84 GB', 8],
      ['16 GB 2133 MHz LPDDR3', 16],
      ['16GiB System Memory', 16],
      ['499.96 GB (499,963,174,912 bytes)', 500],
      ['1 TB', 1000],
      ['lots', undefined]
    ];
    for (const [text, gb] of table) expect(gigabytes(text), text).to.equal(gb);
  });
});
