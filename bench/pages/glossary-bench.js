// In-page side of bench/glossary.bench.mjs: generates the same article and glossary for every side (fixed seed),
// and times "glossary ready → the terms wrapped (first occurrences, or every occurrence) and laid out".
import { createGlossary, parseGlossaryText, SKIP_SELECTORS } from '/cdn/glossary.js';

/* global Mark, window, document, performance, NodeFilter, requestIdleCallback, PerformanceObserver, setTimeout */

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'ta',
  'vo',
  'si',
  'pe',
  'da',
  'gu',
  'ri',
  'fo',
  'be',
  'zu',
  'ha',
  'no',
  'te',
  'xi',
  'wa'
];
function vocabulary(n, random) {
  const words = new Set();
  while (words.size < n) {
    const len = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < len; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

const cache = new Map();

/** Terms (a third of them two or three words) and an article of `words` words that uses them. */
function dataset(termCount, wordCount) {
  const key = `${termCount}/${wordCount}`;
  if (cache.has(key)) return cache.get(key);
  const random = rng(20251128);
  const vocab = vocabulary(6000, random);
  const pick = () => vocab[Math.floor(random() * vocab.length)];
  const terms = new Set();
  while (terms.size < termCount) {
    const r = random();
    terms.add(r < 0.67 ? pick() : r < 0.9 ? `${pick()} ${pick()}` : `${pick()} ${pick()} ${pick()}`);
  }
  const termList = [...terms];
  const paragraphs = [];
  let written = 0;
  let n = 0;
  while (written < wordCount) {
    const parts = [];
    for (let i = 0; i < 60 && written < wordCount; i++) {
      if (random() < 0.04) {
        const t = termList[Math.floor(random() * termList.length)];
        parts.push(random() < 0.5 ? t : `${t},`);
        written += t.split(' ').length;
      } else {
        parts.push(pick());
        written++;
      }
      if (i === 20) parts.push('<em>' + pick() + '</em>');
      if (i === 40) parts.push(`<a href="#x">${pick()}</a>`);
    }
    n++;
    paragraphs.push(
      n % 12 === 0 ? `<h2>${parts.slice(0, 5).join(' ')}</h2><p>${parts.join(' ')}.</p>` : `<p>${parts.join(' ')}.</p>`
    );
  }
  const glossaryJson = JSON.stringify({
    name: 'Bench glossary',
    terms: termList.map(t => ({ term: t, definition: `Definition of *${t}*.` }))
  });
  const value = { terms: termList, html: paragraphs.join('\n'), glossaryJson };
  cache.set(key, value);
  return value;
}

let stage;
function reset(html) {
  stage?.remove();
  stage = document.createElement('div');
  // A bench page: the generated article is trusted, fixed-seed text.
  stage.innerHTML = `<tb-glossary no-default><article>${html}</article></tb-glossary>`;
  document.body.append(stage);
  return stage.firstElementChild;
}

/**
 * Before the clock starts: the article laid out once (so its first layout is not charged to anyone), then wait
 * until the browser is idle, so that collecting the garbage of the previous run's page (mark.js leaves a lot) is
 * not counted against whichever side happens to run next. Same for every side.
 */
function settle() {
  void document.body.offsetHeight;
  return new Promise(resolve => requestIdleCallback(() => resolve(), { timeout: 500 }));
}

/** A fresh page with the article, inside a ready <tb-glossary>, laid out and settled. */
async function prepare(termCount, wordCount) {
  const data = dataset(termCount, wordCount);
  const parsed = parseGlossaryText(data.glossaryJson, 'bench.json');
  const provider = reset(data.html);
  provider.glossary = createGlossary(parsed);
  // "Glossary ready": loaded and parsed, matcher not yet compiled (that is part of the timed work).
  await new Promise(resolve => provider.addEventListener('tb-glossary-ready', resolve, { once: true }));
  await provider.updateComplete;
  await settle();
  return { data, provider, article: provider.querySelector('article') };
}

/** Every term made is a keyboard-reachable control (checked after the clock stops: it is not work anyone sees). */
function working(terms) {
  const broken = terms.filter(
    t => t.getAttribute('role') !== 'button' || t.tabIndex !== 0 || !t.hasAttribute('data-tb-term') || !t.isConnected
  );
  if (broken.length) throw new Error(`${broken.length} of ${terms.length} terms are not working controls`);
  return terms.length;
}

/** The element exclusions as one selector, for the bare floor's per-text-node check. */
const SKIP = SKIP_SELECTORS.join(',');

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

window.benchGlossary = {
  /**
   * Ours: `annotateNow(mode)` ('first' or 'all'), stopped after layout (`document.body.offsetHeight`): from
   * "glossary ready" to the terms on screen, each a working light term (`<span data-tb-term role="button">`).
   */
  async ours(termCount, wordCount, mode = 'first') {
    const { provider } = await prepare(termCount, wordCount);
    const start = performance.now();
    const made = provider.annotateNow(mode);
    const dom = performance.now() - start;
    void document.body.offsetHeight;
    const ms = performance.now() - start;
    return { ms, dom, wrapped: working(made) };
  },

  /**
   * Ours as a page gets it: `annotate` (or `annotate="all"`) set on a ready glossary. The first piece wraps the
   * text on screen (every occurrence) or the top of the page (first occurrences) and lays it out; the rest follows
   * in pieces. `ms`: until that first piece is laid out (what a person sees); `total`: until the last piece;
   * `longest`: the longest main-thread task over 50 ms in between (0 when none). Checked after the clock: every
   * term on screen at the end was already there when the clock stopped (none came later), every term made is a
   * working control, and the count equals `annotateNow`'s on the same page.
   */
  async screen(termCount, wordCount, mode = 'first') {
    const { provider } = await prepare(termCount, wordCount);
    const tasks = [];
    const observer = new PerformanceObserver(list => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    provider.setAttribute('annotate', mode === 'all' ? 'all' : '');
    await provider.updateComplete;
    void document.body.offsetHeight;
    const ms = performance.now() - start;
    const early = new Set(provider.querySelectorAll('[data-tb-term]'));
    await provider.annotationComplete;
    void document.body.offsetHeight;
    const total = performance.now() - start;
    await new Promise(resolve => setTimeout(resolve, 0));
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    const longest = Math.max(0, ...tasks.filter(t => t.startTime >= start - 1).map(t => t.duration));
    const made = [...provider.querySelectorAll('[data-tb-term]')];
    const height = window.innerHeight;
    const late = made.filter(t => {
      const box = t.getBoundingClientRect();
      return box.bottom > 0 && box.top < height && !early.has(t);
    });
    if (late.length) throw new Error(`${late.length} terms on screen were wrapped after the first piece`);
    return { ms, total, longest, onScreen: early.size, wrapped: working(made) };
  },

  /** mark.js wrapping plain `<mark>`s: every occurrence ('all'), or the first of each term ('first'). */
  async peer(termCount, wordCount, capMs, mode = 'first') {
    const { data, article } = await prepare(termCount, wordCount);
    const seen = new Set();
    const start = performance.now();
    const instance = new Mark(article);
    const options = {
      separateWordSearch: false,
      diacritics: false,
      acrossElements: false,
      accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '(', ')', '"', "'"] },
      exclude: [...SKIP_SELECTORS]
    };
    // First occurrence only, like ours in that mode.
    if (mode === 'first') options.filter = (_node, term) => (seen.has(term) ? false : (seen.add(term), true));
    // mark(array) walks the page once per term; calling it term by term does the same work and lets us stop at
    // the time cap (a synchronous mark(array) could not be interrupted).
    let done = 0;
    for (const term of data.terms) {
      instance.mark(term, options);
      done++;
      if (performance.now() - start > capMs) {
        return { ms: performance.now() - start, dnf: true, done, of: data.terms.length };
      }
    }
    void document.body.offsetHeight;
    const ms = performance.now() - start;
    return { ms, wrapped: article.getElementsByTagName('mark').length };
  },

  /**
   * The bare DOM floor: one regular expression over the text nodes (a TreeWalker skipping the same elements),
   * every occurrence wrapped in a plain `<mark>` (no attributes, no role, no tab stop), then layout. No word
   * rules, no senses, no names: the least any wrapper of every occurrence can cost in this page.
   */
  async floor(termCount, wordCount) {
    const { data, article } = await prepare(termCount, wordCount);
    const start = performance.now();
    const alternatives = [...data.terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: node => (node.parentElement.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
    });
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    let wrapped = 0;
    for (const text of texts) {
      const value = text.data;
      pattern.lastIndex = 0;
      let m = pattern.exec(value);
      if (!m) continue;
      const fragment = document.createDocumentFragment();
      let at = 0;
      while (m) {
        if (m.index > at) fragment.append(value.slice(at, m.index));
        const mark = document.createElement('mark');
        mark.textContent = m[0];
        fragment.append(mark);
        wrapped++;
        at = m.index + m[0].length;
        m = pattern.exec(value);
      }
      if (at < value.length) fragment.append(value.slice(at));
      text.replaceWith(fragment);
    }
    const dom = performance.now() - start;
    void document.body.offsetHeight;
    return { ms: performance.now() - start, dom, wrapped };
  },

  /** Where the time goes in one of our runs (for tuning; not used by the harness). */
  async profile(termCount, wordCount, mode = 'all') {
    const { provider } = await prepare(termCount, wordCount);
    const g = provider.current;
    const t0 = performance.now();
    void g.matcher;
    const t1 = performance.now();
    const texts = [];
    const walker = document.createTreeWalker(provider, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.data);
    const t2 = performance.now();
    let hits = 0;
    for (const t of texts) hits += g.matcher.find(t).length;
    const t3 = performance.now();
    const made = provider.annotateNow(mode);
    const t4 = performance.now();
    void document.body.offsetHeight;
    const t5 = performance.now();
    return {
      compile: t1 - t0,
      walk: t2 - t1,
      matchAll: t3 - t2,
      hits,
      annotate: t4 - t3,
      layout: t5 - t4,
      made: made.length
    };
  },

  /** Does mark(array) itself survive this many terms? (Its per-term recursion depends on the count, not the text.) */
  probeThrows(termCount) {
    const data = dataset(termCount, 2000);
    const div = document.createElement('div');
    div.textContent = data.terms.slice(0, 50).join(' ');
    document.body.append(div);
    try {
      new Mark(div).mark(data.terms, { separateWordSearch: false, accuracy: 'exactly' });
      return { threw: false };
    } catch (error) {
      return { threw: true, message: String(error?.message ?? error) };
    } finally {
      div.remove();
    }
  }
};
