import type { FigureUnit } from '../analysis/campaign-analysis';
import { parseTarget } from '../metrics/parse-target';
import { Dec } from '../money/decimal';
import {
  formatActual,
  formatCount,
  formatFigure,
  formatMultiplier,
  formatPercent,
  formatTarget,
  kpiStanding,
  percentDecimals,
} from './format-figure';

describe('formatting figures', () => {
  it.each<[string, FigureUnit | 'number', string, string]>([
    ['80', 'money', 'USD', '$80.00'],
    ['91.304347', 'money', 'USD', '$91.30'],
    ['1234.5', 'money', 'EUR', '€1,234.50'],
    ['1234.5', 'money', 'JPY', '¥1,235'],
    ['3.2', 'percent', 'USD', '3.2%'],
    ['3.25', 'percent', 'USD', '3.3%'],
    ['3', 'percent', 'USD', '3.0%'],
    ['2.4', 'multiplier', 'USD', '2.40x'],
    ['2.405', 'multiplier', 'USD', '2.41x'],
    ['15000', 'count', 'USD', '15,000'],
    ['22.5', 'count', 'USD', '22.5'],
    ['1234567.125', 'count', 'USD', '1,234,567.13'],
    ['1000', 'number', 'USD', '1,000'],
    ['0.03456', 'number', 'USD', '0.0346'],
    ['-1500.5', 'number', 'USD', '-1,500.5'],
    ['-0.001', 'percent', 'USD', '0.0%'],
  ])('%s %s (%s) → %s', (value, unit, currency, expected) => {
    expect(formatFigure(new Dec(value), unit, currency)).toBe(expected);
  });

  it('has helpers per unit', () => {
    expect(formatCount(new Dec('1000000'))).toBe('1,000,000');
    expect(formatPercent(new Dec('42.05'))).toBe('42.1%');
    expect(formatMultiplier(new Dec('0'))).toBe('0.00x');
  });

  it('formats targets, with ≤ when the user marked a maximum', () => {
    const target = (text: string, unit: FigureUnit) => {
      const t = parseTarget(text);
      if (t === null) throw new Error(text);
      return formatTarget({ ...t, unit }, 'USD');
    };
    expect(target('$80', 'money')).toBe('$80.00');
    expect(target('max 80', 'money')).toBe('≤ $80.00');
    expect(target('3.5%', 'percent')).toBe('3.5%');
    expect(target('15000', 'count')).toBe('15,000');
  });

  it('formats actuals of every kind', () => {
    const spent = new Dec(1200);
    expect(
      formatActual({ kind: 'value', value: new Dec('2.4'), unit: 'multiplier', estimated: false }, 'USD'),
    ).toBe('2.40x');
    expect(formatActual({ kind: 'unbounded', what: 'no_conversions', spent }, 'USD')).toBe(
      'no conversions yet ($1,200.00 spent)',
    );
    expect(formatActual({ kind: 'unbounded', what: 'no_clicks', spent }, 'EUR')).toBe(
      'no clicks yet (€1,200.00 spent)',
    );
    expect(formatActual({ kind: 'unbounded', what: 'no_impressions', spent }, 'USD')).toBe(
      'no impressions yet ($1,200.00 spent)',
    );
    expect(formatActual({ kind: 'pending', eta: '2026-11-25' }, 'USD')).toBe(
      'DATA PENDING — ETA: 2026-11-25',
    );
  });
});

describe('figures side by side agree', () => {
  it.each<[string, number[], number]>([
    // 75.00005 % against a 75 % flag it exceeds: 75.0 would hide the decision, 75.0001 (rounded half
    // up at four decimals) falls on the right side.
    ['75.00005', [75], 4],
    ['74.99995', [75], 5],
    ['82.4', [80], 1],
    ['49.96', [50, 100], 2],
    ['50', [50], 1],
  ])('%s%% against %j needs %d decimals', (value, thresholds, decimals) => {
    expect(percentDecimals(new Dec(value), thresholds)).toBe(decimals);
  });

  const target = (text: string, unit: FigureUnit) => {
    const t = parseTarget(text);
    if (t === null) throw new Error(text);
    return { ...t, unit };
  };

  it.each<[string, string, FigureUnit, 'higher_is_better' | 'lower_is_better', string, string]>([
    // 0.72 / 1.2 = 60.0 %: 0.7% would imply 58.3 %.
    ['0.72', '1.2%', 'percent', 'higher_is_better', '0.72%', '60.0%'],
    // 750 / 48,000 = 1.5625 %: 78.125 % of 2 % → 78.1 %, only 1.5625 gives it.
    ['1.5625', '2%', 'percent', 'higher_is_better', '1.5625%', '78.1%'],
    // CPA 157.7933… against $70: 44.36 %; 70 / 157.79 = 44.36 % → $157.79 is enough.
    ['157.79333', '$70', 'money', 'lower_is_better', '$157.79', '44.4%'],
    ['40', '100', 'count', 'higher_is_better', '40', '40.0%'],
  ])('actual %s against %s', (actual, targetText, unit, direction, shownActual, shownPct) => {
    const t = target(targetText, unit);
    const value = new Dec(actual);
    const pct =
      direction === 'higher_is_better' ? value.div(t.value).times(100) : t.value.div(value).times(100);
    const shown = kpiStanding(
      { actual: { kind: 'value', value, unit, estimated: false }, target: t, direction, pctOfTarget: pct },
      'USD',
      [50, 100],
    );
    expect([shown.actual, shown.pct]).toEqual([shownActual, shownPct]);
  });

  it('never rounds a target: 1.25% stays 1.25%', () => {
    expect(formatTarget(target('1.25%', 'percent'), 'USD')).toBe('1.25%');
    expect(formatTarget(target('$80.125', 'money'), 'USD')).toBe('$80.125');
  });
});
