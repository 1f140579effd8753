import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../model/settings';
import { TASK_STATUSES, type TaskStatus } from '../model/statuses';
import { AS_OF, taskArb, updateArb } from '../testing/arbitrary-updates';
import { applyUpdates, type ApplyUpdatesArgs } from './apply-updates';

const RUNS = { numRuns: 300 };

const scenarioArb: fc.Arbitrary<ApplyUpdatesArgs> = fc
  .record({ limit: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 1, max: 6 }) })
  .chain(({ limit, n }) =>
    fc.record({
      tasks: fc.tuple(...Array.from({ length: n }, (_, i) => taskArb(i, limit))),
      updates: fc.array(updateArb(n), { maxLength: 24 }),
      tracked: fc.constantFrom(['C1', 'C2'], ['C1', 'C2'], ['C1'], []),
      limit: fc.constant(limit),
    }),
  )
  .map(({ tasks, updates, tracked, limit }) => ({
    tasks,
    updates,
    asOf: AS_OF,
    settings: { ...DEFAULT_SETTINGS, retryLimit: limit },
    trackedCampaignIds: new Set(tracked),
  }));

/** The moves the machine may make (a move to the same status is a progress note). */
const ALLOWED = new Set([
  'pending>in_progress',
  'in_progress>completed',
  'in_progress>blocked',
  'in_progress>failed',
  'blocked>in_progress',
  ...TASK_STATUSES.map((s) => `${s}>cancelled`),
  ...TASK_STATUSES.map((s) => `${s}>${s}`),
]);

describe('applyUpdates properties', () => {
  it('never reaches a forbidden state', () => {
    fc.assert(
      fc.property(scenarioArb, (args) => {
        const limit = args.settings.retryLimit;
        const { tasks } = applyUpdates(args);
        for (const t of tasks) {
          expect(t.attempts).toBeLessThanOrEqual(limit);
          if (t.status === 'failed') expect(t.attempts).toBe(limit);
          // A task still being worked on has attempts left; a cancelled one may have used them all.
          if (t.status !== 'failed' && t.status !== 'cancelled') expect(t.attempts).toBeLessThan(limit);
          expect(t.status === 'blocked').toBe(t.blockedSince !== null && t.blocker !== null);
          if (t.status === 'completed') expect(t.completedAt).not.toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('moves only along allowed transitions, and starts a task only when its dependencies are completed', () => {
    fc.assert(
      fc.property(scenarioArb, (args) => {
        const { changes } = applyUpdates(args);
        const status = new Map<string, TaskStatus>(args.tasks.map((t) => [t.taskId, t.status]));
        const dependsOn = new Map(args.tasks.map((t) => [t.taskId, t.dependsOn]));
        for (const change of changes) {
          expect(change.from).toBe(status.get(change.taskId));
          expect(ALLOWED.has(`${change.from}>${change.to}`)).toBe(true);
          if (change.from === 'pending' && change.to === 'in_progress') {
            for (const dep of dependsOn.get(change.taskId) ?? []) expect(status.get(dep)).toBe('completed');
          }
          status.set(change.taskId, change.to);
        }
      }),
      RUNS,
    );
  });

  it('handles each row once: processed rows and rows of untracked campaigns get no outcome', () => {
    fc.assert(
      fc.property(scenarioArb, (args) => {
        const { outcomes, changes } = applyUpdates(args);
        const campaignOf = new Map(args.tasks.map((t) => [t.taskId, t.campaignId]));
        const expected = args.updates.flatMap((u, i) => {
          if (u.appliedAt !== null || u.outcome !== null) return [];
          const campaign = campaignOf.get(u.taskId);
          return campaign === undefined || args.trackedCampaignIds.has(campaign) ? [i] : [];
        });
        expect(outcomes.map((o) => o.updateIndex)).toEqual(expected);
        const applied = outcomes.filter((o) => o.rejection === null);
        expect(changes).toHaveLength(applied.length);
        expect(applied.every((o) => o.appliedAt === AS_OF && o.outcome === 'applied')).toBe(true);
      }),
      RUNS,
    );
  });

  it('changes nothing when run again with the outcomes written back', () => {
    fc.assert(
      fc.property(scenarioArb, (args) => {
        const first = applyUpdates(args);
        const byIndex = new Map(first.outcomes.map((o) => [o.updateIndex, o]));
        const updates = args.updates.map((u, i) => {
          const o = byIndex.get(i);
          return o === undefined ? u : { ...u, appliedAt: o.appliedAt, outcome: o.outcome };
        });
        const second = applyUpdates({ ...args, tasks: first.tasks, updates });
        expect(second).toEqual({ tasks: first.tasks, changedTaskIndexes: [], changes: [], outcomes: [] });
      }),
      RUNS,
    );
  });

  it('leaves the tasks of campaigns not tracked now as they were', () => {
    fc.assert(
      fc.property(scenarioArb, (args) => {
        const { tasks, changedTaskIndexes } = applyUpdates(args);
        args.tasks.forEach((before, i) => {
          if (!args.trackedCampaignIds.has(before.campaignId)) expect(tasks[i]).toEqual(before);
          else if (!changedTaskIndexes.includes(i)) expect(tasks[i]).toEqual(before);
        });
      }),
      RUNS,
    );
  });
});
