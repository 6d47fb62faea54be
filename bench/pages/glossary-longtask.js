// In-page side of bench/glossary-longtask.mjs: builds a big (or hostile) glossary, loads or opens it, and reports
// every long task (over 50 ms) the page ran meanwhile, from a PerformanceObserver with attribution.
import '/cdn/glossary.js';

/* global window, document, performance, PerformanceObserver, Blob, URL, requestAnimationFrame, customElements, setTimeout */

const tasks = [];
new PerformanceObserver(list => {
  for (const e of list.getEntries()) {
    const a = e.attribution?.[0];
    tasks.push({
      start: e.startTime,
      duration: e.duration,
      attribution: a ? `${a.name}/${a.containerType || '-'}` : e.name
    });
  }
}).observe({ type: 'longtask', buffered: true });

const frames = n => new Promise(done => (n <= 0 ? done() : requestAnimationFrame(() => frames(n - 1).then(done))));
const sleep = ms => new Promise(done => setTimeout(done, ms));

const WORDS = 'library computer network printer account reader patron catalogue wireless router backup server'.split(
  ' '
);
function sentence(i, words) {
  let s = '';
  for (let w = 0; w < words; w++) s += `${WORDS[(i * 7 + w * 3) % WORDS.length]} `;
  return `${s.trim()}.`;
}

/** 5,000 terms (a short definition each, a longer explanation every tenth) plus one 5 MB definition. */
function bigGlossary(terms, hugeChars) {
  const list = [];
  for (let i = 0; i < terms; i++) {
    const item = { term: `Term ${i} word${i % 97}`, definition: `${sentence(i, 24)} ${sentence(i + 1, 12)}` };
    if (i % 10 === 0) item.more = Array.from({ length: 6 }, (_, n) => sentence(i + n, 30)).join('\n\n');
    if (i % 5 === 0) item.also = [`alias ${i}`, `other ${i}`];
    list.push(item);
  }
  if (hugeChars) list.push({ term: 'Huge', definition: 'x'.repeat(hugeChars) });
  return JSON.stringify({ name: 'Bench glossary', terms: list });
}

/** The same glossary in the Markdown format (docs/glossary.md). */
function bigMarkdown(terms, hugeChars) {
  const { terms: list } = JSON.parse(bigGlossary(terms, hugeChars));
  const parts = ['# Bench glossary', ''];
  for (const item of list) {
    parts.push(`## ${item.term}`);
    if (item.also) parts.push(`also: ${item.also.join(', ')}`);
    parts.push('', item.definition, '');
    if (item.more) parts.push(item.more, '');
  }
  return parts.join('\n');
}

/** The longest allowed explanation (20,000 characters) in a few shapes. */
function longMore(kind, size = 20_000) {
  let text = '';
  if (kind === 'prose') {
    for (let i = 0; text.length < size; i++) text += `${sentence(i, 40)} **${WORDS[i % 12]}** and _more_.\n\n`;
  } else if (kind === 'emphasis') {
    text = '*a'.repeat(size / 2);
  } else if (kind === 'nested') {
    // Lists eight deep, over and over: the deepest the limits allow.
    for (let i = 0; text.length < size; i++) text += `${'  '.repeat(i % 8)}- item ${i} ${WORDS[i % 12]}\n`;
  } else if (kind === 'links') {
    for (let i = 0; text.length < size; i++) text += `[${WORDS[i % 12]} ${i}](https://example.org/${i}) `;
  }
  return text.slice(0, size);
}

function since(t0) {
  const mine = tasks.filter(t => t.start + t.duration > t0);
  const durations = mine.map(t => t.duration);
  return {
    longTasks: mine.length,
    longest: durations.length ? Math.max(...durations) : 0,
    totalLong: durations.reduce((a, b) => a + b, 0),
    tasks: mine.map(t => ({ ms: Math.round(t.duration), at: Math.round(t.start - t0), by: t.attribution }))
  };
}

window.benchLongtask = {
  /**
   * Loads the big glossary from a file (blob URL); `index`: with a <tb-glossary-index> inside; `markdown`: the
   * file in the Markdown format.
   */
  async load({ terms = 5000, hugeChars = 5_000_000, index = false, markdown = false } = {}) {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const text = markdown ? bigMarkdown(terms, hugeChars) : bigGlossary(terms, hugeChars);
    // A blob: address has no file name; the reader tells the formats apart by the first character.
    const url = URL.createObjectURL(new Blob([text], { type: markdown ? 'text/markdown' : 'application/json' }));
    await frames(2);
    await sleep(100);
    const el = document.createElement('tb-glossary');
    if (index) el.append(document.createElement('tb-glossary-index'));
    const t0 = performance.now();
    const ready = new Promise(done => el.addEventListener('tb-glossary-ready', e => done(e.detail), { once: true }));
    el.setAttribute('src', url);
    stage.append(el);
    const detail = await ready;
    const readyMs = performance.now() - t0;
    if (index) await el.querySelector('tb-glossary-index').updateComplete;
    await frames(2);
    await sleep(600); // the index renders definitions in view after a timer; long tasks are reported late
    URL.revokeObjectURL(url);
    return { readyMs, terms: detail.terms, problems: detail.problems.length, ...since(t0) };
  },

  /**
   * Opens a term whose longer explanation is the longest allowed, and waits until its Markdown is shown. `cold`:
   * the moment the glossary is ready, before the Markdown engine has been loaded or warmed up.
   */
  async open({ kind = 'prose', cold = false } = {}) {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const el = document.createElement('tb-glossary');
    el.setAttribute('no-default', '');
    el.glossary = {
      terms: [
        { term: 'Long', definition: 'A term with a long explanation.', more: longMore(kind) },
        ...Array.from({ length: 200 }, (_, i) => ({ term: `${WORDS[i % 12]}${i ? i : ''}`, definition: 'Short.' }))
      ]
    };
    const p = document.createElement('p');
    p.innerHTML = 'Read about <tb-jargon term="Long">Long</tb-jargon> here.';
    el.append(p);
    const ready = new Promise(done => el.addEventListener('tb-glossary-ready', done, { once: true }));
    stage.append(el);
    await ready;
    const jargon = p.querySelector('tb-jargon');
    await jargon.updateComplete;
    if (cold) {
      await sleep(0); // a click is a task of its own
    } else {
      await frames(2);
      await sleep(100);
    }
    const button = jargon.shadowRoot.querySelector('button');
    const t0 = performance.now();
    button.click();
    let shown = 0;
    for (let i = 0; i < 600 && !shown; i++) {
      await sleep(5);
      const more = jargon.shadowRoot.querySelector('.more');
      if (more?.querySelector('.md')) shown = performance.now() - t0;
    }
    await frames(2);
    await sleep(300);
    return { shownMs: shown || NaN, ...since(t0) };
  }
};
window.benchLongtaskReady = customElements.whenDefined('tb-glossary');
