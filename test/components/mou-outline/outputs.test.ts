import { expect } from '@open-wc/testing';
import { DraftStore } from '../../../src/components/mou-outline/drafts.js';
import { diffDocs, exportDoc, importDoc } from '../../../src/components/mou-outline/exchange.js';
import { escapeText, foldLine, toIcs } from '../../../src/components/mou-outline/ics.js';
import { boardSummary, buildOutline } from '../../../src/components/mou-outline/outline.js';
import { CATEGORY_NAMES, SUGGESTIONS } from '../../../src/components/mou-outline/sections-data.js';
import { applyPartner, readPartnerDetail, suggestionsFor } from '../../../src/components/mou-outline/suggest.js';
import { toMarkdown, type MarkdownLabels } from '../../../src/components/mou-outline/to-markdown.js';
import { emptyDoc } from '../../../src/components/mou-outline/model.js';
import { finishedDoc, sections } from './fixtures.js';
import { parseIcs } from './ics-parse.js';

const labels: MarkdownLabels = {
  documentTitle: 'Memorandum of understanding',
  draftNote: 'Draft: some required sections are not complete',
  notApplicable: 'Not applicable:',
  notFilled: 'Not filled in yet',
  signature: 'Signature',
  date: 'Date',
  partyNames: { a: 'Riverside Public Library', b: 'Riverside Job Center' }
};

describe('mou-outline drafts', () => {
  const dbName = `tb-mou-test-${Math.random().toString(36).slice(2)}`;
  after(() => indexedDB.deleteDatabase(dbName));

  it('saves named drafts and reads them back through a new connection', async () => {
    const first = new DraftStore(dbName);
    await first.save('Job center', finishedDoc(), 1000);
    await first.save('College', emptyDoc(), 2000);
    const later = new DraftStore(dbName);
    expect((await later.list()).map(d => d.name)).to.deep.equal(['College', 'Job center']);
    const back = await later.load('Job center');
    expect(back?.doc).to.deep.equal(finishedDoc());
    await later.remove('College');
    expect((await later.list()).map(d => d.name)).to.deep.equal(['Job center']);
    expect(await later.load('nothing')).to.equal(undefined);
  });
});

describe('mou-outline export and import', () => {
  it('round-trips a draft through the versioned file', () => {
    const doc = finishedDoc();
    doc.na.marketing = 'No publicity';
    doc.dismissals = [{ key: 'roles/does@a/liable/liable', reason: 'Lawyer asked' }];
    const text = exportDoc(doc, 'Job center', new Date('2026-01-02T03:04:05Z'));
    const file = JSON.parse(text);
    expect(file).to.include({
      format: 'techbridge-mou',
      version: 1,
      exportedAt: '2026-01-02T03:04:05.000Z',
      name: 'Job center'
    });
    const back = importDoc(text);
    expect(back).to.deep.equal({ ok: true, doc, name: 'Job center' });
  });

  it('refuses files that are not MOU drafts, in codes', () => {
    expect(importDoc('nope')).to.deep.equal({ ok: false, problem: 'not-json' });
    expect(importDoc('{"format":"something"}')).to.deep.equal({ ok: false, problem: 'not-mou' });
    expect(importDoc('{"format":"techbridge-mou","version":9}')).to.deep.equal({ ok: false, problem: 'newer-version' });
  });

  it('drops odd keys and values from an imported file', () => {
    const r = importDoc(
      JSON.stringify({
        format: 'techbridge-mou',
        version: 1,
        answers: { roles: { 'does@a': 'ok', 'bad key': 'x', n: 5 }, __proto__x: 1, parties: 'x' },
        na: { marketing: 3 },
        dismissals: [{ key: 'k' }]
      })
    );
    expect(r).to.deep.equal({ ok: true, doc: { answers: { roles: { 'does@a': 'ok' } }, na: {}, dismissals: [] } });
  });

  it('shows what changed per section', () => {
    const before = finishedDoc();
    const after = finishedDoc();
    after.answers.roles['does@b'] = 'Sends two coaches';
    after.answers.audiences = {};
    after.answers.marketing = { 'channels@b': 'Flyers' };
    after.answers.timeline.milestones = [...(before.answers.timeline.milestones as never[])];
    after.na.deliverables = 'Nothing to deliver';
    const diff = diffDocs(sections, before, after);
    expect(diff.map(d => d.sectionId)).to.deep.equal(['audiences', 'roles', 'deliverables', 'marketing']);
    expect(diff[0].changes).to.deep.equal([
      { fieldKey: 'audiences', kind: 'removed', before: 'Adults looking for work' }
    ]);
    expect(diff[1].changes).to.deep.equal([
      { fieldKey: 'does@b', kind: 'changed', before: 'Sends a coach', after: 'Sends two coaches' }
    ]);
    expect(diff[2]).to.deep.equal({
      sectionId: 'deliverables',
      changes: [],
      na: { before: undefined, after: 'Nothing to deliver' }
    });
    expect(diff[3].changes[0]).to.include({ fieldKey: 'channels@b', kind: 'added' });
    expect(diffDocs(sections, before, finishedDoc())).to.deep.equal([]);
  });
});

