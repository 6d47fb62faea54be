import type { OutboxEntry } from './outbox-store.js';

/**
 * Delivery codes and what proves delivery: the vocabulary the outbox, `submitEnvelope` and the elements share.
 * See docs/submit-contract.md ("What counts as delivered").
 */

/**
 * Why something is waiting. Codes, not sentences: the elements say them in the page's language.
 * - `offline`: the browser says it has no network.
 * - `unreachable`: the endpoint could not be reached (network, DNS, server down).
 * - `not-allowed`: the endpoint's server is there, but the browser would not let this page send to it — almost
 *   always its list of allowed pages (CORS) lacks this page's origin. It keeps trying; people get the fallbacks.
 * - `timeout`, `busy` (429/503), `server-error` (other 5xx), `elsewhere` (another tab is sending it).
 */
export type WaitCode = 'offline' | 'unreachable' | 'not-allowed' | 'timeout' | 'busy' | 'server-error' | 'elsewhere';

/**
 * Why something was not delivered and is not retried by itself (it stays in the outbox for a person):
 * - `refused`: the endpoint said no (a 4xx), often with field messages;
 * - `not-accepted`: a 2xx that does not prove the endpoint took it (an HTML page, no id or reference);
 * - `redirected`: the endpoint answered with a redirect (usually to a sign-in page);
 * - `no-such-address`: nothing takes submissions at that address (404, 405, 501);
 * - `not-kept`: it could neither be kept on this computer nor sent.
 */
export type FailCode = 'refused' | 'not-accepted' | 'redirected' | 'no-such-address' | 'not-kept';

export type DeliveryCode = WaitCode | FailCode;

/** What a help desk the reference server relays to gave back, when it answered in time. */
export interface HelpDeskTicket {
  system: string;
  number: string;
}

/** Delivered: the endpoint proved it took the submission (its reference, and a help desk's ticket if any). */
export interface SentResult {
  status: 'sent';
  id: string;
  reference?: string;
  ticket?: HelpDeskTicket;
}

/** Waiting in the outbox; it is tried again by itself. */
export interface QueuedResult {
  status: 'queued';
  id: string;
  code: WaitCode;
  /** @deprecated English for older callers; use `code`. */
  reason: string;
  /** False when it could be kept only in memory (lost on reload). */
  persistent: boolean;
}

/** Not delivered and not tried again by itself. */
export interface FailedResult<Code extends string = FailCode> {
  status: 'failed';
  id: string;
  code: Code;
  httpStatus?: number;
  /** The endpoint's own words, for the IT team's details. */
  detail?: string;
  /** @deprecated English for older callers; use `code` and `detail`. */
  message: string;
  fieldErrors?: Record<string, string>;
}

/** English words for the codes, for `reason`/`message` (kept for callers not yet moved to codes) and the console. */
export const DELIVERY_ENGLISH: Record<DeliveryCode, string> = {
  offline: 'This computer is offline.',
  unreachable: 'The network or the server could not be reached.',
  'not-allowed': 'The server is there, but this page is not allowed to send to it.',
  timeout: 'The server took too long to answer.',
  busy: 'The server is busy right now.',
  'server-error': 'The server had a problem.',
  elsewhere: 'Another open page is sending it.',
  refused: 'The server did not accept it.',
  'not-accepted': 'The address answered, but not as a Techbridge endpoint: nothing shows that it kept it.',
  redirected: 'The address sent us somewhere else (often a sign-in page), so it was not kept.',
  'no-such-address': 'Nothing takes submissions at that address.',
  'not-kept': 'It could not be kept on this computer or sent.'
};

export const WEBMASTER_HINTS: Partial<Record<FailCode, string>> = {
  'not-accepted':
    'the endpoint answered 2xx but its answer does not name the submission (JSON with "id" or "reference", or a ' +
    'Techbridge-Accepted header), so it was not counted as delivered. Is the endpoint address right? An endpoint ' +
    'that cannot answer so can set delivery-proof="status" on the element. See docs/submit-contract.md.',
  redirected:
    'the endpoint answered with a redirect (often to a sign-in page); redirects are not followed. Use the final ' +
    'address of the endpoint, and make sure it takes submissions without a sign-in.',
  'no-such-address':
    'nothing takes submissions at this address (404, 405 or 501). A relative endpoint such as "/api/submissions" ' +
    'is resolved against the page, so on another host it needs the full https:// address.'
};

const warned = new Set<string>();

/** One console message per endpoint and problem, for the webmaster; the person sees plain words on the page. */
export function warnWebmaster(endpoint: string, code: DeliveryCode, text: string): void {
  const key = `${endpoint}|${code}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.error(`Techbridge: sending to ${endpoint} did not work (${code}): ${text}`);
}

/**
 * Does this 2xx prove the endpoint kept the envelope? A JSON answer naming its id or giving a reference, or the
 * `Techbridge-Accepted` header with its id; with `proof: 'status'`, any 2xx that is not an HTML page.
 */
export async function readProof(
  response: Response,
  entry: OutboxEntry
): Promise<{ accepted: boolean; cutOff?: boolean; reference?: string; ticket?: HelpDeskTicket }> {
  const type = response.headers.get('Content-Type') ?? '';
  const header = response.headers.get('Techbridge-Accepted');
  let text: string;
  try {
    text = await response.text();
  } catch {
    // The connection broke while the answer was arriving: nothing is proven either way. Retrying is safe, since
    // the endpoint answers a repeated id with the reference it already gave.
    return { accepted: false, cutOff: true };
  }
  let body: Record<string, unknown> | undefined;
  if (/json/i.test(type)) {
    try {
      const value: unknown = JSON.parse(text);
      body = value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
    } catch {
      body = undefined;
    }
  }
  const reference = typeof body?.reference === 'string' && body.reference.length <= 100 ? body.reference : undefined;
  const ticket = readTicket(body?.ticket);
  const sameId = (value: unknown) => typeof value === 'string' && value.toLowerCase() === entry.id.toLowerCase();
  if (sameId(header) || sameId(body?.id) || reference) return { accepted: true, reference, ticket };
  if (entry.proof === 'status' && !/html/i.test(type)) return { accepted: true };
  return { accepted: false };
}

function readTicket(value: unknown): HelpDeskTicket | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { system, number } = value as Record<string, unknown>;
  if (typeof system !== 'string' || system.length > 40) return undefined;
  if ((typeof number !== 'string' && typeof number !== 'number') || String(number).length > 40) return undefined;
  return { system, number: String(number) };
}

export async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await response.json();
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function isStringRecord(value: unknown): value is Record<string, string> {
  return !!value && typeof value === 'object' && Object.values(value as object).every(v => typeof v === 'string');
}
