import { VERSION } from './version.js';

/** The one shape every Techbridge element submits. See docs/submit-contract.md. */
export interface Envelope<T = Record<string, unknown>> {
  id: string;
  type: string;
  schemaVersion: number;
  createdAt: string;
  page: { url: string; title: string };
  client: { name: 'techbridge'; version: string };
  data: T;
}

export function createId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; intranet pages on plain http still get a v4 UUID.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Longest page address and title the envelope schema accepts (src/content/schemas/envelope.schema.json). */
export const PAGE_URL_MAX = 2048;
export const PAGE_TITLE_MAX = 500;

export interface EnvelopeOptions {
  schemaVersion?: number;
  /**
   * Rewrites the page's address and title before they go in, e.g. to mask a patron's card number that a
   * catalogue page carries in its address. The result is still cut to the schema's limits.
   */
  maskPage?: (page: { url: string; title: string }) => { url: string; title: string };
}

export function createEnvelope<T>(type: string, data: T, options: EnvelopeOptions = {}): Envelope<T> {
  const page = (options.maskPage ?? (p => p))({ url: location.href, title: document.title });
  return {
    id: createId(),
    type,
    schemaVersion: options.schemaVersion ?? 1,
    createdAt: new Date().toISOString(),
    // Long addresses (search pages, tracking parameters) must not get a report refused by the endpoint.
    page: { url: page.url.slice(0, PAGE_URL_MAX), title: page.title.slice(0, PAGE_TITLE_MAX) },
    client: { name: 'techbridge', version: VERSION },
    data
  };
}
