import type { Envelope } from './envelope.js';
import { emit } from './events.js';
import {
  DELIVERY_ENGLISH,
  getOutbox,
  type AttemptResult,
  type FailCode,
  type FailedResult,
  type Outbox,
  type QueuedResult,
  type SentResult
} from './outbox.js';

export type {
  DeliveryCode,
  FailCode,
  FailedResult,
  HelpDeskTicket,
  QueuedResult,
  SentResult,
  WaitCode
} from './outbox.js';

/** How an `endpoint` attribute value is understood. */
export type Endpoint =
  | { kind: 'none' }
  | { kind: 'http'; url: string }
  | { kind: 'mailto'; address: string }
  /** `problem` is English for the webmaster's console; `code` is what elements put into words. */
  | { kind: 'invalid'; code: 'bad-mailto' | 'not-an-address' | 'wrong-scheme'; problem: string };

/** Reads an `endpoint` attribute: absolute or relative http(s) URL, `mailto:`, or nothing. Never throws. */
export function parseEndpoint(value: string | null | undefined): Endpoint {
  const raw = value?.trim();
  if (!raw) return { kind: 'none' };
  if (/^mailto:/i.test(raw)) {
    const address = decodeURIComponent(raw.slice(7).split('?')[0]);
    return /^[^\s@]+@[^\s@]+$/.test(address)
      ? { kind: 'mailto', address }
      : { kind: 'invalid', code: 'bad-mailto', problem: `"${raw}" is not an email address we can write to.` };
  }
  let url: URL;
  try {
    url = new URL(raw, document.baseURI);
  } catch {
    return { kind: 'invalid', code: 'not-an-address', problem: `"${raw}" is not a web address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      kind: 'invalid',
      code: 'wrong-scheme',
      problem: `"${raw}" must start with https://, http://, / or mailto:.`
    };
  }
  return { kind: 'http', url: url.href };
}

/** Outcome of `submitEnvelope`, one of the three truthful answers a person gets (plus the mail and cancel cases). */
export type SubmitResult =
  | SentResult
  | QueuedResult
  | FailedResult<FailCode | 'no-endpoint' | 'bad-endpoint'>
  | { status: 'mailto'; id: string; href: string }
  | { status: 'cancelled'; id: string };

export interface SubmitOptions {
  /** The parsed `endpoint` attribute. */
  endpoint: Endpoint;
  /** Element the `tb-*` events are dispatched from. */
  host: EventTarget;
  /** CSRF token from the element's `csrf-token` attribute; falls back to `<meta name="csrf-token">`. */
  csrfToken?: string;
  /** Header that carries the CSRF token. */
  csrfHeader?: string;
  /** Subject and plain-text body for `mailto:` endpoints. */
  mail?: { subject: string; body: string };
  /** What proves delivery; see `OutboxEntry.proof` and docs/submit-contract.md. Default `reply`. */
  proof?: 'reply' | 'status';
  /** For tests and multi-outbox pages. */
  outbox?: Outbox;
}

/** Builds a `mailto:` link; keeps under the length most mail programs accept. */
export function mailtoHref(address: string, subject: string, body: string, maxLength = 1900): string {
  const encode = encodeURIComponent;
  const head = `mailto:${encode(address).replace('%40', '@')}?subject=${encode(subject)}&body=`;
  let text = body;
  let href = head + encode(text);
  while (href.length > maxLength && text.length > 0) {
    text = text.slice(0, Math.floor(text.length * 0.9));
    href = head + encode(`${text}\n…(shortened: the rest did not fit in an email link)`);
  }
  return href;
}

/**
 * The one submit path of every element: `tb-submit` (cancelable, may amend the envelope) → saved in the outbox →
 * first attempt → `tb-submitted` / `tb-queued` / `tb-error`. With a `mailto:` endpoint it opens a pre-filled email.
 *
 * The element must not say "sent" unless this resolves with `status: 'sent'`.
 */
