import { budgetRemaining } from '../src/engine/metrics/budget-remaining';
import { directionOf } from '../src/engine/metrics/direction';
import { derivedMetricOf } from '../src/engine/metrics/metric-name';
import { parseTarget } from '../src/engine/metrics/parse-target';
import { pctOfTarget } from '../src/engine/metrics/pct-of-target';
import { taskCompletionRate } from '../src/engine/metrics/task-completion-rate';
import { Dec } from '../src/engine/money/decimal';
import * as OPS from './functions';
import { installCustomFunctionsStub, shown } from './testing/custom-functions-stub';

installCustomFunctionsStub();

const column = (xs: readonly unknown[]) => xs.map((x) => [x]);

describe('OPS.PCT_OF_TARGET', () => {
  /** The engine's percent of target for an actual and a target as the engine reads them. */
  function engine(actual: string, target: string | number, metric: string | null): number {
    const parsed = parseTarget(target);
    if (parsed === null) throw new Error('not a target');
    const direction = directionOf(metric === null ? null : derivedMetricOf(metric), parsed);
    const pct = pctOfTarget(new Dec(actual), parsed.value, direction);
    if (pct === null) throw new Error('no percent of target');
    return pct.div(100).toNumber();
  }

  it.each<[string, unknown[][], unknown, string | undefined, number]>([
    ['higher is better', [[450]], 500, undefined, engine('450', 500, null)],
    ['a target written as text', [[450]], '500', undefined, engine('450', '500', null)],
    ['a maximum flips the direction', [[100]], '≤ $80', undefined, engine('100', '≤ $80', null)],
    ['"max 80" too', [[100]], 'max 80', undefined, engine('100', 'max 80', null)],
    ['a cost metric is lower-is-better', [[157.79]], 70, 'CPA', engine('157.79', 70, 'CPA')],
    [
      'metric names as people write them',
      [[4.7338]],
      '≤ $5',
      'Cost per click',
      engine('4.7338', '≤ $5', 'cpc'),
    ],
    [
      'a metric of their own stays higher-is-better',
      [[350]],
      '1,000',
      'Sign-ups',
      engine('350', '1,000', null),
    ],
    [
      'an actual over a range, added up',
      column([200, null, 150]),
      1000,
      undefined,
      engine('350', 1000, null),
    ],
    ['a multiplier', [[2.1]], '2.4x', 'ROAS', engine('2.1', '2.4x', 'roas')],
    ['a lower-is-better actual of 0 meets it', [[0]], '≤ 80', undefined, engine('0', '≤ 80', null)],
  ])('%s: returns what the engine returns', (_name, actual, target, metric, expected) => {
    expect(OPS.PCT_OF_TARGET(actual, [[target]], metric === undefined ? undefined : [[metric]])).toBe(
      expected,
    );
  });

  it.each<[string, unknown, unknown, unknown, number]>([
    ['450 against 500 is 90 %', [[450]], [[500]], undefined, 0.9],
    ['100 against ≤ 80 is 80 / 100', [[100]], [['≤ 80']], undefined, 0.8],
    // A percentage target compares with a percent-formatted actual: 1.5625 % against 2 % is 78.125 %.
    ['a CTR of 0.015625 against "2%"', [[0.015625]], [['2%']], undefined, 0.78125],
    ['a CTR of 0.015625 against a 2% cell (0.02)', [[0.015625]], [[0.02]], undefined, 0.78125],
    ['an actual typed as "1.5625%"', [['1.5625%']], [['2%']], undefined, 0.78125],
    ['a CPA of 100 against 80 with metric "CPA" is 80 / 100', [[100]], [[80]], [['CPA']], 0.8],
  ])('worked by hand: %s', (_name, actual, target, metric, expected) => {
    expect(
      OPS.PCT_OF_TARGET(actual as unknown[][], target as unknown[][], metric as unknown[][] | undefined),
    ).toBeCloseTo(expected, 12);
  });

  it.each<[string, unknown, unknown, unknown]>([
    [
      'a blank actual is no data',
      [[null]],
      [[500]],
      { error: '#N/A', message: 'No data yet: every cell given is blank.' },
    ],
    ['a blank target', [[450]], [[null]], { error: '#VALUE!', message: 'target is required.' }],
    [
      'a target that is not a figure',
      [[450]],
      [['soon']],
      { error: '#VALUE!', message: 'target: "soon" is not a target such as 500, 3.5%, $80, ≤ 80 or 2.4x.' },
    ],
    [
      'a zero target',
      [[450]],
      [[0]],
      { error: '#VALUE!', message: 'target: the target "0" must be above zero.' },
    ],
    [
      'a target range of two values',
      [[450]],
      column([500, 600]),
      { error: '#VALUE!', message: 'target takes one value, not a range of 2 values.' },
    ],
    [
      'an actual that is not a number',
      [['lots']],
      [[500]],
      { error: '#VALUE!', message: 'actual: "lots" is not a number.' },
    ],
  ])('%s', (_name, actual, target, expected) => {
    expect(shown(() => OPS.PCT_OF_TARGET(actual as unknown[][], target as unknown[][]))).toEqual(expected);
  });
});

