import { parseFigure } from '../../engine/metrics/parse-figure';
import type { CellReader } from './cell-read';
import { currencyOfMark, type CurrencyMark } from './currency-mark';
import { formatCurrency } from './format-currency';

/** The currency marks a KPI figure may carry (those `parseFigure` reads), and three-letter words. */
const MARKS = /[A-Z]{0,3}\$|[€£¥￥₹₩]|(?<![A-Za-z])[A-Za-z]{3}(?![A-Za-z])/g;

/**
 * The currency of a figure written as money (`≤ €80`, `80 USD`, `max 120 eur`), or `null` when the
 * figure is not money (`3.5%`, `500`, `2.4x`) or not a figure at all.
 *
 * @example figureCurrency('≤ €120')?.currencies // ['EUR']
 * @example figureCurrency('3.5%') // null
 */
export function figureCurrency(text: string): CurrencyMark | null {
  if (parseFigure(text)?.unit !== 'money') return null;
  for (const m of text.matchAll(MARKS)) {
    const mark = currencyOfMark(m[0]);
    if (mark !== null) return mark;
  }
  return null;
}

/**
 * A reader of figures (KPI Target and Actual) that also says the currency a figure is written in,
 * or a number cell's format shows (`€120`, `"€"#,##0`), for the check against its campaign's.
 *
 * @example withCurrency(readTextOrNumber)('€120', context) // { ok: true, value: '€120', currency: { mark: '€', currencies: ['EUR'] } }
 */
export function withCurrency(reader: CellReader<string | number>): CellReader<string | number> {
  return (cell, context) => {
    const read = reader(cell, context);
    if (!read.ok || read.value === null) return read;
    const mark =
      typeof read.value === 'string' ? figureCurrency(read.value) : formatCurrency(context.numberFormat);
    return mark === null ? read : { ...read, currency: mark };
  };
}
