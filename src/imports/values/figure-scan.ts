import type { NumberConvention } from './number-convention';

/** Figures are summed in millionths while that is exact (see `RowSums`). */
export const MICROS = 1_000_000;
/** The largest whole part scanned: its millionths stay safe integers. */
const MAX_WHOLE = 9_000_000_000;
/** Excel keeps 15 significant digits. */
export const MAX_SIGNIFICANT_DIGITS = 15;

const ZERO = 48;
const NINE = 57;
const COMMA = 44;
const POINT = 46;
/** 10^(6 − decimals): millionths per unit of the last decimal. */
const STEP = [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

/**
 * A figure written plainly in one convention, read without regular expressions or allocation:
 * digits, the convention's thousands separator between groups of three, its decimal mark and at
 * most six decimals, 15 digits at most, and no fraction of a `whole` figure (impressions, clicks,
 * engagements). Returns the value in millionths, or `NaN` for anything else (a sign, a currency,
 * spaces, more decimals, the other convention…), which the full reading (`readMetricCell`) then
 * settles — so this only ever gives the full reading's answer sooner.
 *
 * @example scanFigure('1,414,877', 'point', true) // 1414877000000
 * @example scanFigure('454,06', 'comma', false) // 454060000
 * @example scanFigure('454,06', 'point', false) // NaN
 */
export function scanFigure(text: string, convention: NumberConvention, wholeOnly: boolean): number {
  const group = convention === 'point' ? COMMA : POINT;
  const mark = convention === 'point' ? POINT : COMMA;
  const n = text.length;
  let whole = 0;
  let digits = 0;
  let run = 0;
  let grouped = false;
  let i = 0;
  let c = 0;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      whole = whole * 10 + (c - ZERO);
      digits++;
      run++;
    } else if (c === group) {
      if (grouped ? run !== 3 : run < 1 || run > 3) return NaN;
      grouped = true;
      run = 0;
    } else break;
  }
  if (digits === 0 || (grouped && run !== 3) || whole > MAX_WHOLE) return NaN;
  let fraction = 0;
  let decimals = 0;
  if (i < n) {
    if (c !== mark) return NaN;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      if (c < ZERO || c > NINE || decimals === 6) return NaN;
      fraction = fraction * 10 + (c - ZERO);
      decimals++;
    }
  }
  if (digits + decimals > MAX_SIGNIFICANT_DIGITS || (wholeOnly && fraction !== 0)) return NaN;
  return whole * MICROS + fraction * (STEP[decimals] ?? 1);
}

/**
 * The significant digits of a decimal text: from the first non-zero digit to the last.
 *
 * @example significantDigits('1000') // 1
 * @example significantDigits('0.00120') // 2
 * @example significantDigits('12345678901234567890') // 19
 */
export function significantDigits(decimal: string): number {
  const mantissa = decimal.replace(/^-/, '').split(/[eE]/)[0] ?? '';
  const digits = mantissa.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}
