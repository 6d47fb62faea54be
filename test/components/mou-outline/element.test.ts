import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/mou-outline/define.js';
import type { TbMouOutline } from '../../../src/components/mou-outline/mou-outline.js';
import { DraftStore } from '../../../src/components/mou-outline/drafts.js';
import en from '../../../src/components/mou-outline/strings/en.js';
import es from '../../../src/components/mou-outline/strings/es.js';
import { englishLeft } from '../../support/language.js';
import { upgradePlaceholders } from '../../../src/embed.js';
import { finishedDoc } from './fixtures.js';

const store = new DraftStore();
async function clearDrafts() {
  for (const d of await store.list()) await store.remove(d.name);
}

const $ = <T extends Element = HTMLElement>(el: TbMouOutline, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const text = (el: TbMouOutline) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function make(attrs = '', lang = 'en'): Promise<TbMouOutline> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('tb-mou-outline') as TbMouOutline;
  for (const [k, v] of attrs ? attrs.split(' ').map(a => a.split('=')) : []) el.setAttribute(k, v ?? '');
  wrap.append(el);
  await el.updateComplete;
  if (lang === 'es')
    await waitUntil(() => text(el).includes('Memorando de entendimiento'), 'Spanish loads', { timeout: 10000 });
  return el;
}

async function typeInto(el: TbMouOutline, id: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function goTo(el: TbMouOutline, sectionId: string) {
  $(el, `#nav-${sectionId}`).click();
  await el.updateComplete;
}

describe('<tb-mou-outline>', () => {
  beforeEach(clearDrafts);
  afterEach(() => document.body.classList.remove('dark'));

  it('starts on the first section with progress, every section listed, and is accessible', async () => {
    const el = await make();
    expect($(el, '#section-title').textContent).to.contain('Who is taking part');
    expect(el.shadowRoot!.querySelectorAll('.nav-item').length).to.equal(17);
    expect(text(el)).to.contain('0 of 16 sections done');
    expect(text(el)).to.contain('Not started');
    await expect(el).to.be.accessible();
  });

  it('moves freely between sections and loses nothing going back', async () => {
    const el = await make();
    await typeInto(el, 'f-parties-library', 'Riverside Public Library');
    await goTo(el, 'roles');
    expect($(el, '.party-name').textContent).to.contain('Riverside Public Library');
    await typeInto(el, 'f-roles-does-a', 'Books the lab');
    expect($(el, '#nav-roles').textContent).to.contain('In progress');
    await goTo(el, 'parties');
    expect($<HTMLInputElement>(el, '#f-parties-library').value).to.equal('Riverside Public Library');
    await goTo(el, 'roles');
    expect($<HTMLTextAreaElement>(el, '#f-roles-does-a').value).to.equal('Books the lab');
    await typeInto(el, 'f-roles-does-b', 'Sends a coach');
    expect($(el, '#nav-roles').textContent).to.contain('Complete');
    await expect(el).to.be.accessible();
  });

  it('flags contract wording, replaces it in one click, and keeps a dismissal with its reason', async () => {
    const el = await make();
    await goTo(el, 'purpose');
    await typeInto(el, 'f-purpose-purpose', 'This joint venture helps job seekers. Each side is liable for its room.');
    expect(text(el)).to.contain('You wrote “joint venture”.');
    expect($(el, '#nav-purpose').textContent).to.contain('2 to check');
    await expect(el).to.be.accessible();
    const replace = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.finding button')].find(b =>
      b.textContent!.includes('Replace with “collaboration”')
    )!;
    replace.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#f-purpose-purpose').value).to.equal(
      'This collaboration helps job seekers. Each side is liable for its room.'
    );
    const keep = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.finding button')].find(b =>
      b.textContent!.includes('Keep it as it is')
    )!;
    keep.click();
    await el.updateComplete;
    $(el, '.dismiss-form .tb-button').click();
    await el.updateComplete;
    expect(text(el)).to.contain('Enter the reason for keeping this wording');
    await expect(el).to.be.accessible();
    await typeInto(el, 'dismiss-reason', 'Our insurer uses this word');
    $(el, '.dismiss-form .tb-button').click();
    await el.updateComplete;
    expect(text(el)).to.contain('Kept on purpose');
    expect(text(el)).to.contain('“liable”: Our insurer uses this word');
    expect(el.doc.dismissals).to.have.length(1);
    expect($(el, '#nav-purpose').textContent).to.not.contain('to check');
  });

  it('marks an optional section not applicable only with a reason, keeping its answers', async () => {
    const el = await make();
    await goTo(el, 'marketing');
    await typeInto(el, 'f-marketing-channels-a', 'Posters');
    expect(text(el)).to.contain('has nothing listed here yet');
    $(el, '#na-toggle').click();
    await el.updateComplete;
    $(el, '.na-box .tb-button').click();
    await el.updateComplete;
    expect(text(el)).to.contain('Enter the reason this section does not apply');
    await expect(el).to.be.accessible();
    await typeInto(el, 'na-reason', 'The center does no publicity');
    $(el, '.na-box .tb-button').click();
    await el.updateComplete;
    expect($(el, '#nav-marketing').textContent).to.contain('Not applicable');
    $(el, '#na-undo').click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#f-marketing-channels-a').value).to.equal('Posters');
    await goTo(el, 'roles');
    expect(el.shadowRoot!.querySelector('#na-toggle')).to.equal(null);
  });

  it('saves a named draft and restores it in a new element (as after a reload)', async () => {
    const first = await make();
    await typeInto(first, 'f-parties-project', 'Job');
    await first.save();
    await typeInto(first, 'f-parties-project', 'Job Help Nights');
    await typeInto(first, 'f-parties-partner', 'Riverside Job Center');
    expect(await first.save()).to.equal(true);
    // One draft that follows the short name, not one per name it had on the way.
    expect((await store.list()).map(d => d.name)).to.deep.equal(['Job Help Nights']);
    expect(text(first)).to.contain('Saved on this computer at');
    first.remove();
    const second = await make();
    await waitUntil(() => second.doc.answers.parties?.project === 'Job Help Nights', 'draft restored', {
      timeout: 10000
    });
    await second.updateComplete;
    expect($<HTMLInputElement>(second, '#f-parties-partner').value).to.equal('Riverside Job Center');
    expect(second.draftName).to.equal('Job Help Nights');
  });

  it('imports the other organization’s file, keeps the current version and shows what changed', async () => {
    const el = await make();
    await typeInto(el, 'f-parties-project', 'Job Help Nights');
    const theirs = finishedDoc();
    const file = new File(
      [JSON.stringify({ format: 'techbridge-mou', version: 1, answers: theirs.answers, na: {}, dismissals: [] })],
      'mou.json'
    );
    await el.importFile(file);
    await el.updateComplete;
    expect(text(el)).to.contain('What changed in the file you opened');
    expect(text(el)).to.contain('Job Help Nights (before opening a file)');
    expect(text(el)).to.contain('Roles and responsibilities');
    expect((await store.list()).map(d => d.name)).to.include('Job Help Nights (before opening a file)');
    await el.importFile(new File(['not json'], 'x.json'));
    await el.updateComplete;
    expect(text(el)).to.contain('That file is not a memorandum file: it is not JSON.');
    (el.shadowRoot!.querySelector('details.drafts') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });

  it('starts an MOU from a tb-partner-select event on the page, with suggestions', async () => {
    const el = await make();
    document.body.dispatchEvent(
      new CustomEvent('tb-partner-select', {
        bubbles: true,
        composed: true,
        detail: {
          organization: {
            name: 'Eastside Tech Club',
            categories: ['technology'],
            contacts: [{ name: 'Kim Lee', email: 'kim@example.org', phones: [{ number: '555-0101' }] }]
          }
        }
      })
    );
    await waitUntil(() => el.doc.answers.parties?.partner === 'Eastside Tech Club', 'partner filled');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'section-title', 'taken to the memorandum');
    await goTo(el, 'assets-needs');
    expect($<HTMLTextAreaElement>(el, '#f-assets-needs-brings-b').value).to.contain('tech support and advice');
    expect(el.doc.answers.contacts.people).to.deep.equal([
      { name: 'Kim Lee', organization: 'Eastside Tech Club', role: '', email: 'kim@example.org', phone: '555-0101' }
    ]);
    await goTo(el, 'audiences');
    expect($<HTMLTextAreaElement>(el, '#f-audiences-audiences').value).to.contain('people new to computers');
    expect(text(el)).to.not.contain('Ideas for Eastside Tech Club');
    await typeInto(el, 'f-audiences-audiences', 'Seniors');
    expect(text(el)).to.contain('Ideas for Eastside Tech Club');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')]
      .find(b => b.textContent!.includes('job seekers'))!
      .click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#f-audiences-audiences').value).to.equal('Seniors\njob seekers');
    await expect(el).to.be.accessible();
  });

  it('says in plain words that a sections file is broken, and keeps working with the standard sections', async () => {
    const url = URL.createObjectURL(new Blob(['{"sections": [{"id": "x"}]}'], { type: 'application/json' }));
    const el = await make(`sections-src=${url}`);
    await waitUntil(() => text(el).includes('The sections file could not be used'), 'config message', {
      timeout: 10000
    });
    expect(text(el)).to.contain('sections[0].prompt: a text is missing');
    expect($(el, '#section-title').textContent).to.contain('Who is taking part');
    await expect(el).to.be.accessible();
  });

  it('uses a library’s own sections file', async () => {
    const own = {
      sections: [
        {
          id: 'why',
          title: 'Why together',
          prompt: 'Why?',
          level: 'required',
          fields: [{ id: 'why', type: 'textarea', label: 'Reason', required: true }]
        }
      ]
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(own)], { type: 'application/json' }));
    const el = await make(`sections-src=${url}`);
    await waitUntil(() => text(el).includes('Why together'), 'own sections', { timeout: 10000 });
    expect(el.shadowRoot!.querySelectorAll('.nav-item').length).to.equal(2);
  });

  it('is usable with the keyboard alone', async () => {
    const el = await make();
    $(el, '#nav-parties').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await aTimeout(50);
    expect(el.current).to.equal(1);
    expect(el.shadowRoot!.activeElement?.id).to.equal('section-title');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement as HTMLTextAreaElement;
    expect(active.id).to.equal('f-assets-needs-brings-a');
    await sendKeys({ type: 'A computer lab' });
    await el.updateComplete;
    expect(el.doc.answers['assets-needs']['brings@a']).to.equal('A computer lab');
  });

  it('stays accessible on a dark page', async () => {
    document.body.classList.add('dark');
    const style = document.createElement('style');
    style.textContent = 'body.dark{background:#1b1b1b;color:#eee}';
    document.head.append(style);
    const el = await make();
    await goTo(el, 'purpose');
    await typeInto(el, 'f-purpose-purpose', 'A joint venture');
    await expect(el).to.be.accessible();
    style.remove();
  });

  it('walks every section in Spanish with no English left', async () => {
    const el = await make('', 'es');
    await typeInto(el, 'f-parties-library', 'Biblioteca de Riverside');
    await goTo(el, 'purpose');
    await typeInto(el, 'f-purpose-purpose', 'Una empresa conjunta para ayudar.');
    expect(text(el)).to.contain('Usted escribió «empresa conjunta».');
    for (let i = 0; i <= el.sections.length; i++) {
      el.go(i);
      await el.updateComplete;
      expect(englishLeft(el.shadowRoot!, [[en, es]]), `step ${i}`).to.deep.equal([]);
    }
    await expect(el).to.be.accessible();
  });

  it('grows from a CMS placeholder', async () => {
    const host = document.createElement('div');
    const div = document.createElement('div');
    div.dataset.tb = 'mou-outline';
    div.dataset.endpoint = '/api/submissions';
    div.dataset.headingLevel = '3';
    host.append(div);
    const [el] = upgradePlaceholders(host) as TbMouOutline[];
    expect(el.localName).to.equal('tb-mou-outline');
    expect(el.getAttribute('endpoint')).to.equal('/api/submissions');
    await fixture(host);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.contain('Memorandum of understanding');
  });
});
