import { DEFAULT_SETTINGS } from '../model/settings';
import { HOUR, T0, task, taskUpdate } from '../testing/sample-input';
import { applyUpdates } from './apply-updates';

const AS_OF = T0 + 100 * HOUR;
const tracked = new Set(['C1']);

describe('applyUpdates on hostile input', () => {
  it.each(['__proto__', 'constructor', 'toString'])('treats the id %s as an ordinary id', (id) => {
    const r = applyUpdates({
      tasks: [task({ taskId: id }), task({ taskId: 'T2', dependsOn: [id] })],
      updates: [
        taskUpdate({ taskId: 'T2', newStatus: 'in_progress' }),
        taskUpdate({ taskId: 'hasOwnProperty', newStatus: 'in_progress' }),
      ],
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
      trackedCampaignIds: tracked,
    });
    expect(r.outcomes.map((o) => o.outcome)).toEqual([
      `rejected: waiting on ${id} (pending); a task starts when every task it depends on is completed`,
      'rejected: task "hasOwnProperty" does not exist',
    ]);
  });

  it('rejects a 100,000-character New Status with a short outcome', () => {
    const r = applyUpdates({
      tasks: [task()],
      updates: [taskUpdate({ newStatus: 'in_progress'.padEnd(100_000, '!') })],
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
      trackedCampaignIds: tracked,
    });
    expect(r.outcomes[0]?.rejection?.code).toBe('unknown_status');
    expect(r.outcomes[0]?.outcome.length).toBeLessThan(200);
  });

  it('walks a chain of 10,000 tasks started and completed one after another', () => {
    const n = 10_000;
    const tasks = Array.from({ length: n }, (_, i) =>
      task({ taskId: `T${i}`, dependsOn: i === 0 ? [] : [`T${i - 1}`] }),
    );
    // Written in reverse row order; Updated At puts them in the order the chain needs.
    const updates = Array.from({ length: n }, (_, k) => {
      const i = n - 1 - k;
      return [
        taskUpdate({ taskId: `T${i}`, newStatus: 'completed', updatedAt: T0 + 2 * i + 1 }),
        taskUpdate({ taskId: `T${i}`, newStatus: 'in_progress', updatedAt: T0 + 2 * i }),
      ];
    }).flat();
    const r = applyUpdates({
      tasks,
      updates,
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
      trackedCampaignIds: tracked,
    });
    expect(r.changes).toHaveLength(2 * n);
    expect(r.tasks.every((t) => t.status === 'completed')).toBe(true);
    expect(r.changedTaskIndexes).toHaveLength(n);
  });
});
