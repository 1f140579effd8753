import { Dec } from '../money/decimal';

/** A result that is a number: its value and how it is expressed. */
export interface NumericResult {
  readonly value: Dec;
  /** `3.5%` is a percentage, `2.4x` a multiplier; plain numbers and money (`$80`) are plain. */
  readonly unit: 'plain' | 'percent' | 'multiplier';
}

const NUMBER = /^([+-]?)([$€£¥]?)([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(%|x)?$/i;

/**
 * An Expected or Actual Result read as a number, or `null` when it is not one. Text may carry a
 * currency symbol, thousands commas, spaces, and a `%` or `x` after the number; anything else
 * (`≤ 80`, `1,5`, `12 leads`) is not a number.
 *
 * @example numericResult('1,200')?.value.toString() // '1200'
 * @example numericResult('3.5%') // { value: 3.5, unit: 'percent' }
 * @example numericResult('$80')?.unit // 'plain'
 * @example numericResult('about 80') // null
 */
export function numericResult(result: string | number | null): NumericResult | null {
  if (result === null) return null;
  if (typeof result === 'number')
    return Number.isFinite(result) ? { value: new Dec(result), unit: 'plain' } : null;
  if (result.length > 64) return null;
  const match = NUMBER.exec(result.replace(/\s+/g, ''));
  if (match === null) return null;
  const [, sign1 = '', , sign2 = '', digits = '', suffix = ''] = match;
  if (sign1 !== '' && sign2 !== '') return null;
  const value = new Dec(digits.replace(/,/g, ''));
  const unit = suffix === '%' ? 'percent' : suffix === '' ? 'plain' : 'multiplier';
  return { value: sign1 === '-' || sign2 === '-' ? value.negated() : value, unit };
}
