import { css, unsafeCSS, type ReactiveController } from 'lit';

/**
 * One set of `--tb-*` tokens with the same meaning in every element, and a palette that survives the host page.
 *
 * Element CSS uses only the private `--_tb-*` variables below. Each resolves the public token the webmaster may
 * set (on the page, on `:root` or on the element), else the light or the dark default. Which default applies is
 * the element's `theme` attribute: `light`, `dark`, or `auto` (the default), which looks at the page's background
 * behind the element — a dark intranet gets the dark palette without anyone setting anything.
 *
 * Every element paints its own surfaces and text colours (never inheriting a light text colour onto a light field),
 * respects `forced-colors` (system colours) and `prefers-reduced-motion` (no transitions or animations).
 */

/** Public tokens, their meaning, and the light and dark defaults. Documented in custom-elements.json. */
export const TOKENS = {
  '--tb-color-surface': ['the element’s own background', '#ffffff', '#1e1f22'],
  '--tb-color-text': ['body text', '#0b0c0c', '#f3f2f1'],
  '--tb-color-text-muted': ['hints and secondary text', '#505a5f', '#c0c4c7'],
  '--tb-color-border': ['field and control borders', '#6f777b', '#8d9499'],
  '--tb-color-border-subtle': ['decorative dividers', '#b1b4b6', '#4a4e54'],
  '--tb-color-field': ['background of fields', '#ffffff', '#121315'],
  '--tb-color-panel': ['background of panels and cards', '#f3f2f1', '#2b2d31'],
  '--tb-color-accent': ['links and main buttons', '#1d70b8', '#8ab4f8'],
  '--tb-color-accent-hover': ['links and main buttons under the pointer', '#003078', '#aecbfa'],
  '--tb-color-on-accent': ['text on the accent colour', '#ffffff', '#0b0c0c'],
  '--tb-color-focus': ['keyboard focus highlight', '#ffdd00', '#ffdd00'],
  '--tb-color-focus-text': ['text on the focus highlight', '#0b0c0c', '#0b0c0c'],
  '--tb-color-error': ['errors', '#b42318', '#ff8a80'],
  '--tb-color-success': ['success', '#00703c', '#6fd39b'],
  '--tb-color-warning': ['warnings', '#7a4700', '#ffcc66'],
  '--tb-radius': ['corner radius', '4px', '4px'],
  '--tb-font-family': ['font', 'inherit', 'inherit']
} as const;

export type ThemeName = 'light' | 'dark' | 'auto';

function privateName(token: string): string {
  return token.replace('--tb-color-', '--_tb-').replace('--tb-font-family', '--_tb-font').replace('--tb-', '--_tb-');
}

function declarations(which: 1 | 2): string {
  return Object.entries(TOKENS)
    .map(([token, values]) => `${privateName(token)}: var(${token}, ${values[which]});`)
    .join('\n');
}

/** The private variables, light by default, dark when the element is in its dark state. */
export const themeTokens = css`
  :host {
    ${unsafeCssText(declarations(1))}
    color-scheme: light;
    font-family: var(--_tb-font);
  }
  :host(:state(dark)) {
    ${unsafeCssText(declarations(2))}
    color-scheme: dark;
  }
  @media (forced-colors: active) {
    :host {
      --_tb-surface: Canvas;
      --_tb-text: CanvasText;
      --_tb-text-muted: CanvasText;
      --_tb-border: CanvasText;
      --_tb-border-subtle: GrayText;
      --_tb-field: Field;
      --_tb-panel: Canvas;
      --_tb-accent: LinkText;
      --_tb-accent-hover: LinkText;
      --_tb-on-accent: Canvas;
      --_tb-focus: Highlight;
      --_tb-focus-text: HighlightText;
      --_tb-error: CanvasText;
      --_tb-success: CanvasText;
      --_tb-warning: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

// Lit's `css` only takes other `css` results or numbers; our own generated text is a constant, never input.
function unsafeCssText(text: string) {
  return unsafeCSS(text);
}

/** Relative luminance of an `rgb()`/`rgba()` colour, with its alpha; undefined when unreadable. */
export function parseColor(value: string): { luminance: number; alpha: number } | undefined {
  const match = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!match) return undefined;
  const channel = (c: string) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const alphaText = match[4];
  const alpha =
    alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
  return {
    luminance: 0.2126 * channel(match[1]) + 0.7152 * channel(match[2]) + 0.0722 * channel(match[3]),
    alpha
  };
}

/**
 * Is the page behind `element` dark? The first ancestor (across shadow roots) with a mostly opaque background
 * colour decides; with none, the page's `color-scheme` and the reader's preference do.
 */
export function pageIsDark(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const color = parseColor(getComputedStyle(node).backgroundColor);
      if (color && color.alpha >= 0.5) return color.luminance < 0.2;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme ?? '';
  if (/dark/.test(scheme) && !/light/.test(scheme)) return true;
  if (/dark/.test(scheme)) return matchMedia('(prefers-color-scheme: dark)').matches;
  return false;
}

/** Pages switch themes by a class or attribute on html/body, or the reader's setting changes: look again. */
const themeListeners = new Set<() => void>();
let themeObserver: MutationObserver | undefined;
function watchPageTheme(listener: () => void): () => void {
  themeListeners.add(listener);
  if (!themeObserver) {
    const notify = () => themeListeners.forEach(l => l());
    themeObserver = new MutationObserver(notify);
    const options = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-bs-theme'] };
    themeObserver.observe(document.documentElement, options);
    if (document.body) themeObserver.observe(document.body, options);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', notify);
  }
  return () => themeListeners.delete(listener);
}

export interface ThemeHost extends HTMLElement {
  theme?: ThemeName | string | null;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

/** Keeps the element's `dark` custom state (`:host(:state(dark))`) in line with `theme` and the page. */
export class ThemeController implements ReactiveController {
  dark = false;
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly host: ThemeHost,
    private readonly internals: ElementInternals | undefined
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.dirty = true;
    this.unwatch = watchPageTheme(this.pageChanged);
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Before each render: look at the page only when something may have changed (cheap on pages with many terms). */
  hostUpdate(): void {
    const theme = String(this.host.theme ?? 'auto').toLowerCase();
    if (!this.dirty && theme === this.lastTheme) return;
    this.dirty = false;
    this.lastTheme = theme;
    this.apply(theme === 'dark' ? true : theme === 'light' ? false : pageIsDark(this.host));
  }

  private dirty = true;
  private lastTheme = '';

  private pageChanged = (): void => {
    this.dirty = true;
    this.host.requestUpdate();
  };

  private apply(dark: boolean): void {
    if (dark === this.dark) return;
    this.dark = dark;
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (dark) states.add('dark');
      else states.delete('dark');
    } catch {
      // Very old engines without CustomStateSet keep the light palette, which is still readable on its own surface.
    }
  }
}
