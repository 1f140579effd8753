import type { TaskStatus } from '../model/statuses';
import { task } from '../testing/sample-input';
import { openDependents } from './dependents';

const t = (taskId: string, dependsOn: string[] = [], status: TaskStatus = 'pending') =>
  task({ taskId, dependsOn, status });

describe('openDependents', () => {
  it.each([
    ['nothing waits', [t('T1'), t('T2')], 'T1', []],
    ['direct dependants, in input order', [t('T3', ['T1']), t('T1'), t('T2', ['T1'])], 'T1', ['T3', 'T2']],
    [
      'through other tasks',
      [t('T1'), t('T2', ['T1']), t('T3', ['T2']), t('T4', ['T3'])],
      'T1',
      ['T2', 'T3', 'T4'],
    ],
    [
      'walks through completed tasks but leaves them out',
      [t('T1'), t('T2', ['T1'], 'completed'), t('T3', ['T2'])],
      'T1',
      ['T3'],
    ],
    ['leaves cancelled tasks out', [t('T1'), t('T2', ['T1'], 'cancelled')], 'T1', []],
    [
      'a diamond once',
      [t('T1'), t('T2', ['T1']), t('T3', ['T1']), t('T4', ['T2', 'T3'])],
      'T1',
      ['T2', 'T3', 'T4'],
    ],
    ['an unknown id', [t('T1'), t('T2', ['T1'])], 'T9', []],
    ['__proto__ as an id', [t('__proto__'), t('constructor', ['__proto__'])], '__proto__', ['constructor']],
  ])('%s', (_name, tasks, id, expected) => {
    expect(openDependents(tasks, id)).toEqual(expected);
  });

  it('follows a 20,000-task chain to its end', () => {
    const n = 20_000;
    const tasks = Array.from({ length: n }, (_, i) => t(`T${i}`, i === 0 ? [] : [`T${i - 1}`]));
    expect(openDependents(tasks, 'T0')).toHaveLength(n - 1);
    expect(openDependents(tasks, `T${n - 2}`)).toEqual([`T${n - 1}`]);
  });
});
