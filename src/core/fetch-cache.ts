/**
 * Loading the files our elements are pointed at (glossaries, partner directories, policies, status feeds):
 * one request per address however many elements ask, a memory cache for the page's life, a timeout, and errors
 * a librarian can act on.
 */

export type FetchErrorKind = 'network' | 'http' | 'parse' | 'timeout';

/** A load that failed. `message` is plain language, fit to show on the page. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly kind: FetchErrorKind;
  readonly url: string;
  /** The HTTP status, when the server answered (`kind: 'http'`). */
  readonly status?: number;
  /** For `kind: 'network'`: the address could not be read, or the connection broke off during the download. */
  readonly reason?: 'address' | 'broke-off';

  constructor(
    kind: FetchErrorKind,
    url: string,
    message: string,
    options: { status?: number; cause?: unknown; reason?: 'address' | 'broke-off' } = {}
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.url = url;
    if (options.status !== undefined) this.status = options.status;
    if (options.reason) this.reason = options.reason;
  }
}

export interface FetchOptions {
  /** What is being loaded, for messages: "We could not load {what} from …". Default: 'the file'. */
  what?: string;
  /** Milliseconds a cached copy stays good. Default: the page's life. */
  maxAge?: number;
  /** Skip the memory cache (and revalidate the browser's HTTP cache). */
  force?: boolean;
  /** Stops this caller waiting. The shared request goes on for any other caller. */
  signal?: AbortSignal;
  /** Milliseconds before giving up. Default: 15 000. */
  timeout?: number;
  /** Default: 'same-origin'. */
  credentials?: RequestCredentials;
}

interface Loaded {
  text: string;
  at: number;
}

const DEFAULT_TIMEOUT = 15_000;
const cache = new Map<string, Loaded>();
const inFlight = new Map<string, Promise<Loaded>>();

/** Forgets every cached response (requests under way still finish). */
export function clearFetchCache(): void {
  cache.clear();
}

/**
 * Loads and parses a JSON file. Each caller gets its own parsed copy, so one element changing its data cannot
 * change another's.
 */
export async function fetchJson<T = unknown>(url: string, options: FetchOptions = {}): Promise<T> {
  const { text, href } = await load(url, options, 'application/json');
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new FetchError(
      'parse',
      href,
      `We could not read ${what(options)} from ${href}: it is not valid JSON. It may be an error page, or the file may have a typing mistake.`,
      { cause }
    );
  }
}

/** Loads a text file (Markdown, CSV, …). */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<string> {
  return (await load(url, options, 'text/plain, text/markdown, */*;q=0.5')).text;
}

function what(options: FetchOptions): string {
  return options.what || 'the file';
}

async function load(url: string, options: FetchOptions, accept: string): Promise<{ text: string; href: string }> {
  let href: string;
  try {
    href = new URL(url, document.baseURI).href;
  } catch (cause) {
    throw new FetchError('network', url, `We could not load ${what(options)}: "${url}" is not a valid web address.`, {
      cause,
      reason: 'address'
    });
  }
  options.signal?.throwIfAborted();
  const credentials = options.credentials ?? 'same-origin';
  const key = `${credentials} ${href}`;
  const cached = cache.get(key);
  if (cached && !options.force && Date.now() - cached.at <= (options.maxAge ?? Infinity)) {
    return { text: cached.text, href };
  }
  let request = options.force ? undefined : inFlight.get(key);
  if (!request) {
    request = fetchOnce(href, options, credentials, accept).finally(() => {
      if (inFlight.get(key) === request) inFlight.delete(key);
    });
    inFlight.set(key, request);
    // A failed refetch keeps the older good copy for everyone else.
    request.then(
      loaded => cache.set(key, loaded),
      () => undefined
    );
  }
  return { text: (await waitFor(request, href, options)).text, href };
}

async function fetchOnce(
  href: string,
  options: FetchOptions,
  credentials: RequestCredentials,
  accept: string
): Promise<Loaded> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const label = what(options);
  try {
    let response: Response;
    try {
      response = await fetch(href, {
        credentials,
        headers: { Accept: accept },
        signal: controller.signal,
        cache: options.force ? 'no-cache' : 'default'
      });
    } catch (cause) {
      if (controller.signal.aborted) throw timeoutError(href, label, timeout, cause);
      // CORS refusals look exactly like a missing network to a script, so the message names both.
      throw new FetchError(
        'network',
        href,
        `We could not load ${label} from ${href}: the server could not be reached. The computer may be offline, the address may be wrong, or that server may not let this website read it.`,
        { cause }
      );
    }
    if (!response.ok) {
      throw new FetchError(
        'http',
        href,
        `We could not load ${label} from ${href}: ${describeStatus(response.status)}.`,
        {
          status: response.status
        }
      );
    }
    try {
      return { text: await response.text(), at: Date.now() };
    } catch (cause) {
      if (controller.signal.aborted) throw timeoutError(href, label, timeout, cause);
      throw new FetchError('network', href, `We could not load ${label} from ${href}: the connection broke off.`, {
        cause,
        reason: 'broke-off'
      });
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Races the shared request against this caller's own signal and timeout. */
function waitFor(request: Promise<Loaded>, href: string, options: FetchOptions): Promise<Loaded> {
  const { signal } = options;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  return new Promise<Loaded>((resolve, reject) => {
    const onAbort = () => finish(() => reject(signal?.reason));
    const timer = setTimeout(() => finish(() => reject(timeoutError(href, what(options), timeout))), timeout);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    request.then(
      loaded => finish(() => resolve(loaded)),
      error => finish(() => reject(error))
    );
  });
}

function timeoutError(href: string, label: string, timeout: number, cause?: unknown): FetchError {
  const seconds = Math.round(timeout / 100) / 10;
  return new FetchError(
    'timeout',
    href,
    `We could not load ${label} from ${href}: the server did not answer within ${seconds} seconds. Please try again later.`,
    { cause }
  );
}

function describeStatus(status: number): string {
  if (status === 404 || status === 410) return `the server said it was not found (${status})`;
  if (status === 401 || status === 403) return `the server refused access to it (${status})`;
  if (status === 429) return `the server is too busy right now (${status})`;
  if (status >= 500) return `the server had a problem (${status})`;
  return `the server answered with an error (${status})`;
}

export type Latest<T> = { stale: true } | { stale: false; value: T };

/**
 * Keeps only the newest of overlapping requests, for an element whose `src` can change faster than the network
 * answers: a slow old response must never overwrite a newer one.
 *
 * ```ts
 * const result = await this.latestLoad.run(signal => fetchJson(this.src, { signal, what: 'the glossary' }));
 * if (result.stale) return;
 * ```
 * Errors of a superseded run are swallowed (it resolves `{ stale: true }`); errors of the newest run are thrown.
 */
export class LatestRequest {
  private controller?: AbortController;
  private generation = 0;

  async run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<Latest<T>> {
    this.cancel();
    const generation = this.generation;
    const controller = new AbortController();
    this.controller = controller;
    try {
      const value = await task(controller.signal);
      return generation === this.generation ? { stale: false, value } : { stale: true };
    } catch (error) {
      if (generation !== this.generation) return { stale: true };
      throw error;
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /** Marks any run under way as stale and aborts its signal; call it from `disconnectedCallback`. */
  cancel(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = undefined;
  }
}
