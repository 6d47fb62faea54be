// @ts-check
// Shared set-up for the relay tests: relay settings read the way the server reads them (from TB_* variables),
// with short retry times; a problem report with hostile text and a screenshot; and a patient waitFor.
import { loadRelayConfig } from '../../server/config.js';
import { bearer, makeEnvelope } from './helpers.js';

/** A 1×1 PNG. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
export const HOSTILE = '<script>alert(1)</script> & "quotes" <b>bold</b>';

/**
 * Relay settings from environment variables, as main.js reads them, with retries fast enough for a test.
 * @param {Record<string, string>} env
 */
export function relayConfig(env) {
  return loadRelayConfig({
    TB_RELAY_RETRY_BASE_MS: '40',
    TB_RELAY_RETRY_MAX_MS: '300',
    TB_RELAY_TIMEOUT_MS: '3000',
    TB_RELAY_WAIT_MS: '10000',
    ...env
  });
}

/**
 * A problem report as the element sends it (the fields the relays read), with some hostile text in it.
 * @param {Record<string, unknown>} [data] fields of data to change
 */
export function problemReport(data = {}) {
  return makeEnvelope({
    data: {
      summary: 'Receipt printer prints blank pages',
      whatHappened: `Every receipt comes out blank.\nSecond line ${HOSTILE}`,
      errorMessage: { status: 'given', text: 'Printer error 0x3F' },
      tryingTo: 'Check out a book',
      where: { branch: 'Main library', location: 'Front desk', asset: 'PRN-12', reportedFromAffectedComputer: true },
      scope: { id: 'this-computer', label: 'Only this computer' },
      impact: { id: 'patrons-waiting', label: 'Patrons are waiting' },
      priority: 'urgent',
      tried: ['Turned it off and on again'],
      reporter: { name: 'Ana Ruiz', contact: 'ana.ruiz@library.example.org' },
      context: {
        browser: 'Firefox 140',
        os: 'Windows 11',
        userAgent: 'Mozilla/5.0',
        pageUrl: 'https://intranet.example.org/help'
      },
      privacy: { maskedCount: 0 },
      screenshot: { name: 'screen.png', type: 'image/png', bytes: 68, dataUrl: PNG_DATA_URL },
      ...data
    }
  });
}

/**
 * Polls until `check` returns something truthy; fails after `timeoutMs` with `what`.
 * @template T
 * @param {() => T | Promise<T>} check
 * @param {string} what
 * @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
export async function waitFor(check, what, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}

/**
 * The relay states the admin API shows for one submission.
 * @param {string} url
 * @param {string} reference
 * @returns {Promise<any[]>}
 */
export async function relayStates(url, reference) {
  const response = await fetch(`${url}/api/submissions/${reference}`, { headers: bearer() });
  return (await response.json()).relays ?? [];
}
