/**
 * Long jobs in small pieces: lets the browser paint and answer clicks and keys between the pieces of a job that
 * would otherwise hold the page still for a long time (reading a directory of 10,000 organizations). No timers
 * that wait: a piece ends when it has used its time, and the next starts as soon as the browser has done what was
 * waiting.
 *
 * One clock is shared by every job: it measures how long the page has been ours since it last had a turn, so a job
 * made of several steps (parse, read rows, merge, index) never adds one step's piece to the next one's.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/** When the current piece began; -1 when unknown (the task that started it has ended). */
let pieceStart = -1;
let endMarked = false;
let turns = 0;
/** Set by tests (forcePieceBudget): every piece's budget, whatever its job asked for. */
let forcedBudget: number | undefined;

/**
 * Tests only: makes every piece end after `ms` (0: a turn at every check), whatever budget its job asked for, so a
 * test can count the turns a job gives without depending on how fast the machine is. `undefined` undoes it.
 */
export function forcePieceBudget(ms: number | undefined): void {
  forcedBudget = ms;
}

/** A job's budget for one piece: `ms`, or what a test forced with `forcePieceBudget`. */
export function pieceBudget(ms: number): number {
  return forcedBudget ?? ms;
}

/** Forgets the piece's start once the task that holds it has ended (a task that follows cannot run earlier). */
function markEnd(): void {
  if (endMarked) return;
  endMarked = true;
  setTimeout(() => {
    endMarked = false;
    pieceStart = -1;
  }, 0);
}

/** How long the current piece has run (0 at the first look in a new task). */
function pieceElapsed(): number {
  const now = performance.now();
  if (pieceStart < 0) {
    pieceStart = now;
    markEnd();
  }
  return now - pieceStart;
}

function newPiece(): void {
  turns++;
  pieceStart = performance.now();
  markEnd();
}

/** Gives the browser a turn, then resumes. `scheduler.yield()` where there is one, else a message to ourselves. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield().then(newPiece);
  return new Promise<void>(resolve => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  }).then(newPiece);
}

/**
 * Resolves when the browser is idle (at the latest after `timeoutMs`, in a task of its own): for work that helps
 * later, such as warming a formatter, and that no one is waiting for now.
 */
export function whenIdle(timeoutMs = 3000): Promise<void> {
  return new Promise(resolve =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: timeoutMs })
      : setTimeout(resolve, Math.min(timeoutMs, 500))
  );
}

/** How many turns yieldToMain has given the browser since the page loaded (tests count them). */
export function turnsGiven(): number {
  return turns;
}

/**
 * Ends a piece of work when it has run for `budgetMs` (default 30: under the 50 ms that makes a task "long" and
 * delays the answer to a click). Call `due()` often (it is cheap: it reads the clock every `every` calls) and
 * `await yieldToMain()` (or `slicer.yield()`) when it says so. Every slicer reads the one shared clock.
 */
export class TimeSlicer {
  private calls = 0;
  /** How many times this slicer gave the browser a turn. */
  yields = 0;

  constructor(
    private readonly budgetMs = 30,
    // Often enough that a busy machine (where 256 rows could take 50 ms) still ends pieces on time; reading the
    // clock costs far less than a row.
    private readonly every = 16
  ) {}

  /** True when this piece has used its time. */
  due(): boolean {
    if (++this.calls % this.every !== 0) return false;
    return pieceElapsed() >= pieceBudget(this.budgetMs);
  }

  /** Gives the browser a turn and starts a new piece. */
  async yield(): Promise<void> {
    this.yields++;
    await yieldToMain();
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
  // The clock is read at every pause: a step can be a few hundred rows (partner finder), and reading it is cheap.
  const slicer = new TimeSlicer(options.budgetMs ?? 30, 1);
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
