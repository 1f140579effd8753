import { makeTask } from '../testing/fixtures';
import { dependantsIndex } from './dependants';
import { failedTasks } from './failed-tasks';
import { timelineEscalations } from './timeline-escalations';

describe('timelineEscalations', () => {
  const tasks = [
    makeTask('T1', { status: 'failed' }),
    makeTask('T2', { status: 'failed', critical: true }),
    makeTask('T3', { status: 'failed' }),
    makeTask('T4', { dependsOn: ['T3'] }),
    makeTask('T5', { dependsOn: ['T4'], status: 'blocked' }),
    makeTask('T6', { status: 'failed' }),
    makeTask('T7', { dependsOn: ['T6'], status: 'completed' }),
    makeTask('T8', { status: 'in_progress' }),
  ];

  it('logs every failed task with its impact', () => {
    const found = timelineEscalations(failedTasks(tasks, dependantsIndex(tasks)));
    expect(
      found.map((f) => f.code === 'task_failed' && [f.task.taskId, f.severity, f.impactedTaskIds]),
    ).toEqual([
      ['T1', 'medium', []],
      ['T2', 'critical', []],
      ['T3', 'critical', ['T4', 'T5']],
      // its only dependant is completed: it holds nothing up
      ['T6', 'medium', []],
    ]);
  });
});
