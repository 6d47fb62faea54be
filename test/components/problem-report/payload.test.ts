import { expect } from '@open-wc/testing';
import {
  buildReportData,
  checkPriorityMap,
  coerceValues,
  EMPTY_VALUES,
  findGaps,
  priorityFor,
  reportAsText,
  validate
} from '../../../src/components/problem-report/payload.js';
import { createMasker } from '../../../src/components/problem-report/mask.js';
import { DEFAULT_STRINGS, format } from '../../../src/components/problem-report/strings.js';
import { describeUserAgent, type ReportContext } from '../../../src/components/problem-report/context-info.js';
import { parseStatus } from '../../../src/components/problem-report/status.js';
import { DEFAULT_PICKERS as pickers } from '../../../src/components/problem-report/default-content.js';

const context: ReportContext = {
  browser: 'Chrome 130',
  os: 'Windows 10 or 11',
  userAgent: 'UA',
  screen: '1920×1080',
  window: '1200×800',
  pixelRatio: 1,
  language: 'en-GB',
  languages: 'en-GB, en',
  online: true,
  timeZone: 'Europe/London',
  localTime: '2025-01-31 10:15 (UTC+00:00)',
  pageUrl: 'https://intranet.example/help',
  pageTitle: 'Help'
};

describe('problem report payload', () => {
  it('checks "Name of the program" only while "Something else" is chosen (the field is hidden otherwise)', () => {
    const base = { ...EMPTY_VALUES, summary: 's', whatHappened: 'w', programOther: 'p'.repeat(201) };
    expect(validate({ ...base, program: 'other' }, DEFAULT_STRINGS, {})).to.have.property('programOther');
    expect(validate({ ...base, program: '' }, DEFAULT_STRINGS, {})).to.deep.equal({});
  });

  it('requires only the summary and what happened, and checks lengths', () => {
    const errors = validate(EMPTY_VALUES, DEFAULT_STRINGS, {});
    expect(Object.keys(errors)).to.deep.equal(['summary', 'whatHappened']);
    const long = validate({ ...EMPTY_VALUES, summary: 'x'.repeat(201), whatHappened: 'y' }, DEFAULT_STRINGS, {
      summary: 'Summary'
    });
    expect(long.summary).to.equal('“Summary” must be 200 characters or fewer');
  });

  it('maps scope × impact to a priority, custom map first', () => {
    expect(priorityFor('branch', 'patrons-waiting')).to.equal('urgent');
    expect(priorityFor('me', 'annoyance')).to.equal('low');
    expect(priorityFor('', '')).to.equal('normal');
    expect(priorityFor('me', 'annoyance', { annoyance: { '*': 'p4' } })).to.equal('p4');
    expect(priorityFor('branch', 'workaround', { '*': { '*': 'p3' } })).to.equal('p3');
    expect(checkPriorityMap({ 'patrons-waiting': { branch: 'urgent' } })).to.equal(undefined);
    expect(checkPriorityMap({ nope: {} })).to.match(/not a known impact/);
    expect(checkPriorityMap({ annoyance: { planet: 'x' } })).to.match(/not a known scope/);
    expect(checkPriorityMap([])).to.match(/JSON object/);
  });

  it('builds masked data with labels the IT person can read', () => {
    const values = coerceValues({
      summary: 'Card 21234000123456 will not scan',
      whatHappened: 'Patron jane@example.org called from 555-123-4567',
      errorMessage: '',
      noErrorMessage: true,
      program: 'ils-staff',
      webPage: 'https://opac.example/account?barcode=21234000123456',
      scope: 'branch',
      impact: 'patrons-waiting',
      tried: ['restart-computer', 'nonsense'],
      started: 'today',
      otherComputer: true
    });
    const masker = createMasker({ card: '[c]', email: '[e]', phone: '[p]' });
    const data = buildReportData(values, { strings: DEFAULT_STRINGS, pickers, masker, context });
    expect(data.summary).to.equal('Card [c] will not scan');
    expect(data.whatHappened).to.equal('Patron [e] called from [p]');
    expect(data.webPage).to.not.include('21234000123456');
    expect(data.errorMessage).to.deep.equal({ status: 'none', text: '' });
    expect(data.program?.id).to.equal('ils-staff');
    expect(data.scope).to.deep.equal({ id: 'branch', label: DEFAULT_STRINGS.scopeBranch });
    expect(data.priority).to.equal('urgent');
    expect(data.tried).to.deep.equal(['Restarted the computer']);
    expect(data.where.reportedFromAffectedComputer).to.equal(false);
    expect(data.privacy.maskedCount).to.equal(4);
  });

  it('lists gaps with the field that fills each', () => {
    const gaps = findGaps({ ...EMPTY_VALUES, summary: 'a', whatHappened: 'b' });
    expect(gaps.map(g => g.gap)).to.deep.equal(['error', 'program', 'branch', 'asset', 'scope', 'when', 'tried']);
    expect(findGaps({ ...EMPTY_VALUES, noErrorMessage: true }).map(g => g.gap)).to.not.include('error');
  });

  it('renders plain text with symptoms first and context last', () => {
    const masker = createMasker({ card: '[c]', email: '[e]', phone: '[p]' });
    const data = buildReportData(
      coerceValues({ summary: 'Blank receipts', whatHappened: 'Line one\nLine two', errorMessage: 'E-205' }),
      { strings: DEFAULT_STRINGS, pickers, masker, context }
    );
    const text = reportAsText(data, DEFAULT_STRINGS, 'PR-000001');
    expect(text.startsWith('Problem report PR-000001')).to.equal(true);
    expect(text.indexOf('Blank receipts')).to.be.below(text.indexOf('Chrome 130'));
    expect(text).to.include('  Line two');
    expect(text).to.include('Message on the screen: E-205');
  });

  it('takes every label of the automatic details from the strings', () => {
    const masker = createMasker({ card: '[c]', email: '[e]', phone: '[p]' });
    const data = buildReportData(coerceValues({ summary: 'Imprimante', whatHappened: 'Pages blanches' }), {
      strings: DEFAULT_STRINGS,
      pickers,
      masker,
      context: { ...context, online: false }
    });
    const s = {
      ...DEFAULT_STRINGS,
      textDetails: 'Détails',
      textScreen: 'Écran {screen}, fenêtre {window}, zoom {zoom}',
      textLanguage: 'Langue {language}, {online}',
      textOffline: 'hors ligne',
      textTime: 'Heure {time}',
      textPage: 'Page web {url}'
    };
    const text = reportAsText(data, s);
    expect(text).to.include('Détails:');
    expect(text).to.include('Écran 1920×1080, fenêtre 1200×800, zoom 1');
    expect(text).to.include('Langue en-GB, hors ligne');
    expect(text).to.include('Heure 2025-01-31 10:15 (UTC+00:00) Europe/London');
    expect(text).to.include('Page web https://intranet.example/help');
    for (const english of ['Screen ', 'Language ', 'offline', 'Time ', 'Page https']) {
      expect(text, english).to.not.include(english);
    }
  });

  it('carries the same pickers as src/content/problem-programs.json', async () => {
    const json = await (await fetch('/src/content/problem-programs.json')).json();
    expect(pickers).to.deep.equal({ programs: json.programs, tried: json.tried });
  });

  it('coerces stored drafts safely', () => {
    const v = coerceValues({ summary: 5, tried: ['a', 3], otherComputer: 'yes', extra: 'x' });
    expect(v.summary).to.equal('');
    expect(v.tried).to.deep.equal(['a']);
    expect(v.otherComputer).to.equal(false);
    expect('extra' in v).to.equal(false);
  });

  it('formats strings, and has every English key in Spanish too', async () => {
    expect(format('Call {phone} ({x})', { phone: '123' })).to.equal('Call 123 ({x})');
    const { default: es } = await import('../../../src/components/problem-report/strings/es.js');
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(DEFAULT_STRINGS).sort());
    // Placeholders survive translation.
    for (const [key, value] of Object.entries(es)) {
      const english = JSON.stringify(DEFAULT_STRINGS[key as keyof typeof DEFAULT_STRINGS]);
      const names = (text: string) => (text.match(/\{\w+\}/g) ?? []).filter(n => n !== '{count}').sort();
      expect(names(JSON.stringify(value)), key).to.deep.equal(names(english));
    }
  });

  it('describes common browsers and systems', () => {
    expect(
      describeUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0'
      )
    ).to.deep.equal({ browser: 'Microsoft Edge 130', os: 'Windows 10 or 11' });
    expect(describeUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).to.deep.equal({
      browser: 'Firefox 128',
      os: 'Linux'
    });
    expect(
      describeUserAgent('Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 Chrome/120.0 Safari/537.36').os
    ).to.equal('ChromeOS');
  });

  it('reads a status file, dropping bad entries', () => {
    const { incidents, problems } = parseStatus({
      incidents: [
        { id: 'print-1', title: 'Printing is down', since: '2025-01-31T08:30:00Z', extra: 'ignored' },
        { id: 'bad id!', title: 'x' },
        { id: 'print-1', title: 'duplicate' },
        { id: 'no-title' },
        { id: 'ok-2', title: 'Wi-Fi slow', since: 'not a date', details: 5 }
      ]
    });
    expect(incidents).to.deep.equal([
      { id: 'print-1', title: 'Printing is down', since: '2025-01-31T08:30:00Z' },
      { id: 'ok-2', title: 'Wi-Fi slow' }
    ]);
    expect(problems).to.have.length(3);
    expect(parseStatus(null).problems).to.have.length(1);
  });
});
