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
