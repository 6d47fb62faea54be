/**
 * Drafts and remembered details in localStorage. Everything here fails quietly: private windows, full storage and
 * blocked storage must never stop someone reporting a problem.
 */

const PREFIX = 'tb-problem-report';

/** One draft per element id (or per page when the element has none), so two forms on a site do not mix. */
export function draftKey(elementId: string, pathname: string): string {
  return `${PREFIX}:draft:${pathname}#${elementId || 'default'}`;
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
