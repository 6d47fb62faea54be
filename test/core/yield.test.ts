import { expect } from '@open-wc/testing';
import { TimeSlicer, yieldToMain } from '../../src/core/yield.js';

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
  yield?: () => Promise<void>;
}
const scheduler = (globalThis as unknown as { scheduler: PostTaskScheduler }).scheduler;

/** True when an urgent task (like a click would be) queued before `job` ran before `job` was over. */
async function urgentTaskRanDuring(job: () => Promise<void>): Promise<boolean> {
  let over = false;
  let ranDuring: boolean | undefined;
  const urgent = scheduler.postTask(() => (ranDuring = !over), { priority: 'user-blocking' });
  await job();
  over = true;
  await urgent;
  return ranDuring === true;
}

describe('yieldToMain and TimeSlicer', () => {
  it('gives the browser a turn: a task queued before runs before the work goes on', async () => {
    expect(await urgentTaskRanDuring(async () => {})).to.equal(false);
    expect(await urgentTaskRanDuring(() => yieldToMain())).to.equal(true);
  });

  it('gives the browser a turn without scheduler.yield too (older browsers)', async () => {
    const own = Object.getOwnPropertyDescriptor(scheduler, 'yield');
    Object.defineProperty(scheduler, 'yield', { value: undefined, configurable: true });
    try {
      expect(scheduler.yield).to.equal(undefined);
      expect(await urgentTaskRanDuring(() => yieldToMain())).to.equal(true);
    } finally {
      if (own) Object.defineProperty(scheduler, 'yield', own);
      else delete (scheduler as { yield?: unknown }).yield;
    }
    expect(typeof scheduler.yield).to.equal('function');
  });

  it('says a piece is over only every so many calls, once its time is used, and starts a new piece after a turn', async () => {
    const slicer = new TimeSlicer(0, 3);
    expect([slicer.due(), slicer.due(), slicer.due(), slicer.due(), slicer.due(), slicer.due()]).to.deep.equal([
      false,
      false,
      true,
      false,
      false,
      true
    ]);
    const patient = new TimeSlicer(60_000, 1);
    expect(patient.due()).to.equal(false);
    await slicer.yield();
    expect(slicer.yields).to.equal(1);
  });
});
