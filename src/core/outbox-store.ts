import type { Envelope } from './envelope.js';

/** One submission waiting on this computer. Keyed by the envelope id, which is also the Idempotency-Key. */
export interface OutboxEntry {
  id: string;
  endpoint: string;
  envelope: Envelope;
  /** Extra request headers fixed at submit time (the CSRF header name; its value is re-read on each attempt). */
  csrfHeader?: string;
  csrfToken?: string;
  /** `pending` is retried automatically; `failed` was refused by the endpoint and waits for a person. */
  state: 'pending' | 'failed';
  attempts: number;
  /** Epoch ms of the next allowed attempt. */
  nextAttemptAt: number;
  savedAt: number;
  /** Plain-language reason of the last failed attempt. */
  lastError?: string;
  lastStatus?: number;
}

/**
 * Storage behind the outbox. IndexedDB normally; memory when IndexedDB is unavailable (some private windows,
 * locked-down kiosks), in which case `persistent` is false and elements say so instead of promising a retry.
 */
export interface OutboxStore {
  readonly persistent: boolean;
  get(id: string): Promise<OutboxEntry | undefined>;
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
  all(): Promise<OutboxEntry[]>;
  clear(): Promise<void>;
}

const DB_NAME = 'techbridge';
const STORE = 'outbox';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

class IdbStore implements OutboxStore {
  readonly persistent = true;
  constructor(private readonly db: IDBDatabase) {}

  private async run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const tx = this.db.transaction(STORE, mode);
    const result = await request(fn(tx.objectStore(STORE)));
    if (mode === 'readwrite') {
      // Resolve only once the write is durable, so "saved on this computer" is true when we say it.
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      });
    }
    return result;
  }

  get(id: string) {
    return this.run('readonly', s => s.get(id) as IDBRequest<OutboxEntry | undefined>);
  }
  async put(entry: OutboxEntry) {
    await this.run('readwrite', s => s.put(entry));
  }
  async delete(id: string) {
    await this.run('readwrite', s => s.delete(id));
  }
  all() {
    return this.run('readonly', s => s.getAll() as IDBRequest<OutboxEntry[]>);
  }
  async clear() {
    await this.run('readwrite', s => s.clear());
  }
}

export class MemoryStore implements OutboxStore {
  readonly persistent = false;
  private entries = new Map<string, OutboxEntry>();
  async get(id: string) {
    return structuredClone(this.entries.get(id));
  }
  async put(entry: OutboxEntry) {
    this.entries.set(entry.id, structuredClone(entry));
  }
  async delete(id: string) {
    this.entries.delete(id);
  }
  async all() {
    return [...this.entries.values()].map(e => structuredClone(e));
  }
  async clear() {
    this.entries.clear();
  }
}

export async function openOutboxStore(): Promise<OutboxStore> {
  try {
    if (typeof indexedDB === 'undefined') return new MemoryStore();
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    const db = await request(open);
    // Another tab upgrading the database later must not be blocked by us.
    db.onversionchange = () => db.close();
    return new IdbStore(db);
  } catch {
    return new MemoryStore();
  }
}
