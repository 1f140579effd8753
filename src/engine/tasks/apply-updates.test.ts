import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import type { Task } from '../model/task';
import type { TaskUpdate } from '../model/task-update';
import { HOUR, T0, task, taskUpdate } from '../testing/sample-input';
import { applyUpdates } from './apply-updates';

const AS_OF = T0 + 100 * HOUR;

function run(
  tasks: Task[],
  updates: TaskUpdate[],
  over: { settings?: Partial<Settings>; tracked?: string[] } = {},
) {
  return applyUpdates({
    tasks,
    updates,
    asOf: AS_OF,
    settings: { ...DEFAULT_SETTINGS, ...over.settings },
    trackedCampaignIds: new Set(over.tracked ?? ['C1']),
  });
}

const working = (over: Partial<Task> = {}) => task({ status: 'in_progress', startedAt: T0, ...over });
const outcomeTexts = (r: ReturnType<typeof run>) => r.outcomes.map((o) => [o.updateIndex, o.outcome]);

describe('dependencies', () => {
  const tasks = () => [
    task({ status: 'completed', completedAt: T0 }),
    working({ taskId: 'T2' }),
    task({ taskId: 'T3', dependsOn: ['T1', 'T2'] }),
  ];

  it('starts a task once every dependency is completed, counting earlier updates of the run', () => {
    const r = run(tasks(), [
      taskUpdate({ taskId: 'T3', newStatus: 'in_progress', updatedAt: T0 + 10 * HOUR }),
      taskUpdate({ taskId: 'T2', newStatus: 'completed', updatedAt: T0 + 5 * HOUR }),
    ]);
    expect(outcomeTexts(r)).toEqual([
      [0, 'applied'],
      [1, 'applied'],
    ]);
    expect(r.tasks[2]).toEqual(expect.objectContaining({ status: 'in_progress', startedAt: T0 + 10 * HOUR }));
    expect(r.changes.map((c) => [c.taskId, c.reason])).toEqual([
      ['T2', 'completed'],
      ['T3', 'dependencies met (T1 and T2 completed)'],
    ]);
  });

  it('names every unmet dependency with its status', () => {
    const r = run(tasks(), [
      taskUpdate({ taskId: 'T3', newStatus: 'in_progress', updatedAt: T0 + 5 * HOUR }),
      taskUpdate({ taskId: 'T2', newStatus: 'completed', updatedAt: T0 + 10 * HOUR }),
    ]);
    expect(r.outcomes[0]).toEqual({
      updateIndex: 0,
      appliedAt: null,
      rejection: { code: 'unmet_dependencies', dependencies: [{ taskId: 'T2', status: 'in_progress' }] },
      outcome:
        'rejected: waiting on T2 (in_progress); a task starts when every task it depends on is completed',
    });
    expect(r.tasks[2]?.status).toBe('pending');
  });

  it('keeps a Started At that is already filled in', () => {
    const r = run([task({ startedAt: T0 })], [taskUpdate({ newStatus: 'in_progress' })]);
    expect(r.tasks[0]?.startedAt).toBe(T0);
  });

  it('depends on tasks of campaigns not tracked now as they stand', () => {
    const r = run(
      [task({ campaignId: 'C2', status: 'completed' }), task({ taskId: 'T2', dependsOn: ['T1'] })],
      [taskUpdate({ taskId: 'T2' })],
    );
    expect(outcomeTexts(r)).toEqual([[0, 'applied']]);
  });
});

