import { minorUnits } from '../../engine/money/currency';

/**
 * Money with the currency's minor unit and its code: `#,##0.00 "USD"`, `#,##0 "JPY"`.
 *
 * @example moneyFormat('EUR') // '#,##0.00 "EUR"'
 */
export function moneyFormat(currency: string): string {
  return `${amountFormat(minorUnits(currency))} "${currency}"`;
}

/**
 * An amount with `digits` decimals and thousands separators, no currency.
 *
 * @example amountFormat(3) // '#,##0.000'
 */
export function amountFormat(digits: number): string {
  return digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
}

/** A percentage held as points (42.5 shows 42.5%), as the JSON holds it. */
export const PERCENT_POINTS_FORMAT = '0.0"%"';

/**
 * A percentage held as points with as many decimals as the figure carries (at least one): the engine
 * gives more than one only where a threshold needs them (75.0001 against a 75 % flag), and the cell
 * must show them too.
 *
 * @example percentPointsFormat(75.0001) // '0.0000"%"'
 */
export function percentPointsFormat(value: number): string {
  const decimals = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
  return decimals <= 1 ? PERCENT_POINTS_FORMAT : `0.${'0'.repeat(Math.min(decimals, 10))}"%"`;
}
export const COUNT_FORMAT = '#,##0';
export const RATIO_FORMAT = '0.00';
export const MULTIPLIER_FORMAT = '0.00"x"';
export const HOURS_FORMAT = '0.0#';
