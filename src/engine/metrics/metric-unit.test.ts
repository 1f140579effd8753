import type { FigureUnit } from '../analysis/campaign-analysis';
import { Dec } from '../money/decimal';
import { metricUnit, toUnit } from './metric-unit';

describe('metric units', () => {
  it.each([
    ['impressions', 'count'],
    ['cost', 'money'],
    ['cpa', 'money'],
    ['ctr', 'percent'],
    ['conversion_rate', 'percent'],
    ['engagement_rate', 'percent'],
    ['roas', 'multiplier'],
  ] as const)('%s is in %s', (metric, unit) => {
    expect(metricUnit(metric)).toBe(unit);
  });

  it.each<[string, FigureUnit | 'number', FigureUnit | 'number', string, string]>([
    ['80', 'number', 'money', '80', 'money'],
    ['3.5', 'number', 'percent', '3.5', 'percent'],
    ['250', 'percent', 'multiplier', '2.5', 'multiplier'],
    ['0.5', 'multiplier', 'percent', '50', 'percent'],
    ['3.5', 'percent', 'percent', '3.5', 'percent'],
    // a pair that does not convert stays as written
    ['80', 'money', 'percent', '80', 'money'],
    ['7', 'percent', 'number', '7', 'percent'],
  ])('%s %s in %s → %s %s', (value, from, to, expected, unit) => {
    const result = toUnit(new Dec(value), from, to);
    expect([result.value.toString(), result.unit]).toEqual([expected, unit]);
  });
});
