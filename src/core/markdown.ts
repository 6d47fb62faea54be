import { TimeSlicer, whenIdle, yieldToMain } from './yield.js';
import type { Config, DOMPurify } from 'dompurify';
import type { Lexer, Marked, Tokens } from 'marked';

/**
 * The one place where untrusted Markdown becomes DOM: `marked` → our own DOMPurify instance → a DocumentFragment
 * that Lit renders as a child. No string ever reaches `innerHTML`, so it works under Trusted Types.
 * See docs/decisions/001-markdown-pipeline.md.
 */

export interface MarkdownOptions {
  /** Phrasing content only (no paragraphs, lists or headings): for short definitions inside a sentence. */
  inline?: boolean;
  /** Keep images whose address is https. Off by default: remote images can track readers and break layouts. */
  allowImages?: boolean;
}

// Small on purpose: what glossary entries, policies and status notes need, nothing that can run, load, submit,
// restyle or clobber. Headings start at h3 because the host page owns h1 and h2.
const BLOCK_TAGS = ['blockquote', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre', 'ul'];
const INLINE_TAGS = ['a', 'br', 'code', 'del', 'em', 'strong'];
// No id/name (DOM clobbering), class/style (spoofing our UI), aria-* (lying to screen readers), target.
const ATTRS = ['href', 'title', 'start'];
const IMAGE_ATTRS = ['src', 'alt'];

// http(s), mailto, tel, or a relative reference (no scheme before the first '/', '?' or '#'). DOMPurify strips
// whitespace and control characters before testing, so "java\tscript:" is caught. A protocol-relative address
// ("//evil.example/x", or "/\\evil.example" which browsers read the same way) goes to another site while looking
// like a page of this one: refused, the link text stays.
const ALLOWED_URI = /^(?:(?:https?|mailto|tel):|(?![\\/]{2})[^a-z]|[a-z][a-z\d+.-]*(?:[^a-z\d+.\-:]|$))/i;

// Raw HTML written inside Markdown keeps only these tags, and only bare (no attributes); every other tag is shown
// as the text it is. So the parser never meets an event handler attribute: under a strict CSP, parsing one would
// already file a "script-src-attr" report, even though the sanitizer removes it before anything could run.
const BARE_TAG = /^<\/?(?:em|strong|b|i|br|code|del|s|p|ul|ol|li|blockquote|hr|h[3-6]|pre|sub|sup)\s*\/?>$/i;

/** Raw HTML from Markdown, with every tag that is not a bare, allowed one turned into visible text. */
function bareTagsOnly(html: string): string {
  return html.replace(/<[^>]*>?/g, tag => (BARE_TAG.test(tag) ? tag : escapeHtml(tag)));
}

// Only the private policy below can create TrustedHTML for DOMPurify's parser; nothing else in the page can use it.
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): Config['TRUSTED_TYPES_POLICY'];
}

interface Engine {
  purify: DOMPurify;
  policy: Config['TRUSTED_TYPES_POLICY'];
  marked: { images: Marked; text: Marked };
  /** The patterns the engine's reader uses (GitHub-flavoured block and inline rules), to warm one by one. */
  patterns: RegExp[];
}

let engine: Promise<Engine> | undefined;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

function createMarked(MarkedClass: typeof Marked, images: boolean): Marked {
  // A private instance: the page's global `marked` options stay untouched, and ours stay ours.
  return new MarkedClass({
    async: false,
    gfm: true,
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        const level = Math.min(depth + 2, 6);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      // Without images, readers still get the alt text instead of a silent gap.
      image({ text }: Tokens.Image) {
        return images ? false : escapeHtml(text);
      },
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return bareTagsOnly(text);
      }
    }
  });
}

function createPolicy(): Config['TRUSTED_TYPES_POLICY'] {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return undefined;
  try {
    // DOMPurify's parser needs TrustedHTML for the still-dirty string; it sanitizes the parsed, inert document.
    return factory.createPolicy('techbridge', { createHTML: input => input });
  } catch {
    // The page's CSP does not list "techbridge" (or a second copy already took it): DOMPurify then tries its own
    // "dompurify" policy, which many sites already allow.
    return undefined;
  }
}

