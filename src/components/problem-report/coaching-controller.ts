import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CoachingPrompt } from './coach.js';

/** How long typing must pause before the coaching prompt changes, in milliseconds. */
export const COACHING_PAUSE_MS = 700;

type Coach = typeof import('./coach.js').coach;
let coachModule: Promise<Coach> | undefined;
/** The model loads on first use (after the first pause in typing), keeping it out of the first bundle. */
const loadCoach = () => (coachModule ??= import('./coach.js').then(m => m.coach));

/**
 * Keeps the coaching prompts for what someone typed, settled after a pause in typing, so the prompt does not
 * flicker (and is not announced again and again) while they are still writing.
 */
export class CoachingController implements ReactiveController {
  /** The settled prompts. */
  prompts: CoachingPrompt[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: { text: string; errorMessageGiven: boolean };
  private generation = 0;

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
    const generation = ++this.generation;
    void loadCoach().then(
      coach => {
        // Newer text came in while the model loaded: that one wins.
        if (generation !== this.generation) return;
        const next = coach(input.text, { errorMessageGiven: input.errorMessageGiven });
        const same =
          next.length === this.prompts.length &&
          next.every((p, i) => p.kind === this.prompts[i].kind && p.phrase === this.prompts[i].phrase);
        if (same) return;
        this.prompts = next;
        this.host.requestUpdate();
      },
      () => undefined // The model failed to load: no coaching, nothing else lost.
    );
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }
}
