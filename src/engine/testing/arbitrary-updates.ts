import fc from 'fast-check';
import { TASK_STATUSES, UPDATE_STATUSES } from '../model/statuses';
import type { Task } from '../model/task';
import type { TaskUpdate } from '../model/task-update';
import { HOUR, T0, task, taskUpdate } from './sample-input';

/**
 * fast-check arbitraries of tasks and TaskUpdates rows for the state machine's properties: tasks
 * `T0…Tn-1` in states the machine itself could have left them in, and update rows mixing every
 * status (and misspelt ones), unknown tasks, blockers, hours, dates up to `asOf` + 1 h, and rows
 * already processed.
 */

/** The report time the arbitraries' dates are relative to. */
export const AS_OF = T0 + 100 * HOUR;

/** A task in a consistent state for `limit`: the state the machine itself would leave it in. */
export const taskArb = (i: number, limit: number): fc.Arbitrary<Task> =>
  fc
    .record({
      status: fc.constantFrom(...TASK_STATUSES),
      campaignId: fc.constantFrom('C1', 'C2'),
      deps: fc.subarray(Array.from({ length: i }, (_, j) => `T${j}`)),
      attempts: fc.integer({ min: 0, max: limit - 1 }),
      hours: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    })
    .map(({ status, campaignId, deps, attempts, hours }) =>
      task({
        taskId: `T${i}`,
        campaignId,
        status,
        dependsOn: deps,
        attempts: status === 'failed' ? limit : attempts,
        actualHours: hours,
        startedAt: status === 'pending' || status === 'cancelled' ? null : T0,
        completedAt: status === 'completed' ? T0 : null,
        blockedSince: status === 'blocked' ? T0 : null,
        blocker: status === 'blocked' ? 'Waiting' : null,
      }),
    );

export const updateArb = (n: number): fc.Arbitrary<TaskUpdate> =>
  fc
    .record({
      taskId: fc.oneof(
        fc.integer({ min: 0, max: n - 1 }).map((i) => `T${i}`),
        fc.constant('T404'),
      ),
      newStatus: fc.constantFrom(...UPDATE_STATUSES, 'In Progress', ' RETRY ', 'done', ''),
      result: fc.constantFrom(null, '', 'shipped', 1200),
      blockers: fc.constantFrom<string[]>([], ['Legal'], ['Legal', 'Assets'], [' ']),
      hours: fc.option(
        fc.integer({ min: 0, max: 40 }).map((h) => h / 10),
        { nil: null },
      ),
      updatedAt: fc.oneof(
        fc.constant(null),
        fc.integer({ min: 0, max: 99 }).map((h) => T0 + h * HOUR),
        fc.constant(AS_OF + HOUR),
      ),
      appliedAt: fc.constantFrom(null, null, null, null, null, null, T0),
      outcome: fc.constantFrom(null, null, null, null, null, null, 'rejected: earlier', 'applied'),
    })
    .map((u) => taskUpdate(u));
