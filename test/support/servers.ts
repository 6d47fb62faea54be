// Browser-side handles on the real test servers started by test/support/wtr-servers-plugin.js.
import { executeServerCommand } from '@web/test-runner-commands';

export interface FaultPlan {
  mode: 'ok' | 'down' | 'random';
  seed?: number;
  rates?: Partial<Record<'drop' | 'e500' | 'e429' | 'hang' | 'lost', number>>;
  hangMs?: number;
  retryAfter?: string;
}

export interface FaultStats {
  posts: number;
  forwarded: number;
  outcomes: Record<string, number>;
  replays: number;
  overlaps: number;
  overlapDetails: string[];
  attemptsByKey: Record<string, number>;
  lastHeaders: Record<string, string>;
}

export interface StoredSubmission {
  reference: string;
  type: string;
  id: string;
  envelope: { id: string; data: Record<string, unknown> };
}

export const testEnv = () =>
  executeServerCommand<
    { intakeUrl: string; proxyUrl: string; strictUrl: string; mischiefUrl: string } | undefined,
    undefined
  >('tb-env');
/** POSTs per path that the mischief server received. */
export const mischiefPosts = () => executeServerCommand<Record<string, number>, undefined>('tb-mischief-posts');
export const setFaults = (plan: FaultPlan) => executeServerCommand('tb-faults', plan);
export const faultStats = () => executeServerCommand<FaultStats, undefined>('tb-fault-stats');
export const storedSubmissions = async (type: string) =>
  (
    (await executeServerCommand<{ submissions: StoredSubmission[] } | undefined, { type: string }>('tb-stored', {
      type
    })) ?? { submissions: [] }
  ).submissions;

/** The submissions endpoint behind the fault proxy. */
export async function faultyEndpoint(): Promise<string> {
  const env = await testEnv();
  if (!env) throw new Error('The test servers did not start (see web-test-runner.config.mjs).');
  return `${env.proxyUrl}/api/submissions`;
}

/** Waits for `check` to hold, polling; throws with `what` after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}
