/**
 * Known incidents from a `status-src` file, checked before they are shown. The file is untrusted input: only the
 * fields below are read, each must be plain text within its length limit, and the text is rendered as text
 * (never as HTML), so markup or script in it stays inert.
 *
 * ```json
 * { "incidents": [ { "id": "print-main-0131", "title": "Printing at Main is down", "details": "…",
 *     "since": "2025-01-31T08:30:00Z", "workaround": "Send print jobs to the upstairs printer." } ] }
 * ```
 */

export interface Incident {
  /** Stable id, sent with "this is affecting me too" notes. Letters, digits, `.`, `_`, `-`; up to 100. */
  id: string;
  /** Short headline, up to 200 characters. */
  title: string;
  /** More detail, up to 1000 characters. */
  details?: string;
  /** When it started (ISO 8601). */
  since?: string;
  /** What staff can do meanwhile, up to 500 characters. */
  workaround?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const MAX_INCIDENTS = 20;

export function parseStatus(json: unknown): { incidents: Incident[]; problems: string[] } {
  const problems: string[] = [];
  const list = Array.isArray(json) ? json : (json as { incidents?: unknown } | null)?.incidents;
  if (!Array.isArray(list)) return { incidents: [], problems: ['it has no "incidents" list'] };
  const text = (v: unknown, max: number) =>
    typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : undefined;
  const incidents: Incident[] = [];
  const seen = new Set<string>();
  list.forEach((entry: unknown, index) => {
    const e = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const id = typeof e.id === 'string' && ID.test(e.id) ? e.id : undefined;
    const title = text(e.title, 200);
    if (!id || !title || seen.has(id)) {
      problems.push(
        `incident ${index + 1} needs a unique "id" (letters, digits, . _ -) and a "title" of up to 200 characters`
      );
      return;
    }
    seen.add(id);
    const incident: Incident = { id, title };
    const details = text(e.details, 1000);
    const workaround = text(e.workaround, 500);
    const since =
      typeof e.since === 'string' && e.since.length <= 40 && !Number.isNaN(Date.parse(e.since)) ? e.since : undefined;
    if (details) incident.details = details;
    if (workaround) incident.workaround = workaround;
    if (since) incident.since = since;
    incidents.push(incident);
  });
  if (incidents.length > MAX_INCIDENTS) {
    problems.push(`only the first ${MAX_INCIDENTS} incidents are shown`);
    incidents.length = MAX_INCIDENTS;
  }
  return { incidents, problems };
}
