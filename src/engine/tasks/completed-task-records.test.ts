import type { Task } from '../model/task';
import { HOUR, T0, task } from '../testing/sample-input';
import { completedTaskRecords } from './completed-task-records';

const done = (over: Partial<Task> = {}) => task({ status: 'completed', completedAt: T0, ...over });

describe('completedTaskRecords', () => {
  it('lists completed tasks only, in input order, with their figures', () => {
    const records = completedTaskRecords([
      done({
        taskId: 'T1',
        title: 'Brief',
        expectedResult: '500 leads',
        actualResult: 'all of them',
        estimatedHours: 8,
        actualHours: 10,
      }),
      task({ taskId: 'T2', status: 'in_progress' }),
      done({ taskId: 'T3', title: 'Launch' }),
    ]);
    expect(records).toEqual([
      {
        task_id: 'T1',
        title: 'Brief',
        expected_result: '500 leads',
        actual_result: 'all of them',
        estimated_hours: 8,
        actual_hours: 10,
        hours_variance_pct: 25, // (10 − 8) / 8 × 100
        deviations: ['over_estimate'],
      },
      {
        task_id: 'T3',
        title: 'Launch',
        expected_result: null,
        actual_result: null,
        estimated_hours: null,
        actual_hours: null,
        hours_variance_pct: null,
        deviations: [],
      },
    ]);
  });

  it.each<[string, Partial<Task>, number | null]>([
    ['under the estimate', { estimatedHours: 8, actualHours: 6 }, -25], // (6 − 8) / 8 × 100
    ['rounded half-up to one decimal', { estimatedHours: 8, actualHours: 8.1 }, 1.3], // 0.1 / 8 × 100 = 1.25
    ['a third over', { estimatedHours: 3, actualHours: 4 }, 33.3], // 1 / 3 × 100 = 33.33…
    ['on the estimate', { estimatedHours: 5, actualHours: 5 }, 0],
    ['no estimate', { estimatedHours: null, actualHours: 5 }, null],
    ['an estimate of 0', { estimatedHours: 0, actualHours: 5 }, null],
    ['no actual hours', { estimatedHours: 5, actualHours: null }, null],
  ])('hours variance %s', (_name, over, expected) => {
    expect(completedTaskRecords([done(over)])[0]?.hours_variance_pct).toBe(expected);
  });

  it.each<[string, Partial<Task>, string[]]>([
    ['over the estimate', { estimatedHours: 0, actualHours: 0.5 }, ['over_estimate']],
    ['on the estimate', { estimatedHours: 4, actualHours: 4 }, []],
    ['finished after the due date', { dueAt: T0 - 1 }, ['finished_late']],
    ['finished at the due date', { dueAt: T0 }, []],
    ['no due date', { dueAt: null }, []],
    [
      'a numeric result below expected',
      { expectedResult: 500, actualResult: 480 },
      ['result_below_expected'],
    ],
    [
      'numeric text below expected',
      { expectedResult: '1,200', actualResult: '1,150' },
      ['result_below_expected'],
    ],
    ['money below expected', { expectedResult: '$80', actualResult: 79.99 }, ['result_below_expected']],
    [
      'a percentage below expected',
      { expectedResult: '3.5%', actualResult: '3.2%' },
      ['result_below_expected'],
    ],
    ['a result above expected', { expectedResult: '3.5%', actualResult: '4%' }, []],
    ['a percentage against a plain number', { expectedResult: '3.5%', actualResult: 0.02 }, []],
    ['a text result', { expectedResult: 500, actualResult: 'lots' }, []],
    ['a lower-is-better target', { expectedResult: '≤ 80', actualResult: 60 }, []],
    [
      'everything at once',
      { estimatedHours: 2, actualHours: 3, dueAt: T0 - HOUR, expectedResult: 10, actualResult: 9 },
      ['over_estimate', 'finished_late', 'result_below_expected'],
    ],
  ])('deviations: %s', (_name, over, expected) => {
    expect(completedTaskRecords([done(over)])[0]?.deviations).toEqual(expected);
  });
});