function load(): Promise<Engine> {
  engine ??= Promise.all([import('marked'), import('dompurify')]).then(
    ([{ Marked, Lexer }, { default: createPurify }]) => {
      // Hooks are global to a DOMPurify instance, so we take our own: the page's DOMPurify is not changed.
      const purify = createPurify(window);
      purify.addHook('uponSanitizeAttribute', (node, data) => {
        if (node.nodeName === 'IMG' && data.attrName === 'src' && !isHttps(data.attrValue)) data.keepAttr = false;
      });
      purify.addHook('afterSanitizeAttributes', node => {
        // Same tab on purpose (see the decision record); noreferrer keeps the reader's path private.
        if (node.nodeName === 'A' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
        if (node.nodeName === 'IMG') node.setAttribute('referrerpolicy', 'no-referrer');
      });
      return {
        purify,
        policy: createPolicy(),
        marked: { images: createMarked(Marked, true), text: createMarked(Marked, false) },
        patterns: patternsOf(Lexer)
      };
    }
  );
  // A failed download (offline, blocked chunk) must not stick: the next call tries again.
  engine.catch(() => (engine = undefined));
  return engine;
}

function patternsOf(lexer: typeof Lexer): RegExp[] {
  const rules = lexer.rules as unknown as Record<'block' | 'inline', { gfm?: Record<string, unknown> }>;
  return [rules.block.gfm, rules.inline.gfm].flatMap(set =>
    Object.values(set ?? {}).filter((r): r is RegExp => r instanceof RegExp)
  );
}

/**
 * Runs each pattern twice on a short text of each kind the browser stores strings as (Latin-1 only, and any other
 * character, such as a dash or a curly quote: the built-in glossary's text is of that kind), so that each is
 * compiled here, a few at a time, and not all together in the first render that meets that kind of text. The
 * first render of a definition with a dash in it took 40–70 ms, nearly all of it compiling the reader's patterns.
 */
async function compilePatterns(patterns: RegExp[]): Promise<void> {
  const slicer = new TimeSlicer(10, 1);
  for (const pattern of patterns) {
    if (slicer.due()) await slicer.yield();
    const lastIndex = pattern.lastIndex;
    for (const text of ['a', 'a', 'a\u2014', 'a\u2014']) {
      pattern.lastIndex = 0;
      pattern.exec(text);
    }
    pattern.lastIndex = lastIndex;
  }
}

function isHttps(value: string): boolean {
  try {
    return new URL(value, document.baseURI).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Starts downloading the Markdown engine (for example on hover) so the first render is instant. Never rejects. */
export function preloadMarkdown(): Promise<void> {
  return load().then(
    () => undefined,
    () => undefined
  );
}

let warming: Promise<void> | undefined;
let compiled: Promise<void> | undefined;

/**
 * Loads the engine and compiles its patterns in short pieces (see `compilePatterns`); every render waits for this,
 * so the first one never compiles them all in one long task. Never rejects (a render then reports the failure).
 */
export function compiledEngine(): Promise<void> {
  compiled ??= load().then(
    ({ patterns }) => compilePatterns(patterns),
    () => {
      compiled = undefined;
    }
  );
  return compiled;
}

/**
 * Small samples that between them reach every rule the glossary's Markdown uses: one per turn, each once as it is
 * and once with a dash (see `compilePatterns`).
 */
const WARM_SAMPLES = ['A', 'A *b* **c** `d`', '[e](https://example.org/)', '- f\n  1. g', '> h', '# i\n\n---'].flatMap(
  sample => [sample, `${sample} \u2014`]
);

/**
 * Loads the engine, compiles its patterns a few at a time, and renders a few small samples, each in its own turn,
 * so the first real render does not pay for the engine's start-up (evaluating it, compiling its patterns: 60–100 ms
 * in one task the first time, measured in the glossary index). `whenIdle`: wait for the browser to be idle first.
 * Safe to call often; never rejects.
 */
export function warmMarkdown({ whenIdle: idle = false } = {}): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  warming ??= (async () => {
    if (idle) await whenIdle();
    await compiledEngine();
    for (const sample of WARM_SAMPLES) {
      await yieldToMain();
      await renderMarkdown(sample).catch(() => undefined);
    }
  })();
  return warming;
}

/**
 * Turns untrusted Markdown into a sanitized DocumentFragment to render as a Lit child: `${fragment}`.
 * A fragment empties when inserted, so call this again for every render of new content.
 * Rejects only if the engine cannot be downloaded; show the text as plain text then.
 */
export async function renderMarkdown(md: string, options: MarkdownOptions = {}): Promise<DocumentFragment> {
  await compiledEngine();
  const { purify, policy, marked } = await load();
  const images = options.allowImages === true;
  const parser = images ? marked.images : marked.text;
  const source = typeof md === 'string' ? md : String(md ?? '');
  const html = options.inline ? parser.parseInline(source) : parser.parse(source);
  const tags = options.inline ? INLINE_TAGS : [...BLOCK_TAGS, ...INLINE_TAGS];
  return purify.sanitize(html as string, {
    ALLOWED_TAGS: images ? [...tags, 'img'] : tags,
    ALLOWED_ATTR: images ? [...ATTRS, ...IMAGE_ATTRS] : ATTRS,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
    ...(policy ? { TRUSTED_TYPES_POLICY: policy } : {})
  });
}
