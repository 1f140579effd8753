import type { Dec } from '../money/decimal';
import { roundTo } from '../money/decimal';

/**
 * Hours for people: at most one decimal, half-up, grouped.
 *
 * @example formatHours(new Dec('7.25')) // '7.3 h'
 * @example formatHours(new Dec('1200')) // '1,200 h'
 */
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatHours(value: Dec): string {
  return `${ONE_DECIMAL.format(roundTo(value, 1))} h`;
}
