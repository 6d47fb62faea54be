/**
 * Long jobs in small pieces: lets the browser paint and answer clicks and keys between the pieces of a job that
 * would otherwise hold the page still for a long time (reading a directory of 10,000 organizations). No timers
 * that wait: a piece ends when it has used its time, and the next starts as soon as the browser has done what was
 * waiting.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the browser a turn, then resumes. `scheduler.yield()` where there is one, else a message to ourselves. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise(resolve => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Ends a piece of work when it has run for `budgetMs` (default 30: under the 50 ms that makes a task "long" and
 * delays the answer to a click). Call `due()` often (it is cheap: it reads the clock every `every` calls) and
 * `await yieldToMain()` (or `slicer.yield()`) when it says so.
 */
export class TimeSlicer {
  private start = performance.now();
  private calls = 0;
  /** How many times this slicer gave the browser a turn. */
  yields = 0;

  constructor(
    private readonly budgetMs = 30,
    private readonly every = 256
  ) {}

  /** True when this piece has used its time. */
  due(): boolean {
    if (++this.calls % this.every !== 0) return false;
    return performance.now() - this.start >= this.budgetMs;
  }

  /** Gives the browser a turn and starts a new piece. */
  async yield(): Promise<void> {
    this.yields++;
    await yieldToMain();
    this.start = performance.now();
  }
}

/**
 * A long job written once as a generator: each `yield` marks a place where it may pause (between two terms of a
 * glossary, say). `runAtOnce` runs it to the end in one go; `runInPieces` runs the very same steps in pieces that
 * give the browser a turn, so both give the same result.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs a job (see `Steps`) to the end at once and returns its result. */
export function runAtOnce<T>(job: Steps<T>): T {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}

export interface PieceOptions {
  /** Stops the job at its next pause, rejecting with the signal's reason (a newer load took over). */
  signal?: AbortSignal;
  /** Time per piece in milliseconds; default 30. */
  budgetMs?: number;
}

/** Runs a job (see `Steps`) in pieces of about `budgetMs`, giving the browser a turn between them. */
export async function runInPieces<T>(job: Steps<T>, options: PieceOptions = {}): Promise<T> {
  const slicer = new TimeSlicer(options.budgetMs ?? 30, 4);
  options.signal?.throwIfAborted();
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
    if (slicer.due()) {
      await slicer.yield();
      options.signal?.throwIfAborted();
    }
  }
}
