// The words of directory notes and problems: every code has English and Spanish words, and every value is filled.
import { expect } from '@open-wc/testing';
import {
  DIRECTORY_CODES,
  DirectoryError,
  directoryText,
  englishWords,
  warningLine,
  type DirectoryWords
} from '../../../src/components/partner-finder/directory-words.js';
import directoryEn from '../../../src/components/partner-finder/strings/directory-en.js';
import directoryEs from '../../../src/components/partner-finder/strings/directory-es.js';
import { format, pluralForm, type Message } from '../../../src/core/i18n.js';
import { localSchedule } from '../../../src/components/partner-finder/views/detail-extras.js';
import { localLanguage } from '../../../src/components/partner-finder/language-names.js';

const spanishWords: DirectoryWords = {
  lang: 'es',
  t(key, params) {
    const message: Message = directoryEs[key];
    const text = typeof message === 'string' ? message : pluralForm(message, Number(params?.count ?? 0), 'es');
    return format(text, params);
  }
};

/** Values for every placeholder any message uses. */
const PARAMS = {
  file: 'partners.csv',
  row: 4,
  item: 2,
  expected: 6,
  name: 'Riverside Literacy',
  org: 'Harbor Family Center',
  service: 'Legal aid clinic',
  status: 'inactive',
  date: '2024-01-31',
  website: 'www.example',
  email: 'not-an-email',
  column: 'organization_id',
  value: 'ae67',
  where: ['organizations.csv', 'locations.csv'],
  fields: ['colour', 'flavour'],
  terms: ['Martians', 'Venusians'],
  more: 3,
  count: 2,
  rows: ['2', '3'],
  origins: ['partners.csv row 2', 'hsds.json'],
  detail: 'its count is not a number',
  found: '0'
};

const placeholders = (message: Message) =>
  (typeof message === 'string' ? [message] : Object.values(message)).join(' ').match(/\{\w+\}/g) ?? [];

describe('partner-finder directory words', () => {
  it('has English and Spanish words for every code, different in each language', () => {
    expect(DIRECTORY_CODES.length).to.be.greaterThan(30);
    for (const code of DIRECTORY_CODES) {
      expect(directoryEn[code], code).to.be.ok;
      expect(directoryEs[code], code).to.be.ok;
      expect(JSON.stringify(directoryEs[code]), code).not.to.equal(JSON.stringify(directoryEn[code]));
      // Spanish uses no placeholder English does not give a value for.
      for (const p of placeholders(directoryEs[code])) expect(placeholders(directoryEn[code]), code).to.include(p);
    }
  });

  it('fills every value, in both languages', () => {
    for (const code of DIRECTORY_CODES) {
      const params = { ...PARAMS, status: code.startsWith('fetch') ? '500' : PARAMS.status, expected: 6 };
      for (const words of [englishWords, spanishWords]) {
        const text = directoryText({ code, params }, words);
        expect(text, `${code} (${words.lang})`).not.to.match(/\{\w+\}/);
        expect(text.length, code).to.be.greaterThan(10);
      }
    }
  });

  it('joins lists, quotes and plurals in the text’s language', () => {
    const unknown = { code: 'unknown-categories' as const, params: { terms: ['Martians'], count: 1 } };
    expect(directoryText(unknown)).to.match(/^"Martians" is not a partner type/);
    expect(directoryText(unknown, spanishWords)).to.match(/^«Martians» no es un tipo de socio/);
    const two = { code: 'unknown-categories' as const, params: { terms: ['Martians', 'Venusians'], count: 2 } };
    expect(directoryText(two)).to.match(/^"Martians" and "Venusians" are not partner types/);
    expect(directoryText(two, spanishWords)).to.match(/^«Martians» y «Venusians» no son tipos de socio/);
    const merged = { code: 'merged-records' as const, params: { count: 2, origins: ['a.csv row 2', 'b.json'] } };
    expect(directoryText(merged)).to.equal('2 records merged: a.csv row 2 and b.json.');
    expect(directoryText(merged, spanishWords)).to.equal('2 registros unidos: a.csv, fila 2 y b.json.');
    const unnamed = { code: 'orphan-service' as const, params: { service: '' } };
    expect(directoryText(unnamed)).to.include('"without a name"');
    expect(directoryText(unnamed, spanishWords)).to.include('«sin nombre»');
  });

  it('names the file and row in each line, and an error keeps its code with English words for the console', () => {
    const line = warningLine({ file: 'partners.csv', row: 4, code: 'row-no-name', params: { row: 4 } });
    expect(line).to.equal('partners.csv: Row 4 has no name, so it was left out.');
    expect(
      warningLine({ file: 'partners.csv', row: 4, code: 'row-no-name', params: { row: 4 } }, spanishWords)
    ).to.equal('partners.csv: La fila 4 no tiene nombre, así que no se usó.');
    const error = new DirectoryError('json-typo', { file: 'x.json' });
    expect(error.code).to.equal('json-typo');
    expect(error.message).to.match(/^x\.json looks like JSON but has a typing mistake/);
  });
});

describe('opening hours in the page language', () => {
  it('says the leading days of each part through Intl and leaves hours, notes and data words alone', () => {
    expect(localSchedule('Mon, Tue 09:00–17:00; by appointment · Sat 10:00–12:00', 'es')).to.equal(
      'lun, mar 09:00–17:00; by appointment · sáb 10:00–12:00'
    );
    expect(localSchedule('Sun; closed on holidays', 'es')).to.equal('dom; closed on holidays');
    // Words the data wrote itself are not days the importer wrote.
    expect(localSchedule('Sun City Center, weekdays', 'es')).to.equal('Sun City Center, weekdays');
    expect(localSchedule('Mondays 9 to 5', 'es')).to.equal('Mondays 9 to 5');
    expect(localSchedule('Mon, Tue 09:00–17:00', 'en')).to.equal('Mon, Tue 09:00–17:00');
  });
});

describe('language names in the page language', () => {
  it('says names Intl knows in the page language and leaves the rest as written', () => {
    expect(localLanguage('Spanish', 'es')).to.equal('español');
    expect(localLanguage('chinese', 'es')).to.equal('chino');
    expect(localLanguage('Cantonese', 'es')).to.equal('cantonés');
    expect(localLanguage('Klingon-ish', 'es')).to.equal('Klingon-ish');
    expect(localLanguage('Spanish', 'en')).to.equal('Spanish');
  });
});
