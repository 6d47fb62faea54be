/**
 * Named drafts in IndexedDB, so a memorandum survives a reload, a closed tab or a crash, without a login. Each
 * draft is one record keyed by its name. When IndexedDB is missing or refuses (private windows in some browsers,
 * storage full), the calls reject with a `DraftStoreError` and the element says that drafts are kept only while
 * the page is open.
 */
import type { MouDoc } from './model.js';

export interface Draft {
  name: string;
  doc: MouDoc;
  /** ms since 1970 */
  savedAt: number;
}

export class DraftStoreError extends Error {
  constructor(readonly code: 'unavailable' | 'failed') {
    super(`Draft store ${code}`);
  }
}

const DB = 'techbridge-mou';
const STORE = 'drafts';
let opening: Promise<IDBDatabase> | undefined;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new DraftStoreError('failed'));
  });
}

function open(dbName: string, onClose: () => void): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new DraftStoreError('unavailable'));
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(dbName, 1);
    } catch {
      reject(new DraftStoreError('unavailable'));
      return;
    }
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'name' });
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading later must not be blocked by this one.
      db.onversionchange = () => {
        db.close();
        onClose();
      };
      resolve(db);
    };
    req.onerror = () => reject(new DraftStoreError('unavailable'));
    req.onblocked = () => reject(new DraftStoreError('unavailable'));
  });
}

export class DraftStore {
  private db?: Promise<IDBDatabase>;

  constructor(private readonly dbName = DB) {}

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.connection()).transaction(STORE, mode).objectStore(STORE);
  }

  /** One connection per database, shared; dropped when another tab upgrades or deletes it, or opening failed. */
  private connection(): Promise<IDBDatabase> {
    const shared = this.dbName === DB;
    const current = shared ? opening : this.db;
    if (current) return current;
    const forget = () => {
      if (shared && opening === next) opening = undefined;
      if (this.db === next) this.db = undefined;
    };
    const next: Promise<IDBDatabase> = open(this.dbName, forget);
    next.catch(forget);
    if (shared) opening = next;
    else this.db = next;
    return next;
  }

  async save(name: string, doc: MouDoc, now = Date.now()): Promise<Draft> {
    const draft: Draft = { name, doc: structuredClone(doc), savedAt: now };
    await request((await this.store('readwrite')).put(draft));
    return draft;
  }

  async load(name: string): Promise<Draft | undefined> {
    return (await request((await this.store('readonly')).get(name))) as Draft | undefined;
  }

  /** All drafts, most recently saved first. */
  async list(): Promise<Draft[]> {
    const all = (await request((await this.store('readonly')).getAll())) as Draft[];
    return all.sort((a, b) => b.savedAt - a.savedAt);
  }

  async remove(name: string): Promise<void> {
    await request((await this.store('readwrite')).delete(name));
  }
}