describe('failed attempts and the retry limit', () => {
  const retries = (n: number, newStatus = 'retry') =>
    Array.from({ length: n }, (_, i) => taskUpdate({ newStatus, updatedAt: T0 + (i + 1) * HOUR }));

  it('limit 1: the first failed attempt fails the task', () => {
    const r = run([working()], retries(2), { settings: { retryLimit: 1 } });
    expect(r.tasks[0]).toEqual(expect.objectContaining({ status: 'failed', attempts: 1 }));
    expect(r.changes.map((c) => [c.from, c.to, c.reason])).toEqual([
      ['in_progress', 'failed', 'attempt 1 of 1 failed; retry limit reached, the task has failed'],
    ]);
    expect(r.outcomes[1]?.outcome).toBe('rejected: a failed task cannot become retry');
  });

  it.each(['retry', 'failed'])(
    'limit 3: "%s" twice keeps the task in progress, the third time fails it',
    (s) => {
      const twice = run([working()], retries(2, s));
      expect(twice.tasks[0]).toEqual(expect.objectContaining({ status: 'in_progress', attempts: 2 }));
      const thrice = run([working()], retries(3, s));
      expect(thrice.tasks[0]).toEqual(expect.objectContaining({ status: 'failed', attempts: 3 }));
      expect(thrice.changes.map((c) => [c.to, c.reason])).toEqual([
        ['in_progress', 'attempt 1 of 3 failed'],
        ['in_progress', 'attempt 2 of 3 failed'],
        ['failed', 'attempt 3 of 3 failed; retry limit reached, the task has failed'],
      ]);
    },
  );

  it('counts attempts already recorded', () => {
    const r = run([working({ attempts: 2 })], retries(1));
    expect(r.tasks[0]).toEqual(expect.objectContaining({ status: 'failed', attempts: 3 }));
  });
});

describe('order', () => {
  it('applies by Updated At, a blank one counting as the report time', () => {
    const r = run(
      [task()],
      [
        taskUpdate({ newStatus: 'completed', updatedAt: null }),
        taskUpdate({ newStatus: 'in_progress', updatedAt: T0 + HOUR }),
      ],
    );
    expect(outcomeTexts(r)).toEqual([
      [0, 'applied'],
      [1, 'applied'],
    ]);
    expect(r.changes.map((c) => [c.updateIndex, c.at, c.to])).toEqual([
      [1, T0 + HOUR, 'in_progress'],
      [0, AS_OF, 'completed'],
    ]);
    expect(r.tasks[0]).toEqual(expect.objectContaining({ startedAt: T0 + HOUR, completedAt: AS_OF }));
  });

  it('applies equal times in row order', () => {
    const at = T0 + HOUR;
    const r = run(
      [working()],
      [
        taskUpdate({ newStatus: 'blocked', blockers: ['Legal'], updatedAt: at }),
        taskUpdate({ newStatus: 'in_progress', updatedAt: at }),
      ],
    );
    expect(r.changes.map((c) => c.to)).toEqual(['blocked', 'in_progress']);
    expect(r.changes[1]?.reason).toBe('blocker resolved: Legal');
  });

  it('rejects an update dated after the report time, and accepts one dated at it', () => {
    const r = run(
      [task()],
      [
        taskUpdate({ newStatus: 'in_progress', updatedAt: AS_OF + 1 }),
        taskUpdate({ newStatus: 'in_progress', updatedAt: AS_OF }),
      ],
    );
    expect(r.outcomes).toEqual([
      {
        updateIndex: 0,
        appliedAt: null,
        rejection: {
          code: 'updated_after_report_time',
          updatedAt: '2026-03-05T04:00:00.001Z',
          asOf: '2026-03-05T04:00:00.000Z',
        },
        outcome:
          'rejected: Updated At 2026-03-05T04:00:00.001Z is after the report time 2026-03-05T04:00:00.000Z',
      },
      { updateIndex: 1, appliedAt: AS_OF, rejection: null, outcome: 'applied' },
    ]);
  });
});

