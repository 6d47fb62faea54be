// What the <tb-problem-report> test files share: delivery to the real intake server behind the fault proxy, and
// the steps a person takes (type, go to the check step, send).
import { waitUntil } from '@open-wc/testing';
import type { TbProblemReport } from '../../src/components/problem-report/problem-report.js';
import { getOutbox } from '../../src/core/outbox.js';
import { faultyEndpoint, setFaults } from './servers.js';
import { $, sr } from './shadow.js';

/** Outbox timings short enough for tests. */
export const FAST = { baseDelayMs: 100, maxDelayMs: 400, timeoutMs: 1500, concurrency: 3 };

/** For `before`: makes the outbox retry quickly; returns the submissions endpoint behind the fault proxy. */
export async function startDelivery(): Promise<string> {
  const endpoint = await faultyEndpoint();
  getOutbox().options = { ...FAST };
  return endpoint;
}

/** For `beforeEach`: nothing remembered, the proxy passing everything through, an empty outbox. */
export async function resetDelivery(): Promise<void> {
  localStorage.clear();
  await setFaults({ mode: 'ok' });
  await getOutbox().clear();
}

/** Types `value` into the field `#f-<key>` as a person would. */
export async function type(el: TbProblemReport, key: string, value: string) {
  const input = $<HTMLInputElement>(el, `#f-${key}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function fillRequired(
  el: TbProblemReport,
  summary = 'Receipt printer prints blank pages',
  what = 'I press print and a blank slip comes out.'
) {
  await type(el, 'summary', summary);
  await type(el, 'whatHappened', what);
}

/** Presses "Continue" to reach the check step (or the error summary). */
export async function toReview(el: TbProblemReport) {
  $<HTMLButtonElement>(el, '#continue').click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Presses "Send" and waits for the outcome panel; returns its outcome (sent, queued, failed…). */
export async function sendAndWait(el: TbProblemReport) {
  $<HTMLButtonElement>(el, '#send').click();
  await waitUntil(() => sr(el).querySelector('[data-outcome]'), 'no outcome shown', { timeout: 15000 });
  await el.updateComplete;
  return $(el, '[data-outcome]').dataset.outcome;
}
