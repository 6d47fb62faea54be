import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/glossary/define.js';
import { MAX_BLOCK, markdownPieces, PIECE_CHARS } from '../../../src/components/glossary/limits.js';
import { loadGlossary, parseGlossaryText, parseGlossaryTextInPieces } from '../../../src/components/glossary/load.js';
import { problemText } from '../../../src/components/glossary/problem-words.js';
import { markdownNode } from '../../../src/components/glossary/markdown-node.js';
import { layerGlossaries, layerGlossariesInPieces } from '../../../src/components/glossary/model.js';
import { renderMarkdown } from '../../../src/core/markdown.js';
import { forcePieceBudget, turnsGiven } from '../../../src/core/yield.js';

/** A big generated glossary (issue 15 §3): terms with aliases, senses, a long explanation now and then. */
function bigJson(terms: number, extra: object[] = []): string {
  const list: object[] = Array.from({ length: terms }, (_, i) =>
    i % 7 === 0
      ? {
          term: `Word ${i}`,
          also: [`alias ${i}`],
          senses: [
            { label: 'one', definition: `First meaning ${i}.`, cues: ['printer'] },
            { label: 'two', definition: `Second meaning ${i}.`, more: `More about ${i}.\n\n- a\n- b` }
          ]
        }
      : { term: `Word ${i}`, abbreviations: [`W${i}`], definition: `Meaning of word ${i}.` }
  );
  return JSON.stringify({ name: 'Big', terms: [...list, ...extra] });
}

/** The same kind of glossary in the Markdown format, with a few mistakes that become problems. */
function bigMarkdown(terms: number): string {
  const parts = ['# Big', ''];
  for (let i = 0; i < terms; i++) {
    if (i % 7 === 0) {
      parts.push(`## Word ${i}`, `also: alias ${i}`, '', `### one`, 'cues: printer', '', `First meaning ${i}.`, '');
      parts.push('### two', '', `Second meaning ${i}.`, '', `More about ${i}.`, '', '- a', '- b', '');
    } else {
      parts.push(`## Word ${i}`, `abbreviation: W${i}`, '', `Meaning of word ${i}.`, '');
    }
  }
  parts.push('## Word 5', '', 'Again.', '', '## Huge', '', 'x'.repeat(10_000), '', '## C++', '', 'A language.', '');
  parts.push('## C#', '', 'Another language.', '', 'colour: blue', '## Empty', '');
  return parts.join('\n');
}

const scheduler = (globalThis as unknown as { scheduler: { postTask(f: () => void, o: object): Promise<void> } })
  .scheduler;

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