describe('OPS.BUDGET_REMAINING(spent, allocated)', () => {
  it.each<[string, unknown[][], unknown[][], string, string]>([
    ['single cells', [[2100]], [[5000]], '2100', '5000'],
    ['overspent is negative', [[5250.5]], [[5000]], '5250.5', '5000'],
    [
      'ranges added up exactly, blanks skipped',
      column([0.1, null, '$0.05']),
      column([0.1, 0.2]),
      '0.15',
      '0.3',
    ],
  ])('%s: returns what the engine returns', (_name, spent, allocated, s, a) => {
    expect(OPS.BUDGET_REMAINING(spent, allocated)).toBe(budgetRemaining(new Dec(a), new Dec(s)).toNumber());
  });

  it('worked by hand: 5,000 − 1,200.50 − 799.50 is 3,000; 0.3 − 0.15 is 0.15, exactly', () => {
    expect(OPS.BUDGET_REMAINING(column([1200.5, 799.5]), [[5000]])).toBe(3000);
    expect(OPS.BUDGET_REMAINING(column([0.1, 0.05]), column([0.1, 0.2]))).toBe(0.15);
  });

  it('takes spent first, like BUDGET_UTILIZATION and PACING: the same two cells give the same sign of story', () => {
    // 4,000 spent of 5,000: 80% used, 1,000 left; swapping the arguments would say -1,000.
    expect(OPS.BUDGET_UTILIZATION([[4000]], [[5000]])).toBe(0.8);
    expect(OPS.BUDGET_REMAINING([[4000]], [[5000]])).toBe(1000);
  });

  it('errors name the argument', () => {
    expect(shown(() => OPS.BUDGET_REMAINING([[null]], [[null]]))).toMatchObject({ error: '#N/A' });
    expect(shown(() => OPS.BUDGET_REMAINING([[1]], [['five']]))).toEqual({
      error: '#VALUE!',
      message: 'allocated: "five" is not a number.',
    });
  });
});

describe('OPS.TASK_COMPLETION_RATE', () => {
  it.each<[string, unknown[], string[]]>([
    [
      'two of four, cancelled counted',
      ['completed', 'in_progress', 'cancelled', 'completed'],
      ['completed', 'in_progress', 'cancelled', 'completed'],
    ],
    ['blanks are not tasks', ['completed', null, '', 'pending'], ['completed', 'pending']],
    [
      'statuses as people write them',
      ['Completed', 'In Progress', 'BLOCKED'],
      ['completed', 'in_progress', 'blocked'],
    ],
    ['none completed', ['pending', 'failed'], ['pending', 'failed']],
  ])('%s: returns what the engine returns', (_name, cells, statuses) => {
    const rate = taskCompletionRate(statuses);
    expect(OPS.TASK_COMPLETION_RATE(column(cells))).toBe(rate?.div(100).toNumber());
  });

  it('worked by hand: 3 completed of 10, one cancelled, is 30 %', () => {
    const cells = [...Array(3).fill('completed'), 'cancelled', ...Array(6).fill('pending')];
    expect(OPS.TASK_COMPLETION_RATE(column(cells))).toBe(0.3);
  });

  it('errors', () => {
    expect(shown(() => OPS.TASK_COMPLETION_RATE(column([null, ''])))).toMatchObject({ error: '#N/A' });
    expect(shown(() => OPS.TASK_COMPLETION_RATE(column(['completed', 'done'])))).toEqual({
      error: '#VALUE!',
      message:
        'statuses: "done" is not a task status (pending, in_progress, completed, blocked, failed and cancelled).',
    });
  });
});
