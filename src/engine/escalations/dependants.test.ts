import { makeTask } from '../testing/fixtures';
import type { Task } from '../model/task';
import { dependantsIndex } from './dependants';

const t = (taskId: string, dependsOn: string[] = []) => makeTask(taskId, { dependsOn });

describe('dependantsIndex', () => {
  // T1 ← T2 ← T4, T1 ← T3 (completed) ← T5, T1 ← T6 (cancelled), T7 ← T2 also
  const tasks = [
    makeTask('T1', { status: 'failed' }),
    makeTask('T2', { dependsOn: ['T1', 'T7'] }),
    makeTask('T3', { dependsOn: ['T1'], status: 'completed' }),
    makeTask('T4', { dependsOn: ['T2'], campaignId: 'C2' }),
    makeTask('T5', { dependsOn: ['T3'] }),
    makeTask('T6', { dependsOn: ['T1'], status: 'cancelled' }),
    makeTask('T7'),
    makeTask('T8', { dependsOn: ['T4', 'T2'] }),
  ];
  const dependantsOf = dependantsIndex(tasks);

  it.each<[string, string[]]>([
    // direct T2, through T2: T4 and T8; T3 and T6 are done, so T5 does not wait on T1 through T3
    ['T1', ['T2', 'T4', 'T8']],
    ['T7', ['T2', 'T4', 'T8']],
    ['T2', ['T4', 'T8']],
    ['T3', ['T5']],
    ['T8', []],
    ['unknown', []],
  ])('%s → %j', (id, expected) => {
    expect(dependantsOf(id)).toEqual(expected);
  });

  it('survives a cycle', () => {
    const cyclic = dependantsIndex([
      makeTask('A', { dependsOn: ['B'] }),
      makeTask('B', { dependsOn: ['A'] }),
    ]);
    expect(cyclic('A')).toEqual(['B']);
  });

  it.each<[string, Task[], string, string[]]>([
    ['direct dependants, in input order', [t('T3', ['T1']), t('T1'), t('T2', ['T1'])], 'T1', ['T3', 'T2']],
    [
      'a diamond once',
      [t('T1'), t('T2', ['T1']), t('T3', ['T1']), t('T4', ['T2', 'T3'])],
      'T1',
      ['T2', 'T3', 'T4'],
    ],
    ['__proto__ as an id', [t('__proto__'), t('constructor', ['__proto__'])], '__proto__', ['constructor']],
  ])('%s', (_name, list, id, expected) => {
    expect(dependantsIndex(list)(id)).toEqual(expected);
  });

  it('follows a 20,000-task chain to its end', () => {
    const n = 20_000;
    const chain = Array.from({ length: n }, (_, i) => t(`T${i}`, i === 0 ? [] : [`T${i - 1}`]));
    expect(dependantsIndex(chain)('T0')).toHaveLength(n - 1);
    expect(dependantsIndex(chain)(`T${n - 2}`)).toEqual([`T${n - 1}`]);
  });
});
