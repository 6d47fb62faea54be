import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FetchError, LatestRequest, fetchText, type FetchErrorKind, type FetchOptions } from '../fetch-cache.js';

/** What loading a URL came to. Errors are codes; the element says the words. */
export type RemoteState<T> =
  | { kind: 'idle' }
  | { kind: 'loading'; url: string }
  | { kind: 'ready'; url: string; value: T }
  | { kind: 'error'; url: string; code: FetchErrorKind | 'invalid'; status?: number; detail: string };

/**
 * Loads a URL (through the shared fetch cache: one request per address, a timeout) and parses it, keeping only
 * the latest request's answer and cancelling on disconnect. `parse` may throw: the message becomes the `detail`
 * of an `invalid` error (for the console; the element shows its own words for the code).
 */
export class RemoteController<T> implements ReactiveController {
  state: RemoteState<T> = { kind: 'idle' };
  private readonly latest = new LatestRequest();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parse: (text: string, url: string) => T | Promise<T>,
    private readonly options: FetchOptions = {}
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.latest.cancel();
    if (this.state.kind === 'loading') this.state = { kind: 'idle' };
  }

  /** Loads `url` (or clears with an empty one). Resolves with the settled state, or undefined if superseded. */
  async load(url: string | null | undefined, options: FetchOptions = {}): Promise<RemoteState<T> | undefined> {
    if (!url) {
      this.latest.cancel();
      this.set({ kind: 'idle' });
      return this.state;
    }
    this.set({ kind: 'loading', url });
    let result;
    try {
      result = await this.latest.run(async signal => {
        const text = await fetchText(url, { ...this.options, ...options, signal });
        return this.parse(text, url);
      });
    } catch (error) {
      const state: RemoteState<T> =
        error instanceof FetchError
          ? { kind: 'error', url, code: error.kind, status: error.status, detail: error.message }
          : { kind: 'error', url, code: 'invalid', detail: error instanceof Error ? error.message : String(error) };
      this.set(state);
      return state;
    }
    if (result.stale) return undefined;
    this.set({ kind: 'ready', url, value: result.value });
    return this.state;
  }

  private set(state: RemoteState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
