import type { Envelope } from './envelope.js';
import { emit } from './events.js';
import { getOutbox, type AttemptResult, type Outbox } from './outbox.js';

/** How an `endpoint` attribute value is understood. */
export type Endpoint =
  | { kind: 'none' }
  | { kind: 'http'; url: string }
  | { kind: 'mailto'; address: string }
  | { kind: 'invalid'; problem: string };

/** Reads an `endpoint` attribute: absolute or relative http(s) URL, `mailto:`, or nothing. Never throws. */
export function parseEndpoint(value: string | null | undefined): Endpoint {
  const raw = value?.trim();
  if (!raw) return { kind: 'none' };
  if (/^mailto:/i.test(raw)) {
    const address = decodeURIComponent(raw.slice(7).split('?')[0]);
    return /^[^\s@]+@[^\s@]+$/.test(address)
      ? { kind: 'mailto', address }
      : { kind: 'invalid', problem: `"${raw}" is not an email address we can write to.` };
  }
  let url: URL;
  try {
    url = new URL(raw, document.baseURI);
  } catch {
    return { kind: 'invalid', problem: `"${raw}" is not a web address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'invalid', problem: `"${raw}" must start with https://, http://, / or mailto:.` };
  }
  return { kind: 'http', url: url.href };
}

/** Outcome of `submitEnvelope`, one of the three truthful answers a person gets (plus the mail and cancel cases). */
export type SubmitResult =
  | { status: 'sent'; id: string; reference?: string }
  | { status: 'queued'; id: string; reason: string; persistent: boolean }
  | { status: 'failed'; id: string; httpStatus?: number; message: string; fieldErrors?: Record<string, string> }
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
    const message =
      endpoint.kind === 'invalid' ? endpoint.problem : 'No address to send to was set up (the endpoint attribute).';
    emit(host, 'tb-error', { id: envelope.id, type: envelope.type, message });
    return { status: 'failed', id: envelope.id, message };
  }

  const outbox = options.outbox ?? getOutbox();
  outbox.start();
  const token = options.csrfToken || undefined;
  const csrf = { header: options.csrfHeader ?? 'X-CSRF-Token', token };
  let result: AttemptResult;
  try {
    await outbox.save(endpoint.url, envelope, csrf);
    result = await outbox.deliver(envelope.id);
  } catch {
    // Saving failed (storage full, blocked, or its connection closed): nothing is stored, so nothing may be
    // called "saved". Send it straight from memory instead; the answer says whether it is kept after a reload.
    result = { status: 'missing', id: envelope.id };
  }
  if (result.status === 'missing') {
    // Also when the stored copy vanished before we could send it (site data cleared). The same id makes a
    // second arrival harmless: the endpoint answers with the reference it already gave.
    await outbox.keepInMemory(endpoint.url, envelope, csrf);
    result = await outbox.deliver(envelope.id);
  }
  switch (result.status) {
    case 'sent':
      emit(host, 'tb-submitted', {
        id: envelope.id,
        type: envelope.type,
        reference: result.reference,
        fromOutbox: false
      });
      return result;
    case 'queued':
      emit(host, 'tb-queued', { id: envelope.id, type: envelope.type, reason: result.reason });
      return { status: 'queued', id: result.id, reason: result.reason, persistent: result.persistent };
    case 'elsewhere':
      // Another tab holds it right now; it stays in the shared outbox until one of us delivers it.
      emit(host, 'tb-queued', { id: envelope.id, type: envelope.type, reason: 'Another open page is sending it.' });
      return { status: 'queued', id: envelope.id, reason: 'Another open page is sending it.', persistent: true };
    case 'missing':
      // Kept in memory a moment ago, gone now: only another page could have taken it. Say nothing untrue.
      emit(host, 'tb-error', { id: envelope.id, type: envelope.type, message: NOT_KEPT });
      return { status: 'failed', id: envelope.id, message: NOT_KEPT };
    case 'failed':
      // The person is here and their draft stays in the form, so the refused copy need not wait in the outbox.
      await outbox.remove(envelope.id).catch(() => undefined);
      emit(host, 'tb-error', {
        id: envelope.id,
        type: envelope.type,
        status: result.httpStatus,
        message: result.message,
        fieldErrors: result.fieldErrors
      });
      return result;
  }
}

const NOT_KEPT = 'It could not be kept on this computer or sent.';

function openMailto(href: string) {
  const link = document.createElement('a');
  link.href = href;
  link.rel = 'noopener';
  link.click();
}
