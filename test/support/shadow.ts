// Reaching into an element's open shadow root the way a test does, and moving through it by keyboard.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

export const sr = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => sr(el).querySelector<T>(selector)!;
export const $$ = (el: Element, selector: string) => Array.from(sr(el).querySelectorAll<HTMLElement>(selector));
/** What has focus inside the element. */
export const active = (el: Element) => sr(el).activeElement;

/** Presses Tab until `check` holds (at most 80 times), as a keyboard-only user would. */
export async function tabTo(check: () => boolean, what: string) {
  for (let i = 0; i < 80 && !check(); i++) await sendKeys({ press: 'Tab' });
  expect(check(), what).to.equal(true);
}
