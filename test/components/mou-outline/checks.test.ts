import { expect } from '@open-wc/testing';
import {
  clearNotApplicable,
  dismiss,
  lintDoc,
  markNotApplicable,
  progressOf,
  runChecks,
  sectionState,
  type Finding
} from '../../../src/components/mou-outline/checks.js';
import { RULES_EN } from '../../../src/components/mou-outline/lint-rules.js';
import { emptyDoc, type MouDoc } from '../../../src/components/mou-outline/model.js';
import { finishedDoc, sections } from './fixtures.js';

const codes = (doc: MouDoc) => runChecks(sections, doc).map(f => f.code);
const section = (id: string) => sections.find(s => s.id === id)!;
const states = (doc: MouDoc, findings: Finding[] = []) =>
  Object.fromEntries(sections.map(s => [s.id, sectionState(s, doc, findings)]));

describe('mou-outline sanity checks', () => {
  it('finds nothing wrong in a finished draft', () => {
    expect(codes(finishedDoc())).to.deep.equal([]);
  });

  it('wants the start before the end', () => {
    const doc = finishedDoc();
    doc.answers.timeline.end = '2026-08-01';
    expect(codes(doc)).to.include('start-after-end');
    doc.answers.timeline.end = '2026-09-01';
    expect(codes(doc)).to.include('start-after-end');
  });

  it('reports a date that does not exist', () => {
    const doc = finishedDoc();
    doc.answers.timeline.end = '2027-02-30';
    const f = runChecks(sections, doc).find(x => x.code === 'bad-date')!;
    expect(f).to.include({ severity: 'error', fieldKey: 'end' });
  });

  it('wants milestones inside the term', () => {
    const doc = finishedDoc();
    (doc.answers.timeline.milestones as { date: string }[]).push({
      date: '2027-08-01',
      what: 'Party',
      who: ''
    } as never);
    const f = runChecks(sections, doc).filter(x => x.code === 'milestone-outside-term');
    expect(f).to.have.length(1);
    expect(f[0]).to.include({ row: 2, severity: 'warning' });
    expect(f[0].params).to.deep.equal({ what: 'Party', date: '2027-08-01' });
  });

  it('wants the evaluation before the renewal decision and before the notice deadline', () => {
    const doc = finishedDoc();
    doc.answers.evaluation = { success: 'People find jobs', date: '2027-05-20' };
    expect(codes(doc)).to.deep.equal(['evaluation-after-renewal']);
    delete doc.answers.timeline.renewal;
    // End 2027-06-30, 30 days notice → last day to give notice 2027-05-31.
    doc.answers.evaluation.date = '2027-06-10';
    const f = runChecks(sections, doc);
    expect(f.map(x => x.code)).to.deep.equal(['evaluation-after-notice']);
    expect(f[0].params).to.deep.equal({ date: '2027-05-31', days: '30' });
    doc.answers.evaluation.date = '2027-05-01';
    expect(codes(doc)).to.deep.equal([]);
    doc.answers.evaluation.date = '2027-07-10';
    expect(codes(doc)).to.deep.equal(['evaluation-after-end']);
  });

  it('wants a measure for every goal', () => {
    const doc = finishedDoc();
    doc.answers.purpose.goals = [
      { goal: 'More people apply online', measure: '150 helped' },
      { goal: 'Fewer people give up', measure: ' ' },
      { goal: '', measure: '' }
    ];
    const f = runChecks(sections, doc).filter(x => x.code === 'goal-without-measure');
    expect(f.map(x => x.params?.goal)).to.deep.equal(['Fewer people give up']);
  });

  it('suggests a contract review when money changes hands', () => {
    const doc = finishedDoc();
    doc.answers.budget = { 'covers@a': 'Printing', 'covers@b': 'Coach time' };
    expect(codes(doc)).to.not.include('money-contract-review');
    doc.answers.budget['covers@a'] = 'Pays the center $500 for the coach';
    expect(codes(doc)).to.include('money-contract-review');
    doc.answers.budget.money = 'no';
    expect(codes(doc)).to.not.include('money-contract-review');
    doc.answers.budget.money = 'yes';
    expect(runChecks(sections, doc).find(x => x.code === 'money-contract-review')).to.include({ severity: 'advice' });
  });

  it('warns when one side has nothing listed in a two-sided section', () => {
    const doc = finishedDoc();
    doc.answers.marketing = { 'channels@a': 'Posters in all branches' };
    const f = runChecks(sections, doc).filter(x => x.code === 'one-side-empty');
    expect(f).to.have.length(1);
    expect(f[0]).to.include({ sectionId: 'marketing', fieldKey: 'channels@b' });
    expect(f[0].params).to.deep.equal({ party: 'b' });
    doc.answers.marketing['channels@b'] = 'Flyers';
    expect(codes(doc)).to.deep.equal([]);
  });

  it('skips checks of sections marked not applicable', () => {
    const doc = finishedDoc();
    doc.answers.marketing = { 'channels@a': 'Posters' };
    doc.na.marketing = 'The center does no publicity';
    expect(codes(doc)).to.deep.equal([]);
  });
});

