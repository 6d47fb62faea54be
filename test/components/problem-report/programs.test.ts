import { expect } from '@open-wc/testing';
import { DEFAULT_PICKERS, LIBRARY_SYSTEMS } from '../../../src/components/problem-report/default-content.js';
import {
  librarySystemsFor,
  localizePickers,
  parsePickers,
  withLibrarySystems
} from '../../../src/components/problem-report/programs.js';

describe('program lists', () => {
  it('carries the library systems of src/content/problem-programs.json, each with Spanish words', async () => {
    const json = await (await fetch('/src/content/problem-programs.json')).json();
    expect(LIBRARY_SYSTEMS).to.deep.equal(json.librarySystems);
    const names = LIBRARY_SYSTEMS.map(s => s.label).join(' ');
    for (const name of ['Sierra', 'Polaris', 'Koha', 'Evergreen', 'Symphony', 'Alma', 'PaperCut', 'Pharos']) {
      expect(names).to.include(name);
    }
    expect(LIBRARY_SYSTEMS.some(s => /booking/.test(s.label))).to.equal(true);
    expect(LIBRARY_SYSTEMS.some(s => /print release/.test(s.label))).to.equal(true);
    for (const option of [...LIBRARY_SYSTEMS, ...DEFAULT_PICKERS.programs, ...DEFAULT_PICKERS.tried]) {
      expect(option.labels?.es, option.id).to.be.a('string');
    }
  });

  it('switches library systems on: all when the attribute is empty, or the ids given', () => {
    expect(librarySystemsFor(undefined).systems).to.deep.equal([]);
    expect(librarySystemsFor(null).systems).to.deep.equal([]);
    expect(librarySystemsFor('').systems).to.have.length(LIBRARY_SYSTEMS.length);
    expect(librarySystemsFor('all').systems).to.have.length(LIBRARY_SYSTEMS.length);
    const some = librarySystemsFor('Koha, papercut nonsense');
    expect(some.systems.map(s => s.id)).to.deep.equal(['koha', 'papercut']);
    expect(some.problems).to.deep.equal([{ code: 'unknown-library-system', detail: 'nonsense' }]);
  });

  it('puts the chosen systems first without repeating an id', () => {
    const config = withLibrarySystems(
      { programs: [{ id: 'koha', label: 'Our Koha' }, ...DEFAULT_PICKERS.programs], tried: [] },
      librarySystemsFor('koha sierra').systems
    );
    expect(config.programs.slice(0, 2).map(p => p.id)).to.deep.equal(['koha', 'sierra']);
    expect(config.programs.filter(p => p.id === 'koha')).to.have.length(1);
  });

  it('uses the words of the page language, English otherwise', () => {
    const es = localizePickers(DEFAULT_PICKERS, 'es');
    expect(es.tried[1].label).to.equal('Reinicié la computadora');
    expect(localizePickers(DEFAULT_PICKERS, 'fr').tried[1].label).to.equal('Restarted the computer');
  });

  it('reads a programs-src file, keeping Spanish words and dropping a bad list', () => {
    const { config, problems } = parsePickers({
      programs: [{ id: 'sirsi', label: 'Sirsi', labels: { es: 'Sirsi (sistema)', 'x-bad': 'no' } }],
      tried: 'nope'
    });
    expect(config.programs).to.deep.equal([{ id: 'sirsi', label: 'Sirsi', labels: { es: 'Sirsi (sistema)' } }]);
    expect(config.tried).to.deep.equal(DEFAULT_PICKERS.tried);
    expect(problems).to.deep.equal([{ code: 'bad-list', detail: 'tried' }]);
  });
});
