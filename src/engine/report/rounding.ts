import type { FigureUnit } from '../analysis/campaign-analysis';
import { minorUnits, roundMoney } from '../money/currency';
import { type Dec, roundTo } from '../money/decimal';

/** `-0` becomes `0`, so JSON and comparisons never see a negative zero. */
const plain = (n: number): number => n + 0;

/**
 * A percentage for output: one decimal, half-up.
 *
 * @example pct1(new Dec('42.05')) // 42.1
 */
export function pct1(value: Dec): number {
  return plain(roundTo(value, 1));
}

/**
 * A ratio or multiplier for output: two decimals, half-up.
 *
 * @example ratio2(new Dec('2.405')) // 2.41
 */
export function ratio2(value: Dec): number {
  return plain(roundTo(value, 2));
}

/**
 * Money for output: the currency's minor unit, half-up.
 *
 * @example money(new Dec('91.304'), 'USD') // 91.3
 */
export function money(value: Dec, currency: string): number {
  return plain(roundMoney(value, currency));
}

/**
 * A figure for output in its unit: money to the minor unit, percentages one decimal, multipliers,
 * counts and plain numbers two decimals — plus `extra` decimals where the figure is shown more
 * precisely beside its percent of target (docs/rules.md, Figures side by side).
 *
 * @example figureNumber(new Dec('3.333'), 'percent', 'USD') // 3.3
 * @example figureNumber(new Dec('0.7216'), 'percent', 'USD', 1) // 0.72
 */
export function figureNumber(value: Dec, unit: FigureUnit | 'number', currency: string, extra = 0): number {
  if (unit === 'money') return plain(roundTo(value, minorUnits(currency) + extra));
  return plain(roundTo(value, (unit === 'percent' ? 1 : 2) + extra));
}