describe('mou-outline section state and progress', () => {
  it('starts with nothing started and every required section missing', () => {
    const st = states(emptyDoc());
    expect(Object.values(st).every(s => s.status === 'not-started')).to.equal(true);
    const p = progressOf(sections, st);
    expect(p.done).to.equal(0);
    expect(p.requiredMissing).to.deep.equal(sections.filter(s => s.level === 'required').map(s => s.id));
  });

  it('moves from in progress to complete as required fields fill', () => {
    const doc = emptyDoc();
    doc.answers.roles = { 'does@a': 'Books the lab' };
    expect(sectionState(section('roles'), doc, [])).to.deep.include({ status: 'in-progress', missing: ['does@b'] });
    doc.answers.roles['does@b'] = 'Sends a coach';
    expect(sectionState(section('roles'), doc, []).status).to.equal('complete');
  });

  it('counts default wording as filled but not as started', () => {
    const doc = emptyDoc();
    expect(sectionState(section('statement'), doc, []).status).to.equal('not-started');
    doc.answers.statement = { agreed: 'yes' };
    expect(sectionState(section('statement'), doc, []).status).to.equal('complete');
  });

  it('completes every required section of the finished draft', () => {
    const p = progressOf(sections, states(finishedDoc()));
    expect(p.requiredMissing).to.deep.equal([]);
  });

  it('lets only optional and recommended sections be not applicable, with a reason, and keeps answers', () => {
    const doc = finishedDoc();
    expect(markNotApplicable(doc, section('roles'), 'no')).to.deep.equal({ problem: 'required-section' });
    expect(markNotApplicable(doc, section('marketing'), '  ')).to.deep.equal({ problem: 'reason-missing' });
    doc.answers.marketing = { 'channels@a': 'Posters' };
    const r = markNotApplicable(doc, section('marketing'), 'No publicity needed');
    if (!('doc' in r)) throw new Error('expected a doc');
    expect(sectionState(section('marketing'), r.doc, []).status).to.equal('not-applicable');
    expect(progressOf(sections, states(r.doc)).done).to.equal(progressOf(sections, states(doc)).done + 1);
    const back = clearNotApplicable(r.doc, 'marketing');
    expect(back.answers.marketing['channels@a']).to.equal('Posters');
    expect(sectionState(section('marketing'), back, []).status).to.equal('in-progress');
  });

  it('counts findings per section, leaving out dismissed ones', () => {
    let doc = finishedDoc();
    doc.answers.roles['does@a'] = 'Runs the joint venture; is liable for the room';
    const findings = lintDoc(sections, doc, RULES_EN);
    expect(findings.map(f => f.code)).to.deep.equal(['joint-venture', 'liable']);
    expect(sectionState(section('roles'), doc, findings)).to.deep.include({ errors: 1, warnings: 1 });
    expect(dismiss(doc, findings[1].key, ' ')).to.equal(undefined);
    doc = dismiss(doc, findings[1].key, 'Our lawyer asked for this word')!;
    expect(sectionState(section('roles'), doc, findings)).to.deep.include({ errors: 1, warnings: 0 });
    expect(doc.dismissals).to.deep.equal([{ key: findings[1].key, reason: 'Our lawyer asked for this word' }]);
  });

  it('checks wording in table cells too', () => {
    const doc = finishedDoc();
    doc.answers.timeline.milestones = [{ date: '2026-10-01', what: 'Sign the partnership agreement', who: '' }];
    const [f] = lintDoc(sections, doc, RULES_EN);
    expect(f).to.include({
      sectionId: 'timeline',
      fieldKey: 'milestones',
      row: 0,
      column: 'what',
      code: 'partnership-agreement'
    });
  });
});
