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
  /** The endpoint's own words about the last failed attempt, for the IT team (never shown as the headline). */
  lastError?: string;
  lastStatus?: number;
  /** Why the last attempt did not deliver, as a code the elements put into words (see `DeliveryCode`). */
  lastCode?: string;
  /**
   * What proves delivery. `reply` (default): a 2xx whose JSON names the envelope id or gives a reference.
   * `status`: any 2xx that is not an HTML page, for endpoints that cannot answer so (`delivery-proof="status"`).
   */
  proof?: 'reply' | 'status';
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

function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE, { keyPath: 'id' });
  };
  return request(open);
}

/** A closing or lost connection: worth one fresh connection and one more try. */
function isClosed(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'InvalidStateError' || error.name === 'UnknownError');
}

class IdbStore implements OutboxStore {
  readonly persistent = true;
  /** The open connection; undefined once it closed, until the next use opens a new one. */
  private db: Promise<IDBDatabase> | undefined;

  constructor(db: IDBDatabase) {
    this.db = Promise.resolve(this.watch(db));
  }

  /**
   * The connection goes away when site data is cleared, another tab upgrades the database, or (Safari) the
   * browser loses it. Forget it then; the next use opens a new one.
   */
  private watch(db: IDBDatabase): IDBDatabase {
    const forget = () => {
      if (this.latest === db) this.db = this.latest = undefined;
    };
    db.onversionchange = () => {
      // Another tab upgrading (or deleting) the database must not be blocked by us.
      db.close();
      forget();
    };
    db.onclose = forget;
    this.latest = db;
    return db;
  }

  private latest: IDBDatabase | undefined;

  private connection(): Promise<IDBDatabase> {
    if (!this.db) {
      const opening = openDatabase().then(db => this.watch(db));
      // A failed open is not kept: the next use tries again.
      opening.catch(() => {
        if (this.db === opening) this.db = undefined;
      });
      this.db = opening;
    }
    return this.db;
  }

  private async run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    try {
      return await this.once(mode, fn);
    } catch (error) {
      if (!isClosed(error)) throw error;
      // Closed under us ("The database connection is closing"): every operation here is safe to repeat (get,
      // put of the same entry, delete of the same id), so once more on a new connection.
      this.db = this.latest = undefined;
      return this.once(mode, fn);
    }
  }

  private async once<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const tx = (await this.connection()).transaction(STORE, mode);
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
    return new IdbStore(await openDatabase());
  } catch {
    return new MemoryStore();
  }
}
