import type { Direction } from '../analysis/campaign-analysis';
import { Dec } from '../money/decimal';
import { pctOfTarget } from './pct-of-target';

describe('pctOfTarget', () => {
  it.each<[string, string, Direction, string | null]>([
    // higher is better: actual / target × 100
    ['450', '500', 'higher_is_better', '90'],
    ['3.2', '3.5', 'higher_is_better', '91.42857142857142857142857142857142857143'],
    ['0', '500', 'higher_is_better', '0'],
    ['750', '500', 'higher_is_better', '150'],
    // lower is better: target / actual × 100
    ['100', '80', 'lower_is_better', '80'],
    ['64', '80', 'lower_is_better', '125'],
    // an actual of 0 meets a lower-is-better target
    ['0', '80', 'lower_is_better', '100'],
    ['-1', '80', 'lower_is_better', '100'],
    // no target to compare with
    ['10', '0', 'higher_is_better', null],
    ['10', '0', 'lower_is_better', null],
    ['10', '-5', 'lower_is_better', null],
  ])('actual %s, target %s, %s → %s', (actual, target, direction, expected) => {
    expect(pctOfTarget(new Dec(actual), new Dec(target), direction)?.toString() ?? null).toBe(expected);
  });
});
