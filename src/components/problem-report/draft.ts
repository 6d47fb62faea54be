/**
 * Drafts and remembered details in localStorage. Everything here fails quietly: private windows, full storage and
 * blocked storage must never stop someone reporting a problem.
 */

const PREFIX = 'tb-problem-report';

/**
 * One draft per element id (or per page when the element has none), so two forms on a site do not mix, and per
 * browser tab, so a report sent in one tab does not delete what is typed in another.
 */
export function draftKey(elementId: string, pathname: string, tab: string): string {
  return `${draftPrefix(elementId, pathname)}@${tab}`;
}

/** The part of a draft key shared by every tab; older versions used it alone, with no tab. */
export function draftPrefix(elementId: string, pathname: string): string {
  return `${PREFIX}:draft:${pathname}#${elementId || 'default'}`;
}

const TAB_KEY = `${PREFIX}:tab`;
let pageTab = '';

/** This tab's id: kept in sessionStorage, so it survives a reload of the same tab. */
export function tabId(): string {
  try {
    const stored = sessionStorage.getItem(TAB_KEY);
    if (stored) return stored;
    const id = randomId();
    sessionStorage.setItem(TAB_KEY, id);
    return id;
  } catch {
    pageTab ||= randomId();
    return pageTab;
  }
}

/** Gives this tab a new id: for a tab that was duplicated (sessionStorage is copied with it). */
export function newTabId(): string {
  const id = randomId();
  try {
    sessionStorage.setItem(TAB_KEY, id);
  } catch {
    pageTab = id;
  }
  return id;
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), b => b.toString(16).padStart(2, '0')).join('');
}

type Locks = LockManager | undefined;
const locks = (): Locks => (navigator as Navigator & { locks?: LockManager }).locks;
const tabLock = (tab: string) => `${PREFIX}:tab:${tab}`;
const held = new Set<string>();

/**
 * Marks `tab` as open for as long as this page lives (a Web Lock, released by the browser when the page goes).
 * False when another open page already holds it: this page is a copy of another tab.
 */
export async function holdTab(tab: string): Promise<boolean> {
  const manager = locks();
  if (!manager || held.has(tab)) return true;
  return new Promise<boolean>(resolve => {
    manager
      .request(tabLock(tab), { ifAvailable: true }, lock => {
        if (!lock) {
          resolve(false);
          return undefined;
        }
        held.add(tab);
        resolve(true);
        return new Promise<void>(() => undefined);
      })
      .catch(() => resolve(true));
  });
}

/**
 * Takes over the newest draft of this form that no open tab is using (its tab was closed), moving it to `ownKey`.
 * Runs under one lock, so two tabs opening at once do not both take the same draft.
 */
export async function adoptDraft<T extends { savedAt?: number }>(
  prefix: string,
  ownKey: string
): Promise<T | undefined> {
  const manager = locks();
  const adopt = async () => {
    const open = manager ? await manager.query() : undefined;
    const busy = new Set((open?.held ?? []).map(l => l.name));
    let best: { key: string; record: T } | undefined;
    for (const key of storageKeys()) {
      if (key === ownKey || key.endsWith(':picture')) continue;
      const tab = key === prefix ? '' : key.startsWith(`${prefix}@`) ? key.slice(prefix.length + 1) : undefined;
      if (tab === undefined || (tab && busy.has(tabLock(tab)))) continue;
      const record = readJson<T>(key);
      if (record && (!best || (record.savedAt ?? 0) > (best.record.savedAt ?? 0))) best = { key, record };
    }
    if (!best) return undefined;
    if (!writeJson(ownKey, best.record)) return undefined;
    const picture = readJson<unknown>(`${best.key}:picture`);
    if (picture) writeJson(`${ownKey}:picture`, picture);
    remove(best.key);
    remove(`${best.key}:picture`);
    return best.record;
  };
  try {
    return manager ? await manager.request(`${PREFIX}:adopt`, adopt) : await adopt();
  } catch {
    return undefined;
  }
}

function storageKeys(): string[] {
  try {
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '');
  } catch {
    return [];
  }
}

export const REMEMBER_KEY = `${PREFIX}:remember`;

export function readJson<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when it could not be saved (storage full or blocked). */
export function writeJson(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
