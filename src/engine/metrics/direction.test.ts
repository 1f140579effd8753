import type { DerivedMetric } from '../analysis/campaign-analysis';
import { directionOf } from './direction';
import { parseTarget } from './parse-target';

describe('directionOf', () => {
  it.each<[DerivedMetric | null, string, string]>([
    ['cost', '5000', 'lower_is_better'],
    ['cpc', '$2', 'lower_is_better'],
    ['cpm', '10', 'lower_is_better'],
    ['cpa', '$80', 'lower_is_better'],
    ['cpa', '≥ 80', 'lower_is_better'],
    ['ctr', '3.5%', 'higher_is_better'],
    ['ctr', '≤ 3.5%', 'lower_is_better'],
    ['roas', '2.4x', 'higher_is_better'],
    ['conversions', '500', 'higher_is_better'],
    [null, '500', 'higher_is_better'],
    [null, 'max 5', 'lower_is_better'],
    [null, '< 5%', 'lower_is_better'],
  ])('%s with target %j → %s', (derived, target, expected) => {
    const parsed = parseTarget(target);
    if (parsed === null) throw new Error(`test target ${target} does not parse`);
    expect(directionOf(derived, parsed)).toBe(expected);
  });
});
