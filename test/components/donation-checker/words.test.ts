import { expect } from '@open-wc/testing';
import type { Params } from '../../../src/core/i18n.js';
import { format, pluralForm } from '../../../src/core/i18n.js';
import type { Offer } from '../../../src/components/donation-checker/model.js';
import { OS_EOL } from '../../../src/components/donation-checker/os-eol-data.js';
import { checkOffer } from '../../../src/components/donation-checker/policy.js';
import { PRESETS } from '../../../src/components/donation-checker/presets-data.js';
import en, { type DonationKey } from '../../../src/components/donation-checker/strings/en.js';
import es from '../../../src/components/donation-checker/strings/es.js';
import {
  declineLetter,
  reasonText,
  receiptText,
  staffNote,
  type Say
} from '../../../src/components/donation-checker/words.js';

function sayIn(lang: 'en' | 'es'): Say {
  const catalog = (lang === 'en' ? en : es) as Record<string, string | { one: string; other: string }>;
  return {
    lang,
    t: (key: DonationKey, params?: Params) => {
      const message = catalog[key];
      const text = typeof message === 'string' ? message : pluralForm(message, Number(params?.count ?? 0), lang);
      return format(text, params);
    },
    has: key => key in catalog,
    number: n => new Intl.NumberFormat(lang).format(n),
    list: items => new Intl.ListFormat(lang).format(items),
    day: iso =>
      new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`))
  };
}

const TODAY = '2026-12-06';
const CRT: Offer = {
  deviceType: 'monitor-crt',
  makeModel: 'Sony Trinitron',
  year: 2003,
  working: true,
  complete: true
};
const GOOD: Offer = { deviceType: 'desktop', makeModel: 'Dell OptiPlex 7090', year: 2022, quantity: 3, ramGb: 16 };

describe('donation-checker words', () => {
  it('has every English key in Spanish, and nothing left in English', () => {
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    // Names of products and a bare pattern are the same in both languages; everything else must be translated.
    const names =
      /^(edition:|linux:|os:(windows|linux|chromeos|macos)$|type:chromebook$|help(Windows|Chromebook|Mac)Title$|receiptItem$|no$)/;
    const same = Object.keys(en).filter(
      k =>
        !names.test(k) &&
        JSON.stringify((en as Record<string, unknown>)[k]) === JSON.stringify((es as Record<string, unknown>)[k])
    );
    expect(same).to.deep.equal([]);
  });

  it('writes a kind decline letter that quotes the clauses and names the places', () => {
    const decision = checkOffer(PRESETS.baseline, CRT, { today: TODAY, osData: OS_EOL });
    const letter = declineLetter(sayIn('en'), {
      decision,
      offer: CRT,
      policy: PRESETS.baseline,
      donorName: 'Ana Pérez',
      referrals: PRESETS.baseline.referrals ?? []
    });
    expect(letter.split('\n')[0]).to.equal('Dear Ana Pérez,');
    expect(letter).to.include('Thank you for offering your Sony Trinitron to Your public library.');
    expect(letter).to.include('- We accept desktop and laptop computers');
    expect(letter).to.include('- Equipment must be no more than 6 years old.');
    expect(letter).to.include("- The maker's take-back program: Most computer makers take back");
    const spanish = declineLetter(sayIn('es'), {
      decision,
      offer: CRT,
      policy: PRESETS.baseline,
      referrals: []
    });
    expect(spanish.split('\n')[0]).to.equal('Buenos días:');
    expect(spanish).to.include('- Los equipos no deben tener más de 6 años.');
    expect(spanish).to.not.include('Estos lugares');
  });

  it('writes a receipt that records the gift and never a value', () => {
    const decision = checkOffer(PRESETS.baseline, GOOD, { today: TODAY, osData: OS_EOL });
    const receipt = receiptText(sayIn('en'), { decision, offer: GOOD, policy: PRESETS.baseline, donorName: '' });
    expect(receipt).to.include('Date: December 6, 2026');
    expect(receipt).to.include('Received from: (name not given)');
    expect(receipt).to.include('- 3 × Dell OptiPlex 7090 (Desktop computer, 2022, 16 GB RAM)');
    expect(receipt).to.include('It does not state a value');
    expect(receipt).to.not.match(/[$€£]\s?\d/);
  });

  it('writes a staff note with the clauses by kind and the data date', () => {
    const offer: Offer = { ...GOOD, ramGb: 4, deviceType: 'laptop' };
    const decision = checkOffer(PRESETS.baseline, offer, { today: TODAY, osData: OS_EOL });
    const note = staffNote(sayIn('en'), { decision, offer, policy: PRESETS.baseline });
    expect(note).to.include('December 6, 2026: Dell OptiPlex 7090. Answer: Someone needs to take a closer look.');
    expect(note).to.include('Staff can fix: clause 2.2.');
    expect(note).to.include('Not known: clause 1.3');
    expect(note).to.include('update dates as of August 22, 2026');
  });

  it('says every reason code the engine can give, in both languages, with dates and names in words', () => {
    const say = sayIn('es');
    const decision = checkOffer(
      PRESETS.baseline,
      { osFamily: 'chromeos', supportEnds: '2027-06-01', storageType: 'hdd', storageGb: 500, data: 'not-wiped' },
      { today: TODAY, osData: OS_EOL }
    );
    const texts = decision.results.map(r => reasonText(say, r));
    expect(texts).to.include(
      'ChromeOS recibe actualizaciones de seguridad solo hasta el 1 de junio de 2027: 3 meses después de empezar a usarse. Necesitamos 12. (fecha escrita por el personal)'
    );
    expect(texts).to.include('El disco es un Disco duro (HDD), que nuestra política no acepta.');
    expect(texts).to.include('Los archivos siguen en el equipo: primero hay que borrar los archivos.');
    for (const text of texts) expect(text).to.not.match(/reason:|\{\w+\}/);
  });
});