describe('unknown tasks and statuses', () => {
  it('rejects an unknown Task ID, whatever campaigns are tracked', () => {
    const r = run([task()], [taskUpdate({ taskId: 'T9' })], { tracked: [] });
    expect(r.outcomes).toEqual([
      {
        updateIndex: 0,
        appliedAt: null,
        rejection: { code: 'unknown_task', taskId: 'T9' },
        outcome: 'rejected: task "T9" does not exist',
      },
    ]);
  });

  it('rejects an unknown New Status, naming the choices', () => {
    const r = run([task()], [taskUpdate({ newStatus: 'done' })]);
    expect(r.outcomes[0]?.outcome).toBe(
      'rejected: New Status "done" is not one of pending, in_progress, completed, blocked, failed, cancelled, retry',
    );
  });

  it.each(['In Progress', ' IN-PROGRESS ', 'in  progress', 'in_progress', 'In_Progress'])(
    'reads "%s"',
    (s) => {
      expect(run([task()], [taskUpdate({ newStatus: s })]).tasks[0]?.status).toBe('in_progress');
    },
  );
});

describe('cancelling', () => {
  it.each<[string, Partial<TaskUpdate>, string]>([
    ['a Result', { result: 'Mission priority moved to Q3' }, 'cancelled: Mission priority moved to Q3'],
    ['a numeric Result', { result: 0 }, 'cancelled: 0'],
    ['Blockers', { blockers: ['Budget cut', 'No designer'] }, 'cancelled: Budget cut; No designer'],
    [
      'both',
      { result: 'Priority changed', blockers: ['Budget cut'] },
      'cancelled: Priority changed; Budget cut',
    ],
  ])('with %s as the reason', (_name, over, reason) => {
    const r = run([task()], [taskUpdate({ newStatus: 'cancelled', ...over })]);
    expect(r.changes.map((c) => c.reason)).toEqual([reason]);
  });

  it.each<[string, Partial<TaskUpdate>]>([
    ['no reason', {}],
    ['only spaces', { result: '   ', blockers: [' '] }],
  ])('rejected with %s', (_name, over) => {
    const r = run([working()], [taskUpdate({ newStatus: 'cancelled', ...over })]);
    expect(r.outcomes[0]?.outcome).toBe(
      'rejected: cancelling needs a reason: write it in Result or Blockers',
    );
    expect(r.tasks[0]?.status).toBe('in_progress');
  });
});

describe('blocking, completing and progress notes', () => {
  it('blocks only with a blocker, joining several with "; "', () => {
    const none = run([working()], [taskUpdate({ newStatus: 'blocked', blockers: ['  '] })]);
    expect(none.outcomes[0]?.outcome).toBe(
      'rejected: a task becomes blocked only with a blocker: write it in Blockers',
    );
    const two = run(
      [working()],
      [taskUpdate({ newStatus: 'blocked', blockers: ['Legal review', 'No assets'] })],
    );
    expect(two.tasks[0]).toEqual(
      expect.objectContaining({ status: 'blocked', blocker: 'Legal review; No assets', blockedSince: AS_OF }),
    );
  });

  it('records the Result as Actual Result on completion, and keeps the old one without a Result', () => {
    const r = run(
      [working(), working({ taskId: 'T2', actualResult: 'draft' })],
      [
        taskUpdate({ newStatus: 'completed', result: 1200 }),
        taskUpdate({ taskId: 'T2', newStatus: 'completed' }),
      ],
    );
    expect(r.tasks.map((t) => t.actualResult)).toEqual([1200, 'draft']);
    expect(r.changes.map((c) => c.reason)).toEqual(['completed: 1200', 'completed']);
  });

  it('a new blocker on a blocked task replaces the blocker and keeps Blocked Since', () => {
    const blocked = task({ status: 'blocked', blockedSince: T0, blocker: 'Legal' });
    const r = run([blocked], [taskUpdate({ newStatus: 'Blocked', blockers: ['Legal, then brand'] })]);
    expect(r.tasks[0]).toEqual({ ...blocked, blocker: 'Legal, then brand' });
    expect(r.changes[0]).toEqual(
      expect.objectContaining({
        from: 'blocked',
        to: 'blocked',
        reason: 'progress note; blocker now: Legal, then brand',
      }),
    );
  });

  it('a Result on a completed task corrects Actual Result', () => {
    const done = task({ status: 'completed', completedAt: T0, actualResult: 900 });
    const r = run([done], [taskUpdate({ newStatus: 'completed', result: 950 })]);
    expect(r.tasks[0]).toEqual({ ...done, actualResult: 950 });
    expect(r.changes[0]?.reason).toBe('progress note; result corrected to 950');
  });

  it('a note that changes no cell is applied and logged, but the task is not changed', () => {
    const r = run([working()], [taskUpdate({ newStatus: 'in_progress', result: 'Halfway there' })]);
    expect(outcomeTexts(r)).toEqual([[0, 'applied']]);
    expect(r.changes[0]?.reason).toBe('progress note — Halfway there');
    expect(r.changedTaskIndexes).toEqual([]);
  });
});

