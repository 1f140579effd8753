import fc from 'fast-check';
import { TASK_STATUSES } from '../model/statuses';
import { makeTask } from '../testing/fixtures';
import { taskCounts } from './task-counts';

describe('taskCounts', () => {
  it('counts each status', () => {
    const statuses = ['completed', 'completed', 'blocked', 'cancelled', 'pending'] as const;
    expect(taskCounts(statuses.map((status, i) => makeTask(`T${i}`, { status })))).toEqual({
      total: 5,
      pending: 1,
      in_progress: 0,
      completed: 2,
      blocked: 1,
      failed: 0,
      cancelled: 1,
    });
  });

  it('has buckets that add up to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TASK_STATUSES)), (statuses) => {
        const c = taskCounts(statuses.map((status, i) => makeTask(`T${i}`, { status })));
        expect(c.total).toBe(statuses.length);
        expect(c.pending + c.in_progress + c.completed + c.blocked + c.failed + c.cancelled).toBe(c.total);
      }),
    );
  });
});
