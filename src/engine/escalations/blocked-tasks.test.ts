import { HOUR, makeTask, START } from '../testing/fixtures';
import { blockedTasks } from './blocked-tasks';
import { dependantsIndex } from './dependants';

describe('blockedTasks', () => {
  it('lists every blocked task with its duration and waiting tasks', () => {
    const asOf = START + 30 * HOUR;
    const tasks = [
      makeTask('T1', { status: 'blocked', blockedSince: START + 3 * HOUR }),
      makeTask('T2', { status: 'blocked' }),
      makeTask('T3', { status: 'blocked', blockedSince: asOf + HOUR }),
      makeTask('T4', { dependsOn: ['T1'] }),
      makeTask('T5', { status: 'in_progress' }),
    ];
    const result = blockedTasks(tasks, asOf, dependantsIndex(tasks));
    expect(result.map((b) => [b.task.taskId, b.blockedMs, b.waitingTaskIds])).toEqual([
      ['T1', 27 * HOUR, ['T4']],
      ['T2', null, []],
      // Blocked Since after the report time: 0
      ['T3', 0, []],
    ]);
  });
});