describe('glossary loading in pieces (issue 15 §3)', () => {
  it('gives the browser turns while reading a big glossary: a task queued at the start runs before it is done', async () => {
    const text = bigJson(8000, [{ term: 'Huge', definition: 'x'.repeat(2_000_000) }]);
    // A click's task, as in test/core/yield.test.ts. (A setTimeout callback may wait longer: where there is
    // scheduler.yield(), the continuation of a job that yields goes before timers, though never before input.)
    const ranDuring = (job: () => Promise<unknown>) => {
      let over = false;
      let during = false;
      scheduler.postTask(() => (during = !over), { priority: 'user-blocking' });
      return job().then(() => ((over = true), during));
    };
    expect(await ranDuring(() => parseGlossaryTextInPieces(text, 'big.json'))).to.equal(true);
    const parsed = parseGlossaryText(text, 'big.json');
    let glossary = layerGlossaries([]);
    expect(await ranDuring(async () => (glossary = await layerGlossariesInPieces([parsed])))).to.equal(true);
    expect(glossary.size).to.equal(8000);
  });

  it('gives the same glossary as reading it all at once: entries, problems, look-ups and names to mark', async () => {
    const text = bigJson(3000, [
      { term: 'Word 5', definition: 'Again.' },
      { term: 'Huge', definition: 'x'.repeat(10_000) },
      { term: 'C++', definition: 'A language.' },
      { term: 'C#', definition: 'Another language.' }
    ]);
    const atOnce = layerGlossaries([parseGlossaryText(text, 'g.json')]);
    const inPieces = await layerGlossariesInPieces([await parseGlossaryTextInPieces(text, 'g.json')]);
    expect(JSON.stringify(inPieces.entries)).to.equal(JSON.stringify(atOnce.entries));
    expect(inPieces.problems).to.deep.equal(atOnce.problems);
    expect(inPieces.problems.length).to.be.greaterThan(1);
    expect(inPieces.patternCount).to.equal(atOnce.patternCount);
    for (const name of ['word 12', 'W13', 'alias 14', 'c', 'Nothing']) {
      expect(inPieces.lookup(name)?.entry.id).to.equal(atOnce.lookup(name)?.entry.id);
    }
    expect(inPieces.findTerms('See W13 and alias 14.')).to.deep.equal(atOnce.findTerms('See W13 and alias 14.'));
  });

  it('reads a big Markdown glossary in pieces too, with the same result as at once', async () => {
    const text = bigMarkdown(6000);
    let over = false;
    let during = false;
    void scheduler.postTask(() => (during = !over), { priority: 'user-blocking' });
    const inPieces = await parseGlossaryTextInPieces(text, 'big.md');
    over = true;
    expect(during, 'a task queued at the start ran before the reading was done').to.equal(true);
    const atOnce = parseGlossaryText(text, 'big.md');
    expect(JSON.stringify(inPieces.entries)).to.equal(JSON.stringify(atOnce.entries));
    expect(inPieces.problems).to.deep.equal(atOnce.problems);
    expect(inPieces.problems.map(p => p.code)).to.include.members(['duplicate-term', 'md-no-definition']);
    expect(inPieces.entries.length).to.equal(6002);
  });

  it('stops an older load when its signal aborts', async () => {
    const controller = new AbortController();
    const url = blobUrl(bigJson(4000));
    const load = loadGlossary([url], { includeDefault: false, signal: controller.signal });
    setTimeout(() => controller.abort(), 0);
    let error: unknown;
    await load.catch(e => (error = e));
    URL.revokeObjectURL(url);
    expect(error).to.be.instanceOf(DOMException);
  });

  it('<tb-glossary>: a second src set while the first is still loading wins, and ready fires once', async () => {
    const big = blobUrl(bigJson(6000));
    const small = blobUrl(JSON.stringify([{ term: 'Small', definition: 'The newer glossary.' }]));
    const events: number[] = [];
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('tb-glossary');
    el.noDefault = true;
    el.src = big;
    el.addEventListener('tb-glossary-ready', e => events.push((e as CustomEvent<{ terms: number }>).detail.terms));
    holder.append(el);
    await new Promise(resolve => setTimeout(resolve, 0));
    el.src = small;
    await oneEvent(el, 'tb-glossary-ready');
    await new Promise(resolve => setTimeout(resolve, 300));
    URL.revokeObjectURL(big);
    URL.revokeObjectURL(small);
    expect(events).to.deep.equal([1]);
    expect(el.current.size).to.equal(1);
    expect(el.current.lookup('Small')?.entry.term).to.equal('Small');
  });

  it('<tb-glossary>: a glossary given as the property is read in pieces too, and a newer one wins', async () => {
    const data = JSON.parse(bigJson(1500)) as { terms: unknown[] };
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    // Turns given while loading, with a turn at every pause: from a plain object (read, then layered) and from
    // the same glossary already built (layered only). Reading it must add about a turn per term.
    const turnsFor = async (value: unknown) => {
      const el = document.createElement('tb-glossary');
      el.noDefault = true;
      el.glossary = value as typeof el.glossary;
      const before = turnsGiven();
      forcePieceBudget(0);
      try {
        holder.append(el);
        await oneEvent(el, 'tb-glossary-ready');
      } finally {
        forcePieceBudget(undefined);
      }
      el.remove();
      return { turns: turnsGiven() - before, glossary: el.current };
    };
    const fromObject = await turnsFor(data);
    const fromBuilt = await turnsFor(fromObject.glossary);
    expect(fromObject.glossary.size).to.equal(1500);
    expect(fromObject.turns - fromBuilt.turns).to.be.above(1400);

    const events: number[] = [];
    const el = document.createElement('tb-glossary');
    el.noDefault = true;
    el.glossary = JSON.parse(bigJson(6000)) as { terms: unknown[] };
    el.addEventListener('tb-glossary-ready', e => events.push((e as CustomEvent<{ terms: number }>).detail.terms));
    holder.append(el);
    // A click's turn comes during the load (a timer's might wait for its end: see the first test).
    await scheduler.postTask(() => undefined, { priority: 'user-blocking' });
    el.glossary = [{ term: 'Small', definition: 'The newer glossary.' }];
    await oneEvent(el, 'tb-glossary-ready');
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(events).to.deep.equal([1]);
    expect(el.current.lookup('Small')?.entry.term).to.equal('Small');
  });
});

