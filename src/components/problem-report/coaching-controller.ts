import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { coach, type CoachingPrompt } from './coach.js';

/** How long typing must pause before the coaching prompt changes, in milliseconds. */
export const COACHING_PAUSE_MS = 700;

/**
 * Keeps the coaching prompts for what someone typed, settled after a pause in typing, so the prompt does not
 * flicker (and is not announced again and again) while they are still writing.
 */
export class CoachingController implements ReactiveController {
  /** The settled prompts. */
  prompts: CoachingPrompt[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: { text: string; errorMessageGiven: boolean };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pauseMs = COACHING_PAUSE_MS
  ) {
    host.addController(this);
  }

  /** New text: the prompts follow once typing pauses. */
  update(text: string, errorMessageGiven: boolean) {
    this.pending = { text, errorMessageGiven };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), this.pauseMs);
  }

  /** Settles now (leaving the form, restoring a draft). */
  settle(text?: string, errorMessageGiven = false) {
    clearTimeout(this.timer);
    this.timer = undefined;
    const input = text === undefined ? this.pending : { text, errorMessageGiven };
    this.pending = undefined;
    if (!input) return;
    const next = coach(input.text, { errorMessageGiven: input.errorMessageGiven });
    const same =
      next.length === this.prompts.length &&
      next.every((p, i) => p.kind === this.prompts[i].kind && p.phrase === this.prompts[i].phrase);
    if (same) return;
    this.prompts = next;
    this.host.requestUpdate();
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }
}
