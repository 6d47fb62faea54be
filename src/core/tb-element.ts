import { LitElement } from 'lit';
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
 */
export class TbElement extends LitElement {
  /** Version of the Techbridge copy that defined this class. */
  static readonly tbVersion: string = VERSION;

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
}
