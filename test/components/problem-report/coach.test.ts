import { expect } from '@open-wc/testing';
import {
  blankQuoted,
  coach,
  findVague,
  quotedRanges,
  specificitySignals,
  type CoachingKind
} from '../../../src/components/problem-report/coach.js';

interface Reports {
  vague: { text: string; kind: CoachingKind }[];
  specific: string[];
}

const kinds = (text: string) => coach(text).map(p => p.kind);
const phrase = (text: string) => coach(text)[0]?.phrase;

describe('coaching model', () => {
  describe('on our own set of staff reports', () => {
    let reports: Reports;
    before(async () => {
      reports = await (await fetch('/test/fixtures/problem-report/coaching-reports.json')).json();
    });

    it('has at least 80 vague and 80 specific reports, some in Spanish', () => {
      expect(reports.vague.length).to.be.at.least(80);
      expect(reports.specific.length).to.be.at.least(80);
      const spanish = /\b(?:el|la|las|los|no|está|desde|cuando)\b/i;
      expect(reports.vague.filter(r => spanish.test(r.text)).length).to.be.at.least(10);
      expect(reports.specific.filter(r => spanish.test(r)).length).to.be.at.least(8);
    });

    it('prompts on at least 90 % of the vague reports (recall)', () => {
      const missed = reports.vague.filter(r => coach(r.text).length === 0).map(r => r.text);
      const recall = (reports.vague.length - missed.length) / reports.vague.length;
      expect(recall, `missed: ${missed.join(' | ')}`).to.be.at.least(0.9);
    });

    it('prompts on at most 1 in 20 specific reports (false alarms)', () => {
      const flagged = reports.specific.filter(text => coach(text).length > 0);
      expect(flagged.length / reports.specific.length, `flagged: ${flagged.join(' | ')}`).to.be.at.most(0.05);
    });

    it('asks the question that fits the words for at least 90 % of the vague reports', () => {
      const fitting = reports.vague.filter(r => coach(r.text)[0]?.kind === r.kind);
      expect(fitting.length / reports.vague.length).to.be.at.least(0.9);
    });
  });

  it('on the earlier, smaller set (not used to build it): at least 85 % prompted, at most 1 in 20 false alarms', async () => {
    const earlier: { vague: { text: string }[]; specific: string[] } = await (
      await fetch('/test/fixtures/problem-report/coaching-earlier-set.json')
    ).json();
    const prompted = earlier.vague.filter(r => coach(r.text).length > 0).length;
    const flagged = earlier.specific.filter(text => coach(text).length > 0).length;
    expect(prompted / earlier.vague.length).to.be.at.least(0.85);
    expect(flagged / earlier.specific.length).to.be.at.most(0.05);
  });

  describe('vague patterns, any subject', () => {
    const cases: [string, CoachingKind][] = [
      ['The copier is down', 'printer'],
      ['self check doesnt work', 'down'],
      ['Zoom is not working', 'down'],
      ['the scanner is broken', 'down'],
      ['Sierra won’t work', 'down'],
      ['Public PCs are really slow', 'slow'],
      ['the computers are slow', 'slow'],
      ["can't get on the internet", 'internet'],
      ['it just stopped working', 'down'],
      ['it just stopped.', 'down'],
      ['Outlook won’t open', 'down'],
      ['the catalog keeps crashing', 'crash'],
      ['I cannot log in to Polaris', 'login'],
      ['I got an error', 'error'],
      ['problems with the booking system', 'down'],
      ['nothing is printing', 'printer']
    ];
    for (const [text, kind] of cases) {
      it(`"${text}" → ${kind}`, () => expect(kinds(text)).to.deep.equal([kind]));
    }

    it('works with a product name, an unknown thing, mixed case and typos', () => {
      expect(kinds('BIBLIOCOMMONS IS DOWN')).to.deep.equal(['down']);
      expect(kinds('the gizmo by the door isnt working')).to.deep.equal(['down']);
      expect(kinds('LEAP not wokring')).to.deep.equal(['down']);
      expect(kinds('teh printer wont work')).to.deep.equal(['printer']);
    });

    it('matches whole words only and leaves directions alone', () => {
      expect(coach('The ecosystem is downloading')).to.deep.equal([]);
      expect(coach('The patron is down the hall by the copier')).to.deep.equal([]);
      expect(coach('scroll down the page')).to.deep.equal([]);
    });
  });

  describe('Spanish', () => {
    const cases: [string, CoachingKind][] = [
      ['el sistema no funciona', 'down'],
      ['la impresora no sirve', 'printer'],
      ['Sierra está caído', 'down'],
      ['se cayó el sistema', 'down'],
      ['la fotocopiadora está rota', 'printer'],
      ['las computadoras están muy lentas', 'slow'],
      ['no hay internet', 'internet'],
      ['no puedo conectarme a internet', 'internet'],
      ['la computadora dejó de funcionar', 'down'],
      ['me sale un error', 'error'],
      ['la compu se trabó', 'crash'],
      ['no puedo entrar a Koha', 'login'],
      ['tengo problemas con el escáner', 'down']
    ];
    for (const [text, kind] of cases) {
      it(`"${text}" → ${kind}`, () => expect(kinds(text)).to.deep.equal([kind]));
    }

    it('accepts missing accents', () => {
      expect(kinds('el internet esta caido')).to.deep.equal(['internet']);
      expect(kinds('todo esta lentisimo')).to.deep.equal(['slow']);
    });
  });

  describe('specificity signals', () => {
    it('finds a quoted message in any quote style, including plain single quotes', () => {
      for (const text of [
        'The copier is broken, it says "Call for service"',
        'The copier is broken, it says “Call for service”',
        'The copier is broken, it says ‘Call for service’',
        "The copier is broken, it says 'Call for service'",
        'La fotocopiadora está rota, dice «Llame al servicio técnico»'
      ]) {
        expect(specificitySignals(text).has('quote'), text).to.equal(true);
        expect(coach(text), text).to.deep.equal([]);
      }
    });

    it('does not take apostrophes for quotes', () => {
      expect(quotedRanges("the patron's card can't be read and it's slow")).to.deep.equal([]);
      const text = "Wifi says 'Connected, no internet' on the patron's laptop";
      expect(quotedRanges(text).map(([a, b]) => text.slice(a, b))).to.deep.equal(["'Connected, no internet'"]);
      const inner = "'This site can't be reached' on every website";
      expect(quotedRanges(inner).map(([a, b]) => inner.slice(a, b))).to.deep.equal(["'This site can't be reached'"]);
    });

    it('never matches vague words inside a quotation', () => {
      expect(findVague('The screen says "It doesn\'t work"')).to.deep.equal([]);
      expect(findVague("Windows says 'no internet'")).to.deep.equal([]);
      expect(blankQuoted('a "bc" d')).to.equal('a      d');
    });

    it('finds a message written without quotes', () => {
      expect(specificitySignals('the self check is down, it says see staff every time').has('message')).to.equal(true);
      expect(specificitySignals('me sale un error').has('message')).to.equal(false);
      expect(specificitySignals('it shows an error').has('message')).to.equal(false);
    });

    it('finds numbers and codes, but not a device number', () => {
      for (const text of [
        'Polaris gives error 500',
        'code E-204',
        '0x80070005',
        'ERR_CONNECTION_TIMED_OUT',
        'since 10:15',
        'since 9am',
        'takes 40 seconds',
        'about a minute',
        'tarda 30 segundos'
      ]) {
        expect(specificitySignals(text).has('code'), text).to.equal(true);
      }
      expect(specificitySignals('PC 5 is not working').has('code')).to.equal(false);
      expect(kinds('PC 5 is not working')).to.deep.equal(['down']);
    });

    it('finds steps, in English and Spanish', () => {
      for (const text of [
        'when I click Print',
        'after I log in',
        'it opens, then it closes',
        '1. open Alma 2. click Fulfillment',
        'cuando escaneo el carnet',
        'al abrir Chrome'
      ]) {
        expect(specificitySignals(text).has('steps'), text).to.equal(true);
      }
    });

    it('finds a named device or place together with an observed behaviour', () => {
      expect(specificitySignals('the receipt printer prints blank pages').has('behaviour')).to.equal(true);
      expect(specificitySignals('el monitor del mostrador parpadea').has('behaviour')).to.equal(true);
      expect(specificitySignals('it beeps').has('behaviour')).to.equal(false);
    });

    it('lets each signal answer only the questions it answers', () => {
      // Steps say what was done, not what the message said.
      expect(kinds('Zoom freezes when I share my screen')).to.deep.equal([]);
      expect(kinds('got an error message when printing')).to.deep.equal(['error']);
      // "Since when" answers "slow", not "what do you see".
      expect(kinds('Koha is slow since the update')).to.deep.equal([]);
      expect(kinds('Koha is down since the update')).to.deep.equal(['down']);
      // A device plus what it does answers "what comes out".
      expect(kinds('The printer is broken: it pulls two sheets and jams')).to.deep.equal([]);
    });

    it('stays quiet about an error when the message field is filled', () => {
      expect(coach('I got an error', { errorMessageGiven: true })).to.deep.equal([]);
      expect(coach('I got an error').map(p => p.kind)).to.deep.equal(['error']);
    });
  });

  describe('the phrase shown back', () => {
    it('quotes the words with their subject, as typed', () => {
      expect(phrase('Hi, the self check is down again. Thanks!')).to.equal('the self check is down');
      expect(phrase('Honestly, the Internet’s DOWN')).to.equal('the Internet’s DOWN');
      expect(phrase('Having issues with the copier today')).to.equal('Having issues with the copier today');
      expect(phrase('Patrons say the wifi isn’t working')).to.equal('the wifi isn’t working');
      expect(phrase('se cayó el sistema')).to.equal('se cayó el sistema');
    });

    it('gives offsets into the original text', () => {
      const text = 'Hello — my PC is frozen';
      const [prompt] = coach(text);
      expect(text.slice(prompt.start, prompt.end)).to.equal('my PC is frozen');
    });

    it('returns at most two prompts, one per kind, in text order', () => {
      const text = 'The system is down. Also the computers are slow and Outlook is broken and I got an error';
      expect(kinds(text)).to.deep.equal(['down', 'slow']);
      expect(coach(text, { max: 5 }).map(p => p.kind)).to.deep.equal(['down', 'slow', 'error']);
    });

    it('handles very long input', () => {
      const text = 'word '.repeat(20000) + 'it crashed';
      // Only the first few thousand characters are read, so a pasted log cannot slow typing down.
      expect(coach(text)).to.deep.equal([]);
      expect(kinds('it crashed ' + 'word '.repeat(20000))).to.deep.equal(['crash']);
    });
  });
});