describe('long explanations rendered in pieces (issue 15 §3)', () => {
  it('cuts long Markdown where a block starts, never inside fenced code', () => {
    const code = '```\n' + 'line\n\nmore\n'.repeat(300) + '```';
    const text = `${'Para one. '.repeat(150)}\n\n${code}\n\n${'- item\n'.repeat(400)}`;
    const pieces = markdownPieces(text);
    expect(pieces.length).to.be.greaterThan(2);
    expect(pieces.join('\n')).to.equal(text);
    // Every piece opens and closes its fences: none is cut inside the code.
    for (const piece of pieces) expect((piece.match(/^```/gm) ?? []).length % 2).to.equal(0);
  });

  it('renders the same list as one list, and a block over the limit as plain text', async () => {
    const list = Array.from({ length: 800 }, (_, i) => `- item ${i} **bold**`).join('\n');
    const node = (await markdownNode(list)) as HTMLElement;
    expect(node.querySelectorAll('ul')).to.have.length(1);
    expect(node.querySelectorAll('li')).to.have.length(800);
    expect(node.querySelectorAll('strong')).to.have.length(800);

    const hostile = `Intro with *emphasis*.\n\n${'*a'.repeat(MAX_BLOCK)}`;
    const shown = (await markdownNode(hostile)) as HTMLElement;
    expect(shown.querySelector('em')?.textContent).to.equal('emphasis');
    // As plain paragraphs of at most PIECE_CHARS, which together are the block.
    const plain = [...shown.children].slice(1);
    expect(plain.length).to.equal(Math.ceil((2 * MAX_BLOCK) / PIECE_CHARS));
    expect(plain.every(p => p.tagName === 'P' && p.textContent!.length <= PIECE_CHARS)).to.equal(true);
    expect(plain.map(p => p.textContent).join('')).to.equal('*a'.repeat(MAX_BLOCK));
  });

  it('cuts the pieces after a slow one smaller, with the same result as one render', async () => {
    // Lists eight deep cost far more per character than prose. With every piece "slow" (a budget of 0), every
    // piece after the first is cut to the smallest size: the lists must still come out as one render makes them.
    const words = ['printer', 'router', 'catalogue', 'account'];
    let text = '';
    for (let i = 0; text.length < 12_000; i++) text += `${'  '.repeat(i % 8)}- item ${i} *${words[i % 4]}*\n`;
    const whole = await renderMarkdown(text);
    const holder = document.createElement('div');
    holder.append(whole);
    forcePieceBudget(0);
    let node: HTMLElement;
    try {
      node = (await markdownNode(text)) as HTMLElement;
    } finally {
      forcePieceBudget(undefined);
    }
    // The same elements in the same places (a piece boundary may leave a line break between two items).
    const shape = (el: Element) => el.innerHTML.replace(/>\s+</g, '><').trim();
    expect(shape(node)).to.equal(shape(holder));
    expect(node.querySelectorAll(':scope > ul')).to.have.length(1);
    expect(node.querySelectorAll('li')).to.have.length(holder.querySelectorAll('li').length);
  });

  it('with early, hands over the element after its first piece and adds the rest on the page', async () => {
    const text = Array.from(
      { length: 60 },
      (_, i) => `Paragraph ${i} with *emphasis* and [a link](https://example.org/${i}).`
    )
      .join('\n\n')
      .repeat(4);
    const whole = (await markdownNode(text)) as HTMLElement;
    const linked: string[] = [];
    const early = (await markdownNode(text, {
      early: true,
      each: piece => linked.push(...[...piece.querySelectorAll('a')].map(a => a.href))
    })) as HTMLElement;
    const first = early.children.length;
    expect(first).to.be.greaterThan(0);
    expect(first, 'only the first piece so far').to.be.below(whole.children.length);
    document.body.append(early);
    try {
      await waitUntil(() => early.children.length === whole.children.length, 'the rest added');
      expect(early.innerHTML).to.equal(whole.innerHTML);
      expect(linked).to.have.length(whole.querySelectorAll('a').length);
    } finally {
      early.remove();
    }
  });

  it('reports a paragraph over the limit in plain words and keeps the explanation', () => {
    const more = `Fine.\n\n${'word '.repeat(MAX_BLOCK / 4).trim()}`;
    const p = parseGlossaryText(JSON.stringify([{ term: 'Wordy', definition: 'Short.', more }]), 'g.json');
    expect(p.entries[0].senses[0].more).to.equal(more);
    expect(p.problems[0]).to.deep.include({ code: 'block-too-long', params: { term: 'Wordy', max: MAX_BLOCK } });
    expect(problemText(p.problems[0])).to.equal(
      'The longer explanation of "Wordy" has a paragraph or list item of more than 3,000 characters. It is shown as plain text, without formatting. Break it into shorter paragraphs.'
    );
  });
});
