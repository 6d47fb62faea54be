import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Focus after render, and polite announcements. One place for what every element did by hand: "after this
 * update, move focus to X" (a heading of a new step, an error summary, an outcome panel), and "tell screen reader
 * users Y" without moving focus.
 *
 * Render `this.focus.liveRegion()` once, anywhere in the element's template.
 */
export class FocusController implements ReactiveController {
  private target: string | undefined;
  private message = '';
  private clearTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** After the next update, focus the first element matching `selector` in the shadow root. */
  focusAfterUpdate(selector: string): void {
    this.target = selector;
    this.host.requestUpdate();
  }

  /**
   * Late news (a report sent while the person was elsewhere) must not pull focus from what they are doing:
   * focus `selector` only if focus is in this element or nowhere, otherwise announce `text`.
   */
  focusOrAnnounce(selector: string, text: string): void {
    if (this.focusIsHereOrNowhere()) this.focusAfterUpdate(selector);
    else this.announce(text);
  }

  /** Says `text` through the polite live region (cleared after a while so the same text can be said again). */
  announce(text: string): void {
    clearTimeout(this.clearTimer);
    // Empty first, then the text on the next frame: screen readers announce a change, not a repeat.
    this.message = '';
    this.host.requestUpdate();
    requestAnimationFrame(() => {
      this.message = text;
      this.host.requestUpdate();
      this.clearTimer = setTimeout(() => {
        this.message = '';
        this.host.requestUpdate();
      }, 7000);
    });
  }

  /** The current announcement (for tests and for elements that render their own region). */
  get announcement(): string {
    return this.message;
  }

  /** A visually hidden polite status region. */
  liveRegion() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.clearTimer);
  }

  hostUpdated(): void {
    const selector = this.target;
    if (!selector) return;
    this.target = undefined;
    const root = this.host.shadowRoot ?? this.host;
    const element = root.querySelector<HTMLElement>(selector);
    if (!element) return;
    if (!element.hasAttribute('tabindex') && !isFocusable(element)) element.setAttribute('tabindex', '-1');
    element.focus();
  }

  /** True when focus is inside the host (across nested shadow roots) or on the page body. */
  focusIsHereOrNowhere(): boolean {
    let active: Element | null = document.activeElement;
    if (!active || active === document.body) return true;
    while (active) {
      if (active === this.host) return true;
      active = active.shadowRoot?.activeElement ?? null;
    }
    return false;
  }
}

function isFocusable(element: HTMLElement): boolean {
  return element.matches('a[href], button, input, select, textarea, summary, [tabindex]');
}
