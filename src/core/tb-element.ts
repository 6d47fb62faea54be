import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { parseHeadingLevel, type HeadingLevel } from './heading.js';
import { catalogsLoading } from './i18n.js';
import { ThemeController, type ThemeName } from './theme.js';
import { VERSION } from './version.js';

const warned = new Set<string>();
let outboxStarted = false;

/**
 * Any page with a Techbridge element delivers what earlier pages left in the outbox. Loaded lazily so that
 * elements which never submit do not carry the delivery code in their first bundle.
 */
function startOutboxOnce() {
  if (outboxStarted) return;
  outboxStarted = true;
  import('./outbox.js').then(
    m => m.getOutbox().start(),
    () => undefined
  );
}

/**
 * Base class of every Techbridge element.
 *
 * It carries the package version so that a page which loads Techbridge twice (a CMS snippet pasted into two
 * blocks, or two plugins bundling different copies) never blanks: defining the same tag again is quiet when the
 * version matches and a single `console.warn` when it does not. `customElements.define` would throw instead.
 *
 * Every element also gets `theme` (light, dark or auto: see `theme.ts`) and `heading-level`. The tokens below
 * have the same meaning in every element; set them on the page (`:root`) or on one element.
 *
 * @cssproperty [--tb-color-surface=#ffffff] - The element’s own background; on a dark page #1e1f22.
 * @cssproperty [--tb-color-text=#0b0c0c] - Body text; on a dark page #f3f2f1.
 * @cssproperty [--tb-color-text-muted=#505a5f] - Hints and secondary text; on a dark page #c0c4c7.
 * @cssproperty [--tb-color-border=#6f777b] - Field and control borders; on a dark page #8d9499.
 * @cssproperty [--tb-color-border-subtle=#b1b4b6] - Decorative dividers; on a dark page #4a4e54.
 * @cssproperty [--tb-color-field=#ffffff] - Background of fields; on a dark page #121315.
 * @cssproperty [--tb-color-panel=#f3f2f1] - Background of panels and cards; on a dark page #2b2d31.
 * @cssproperty [--tb-color-accent=#1d70b8] - Links and main buttons; on a dark page #8ab4f8.
 * @cssproperty [--tb-color-accent-hover=#003078] - Links and main buttons under the pointer; on a dark page #aecbfa.
 * @cssproperty [--tb-color-on-accent=#ffffff] - Text on the accent colour; on a dark page #0b0c0c.
 * @cssproperty [--tb-color-focus=#ffdd00] - Keyboard focus highlight.
 * @cssproperty [--tb-color-focus-text=#0b0c0c] - Text on the focus highlight.
 * @cssproperty [--tb-color-error=#b42318] - Errors; on a dark page #ff8a80.
 * @cssproperty [--tb-color-success=#00703c] - Success; on a dark page #6fd39b.
 * @cssproperty [--tb-color-warning=#7a4700] - Warnings; on a dark page #ffcc66.
 * @cssproperty [--tb-radius=4px] - Corner radius.
 * @cssproperty [--tb-font-family=inherit] - Font.
 */
export class TbElement extends LitElement {
  /** Version of the Techbridge copy that defined this class. */
  static readonly tbVersion: string = VERSION;

  /**
   * Colours: `light`, `dark`, or `auto` (the default), which follows the page's background behind the element.
   * @attr theme
   */
  @property({ reflect: true }) theme: ThemeName | string | null = null;

  /**
   * Level of the element's main heading, 1–6, or `none` when the page around it already has one. Headings inside
   * the element follow one level deeper.
   * @attr heading-level
   */
  @property({ attribute: 'heading-level' }) headingLevelAttr: string | null = null;

  /** `ElementInternals` of this element (custom states for the theme). */
  protected readonly internals: ElementInternals | undefined = this.attachInternalsSafely();
  protected readonly themeController = new ThemeController(this, this.internals);

  /**
   * Registers `tag` for this class, unless it is already registered.
   * Never throws: a clash is reported once with `console.warn`.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as (CustomElementConstructor & { tbVersion?: string }) | undefined;
    if (!existing) {
      customElements.define(tag, this);
      return;
    }
    if (existing === this || existing.tbVersion === this.tbVersion) return;
    const key = `${tag}@${this.tbVersion}`;
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(
      `Techbridge: <${tag}> is already defined by ${
        existing.tbVersion ? `version ${existing.tbVersion}` : 'another script'
      }; version ${this.tbVersion} was not loaded. Load one copy of Techbridge per page.`
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    startOutboxOnce();
  }

  /** Waits for a language's catalogs (a few milliseconds, once) so the element never renders a mix of languages. */
  protected override async scheduleUpdate(): Promise<void> {
    let loading = catalogsLoading(this);
    while (loading.length) {
      await Promise.all(loading);
      loading = catalogsLoading(this);
    }
    super.scheduleUpdate();
  }

  /** The heading level to use: the attribute when it is valid, else the element's default. */
  protected headingLevelOr(defaultLevel: HeadingLevel = 2): HeadingLevel {
    return parseHeadingLevel(this.headingLevelAttr) ?? defaultLevel;
  }

  /** Problems with `theme` or `heading-level`, for the element's `ConfigController` (it shows them in plain words). */
  protected baseConfigProblems(): { attribute: string; code: string; detail: string }[] {
    const problems = [];
    const theme = this.theme?.trim().toLowerCase();
    if (theme && !['light', 'dark', 'auto'].includes(theme)) {
      problems.push({ attribute: 'theme', code: 'bad-theme', detail: `"${this.theme}" is not light, dark or auto.` });
    }
    if (this.headingLevelAttr && parseHeadingLevel(this.headingLevelAttr) === undefined) {
      problems.push({
        attribute: 'heading-level',
        code: 'bad-heading-level',
        detail: `"${this.headingLevelAttr}" is not a number from 1 to 6 or "none".`
      });
    }
    return problems;
  }

  /**
   * Reports a bad attribute value: `console.error` naming the attribute, once per attribute and value.
   * The element renders its own plain-language message; this is for the webmaster's console.
   */
  protected reportConfigError(attribute: string, message: string): void {
    const key = `${this.localName}[${attribute}]:${message}`;
    if (this.reportedConfigErrors.has(key)) return;
    this.reportedConfigErrors.add(key);
    console.error(`Techbridge <${this.localName}> attribute "${attribute}": ${message}`);
  }

  private reportedConfigErrors = new Set<string>();

  private attachInternalsSafely(): ElementInternals | undefined {
    try {
      return this.attachInternals();
    } catch {
      return undefined;
    }
  }
}
