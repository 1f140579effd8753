import Decimal from 'decimal.js';

/**
 * The engine's decimal type: 40 significant digits (money sums never lose a cent) and half-up
 * rounding. Every engine module uses this constructor, never the global `Decimal`.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const HUNDRED = new Dec(100);

/**
 * Rounds once, half-up, to `places` decimals and returns a plain number for JSON.
 *
 * @example roundTo(new Dec('2.345'), 2) // 2.35
 * @example roundTo(new Dec('-2.345'), 2) // -2.35 (half away from zero)
 */
export function roundTo(value: Dec, places: number): number {
  return value.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toNumber();
}

/** `part / whole × 100`, unrounded, or `null` when `whole` is zero. */
export function percentOf(part: Dec, whole: Dec): Dec | null {
  return whole.isZero() ? null : part.div(whole).times(HUNDRED);
}
