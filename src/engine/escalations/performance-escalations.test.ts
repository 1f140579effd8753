import type { KpiFigure } from '../analysis/campaign-analysis';
import { Dec } from '../money/decimal';
import { parseTarget } from '../metrics/parse-target';
import { makeKpi, makeSettings } from '../testing/fixtures';
import { performanceEscalations } from './performance-escalations';

function figure(pct: string | null, isPrimary: boolean): KpiFigure {
  const target = parseTarget('500');
  if (target === null) throw new Error('target');
  return {
    kpiIndex: 0,
    kpi: makeKpi('conversions', 500, { type: isPrimary ? 'primary' : 'secondary' }),
    metric: 'conversions',
    derived: 'conversions',
    target,
    direction: 'higher_is_better',
    actual:
      pct === null
        ? { kind: 'pending', eta: '2026-03-20' }
        : { kind: 'value', value: new Dec(pct).times(5), unit: 'count', estimated: false },
    pctOfTarget: pct === null ? null : new Dec(pct),
    label: pct === null ? '[PENDING]' : '[MEASURED]',
    isPrimary,
    gaps: [],
  };
}

describe('performanceEscalations', () => {
  it.each<[boolean, string | null, boolean, string | null]>([
    [true, '49.9', true, 'critical'],
    [true, '50', true, null],
    [true, '50.1', true, null],
    [false, '49.9', true, 'high'],
    [false, '0', true, 'high'],
    [true, '10', false, null],
    [true, null, true, null],
  ])('primary %s at %s %% (midpoint %s) → %s', (primary, pct, midpoint, severity) => {
    const found = performanceEscalations(
      [figure(pct, primary)],
      { midpointReached: midpoint },
      makeSettings(),
    );
    expect(found.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('uses Performance Threshold %', () => {
    const found = performanceEscalations(
      [figure('69', true)],
      { midpointReached: true },
      makeSettings({ performanceThresholdPct: 70 }),
    );
    expect(found).toEqual([expect.objectContaining({ code: 'kpi_below_threshold', thresholdPct: 70 })]);
  });
});
