import type { Envelope } from './envelope.js';
import {
  DELIVERY_ENGLISH,
  WEBMASTER_HINTS,
  isStringRecord,
  readJson,
  readProof,
  warnWebmaster,
  type FailCode,
  type FailedResult,
  type HelpDeskTicket,
  type QueuedResult,
  type SentResult,
  type WaitCode
} from './delivery.js';
import { markDelivered, markRefused } from './notices.js';
import { MemoryStore, openOutboxStore, type OutboxEntry, type OutboxStore } from './outbox-store.js';

export type { OutboxEntry } from './outbox-store.js';
export type {
  DeliveryCode,
  FailCode,
  FailedResult,
  HelpDeskTicket,
  QueuedResult,
  SentResult,
  WaitCode
} from './delivery.js';
export { DELIVERY_ENGLISH } from './delivery.js';

/** What became of one delivery attempt. */
export type AttemptResult =
  | SentResult
  | (QueuedResult & { retryAt: number })
  | FailedResult
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
  sent: CustomEvent<{ id: string; reference?: string; ticket?: HelpDeskTicket; type: string; savedAt?: number }>;
  failed: CustomEvent<{ id: string; type: string; code: FailCode; message: string; httpStatus?: number }>;
  /** A waiting entry's reason changed to one a person should hear about (`not-allowed`). */
  waiting: CustomEvent<{ id: string; type: string; code: WaitCode }>;
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
  async save(
    endpoint: string,
    envelope: Envelope,
    csrf?: { header: string; token?: string },
    proof?: OutboxEntry['proof']
  ): Promise<OutboxEntry> {
    return this.keep(await this.store, endpoint, envelope, csrf, proof);
  }

  /**
   * Keeps an envelope in this page's memory only, for when `save` failed: it is sent and retried while the page is
   * open, and its results say `persistent: false`.
   */
  async keepInMemory(
    endpoint: string,
    envelope: Envelope,
    csrf?: { header: string; token?: string },
    proof?: OutboxEntry['proof']
  ): Promise<OutboxEntry> {
    return this.keep(this.memory, endpoint, envelope, csrf, proof);
  }

  /** Puts a new pending entry in `store`, or gives back the one already there for this envelope. */
  private async keep(
    store: OutboxStore,
    endpoint: string,
    envelope: Envelope,
    csrf?: { header: string; token?: string },
    proof?: OutboxEntry['proof']
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
      savedAt: Date.now(),
      ...(proof === 'status' ? { proof } : {})
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
          ticket?: HelpDeskTicket;
          type?: string;
          code?: FailCode;
          message?: string;
          httpStatus?: number;
          savedAt?: number;
        };
        if (message?.kind === 'sent' && message.id) {
          const { id, reference, ticket, savedAt } = message;
          this.notify('sent', { id, reference, ticket, type: message.type ?? '', savedAt }, false);
        }
        // A refusal in another tab must reach a page that shows this report as "saved, will send".
        if (message?.kind === 'failed' && message.id) {
          this.notify('failed', {
            id: message.id,
            type: message.type ?? '',
            code: message.code ?? 'refused',
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
    if (entry.state === 'failed') return failedResult(entry);
    entry.attempts += 1;

    let response: Response;
    try {
      response = await this.post(entry);
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return this.retryLater(store, entry, timedOut ? 'timeout' : await this.whyUnreachable(entry.endpoint));
    }

    // A redirect is never followed: a sign-in page or a catch-all page answering 200 would look like success.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      return this.refuse(store, entry, 'redirected', response.status || undefined);
    }

    if (response.ok) {
      const proof = await readProof(response, entry);
      if (proof.cutOff) return this.retryLater(store, entry, 'unreachable', response.status);
      if (!proof.accepted) return this.refuse(store, entry, 'not-accepted', response.status);
      await store.delete(id);
      const { reference, ticket } = proof;
      markDelivered(id, reference, ticket);
      const type = entry.envelope.type;
      this.notify('sent', { id, reference, ticket, type, savedAt: entry.savedAt });
      this.channel?.postMessage({ kind: 'sent', id, reference, ticket, type, savedAt: entry.savedAt });
      return { status: 'sent', id, reference, ticket };
    }

    if (isRetryableStatus(response.status) && response.status !== 501) {
      const wait = parseRetryAfter(response.headers.get('Retry-After'));
      const code = response.status === 429 || response.status === 503 ? 'busy' : 'server-error';
      return this.retryLater(store, entry, code, response.status, wait);
    }

    // Anything else is a refusal that retrying will not fix: keep it for a person to see, stop retrying.
    const body = await readJson(response);
    const detail = typeof body?.message === 'string' && body.message.length <= 500 ? body.message : undefined;
    const fieldErrors = isStringRecord(body?.fieldErrors) ? body.fieldErrors : undefined;
    const code: FailCode = [404, 405, 501].includes(response.status) ? 'no-such-address' : 'refused';
    return this.refuse(store, entry, code, response.status, detail, fieldErrors);
  }

  /**
   * A network error, while the browser says it is online: is the server there at all? A `no-cors` request gets
   * an (opaque) answer from any server that exists, whatever its CORS rules, so "the server answers that but not
   * our POST" means this page is not allowed to send there. It is a strong hint, not proof (a dropped connection
   * looks the same once), so the entry keeps waiting and retrying; the person hears the truth and the fallbacks.
   */
  private async whyUnreachable(endpoint: string): Promise<WaitCode> {
    if (navigator.onLine === false) return 'offline';
    try {
      await fetch(endpoint, {
        method: 'GET',
        mode: 'no-cors',
        cache: 'no-store',
        credentials: 'omit',
        signal: AbortSignal.timeout(Math.min(5_000, this.options.timeoutMs))
      });
    } catch {
      return 'unreachable';
    }
    warnWebmaster(
      endpoint,
      'not-allowed',
      `the server at ${new URL(endpoint).origin} answers, but the browser would not let this page ` +
        `(${location.origin}) send to it. Add ${location.origin} to the server's list of allowed pages ` +
        `(TB_ALLOWED_ORIGINS for the Techbridge reference server), or check the endpoint address.`
    );
    return 'not-allowed';
  }

  private async refuse(
    store: OutboxStore,
    entry: OutboxEntry,
    code: FailCode,
    httpStatus?: number,
    detail?: string,
    fieldErrors?: Record<string, string>
  ): Promise<AttemptResult> {
    const { id } = entry;
    if (code !== 'refused') warnWebmaster(entry.endpoint, code, WEBMASTER_HINTS[code] ?? DELIVERY_ENGLISH[code]);
    entry.state = 'failed';
    entry.lastCode = code;
    entry.lastError = detail;
    entry.lastStatus = httpStatus;
    await store.put(entry);
    markRefused(id);
    const message = detail ?? DELIVERY_ENGLISH[code];
    const type = entry.envelope.type;
    this.notify('failed', { id, type, code, message, httpStatus });
    this.channel?.postMessage({ kind: 'failed', id, type, code, message, httpStatus });
    return { status: 'failed', id, code, httpStatus, detail, message, fieldErrors };
  }

  private async post(entry: OutboxEntry): Promise<Response> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
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
      redirect: 'manual',
      signal: AbortSignal.timeout(this.options.timeoutMs)
    });
  }

  private async retryLater(
    store: OutboxStore,
    entry: OutboxEntry,
    code: WaitCode,
    status?: number,
    serverWait?: number
  ): Promise<AttemptResult> {
    const wait = Math.min(this.options.maxDelayMs, serverWait ?? backoffDelay(entry.attempts, this.options));
    const news = code === 'not-allowed' && entry.lastCode !== code;
    entry.nextAttemptAt = Date.now() + wait;
    entry.lastCode = code;
    entry.lastError = undefined;
    entry.lastStatus = status;
    await store.put(entry);
    this.wakeAt(entry.nextAttemptAt);
    if (news) this.notify('waiting', { id: entry.id, type: entry.envelope.type, code });
    const reason = DELIVERY_ENGLISH[code];
    return { status: 'queued', id: entry.id, code, reason, persistent: store.persistent, retryAt: entry.nextAttemptAt };
  }

  private notify<K extends keyof OutboxEventMap>(type: K, detail: OutboxEventMap[K]['detail'], change = true) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
    if (change && type !== 'change') this.dispatchEvent(new CustomEvent('change', { detail: {} }));
  }
}

/** The failure an entry already refused carries, as an attempt result. */
function failedResult(entry: OutboxEntry): AttemptResult {
  const code = (entry.lastCode as FailCode | undefined) ?? 'refused';
  const detail = entry.lastError;
  return {
    status: 'failed',
    id: entry.id,
    code,
    httpStatus: entry.lastStatus,
    detail,
    message: detail ?? DELIVERY_ENGLISH[code]
  };
}

let shared: Outbox | undefined;

/** The page's one outbox. */
export function getOutbox(): Outbox {
  shared ??= new Outbox();
  return shared;
}
