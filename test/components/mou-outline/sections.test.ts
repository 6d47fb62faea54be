import { expect } from '@open-wc/testing';
import { localize, type SectionDef } from '../../../src/components/mou-outline/model.js';
import { DEFAULT_SECTIONS, SUGGESTIONS } from '../../../src/components/mou-outline/sections-data.js';
import { parseSectionsText, readSectionsFile } from '../../../src/components/mou-outline/sections.js';

const codes = (text: string) => {
  const r = parseSectionsText(text);
  return r.ok ? [] : r.problems.map(p => `${p.code}@${p.at}`);
};

describe('mou-outline sections file', () => {
  it('the module equals src/content/mou-sections.json and its suggestions file', async () => {
    const { $comment: _a, ...json } = await (await fetch('/src/content/mou-sections.json')).json();
    expect(DEFAULT_SECTIONS).to.deep.equal(json);
    const { $comment: _b, ...sugg } = await (await fetch('/src/content/mou-sections-suggestions.json')).json();
    expect(SUGGESTIONS).to.deep.equal(sugg);
  });

  it('reads the default file without problems', async () => {
    const text = await (await fetch('/src/content/mou-sections.json')).text();
    const r = parseSectionsText(text);
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.file.sections.map(s => s.id)).to.include.members(['roles', 'budget', 'statement', 'signatures']);
  });

  it('covers the guide list, two-sided where it matters, in English and Spanish', () => {
    const s = DEFAULT_SECTIONS.sections;
    const byId = (id: string) => s.find(x => x.id === id) as SectionDef;
    for (const id of ['assets-needs', 'roles', 'resources', 'budget', 'marketing'])
      expect(byId(id).twoSided, id).to.equal(true);
    for (const id of [
      'audiences',
      'purpose',
      'timeline',
      'contacts',
      'deliverables',
      'ending',
      'evaluation',
      'changes'
    ]) {
      expect(byId(id), id).to.not.equal(undefined);
    }
    for (const section of s) {
      for (const text of [section.title, section.prompt, section.guidance, ...section.fields.map(f => f.label)]) {
        if (text === undefined) continue;
        expect(localize(text, 'es'), section.id).to.not.equal(localize(text, 'en'));
      }
    }
    const levels = new Set(s.map(x => x.level));
    expect([...levels].sort()).to.deep.equal(['optional', 'recommended', 'required']);
  });

  it('reads a library’s own file, with plain strings for texts', () => {
    const r = readSectionsFile({
      sections: [
        {
          id: 'why',
          title: 'Why',
          prompt: 'Why work together?',
          fields: [{ id: 'why', type: 'textarea', label: 'Why' }]
        }
      ]
    });
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.file.sections[0]).to.deep.include({ id: 'why', level: 'recommended' });
  });

  it('names each problem of a malformed file, with where it is', () => {
    expect(codes('{ "sections": ['))
      .to.have.length(1)
      .and.satisfy((c: string[]) => c[0].startsWith('not-json@'));
    expect(codes('[]')).to.deep.equal(['not-object@']);
    expect(codes('{"sections": []}')).to.deep.equal(['no-sections@sections']);
    expect(codes('{"version": 7, "sections": []}')).to.deep.equal(['newer-version@version']);
    const bad = JSON.stringify({
      sections: [
        { id: 'a', title: 'A', prompt: 'P', level: 'must', fields: [{ id: 'x', type: 'slider', label: 'X' }] },
        { id: 'a', title: '', prompt: 'P', fields: [{ id: 'y', type: 'rows', label: 'Y' }] },
        { id: 'Bad Id', title: 'T', prompt: 'P', fields: [] }
      ]
    });
    expect(codes(bad)).to.deep.equal([
      'bad-level@sections[0].level',
      'bad-field-type@sections[0].fields[0].type',
      'missing-text@sections[1].title',
      'no-columns@sections[1].fields[0]',
      'duplicate-id@sections[1]',
      'bad-id@sections[2]'
    ]);
  });

  it('refuses a file too big to be a sections file', () => {
    expect(codes(' '.repeat(600 * 1024))).to.deep.equal(['too-big@']);
  });
});
