import type { Envelope } from './envelope.js';
import type { DeliveryCode, HelpDeskTicket } from './outbox.js';

/** Detail of `tb-submit`: cancelable; listeners may amend `envelope.data` before it is saved and sent. */
export interface TbSubmitDetail {
  envelope: Envelope;
}

/** Detail of `tb-queued`: saved on this computer, will be sent automatically. */
export interface TbQueuedDetail {
  id: string;
  type: string;
  /** Why the first attempt did not go through, as a code (`offline`, `not-allowed`, …). */
  code: DeliveryCode;
  /** The same in English, for logs. */
  reason: string;
}

/** Detail of `tb-submitted`: the endpoint accepted it (2xx). */
export interface TbSubmittedDetail {
  id: string;
  type: string;
  /** The human-friendly reference the endpoint gave back, e.g. `PR-000123`, when it gave one. */
  reference?: string;
  /** The help desk's ticket, when the endpoint relayed it there and heard back in time. */
  ticket?: HelpDeskTicket;
  /** True when the submission had waited in the outbox and went later. */
  fromOutbox: boolean;
}

/** Detail of `tb-error`: the endpoint refused it (4xx other than 408/429) or the configuration is wrong. */
export interface TbErrorDetail {
  id?: string;
  type?: string;
  status?: number;
  /** What went wrong, as a code (`refused`, `not-accepted`, `redirected`, `no-such-address`, `no-endpoint`, …). */
  code?: string;
  /** English, for logs and the console. */
  message: string;
  /** The endpoint's own words, when it gave some. */
  detail?: string;
  /** Field-level messages from the endpoint, keyed by JSON pointer (e.g. `/data/summary`). */
  fieldErrors?: Record<string, string>;
}

/** Dispatches a bubbling, composed Techbridge event. Returns false if a listener cancelled it. */
export function emit<K extends keyof TbEventMap>(
  target: EventTarget,
  type: K,
  detail: TbEventMap[K]['detail'],
  cancelable = false
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

export interface TbEventMap {
  'tb-submit': CustomEvent<TbSubmitDetail>;
  'tb-queued': CustomEvent<TbQueuedDetail>;
  'tb-submitted': CustomEvent<TbSubmittedDetail>;
  'tb-error': CustomEvent<TbErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends TbEventMap {}
}
