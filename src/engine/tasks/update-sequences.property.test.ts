import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { TaskStatus } from '../model/statuses';
import type { Task } from '../model/task';
import type { TaskUpdate } from '../model/task-update';
import { HOUR } from '../testing/sample-input';
import { AS_OF, taskArb, updateArb } from '../testing/arbitrary-updates';
import { applyUpdates, type ApplyUpdatesResult } from './apply-updates';

/**
 * Several runs in a row, as a workbook lives: each run finds the tasks the previous one left, the
 * TaskUpdates rows it processed (with their Applied At and Outcome written back) and a new batch of
 * rows below them, at a later report time.
 */
interface Sequence {
  readonly tasks: readonly Task[];
  readonly batches: ReadonlyArray<readonly TaskUpdate[]>;
  readonly limit: number;
}

const sequenceArb: fc.Arbitrary<Sequence> = fc
  .record({ limit: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 1, max: 6 }) })
  .chain(({ limit, n }) =>
    fc.record({
      tasks: fc.tuple(...Array.from({ length: n }, (_, i) => taskArb(i, limit))),
      batches: fc.array(fc.array(updateArb(n), { maxLength: 8 }), { minLength: 1, maxLength: 4 }),
      limit: fc.constant(limit),
    }),
  );

const ALLOWED = new Set([
  'pending>in_progress',
  'in_progress>completed',
  'in_progress>blocked',
  'in_progress>failed',
  'blocked>in_progress',
  ...(['pending', 'in_progress', 'completed', 'blocked', 'failed', 'cancelled'] as const).flatMap((s) => [
    `${s}>cancelled`,
    `${s}>${s}`,
  ]),
]);

/** The rows with this run's outcomes written back, as the workbook layer writes them. */
function writtenBack(updates: readonly TaskUpdate[], result: ApplyUpdatesResult): TaskUpdate[] {
  const byIndex = new Map(result.outcomes.map((o) => [o.updateIndex, o]));
  return updates.map((u, i) => {
    const o = byIndex.get(i);
    return o === undefined ? u : { ...u, appliedAt: o.appliedAt, outcome: o.outcome };
  });
}

function checkState(tasks: readonly Task[], limit: number): void {
  for (const t of tasks) {
    expect(t.attempts).toBeLessThanOrEqual(limit);
    if (t.status === 'failed') expect(t.attempts).toBe(limit);
    if (t.status !== 'failed' && t.status !== 'cancelled') expect(t.attempts).toBeLessThan(limit);
    expect(t.status === 'blocked').toBe(t.blockedSince !== null && t.blocker !== null);
    if (t.status === 'completed') expect(t.completedAt).not.toBeNull();
  }
}

describe('runs one after another over a growing TaskUpdates table', () => {
  it('never reach a forbidden state, move only along allowed transitions, and handle each row once', () => {
    fc.assert(
      fc.property(sequenceArb, ({ tasks: start, batches, limit }) => {
        const settings = { ...DEFAULT_SETTINGS, retryLimit: limit };
        let tasks: readonly Task[] = start;
        let updates: TaskUpdate[] = [];
        const handled = new Map<number, number>();
        batches.forEach((batch, run) => {
          updates = [...updates, ...batch];
          const asOf = AS_OF + run * 3 * HOUR;
          const result = applyUpdates({
            tasks,
            updates,
            asOf,
            settings,
            trackedCampaignIds: new Set(['C1', 'C2']),
          });
          const status = new Map<string, TaskStatus>(tasks.map((t) => [t.taskId, t.status]));
          for (const change of result.changes) {
            expect(change.from).toBe(status.get(change.taskId));
            expect(ALLOWED.has(`${change.from}>${change.to}`)).toBe(true);
            status.set(change.taskId, change.to);
          }
          for (const o of result.outcomes) handled.set(o.updateIndex, (handled.get(o.updateIndex) ?? 0) + 1);
          checkState(result.tasks, limit);
          tasks = result.tasks;
          updates = writtenBack(updates, result);
        });
        expect([...handled.values()].every((times) => times === 1)).toBe(true);

        // Replaying the same table later changes nothing: every row now carries its outcome.
        const replay = applyUpdates({
          tasks,
          updates,
          asOf: AS_OF + 100 * HOUR,
          settings,
          trackedCampaignIds: new Set(['C1', 'C2']),
        });
        expect(replay).toEqual({ tasks, changedTaskIndexes: [], changes: [], outcomes: [] });
      }),
      { numRuns: 300 },
    );
  });
});
