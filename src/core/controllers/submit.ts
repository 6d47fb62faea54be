import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Envelope } from '../envelope.js';
import { forgetNotice, watchForNotice } from '../notices.js';
import type { OutboxEntry } from '../outbox-store.js';
import type { AttemptResult, FailCode, HelpDeskTicket, Outbox, OutboxEventMap, WaitCode } from '../outbox.js';
import type { SubmitOptions, SubmitResult } from '../submit.js';

/** What the person should be told about the latest submission. Codes only; the element says the words. */
export type SubmitState =
  | { kind: 'idle' }
  | { kind: 'sending'; id: string }
  /** `late`: it had waited on this computer and went afterwards. */
  | { kind: 'sent'; id: string; reference?: string; ticket?: HelpDeskTicket; late: boolean }
  | { kind: 'queued'; id: string; code: WaitCode; persistent: boolean }
  | {
      kind: 'failed';
      id: string;
      code: FailCode | 'no-endpoint' | 'bad-endpoint' | 'broken';
      httpStatus?: number;
      detail?: string;
      fieldErrors?: Record<string, string>;
    }
  | { kind: 'mailto'; id: string; href: string };

export interface SubmitControllerOptions {
  /** Submission types this element sends: their refused entries are listed on every visit. */
  types: string[];
  /** Called whenever `state` changes (e.g. to move focus to a late "sent"). */
  onChange?: (state: SubmitState, previous: SubmitState) => void;
}

/**
 * The one submit path of every element, as a reactive controller (the pattern of Lit's `@lit/task` and
 * Shoelace's `FormControlController`): it sends through `submitEnvelope` (saved in the outbox first), refuses a
 * second submit while one is under way, follows the outbox for what happens later (sent, refused, "not allowed"
 * news), and keeps the list of this element's refused entries so the person sees them on the next visit.
 *
 * Delivery code loads lazily on the first submit or connect, so an element's first bundle stays small.
 */
