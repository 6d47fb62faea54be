import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/mou-outline/define.js';
import type { TbMouOutline } from '../../../src/components/mou-outline/mou-outline.js';
import { DraftStore } from '../../../src/components/mou-outline/drafts.js';
import { faultyEndpoint, setFaults, storedSubmissions } from '../../support/servers.js';
import { finishedDoc } from './fixtures.js';
import { parseIcs } from './ics-parse.js';

const store = new DraftStore();
const $ = <T extends Element = HTMLElement>(el: TbMouOutline, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const text = (el: TbMouOutline) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function make(endpoint = ''): Promise<TbMouOutline> {
  for (const d of await store.list()) await store.remove(d.name);
  const el = await fixture<TbMouOutline>(html`<tb-mou-outline endpoint=${endpoint}></tb-mou-outline>`);
  await el.updateComplete;
  return el;
}

async function review(el: TbMouOutline) {
  $(el, '#nav-review').click();
  await el.updateComplete;
}

describe('<tb-mou-outline> review and finish', () => {
  it('lists what is missing and refuses to send, with links to the sections', async () => {
    const el = await make(await faultyEndpoint());
    await review(el);
    expect($(el, '#review-title').textContent).to.contain('Review and finish');
    expect(text(el)).to.contain('Still to complete');
    $(el, '#send').click();
    await el.updateComplete;
    const summary = $(el, '#send-errors');
    expect(summary.textContent).to.contain('Complete the section “Who is taking part”');
    await waitUntil(() => el.shadowRoot!.activeElement === summary, 'summary focused');
    await expect(el).to.be.accessible();
    summary.querySelector('a')!.click();
    await el.updateComplete;
  });

  it('sends a finished memorandum to the real intake server and says so only then', async () => {
    await setFaults({ mode: 'ok' });
    const el = await make(await faultyEndpoint());
    el.doc = finishedDoc();
    await review(el);
    expect(text(el)).to.contain('Every required section is complete.');
    expect(text(el)).to.not.contain('DRAFT');
    expect(text(el)).to.contain('Summary for the board');
    expect(text(el)).to.contain('Riverside Public Library; Riverside Job Center');
    $(el, '#send').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.tb-outcome--sent'), 'sent', { timeout: 20000 });
    expect(text(el)).to.contain('Memorandum sent');
    const stored = await storedSubmissions('mou');
    const mine = stored.find(s => (s.envelope.data.title as string) === 'Job Help Nights');
    expect(mine, 'stored on the server').to.not.equal(undefined);
    expect(mine!.envelope.data.parties).to.deep.equal(['Riverside Public Library', 'Riverside Job Center']);
    expect(mine!.envelope.data.markdown as string).to.contain('# Job Help Nights');
    expect(text(el)).to.contain(mine!.reference);
    await expect(el).to.be.accessible();
  });

  it('writes the calendar and the Markdown in the element’s words', async () => {
    const el = await make();
    el.doc = finishedDoc();
    await el.updateComplete;
    const { events } = parseIcs(el.calendar());
    expect(events.map(e => e.SUMMARY)).to.deep.equal([
      'Job Help Nights: start',
      'Job Help Nights: First session',
      'Job Help Nights: Halfway check-in',
      'Job Help Nights: decide whether to continue',
      'Job Help Nights: end'
    ]);
    expect(events[1].DESCRIPTION).to.equal('Led by Library');
    expect(el.markdown()).to.contain('## Signatures');
  });
});