export async function submitEnvelope(envelope: Envelope, options: SubmitOptions): Promise<SubmitResult> {
  const { endpoint, host } = options;
  if (!emit(host, 'tb-submit', { envelope }, true)) return { status: 'cancelled', id: envelope.id };

  if (endpoint.kind === 'mailto') {
    const href = mailtoHref(
      endpoint.address,
      options.mail?.subject ?? `Techbridge: ${envelope.type}`,
      options.mail?.body ?? JSON.stringify(envelope.data, null, 2)
    );
    openMailto(href);
    return { status: 'mailto', id: envelope.id, href };
  }
  if (endpoint.kind !== 'http') {
    const code = endpoint.kind === 'invalid' ? 'bad-endpoint' : 'no-endpoint';
    const message =
      endpoint.kind === 'invalid' ? endpoint.problem : 'No address to send to was set up (the endpoint attribute).';
    emit(host, 'tb-error', { id: envelope.id, type: envelope.type, code, message });
    return { status: 'failed', id: envelope.id, code, message };
  }

  const outbox = options.outbox ?? getOutbox();
  outbox.start();
  const token = options.csrfToken || undefined;
  const csrf = { header: options.csrfHeader ?? 'X-CSRF-Token', token };
  let result: AttemptResult;
  try {
    await outbox.save(endpoint.url, envelope, csrf, options.proof);
    result = await outbox.deliver(envelope.id);
  } catch {
    // Saving failed (storage full, blocked, or its connection closed): nothing is stored, so nothing may be
    // called "saved". Send it straight from memory instead; the answer says whether it is kept after a reload.
    result = { status: 'missing', id: envelope.id };
  }
  if (result.status === 'missing') {
    // Also when the stored copy vanished before we could send it (site data cleared). The same id makes a
    // second arrival harmless: the endpoint answers with the reference it already gave.
    await outbox.keepInMemory(endpoint.url, envelope, csrf, options.proof);
    result = await outbox.deliver(envelope.id);
  }
  switch (result.status) {
    case 'sent':
      emit(host, 'tb-submitted', {
        id: envelope.id,
        type: envelope.type,
        reference: result.reference,
        ticket: result.ticket,
        fromOutbox: false
      });
      return result;
    case 'queued':
      emit(host, 'tb-queued', { id: envelope.id, type: envelope.type, code: result.code, reason: result.reason });
      return {
        status: 'queued',
        id: result.id,
        code: result.code,
        reason: result.reason,
        persistent: result.persistent
      };
    case 'elsewhere': {
      // Another tab holds it right now; it stays in the shared outbox until one of us delivers it.
      const reason = DELIVERY_ENGLISH.elsewhere;
      emit(host, 'tb-queued', { id: envelope.id, type: envelope.type, code: 'elsewhere', reason });
      return { status: 'queued', id: envelope.id, code: 'elsewhere', reason, persistent: true };
    }
    case 'missing': {
      // Kept in memory a moment ago, gone now: only another page could have taken it. Say nothing untrue.
      const message = DELIVERY_ENGLISH['not-kept'];
      emit(host, 'tb-error', { id: envelope.id, type: envelope.type, code: 'not-kept', message });
      return { status: 'failed', id: envelope.id, code: 'not-kept', message };
    }
    case 'failed':
      // A plain refusal: the person is here and their draft stays in the form, so the refused copy need not wait
      // in the outbox. Any other failure (no proof, a redirect, no such address) stays listed until handled.
      if (result.code === 'refused') await outbox.remove(envelope.id).catch(() => undefined);
      emit(host, 'tb-error', {
        id: envelope.id,
        type: envelope.type,
        code: result.code,
        status: result.httpStatus,
        message: result.message,
        detail: result.detail,
        fieldErrors: result.fieldErrors
      });
      return result;
  }
}

function openMailto(href: string) {
  const link = document.createElement('a');
  link.href = href;
  link.rel = 'noopener';
  link.click();
}