export class SubmitController implements ReactiveController {
  state: SubmitState = { kind: 'idle' };
  /** Entries of this element's types that the endpoint refused, oldest first (shown until sent or deleted). */
  refused: OutboxEntry[] = [];
  /** How many of this element's entries wait on this computer. */
  pending = 0;
  private outbox: Outbox | undefined;
  private connected = false;
  private sending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SubmitControllerOptions
  ) {
    host.addController(this);
  }

  /** True while a submit is under way: the element disables its button, and `submit` refuses a second one. */
  get busy(): boolean {
    return this.sending;
  }

  hostConnected(): void {
    this.connected = true;
    void this.attach();
  }

  hostDisconnected(): void {
    this.connected = false;
    const outbox = this.outbox;
    if (!outbox) return;
    outbox.removeEventListener('sent', this.handleSent);
    outbox.removeEventListener('failed', this.handleFailed);
    outbox.removeEventListener('waiting', this.handleWaiting);
    outbox.removeEventListener('change', this.handleChange);
  }

  /**
   * Sends `envelope`. Returns `cancelled` at once if a submit is already under way (a double click), without
   * touching the outbox. Never throws: an unexpected error is a `failed` state with code `broken`.
   */
  async submit(envelope: Envelope, options: Omit<SubmitOptions, 'host'>): Promise<SubmitResult> {
    if (this.sending) return { status: 'cancelled', id: envelope.id };
    this.sending = true;
    this.set({ kind: 'sending', id: envelope.id });
    let result: SubmitResult;
    try {
      const { submitEnvelope } = await import('../submit.js');
      await this.attach();
      result = await submitEnvelope(envelope, { ...options, host: this.host });
    } catch (error) {
      console.error('Techbridge: sending failed unexpectedly', error);
      result = { status: 'failed', id: envelope.id, code: 'not-kept', message: String(error) };
      this.sending = false;
      this.set({ kind: 'failed', id: envelope.id, code: 'broken', detail: String(error) });
      return result;
    }
    this.sending = false;
    this.set(stateOf(result));
    if (result.status === 'queued') watchForNotice(envelope.id, envelope.type);
    void this.read();
    return result;
  }

  /** Back to idle (a new form after "sent"). Does not touch the outbox. */
  reset(): void {
    this.set({ kind: 'idle' });
  }

  /**
   * Sends a refused entry again (after the person fixed a sign-in, say). The result is the outbox's own, so a
   * `sent` one carries the endpoint's reference number for the person.
   */
  async retry(id: string, csrfToken?: string): Promise<AttemptResult> {
    const outbox = await this.attach();
    const result = await outbox.retry(id, csrfToken);
    await this.read();
    if (result.status === 'sent') forgetNotice(id);
    return result;
  }

  /** Deletes a refused or waiting entry for good (the person chose to). */
  async discard(id: string): Promise<void> {
    const outbox = await this.attach();
    await outbox.remove(id);
    forgetNotice(id);
    if (this.state.kind !== 'idle' && 'id' in this.state && this.state.id === id) this.set({ kind: 'idle' });
    await this.read();
  }

  private async attach(): Promise<Outbox> {
    if (!this.outbox) {
      const { getOutbox } = await import('../outbox.js');
      this.outbox = getOutbox();
    }
    const outbox = this.outbox;
    if (this.connected) {
      // addEventListener ignores a listener already added, so attaching twice is harmless.
      outbox.addEventListener('sent', this.handleSent);
      outbox.addEventListener('failed', this.handleFailed);
      outbox.addEventListener('waiting', this.handleWaiting);
      outbox.addEventListener('change', this.handleChange);
      void this.read();
    }
    return outbox;
  }

  private handleSent = (event: Event) => {
    const { id, reference, ticket } = (event as OutboxEventMap['sent']).detail;
    if ((this.state.kind === 'queued' || this.state.kind === 'failed') && this.state.id === id) {
      this.set({ kind: 'sent', id, reference, ticket, late: true });
      // The person sees it here: no need to tell them again on the next page.
      forgetNotice(id);
    }
    void this.read();
  };

  private handleFailed = (event: Event) => {
    const { id, code, httpStatus, message } = (event as OutboxEventMap['failed']).detail;
    if (this.state.kind === 'queued' && this.state.id === id) {
      this.set({ kind: 'failed', id, code, httpStatus, detail: message });
      forgetNotice(id);
    }
    void this.read();
  };

  private handleWaiting = (event: Event) => {
    const { id, code } = (event as OutboxEventMap['waiting']).detail;
    if (this.state.kind === 'queued' && this.state.id === id && this.state.code !== code) {
      this.set({ ...this.state, code });
    }
  };

  private handleChange = () => void this.read();

  private async read(): Promise<void> {
    if (!this.outbox) return;
    let list: OutboxEntry[];
    try {
      list = (await this.outbox.list()).filter(e => this.options.types.includes(e.envelope.type));
    } catch {
      list = [];
    }
    // The entry on screen as "failed" is already shown there; list the others.
    const shown = this.state.kind === 'failed' ? this.state.id : '';
    const refused = list.filter(e => e.state === 'failed' && e.id !== shown);
    const pending = list.filter(e => e.state === 'pending').length;
    if (pending !== this.pending || refused.map(e => e.id).join() !== this.refused.map(e => e.id).join()) {
      this.pending = pending;
      this.refused = refused;
      this.host.requestUpdate();
    }
  }

  private set(state: SubmitState): void {
    const previous = this.state;
    this.state = state;
    this.host.requestUpdate();
    this.options.onChange?.(state, previous);
  }
}

/** The state a person is told for a result of `submitEnvelope`. */
export function stateOf(result: SubmitResult): SubmitState {
  switch (result.status) {
    case 'sent':
      return { kind: 'sent', id: result.id, reference: result.reference, ticket: result.ticket, late: false };
    case 'queued':
      return { kind: 'queued', id: result.id, code: result.code, persistent: result.persistent };
    case 'failed':
      return {
        kind: 'failed',
        id: result.id,
        code: result.code,
        httpStatus: result.httpStatus,
        detail: result.detail,
        fieldErrors: result.fieldErrors
      };
    case 'mailto':
      return { kind: 'mailto', id: result.id, href: result.href };
    case 'cancelled':
      return { kind: 'idle' };
  }
}
