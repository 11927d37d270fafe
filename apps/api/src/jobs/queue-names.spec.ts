import { QUEUE_NAMES } from './queue-names';
import { JOBS } from './registry';

describe('QUEUE_NAMES', () => {
  it('names every queue a registered job runs on, and no other', () => {
    expect([...QUEUE_NAMES].sort()).toEqual([...new Set(JOBS.map((job) => job.queue))].sort());
  });
});