describe('mou-outline Markdown', () => {
  it('has the title, every section, party columns, tables and signature lines', () => {
    const doc = finishedDoc();
    doc.na.marketing = 'No publicity';
    const md = toMarkdown(buildOutline(sections, doc, 'en'), labels, { title: 'Job Help Nights' });
    expect(md.startsWith('# Job Help Nights\n\n*Memorandum of understanding*')).to.equal(true);
    for (const s of sections)
      expect(md).to.contain(`## ${s.title && typeof s.title === 'object' ? s.title.en : s.title}`);
    expect(md).to.contain('### Riverside Job Center\n\n**What it will do**\n\n- Sends a coach');
    expect(md).to.contain(
      '| Goal | How you will measure it |\n| --- | --- |\n| More people apply online | 150 people helped by June |'
    );
    expect(md).to.contain('*Not applicable:* No publicity');
    expect(md).to.contain('Signature: ______________________');
    expect(md).to.contain('It is not a contract and creates no legal obligations.');
    expect(md).to.not.contain('Draft:');
    expect(toMarkdown(buildOutline(sections, emptyDoc(), 'en'), labels, { draft: true })).to.contain('> **Draft:');
  });

  it('escapes what people typed', () => {
    const doc = finishedDoc();
    doc.answers.purpose.purpose = '# Not a heading [link](javascript:x) <b>x</b> | pipe';
    const md = toMarkdown(buildOutline(sections, doc, 'en'), labels, {});
    expect(md).to.contain('\\# Not a heading \\[link\\]\\(javascript:x\\) \\<b\\>x\\</b\\> \\| pipe');
  });

  it('writes Spanish labels from the Spanish sections', () => {
    const md = toMarkdown(buildOutline(sections, finishedDoc(), 'es'), labels, {});
    expect(md).to.contain('## Funciones y responsabilidades');
    expect(md).to.contain('No es un contrato y no crea obligaciones legales.');
  });
});

describe('mou-outline calendar file', () => {
  it('is valid iCalendar that parses back to the milestones', () => {
    const summary = 'Job Help Nights: first session, with the library; the job center';
    const ics = toIcs(
      [
        { date: '2026-09-02', summary, description: 'Lead: Library\nRoom 2' },
        { date: '2027-02-30', summary: 'bad date' },
        { date: '2026-12-31', summary: 'Año nuevo — última sesión del año con café y pastel para todas las personas' }
      ],
      { name: 'Job Help Nights', now: new Date('2026-01-02T03:04:05Z') }
    );
    const { calendar, events } = parseIcs(ics);
    expect(calendar).to.include({ VERSION: '2.0', 'X-WR-CALNAME': 'Job Help Nights' });
    expect(events).to.have.length(2);
    expect(events[0]).to.include({
      'DTSTART;VALUE=DATE': '20260902',
      'DTEND;VALUE=DATE': '20260903',
      SUMMARY: summary,
      DESCRIPTION: 'Lead: Library\nRoom 2',
      DTSTAMP: '20260102T030405Z'
    });
    expect(events[1]['DTEND;VALUE=DATE']).to.equal('20270101');
    expect(events[1].SUMMARY).to.contain('última sesión');
    expect(events[0].UID).to.not.equal(events[1].UID);
  });

  it('escapes and folds by octets without splitting a character', () => {
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    const parts = folded.split('\r\n');
    const enc = new TextEncoder();
    for (const p of parts) expect(enc.encode(p).length).to.be.at.most(75);
    expect(parts.slice(1).every(p => p.startsWith(' '))).to.equal(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(`SUMMARY:${'é'.repeat(80)}`);
  });
});

describe('mou-outline board summary and partner prefill', () => {
  it('summarizes parties, purpose, term, money, contacts and review date', () => {
    const doc = finishedDoc();
    doc.answers.budget = { 'covers@a': 'Printing, $300', money: 'no' };
    const s = boardSummary(sections, doc);
    expect(s).to.deep.include({
      title: 'Job Help Nights',
      parties: { a: 'Riverside Public Library', b: 'Riverside Job Center' },
      start: '2026-09-01',
      end: '2027-06-30',
      review: '2027-05-15'
    });
    expect(s.money).to.deep.equal({ answer: 'no', items: { a: 'Printing, $300', b: '' } });
    expect(s.contacts[0].name).to.equal('Ana Ruiz');
  });

  it('starts an MOU from a tb-partner-select detail, suggesting by category', () => {
    const detail = readPartnerDetail({
      partner: {
        name: ' Riverside Job Center ',
        contacts: [{ name: 'Ana Ruiz', email: 'ana@example.org', phone: '555-0100', role: 'Coach' }, 'junk'],
        categories: ['Technology experts', 'youth', 'unknown']
      }
    })!;
    expect(detail.partner.name).to.equal('Riverside Job Center');
    const sugg = suggestionsFor(detail.partner.categories!, 'es', SUGGESTIONS, CATEGORY_NAMES);
    expect(sugg.brings).to.include('soporte técnico y asesoramiento').and.include('líderes juveniles');
    const doc = emptyDoc();
    doc.answers.audiences = { audiences: 'Already typed' };
    const filled = applyPartner(sections, doc, detail, sugg);
    expect(filled.answers.parties.partner).to.equal('Riverside Job Center');
    expect(filled.answers['assets-needs']['brings@b']).to.contain('soporte técnico');
    expect(filled.answers.audiences.audiences).to.equal('Already typed');
    expect(filled.answers.contacts.people).to.deep.equal([
      {
        name: 'Ana Ruiz',
        organization: 'Riverside Job Center',
        role: 'Coach',
        email: 'ana@example.org',
        phone: '555-0100'
      }
    ]);
    // A second select of the same partner does not add the contact twice.
    expect(applyPartner(sections, filled, detail, sugg).answers.contacts.people).to.have.length(1);
    expect(readPartnerDetail({ partner: { name: '' } })).to.equal(undefined);
    expect(readPartnerDetail(null)).to.equal(undefined);
  });
});
