import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';

/** `heading-level`: 1–6, or `none` for no heading element (the text becomes a plain paragraph). */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | 'none';

const TAGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`
};

/** Reads a `heading-level` attribute; anything unreadable is `undefined` (the element keeps its default). */
export function parseHeadingLevel(value: string | null | undefined): HeadingLevel | undefined {
  const raw = value?.trim().toLowerCase();
  if (!raw) return undefined;
  if (raw === 'none') return 'none';
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as HeadingLevel) : undefined;
}

/**
 * A heading at `level`, or a level deeper (`offset`), capped at 6. With `none`, the content is a paragraph with
 * the same class (so it keeps its look) — or nothing at all if `hideWhenNone`.
 */
export function heading(
  level: HeadingLevel,
  content: unknown,
  options: {
    id?: string;
    className?: string;
    offset?: number;
    part?: string;
    tabindex?: number;
    hideWhenNone?: boolean;
  } = {}
): TemplateResult | typeof nothing {
  const { id, className, part, tabindex } = options;
  if (level === 'none') {
    if (options.hideWhenNone) return nothing;
    return html`<p
      id=${id ?? nothing}
      class=${className ?? nothing}
      part=${part ?? nothing}
      tabindex=${tabindex ?? nothing}
    >
      ${content}
    </p>`;
  }
  const tag = TAGS[Math.min(6, level + (options.offset ?? 0))];
  return staticHtml`<${tag} id=${id ?? nothing} class=${className ?? nothing} part=${part ?? nothing} tabindex=${tabindex ?? nothing}>${content}</${tag}>`;
}