describe('hours', () => {
  it('adds the Hours of applied rows exactly, and ignores those of rejected rows', () => {
    const r = run(
      [working({ actualHours: null })],
      [
        taskUpdate({ newStatus: 'in_progress', hours: 1.1 }),
        taskUpdate({ newStatus: 'pending', hours: 50 }),
        taskUpdate({ newStatus: 'in_progress', hours: 2.2 }),
      ],
    );
    // 1.1 + 2.2 = 3.3 (in binary floating point it would be 3.3000000000000003).
    expect(r.tasks[0]?.actualHours).toBe(3.3);
    expect(r.changes.map((c) => c.reason)).toEqual([
      'progress note; 1.1 h logged',
      'progress note; 2.2 h logged',
    ]);
  });

  it('0 hours leave a blank Actual Hours blank', () => {
    expect(
      run([working()], [taskUpdate({ newStatus: 'in_progress', hours: 0 })]).tasks[0]?.actualHours,
    ).toBeNull();
  });
});

describe('rows this run leaves alone', () => {
  it.each<[string, Partial<TaskUpdate>]>([
    ['with Applied At', { appliedAt: T0 }],
    ['rejected before', { outcome: 'rejected: a pending task cannot become completed' }],
    ['rejected before, edited', { outcome: '  Rejected (see log)' }],
    ['applied before without Applied At', { outcome: 'applied' }],
  ])('a row %s is skipped, with no outcome', (_name, over) => {
    const r = run([task()], [taskUpdate(over)]);
    expect(r).toEqual({ tasks: [task()], changedTaskIndexes: [], changes: [], outcomes: [] });
  });

  it('a rejected row whose Outcome was cleared is tried again', () => {
    expect(outcomeTexts(run([task()], [taskUpdate({ outcome: null })]))).toEqual([[0, 'applied']]);
    expect(outcomeTexts(run([task()], [taskUpdate({ outcome: '' })]))).toEqual([[0, 'applied']]);
  });

  it('rows for tasks of campaigns not tracked now are left for a later run', () => {
    const tasks = [task({ campaignId: 'C2' }), task({ taskId: 'T2' })];
    const r = run(tasks, [taskUpdate(), taskUpdate({ taskId: 'T2', newStatus: 'nonsense' })]);
    expect(r.outcomes.map((o) => o.updateIndex)).toEqual([1]);
    expect(r.tasks).toEqual(tasks);
  });

  it('never changes the arrays it is given', () => {
    const tasks = Object.freeze([Object.freeze(working())]);
    const updates = Object.freeze([Object.freeze(taskUpdate({ newStatus: 'completed', hours: 3 }))]);
    const r = applyUpdates({
      tasks,
      updates,
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
      trackedCampaignIds: new Set(['C1']),
    });
    expect(r.tasks[0]?.status).toBe('completed');
    expect(tasks[0]?.status).toBe('in_progress');
    expect(r.tasks).not.toBe(tasks);
  });
});
