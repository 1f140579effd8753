import type { FigureUnit } from '../analysis/campaign-analysis';
import { formatMoney } from '../money/currency';
import { type Dec, roundTo } from '../money/decimal';

const grouped = (digits: number, min = 0) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: digits });

/**
 * A count for people: grouped, at most two decimals (conversions may be fractional).
 *
 * @example formatCount(new Dec('15000')) // '15,000'
 * @example formatCount(new Dec('23.456')) // '23.46'
 */
export function formatCount(value: Dec): string {
  return grouped(2).format(roundTo(value, 2));
}

/**
 * A percentage, one decimal, half-up.
 *
 * @example formatPct(new Dec('3.25')) // '3.3%'
 */
export function formatPct(value: Dec): string {
  return `${grouped(1, 1).format(roundTo(value, 1))}%`;
}

/**
 * A ratio, two decimals, half-up, with an `x`.
 *
 * @example formatRatio(new Dec('2.4')) // '2.40x'
 */
export function formatRatio(value: Dec): string {
  return `${grouped(2, 2).format(roundTo(value, 2))}x`;
}

/**
 * Hours, at most one decimal.
 *
 * @example formatHours(new Dec('7.25')) // '7.3 h'
 */
export function formatHours(value: Dec): string {
  return `${grouped(1).format(roundTo(value, 1))} h`;
}

/**
 * A figure in its unit: money in the currency, percentages one decimal, multipliers two.
 *
 * @example formatFigure(new Dec('91.3'), 'money', 'USD') // '$91.30'
 * @example formatFigure(new Dec('2.4'), 'multiplier', 'USD') // '2.40x'
 */
export function formatFigure(value: Dec, unit: FigureUnit | 'number', currency: string): string {
  switch (unit) {
    case 'money':
      return formatMoney(value, currency);
    case 'percent':
      return formatPct(value);
    case 'multiplier':
      return formatRatio(value);
    default:
      return formatCount(value);
  }
}

/**
 * A length of time for people: days and hours, or hours and minutes under a day.
 *
 * @example formatDuration(74 * 3_600_000) // '3 d 2 h'
 * @example formatDuration(90 * 60_000) // '1 h 30 min'
 */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  const [d, h, m] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  if (d > 0) return h > 0 ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  return `${m} min`;
}

/** `1 task`, `2 tasks`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(0).format(n)} ${n === 1 ? one : many}`;
}
