import type { Envelope } from './envelope.js';
import { MemoryStore, openOutboxStore, type OutboxEntry, type OutboxStore } from './outbox-store.js';

export type { OutboxEntry } from './outbox-store.js';

/** What became of one delivery attempt. */
export type AttemptResult =
  | { status: 'sent'; id: string; reference?: string }
  | { status: 'queued'; id: string; reason: string; persistent: boolean; retryAt: number }
  | { status: 'failed'; id: string; httpStatus?: number; message: string; fieldErrors?: Record<string, string> }
  /** Another tab is sending it right now. */
  | { status: 'elsewhere'; id: string }
  /** Not in the outbox (never saved, or gone since): nothing was sent. */
  | { status: 'missing'; id: string };

export interface OutboxOptions {
  /** First retry delay; doubles per attempt. */
  baseDelayMs: number;
  /** Ceiling for the retry delay, also for a server's Retry-After. */
  maxDelayMs: number;
  /** Per-request timeout. */
  timeoutMs: number;
  /** How many entries one flush sends at once. */
  concurrency: number;
}

const DEFAULTS: OutboxOptions = { baseDelayMs: 2_000, maxDelayMs: 5 * 60_000, timeoutMs: 20_000, concurrency: 3 };

/** Events the outbox dispatches on itself (not composed DOM events: elements re-dispatch them). */
export interface OutboxEventMap {
  sent: CustomEvent<{ id: string; reference?: string; type: string }>;
  failed: CustomEvent<{ id: string; type: string; message: string; httpStatus?: number }>;
  change: CustomEvent<Record<string, never>>;
}

/** Statuses worth retrying: the request may not have reached the application, or it asked us to wait. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": never less than half the step, so retries do not bunch at zero. */
export function backoffDelay(attempts: number, options: Pick<OutboxOptions, 'baseDelayMs' | 'maxDelayMs'>): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + Math.random() * (step / 2));
}

function csrfFromMeta(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content || undefined;
}

const CHANNEL = 'tb-outbox';

/**
 * The outbox: every envelope is written here before its first attempt and removed only after a 2xx, so a report
 * survives a dead network, a reload, a 500 and a closed tab. One instance per page (see `getOutbox`).
 *
 * Two tabs flushing at once is normal. Each send holds a Web Lock named after the envelope id, and re-reads the
 * entry inside the lock, so one envelope is never in flight twice at the same time; the server's idempotency on
 * the envelope id covers a response that was lost after the server stored it.
 */
export class Outbox extends EventTarget {
  options: OutboxOptions = { ...DEFAULTS };
  private readonly inFlight = new Map<string, Promise<AttemptResult>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;
  private started = false;
  private flushing: Promise<void> | undefined;
  private channel: BroadcastChannel | undefined;
  /** Envelopes that could not be saved (storage full or blocked): sent and retried while this page is open. */
  private readonly memory = new MemoryStore();

  constructor(private readonly store: Promise<OutboxStore> = openOutboxStore()) {
    super();
  }

  /** False when this browser cannot keep the outbox across reloads (IndexedDB unavailable). */
  async isPersistent(): Promise<boolean> {
    return (await this.store).persistent;
  }

  /** Saves an envelope for delivery. Resolves once it is durably stored. */
  async save(endpoint: string, envelope: Envelope, csrf?: { header: string; token?: string }): Promise<OutboxEntry> {
    return this.keep(await this.store, endpoint, envelope, csrf);
  }

  /**
   * Keeps an envelope in this page's memory only, for when `save` failed: it is sent and retried while the page is
   * open, and its results say `persistent: false`.
   */
  async keepInMemory(
    endpoint: string,
    envelope: Envelope,
    csrf?: { header: string; token?: string }
  ): Promise<OutboxEntry> {
    return this.keep(this.memory, endpoint, envelope, csrf);
  }

  /** Puts a new pending entry in `store`, or gives back the one already there for this envelope. */
  private async keep(
    store: OutboxStore,
    endpoint: string,
    envelope: Envelope,
    csrf?: { header: string; token?: string }
  ): Promise<OutboxEntry> {
    const existing = await store.get(envelope.id);
    if (existing) return existing;
    const entry: OutboxEntry = {
      id: envelope.id,
      endpoint,
      envelope,
      csrfHeader: csrf?.header,
      csrfToken: csrf?.token,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: Date.now(),
      savedAt: Date.now()
    };
    await store.put(entry);
    this.notify('change', {});
    return entry;
  }

  /** Everything waiting or refused, oldest first (the saved ones, and those only in this page's memory). */
  async list(): Promise<OutboxEntry[]> {
    return (await this.everything()).sort((a, b) => a.savedAt - b.savedAt);
  }

