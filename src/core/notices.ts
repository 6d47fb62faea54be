/**
 * "Sent while you were away": a submission that had to wait is often delivered after its page was closed or
 * reloaded. The outbox records what became of it here, and the next Techbridge element the person sees (on any
 * page of the site) tells them. Kept in localStorage: small, per site, and readable without opening IndexedDB.
 */

export interface Notice {
  id: string;
  type: string;
  /** When the person sent it (epoch ms). */
  savedAt: number;
  state: 'waiting' | 'sent' | 'refused';
  reference?: string;
  ticket?: { system: string; number: string };
}

const KEY = 'tb-notices';
const MAX = 30;
const MAX_AGE = 30 * 24 * 3600 * 1000;

function read(): Notice[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? (value as Notice[]).filter(n => n && typeof n.id === 'string') : [];
  } catch {
    return [];
  }
}

function write(list: Notice[]): void {
  const now = Date.now();
  const kept = list.filter(n => now - n.savedAt < MAX_AGE).slice(-MAX);
  try {
    if (kept.length) localStorage.setItem(KEY, JSON.stringify(kept));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked or full: the news is lost, the submission is not.
  }
  listeners.forEach(listener => listener());
}

const listeners = new Set<() => void>();

/** Called when the list changes, in this tab (and, through the `storage` event, in others). */
export function onNoticesChange(listener: () => void): () => void {
  listeners.add(listener);
  const storage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', storage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', storage);
  };
}

/** A submission now waits on this computer: remember to tell the person what becomes of it. */
export function watchForNotice(id: string, type: string, savedAt = Date.now()): void {
  const list = read().filter(n => n.id !== id);
  list.push({ id, type, savedAt, state: 'waiting' });
  write(list);
}

/** The outbox delivered `id`. Only submissions someone was told "will send later" about are recorded. */
export function markDelivered(id: string, reference?: string, ticket?: Notice['ticket']): void {
  const list = read();
  const notice = list.find(n => n.id === id);
  if (!notice) return;
  Object.assign(notice, { state: 'sent', reference, ticket });
  write(list);
}

/** The endpoint refused `id` after it had waited. */
export function markRefused(id: string): void {
  const list = read();
  const notice = list.find(n => n.id === id);
  if (!notice) return;
  notice.state = 'refused';
  write(list);
}

/** The person has seen what became of `id` (in place, or by closing the notice). */
export function forgetNotice(id: string): void {
  const list = read();
  if (list.some(n => n.id === id)) write(list.filter(n => n.id !== id));
}

/** News to tell: delivered or refused since the person last looked. */
export function pendingNotices(): Notice[] {
  return read().filter(n => n.state !== 'waiting');
}
