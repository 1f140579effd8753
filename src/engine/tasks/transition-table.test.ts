import { DEFAULT_SETTINGS } from '../model/settings';
import { TASK_STATUSES, type TaskStatus, UPDATE_STATUSES, type UpdateStatus } from '../model/statuses';
import type { Task } from '../model/task';
import { HOUR, T0, task, taskUpdate } from '../testing/sample-input';
import { applyUpdates } from './apply-updates';

const AS_OF = T0 + 100 * HOUR;
const AT = T0 + 50 * HOUR;
const STARTED = T0 + HOUR;
const COMPLETED = T0 + 10 * HOUR;
const BLOCKED = T0 + 20 * HOUR;

/** One task in each status; each has 1 hour logged, and the update below logs 2 more. */
const BEFORE: Record<TaskStatus, Task> = {
  pending: task({ actualHours: 1 }),
  in_progress: task({ status: 'in_progress', startedAt: STARTED, actualHours: 1 }),
  completed: task({
    status: 'completed',
    startedAt: STARTED,
    completedAt: COMPLETED,
    actualResult: 100,
    actualHours: 1,
  }),
  blocked: task({
    status: 'blocked',
    startedAt: STARTED,
    blockedSince: BLOCKED,
    blocker: 'Old blocker',
    actualHours: 1,
  }),
  failed: task({ status: 'failed', startedAt: STARTED, attempts: 3, actualHours: 1 }),
  cancelled: task({ status: 'cancelled', actualHours: 1 }),
};

type Legal = { changes: Partial<Task>; reason: string };
const NOTE = 'progress note; 2 h logged — Waiting on legal';
const CANCEL: Legal = { changes: { status: 'cancelled' }, reason: 'cancelled: Waiting on legal' };
const ATTEMPT: Legal = { changes: { attempts: 1 }, reason: 'attempt 1 of 3 failed — Waiting on legal' };

/** The legal pairs; every other pair of the 6 × 7 is an illegal transition. */
const LEGAL: Partial<Record<TaskStatus, Partial<Record<UpdateStatus, Legal>>>> = {
  pending: {
    pending: { changes: {}, reason: NOTE },
    in_progress: { changes: { status: 'in_progress', startedAt: AT }, reason: 'started — Waiting on legal' },
    cancelled: CANCEL,
  },
  in_progress: {
    in_progress: { changes: {}, reason: NOTE },
    completed: { changes: { status: 'completed', completedAt: AT }, reason: 'completed — Waiting on legal' },
    blocked: {
      changes: { status: 'blocked', blockedSince: AT, blocker: 'Waiting on legal' },
      reason: 'blocked: Waiting on legal',
    },
    failed: ATTEMPT,
    retry: ATTEMPT,
    cancelled: CANCEL,
  },
  completed: { completed: { changes: {}, reason: NOTE }, cancelled: CANCEL },
  blocked: {
    in_progress: {
      changes: { status: 'in_progress', blockedSince: null, blocker: null },
      reason: 'blocker resolved: Old blocker — Waiting on legal',
    },
    blocked: {
      changes: { blocker: 'Waiting on legal' },
      reason: 'progress note; 2 h logged; blocker now: Waiting on legal',
    },
    cancelled: {
      changes: { status: 'cancelled', blockedSince: null, blocker: null },
      reason: 'cancelled: Waiting on legal',
    },
  },
  failed: { failed: { changes: {}, reason: NOTE }, cancelled: CANCEL },
  cancelled: { cancelled: { changes: {}, reason: NOTE } },
};

const PAIRS = TASK_STATUSES.flatMap((from) => UPDATE_STATUSES.map((to) => [from, to] as const));

describe('every status × every New Status', () => {
  it('covers the 42 pairs, 17 of them legal', () => {
    expect(PAIRS).toHaveLength(42);
    expect(PAIRS.filter(([from, to]) => LEGAL[from]?.[to] !== undefined)).toHaveLength(17);
  });

  it.each(PAIRS)('%s → %s', (from, to) => {
    const before = BEFORE[from];
    const update = taskUpdate({ newStatus: to, blockers: ['Waiting on legal'], hours: 2, updatedAt: AT });
    const result = applyUpdates({
      tasks: [before],
      updates: [update],
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
      trackedCampaignIds: new Set(['C1']),
    });
    const legal = LEGAL[from]?.[to];
    if (legal === undefined) {
      expect(result.tasks).toEqual([before]);
      expect(result.changes).toEqual([]);
      expect(result.changedTaskIndexes).toEqual([]);
      expect(result.outcomes).toEqual([
        {
          updateIndex: 0,
          appliedAt: null,
          rejection: { code: 'illegal_transition', from, to },
          outcome: `rejected: a ${from} task cannot become ${to}`,
        },
      ]);
      return;
    }
    const after = { ...before, actualHours: 3, ...legal.changes };
    expect(result.tasks).toEqual([after]);
    expect(result.changedTaskIndexes).toEqual([0]);
    expect(result.outcomes).toEqual([
      { updateIndex: 0, appliedAt: AS_OF, rejection: null, outcome: 'applied' },
    ]);
    expect(result.changes).toEqual([
      { taskId: 'T1', taskIndex: 0, updateIndex: 0, at: AT, from, to: after.status, reason: legal.reason },
    ]);
  });
});