  async remove(id: string): Promise<void> {
    await this.memory.delete(id);
    await (await this.store).delete(id);
    this.notify('change', {});
  }

  /**
   * Sends a refused entry once more, when a person asks (after signing in again, say). It goes back to the normal
   * retries; the token given (the element's current one) replaces the stored one.
   */
  async retry(id: string, csrfToken?: string): Promise<AttemptResult> {
    const found = await this.find(id);
    if (!found) return { status: 'missing', id };
    const { store, entry } = found;
    if (entry.state === 'failed') {
      entry.state = 'pending';
      entry.nextAttemptAt = Date.now();
      if (csrfToken) entry.csrfToken = csrfToken;
      await store.put(entry);
    }
    return this.deliver(id);
  }

  async clear(): Promise<void> {
    await this.memory.clear();
    await (await this.store).clear();
    this.notify('change', {});
  }

  /**
   * Tries to deliver one entry now. Concurrent calls for the same id in this tab share one attempt; another tab
   * holding the id's lock makes this return `elsewhere` without sending.
   */
  deliver(id: string): Promise<AttemptResult> {
    const running = this.inFlight.get(id);
    if (running) return running;
    const attempt = this.withLock(id, () => this.attempt(id)).finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, attempt);
    return attempt;
  }

  /** Sends every pending entry that is due. Safe to call often; overlapping calls share one pass. */
  flush(): Promise<void> {
    this.flushing ??= this.flushDue().finally(() => {
      this.flushing = undefined;
      void this.schedule();
    });
    return this.flushing;
  }

  /**
   * Starts background delivery for this page: flushes now, on `online`, when the page becomes visible again, and
   * when the earliest retry is due. Called by every Techbridge element when it connects.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', this.handleWake);
    document.addEventListener('visibilitychange', this.handleWake);
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (event: MessageEvent) => {
        const message = event.data as {
          kind?: string;
          id?: string;
          reference?: string;
          type?: string;
          message?: string;
          httpStatus?: number;
        };
        if (message?.kind === 'sent' && message.id) {
          this.notify('sent', { id: message.id, reference: message.reference, type: message.type ?? '' }, false);
        }
        // A refusal in another tab must reach a page that shows this report as "saved, will send".
        if (message?.kind === 'failed' && message.id) {
          this.notify('failed', {
            id: message.id,
            type: message.type ?? '',
            message: message.message ?? '',
            httpStatus: message.httpStatus
          });
        }
      };
    }
    void this.flush();
  }

  /** Stops timers and listeners; for tests and for pages that tear Techbridge down. */
  stop(): void {
    this.started = false;
    clearTimeout(this.timer);
    this.timerAt = Infinity;
    window.removeEventListener('online', this.handleWake);
    document.removeEventListener('visibilitychange', this.handleWake);
    this.channel?.close();
    this.channel = undefined;
  }

  private handleWake = () => {
    if (document.visibilityState === 'hidden') return;
    void this.flush();
  };

  private async flushDue(): Promise<void> {
    const now = Date.now();
    let all: OutboxEntry[];
    try {
      all = await this.everything();
    } catch {
      return; // Storage cannot be read now; the next wake-up tries again.
    }
    const due = all.filter(e => e.state === 'pending' && e.nextAttemptAt <= now);
    let next = 0;
    const worker = async () => {
      while (next < due.length) await this.deliver(due[next++].id);
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, due.length) }, worker));
  }

  /** Re-arms the retry timer from what is stored (after a flush, which may have changed everything). */
  private async schedule(): Promise<void> {
    clearTimeout(this.timer);
    this.timerAt = Infinity;
    if (!this.started) return;
    const pending = (await this.everything().catch(() => [] as OutboxEntry[])).filter(e => e.state === 'pending');
    if (pending.length > 0) this.wakeAt(Math.min(...pending.map(e => e.nextAttemptAt)));
  }

  /** Makes sure a flush happens by `time`; cheap, so every postponed attempt can call it. */
  private wakeAt(time: number): void {
    if (!this.started || time >= this.timerAt) return;
    clearTimeout(this.timer);
    // Waking at least every maxDelay also picks up entries that other tabs saved.
    const wait = Math.min(Math.max(0, time - Date.now()), this.options.maxDelayMs);
    this.timerAt = Date.now() + wait;
    this.timer = setTimeout(() => {
      this.timerAt = Infinity;
      void this.flush();
    }, wait);
  }

  private async withLock(id: string, fn: () => Promise<AttemptResult>): Promise<AttemptResult> {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    if (!locks) return fn();
    const result = await locks.request(`tb-outbox:${id}`, { ifAvailable: true }, async lock =>
      lock ? fn() : undefined
    );
    return result ?? { status: 'elsewhere', id };
  }

  /** The saved entries and the memory-only ones; a memory copy wins (it is the one this page sends). */
  private async everything(): Promise<OutboxEntry[]> {
    const inMemory = await this.memory.all();
    let saved: OutboxEntry[] = [];
    try {
      saved = await (await this.store).all();
    } catch {
      // Storage that cannot be read must not hide what this page still holds in memory.
      if (!inMemory.length) throw new Error('The outbox could not be read.');
    }
    const ids = new Set(inMemory.map(e => e.id));
    return [...inMemory, ...saved.filter(e => !ids.has(e.id))];
  }

  private async find(id: string): Promise<{ store: OutboxStore; entry: OutboxEntry } | undefined> {
    const inMemory = await this.memory.get(id);
    if (inMemory) return { store: this.memory, entry: inMemory };
    const store = await this.store;
    const entry = await store.get(id);
    return entry ? { store, entry } : undefined;
  }

  private async attempt(id: string): Promise<AttemptResult> {
    // Re-read inside the lock: another tab may have sent it since we listed it.
    const found = await this.find(id);
    if (!found) return { status: 'missing', id };
    const { store, entry } = found;
    if (entry.state === 'failed') {
      return { status: 'failed', id, httpStatus: entry.lastStatus, message: entry.lastError ?? '' };
    }
    entry.attempts += 1;

    let response: Response;
    try {
      response = await this.post(entry);
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return this.retryLater(
        store,
        entry,
        timedOut ? 'The server took too long to answer.' : 'The network or the server could not be reached.'
      );
    }

    if (response.ok) {
      const body = await readJson(response);
      const reference =
        typeof body?.reference === 'string' && body.reference.length <= 100 ? body.reference : undefined;
      await store.delete(id);
      this.notify('sent', { id, reference, type: entry.envelope.type });
      this.channel?.postMessage({ kind: 'sent', id, reference, type: entry.envelope.type });
      return { status: 'sent', id, reference };
    }

    if (isRetryableStatus(response.status)) {
      const wait = parseRetryAfter(response.headers.get('Retry-After'));
      const reason =
        response.status === 429 || response.status === 503
          ? 'The server is busy right now.'
          : `The server had a problem (error ${response.status}).`;
      return this.retryLater(store, entry, reason, response.status, wait);
    }

    // Anything else is a refusal that retrying will not fix: keep it for a person to see, stop retrying.
    const body = await readJson(response);
    const message =
      typeof body?.message === 'string' && body.message.length <= 500
        ? body.message
        : `The server did not accept it (error ${response.status}).`;
    const fieldErrors = isStringRecord(body?.fieldErrors) ? body.fieldErrors : undefined;
    entry.state = 'failed';
    entry.lastError = message;
    entry.lastStatus = response.status;
    await store.put(entry);
    this.notify('failed', { id, type: entry.envelope.type, message, httpStatus: response.status });
    this.channel?.postMessage({ kind: 'failed', id, type: entry.envelope.type, message, httpStatus: response.status });
    return { status: 'failed', id, httpStatus: response.status, message, fieldErrors };
  }

  private async post(entry: OutboxEntry): Promise<Response> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Idempotency-Key': entry.id
    };
    // The element's own token first; on retries the current page's meta token first, because a token can be
    // renewed while a report waits (and a retry may run on another page than the one it was typed on).
    const token = entry.attempts > 1 ? (csrfFromMeta() ?? entry.csrfToken) : (entry.csrfToken ?? csrfFromMeta());
    if (entry.csrfHeader && token) headers[entry.csrfHeader] = token;
    return fetch(entry.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(entry.envelope),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: AbortSignal.timeout(this.options.timeoutMs)
    });
  }

  private async retryLater(
    store: OutboxStore,
    entry: OutboxEntry,
    reason: string,
    status?: number,
    serverWait?: number
  ): Promise<AttemptResult> {
    const wait = Math.min(this.options.maxDelayMs, serverWait ?? backoffDelay(entry.attempts, this.options));
    entry.nextAttemptAt = Date.now() + wait;
    entry.lastError = reason;
    entry.lastStatus = status;
    await store.put(entry);
    this.wakeAt(entry.nextAttemptAt);
    return { status: 'queued', id: entry.id, reason, persistent: store.persistent, retryAt: entry.nextAttemptAt };
  }

  private notify<K extends keyof OutboxEventMap>(type: K, detail: OutboxEventMap[K]['detail'], change = true) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
    if (change && type !== 'change') this.dispatchEvent(new CustomEvent('change', { detail: {} }));
  }
}

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await response.json();
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return !!value && typeof value === 'object' && Object.values(value as object).every(v => typeof v === 'string');
}

let shared: Outbox | undefined;

/** The page's one outbox. */
export function getOutbox(): Outbox {
  shared ??= new Outbox();
  return shared;
}
