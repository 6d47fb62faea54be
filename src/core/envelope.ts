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

export function createEnvelope<T>(type: string, data: T, schemaVersion = 1): Envelope<T> {
  return {
    id: createId(),
    type,
    schemaVersion,
    createdAt: new Date().toISOString(),
    page: { url: location.href, title: document.title },
    client: { name: 'techbridge', version: VERSION },
    data
  };
}
