import { currencyOfMark, type CurrencyMark } from './currency-mark';

/** Pieces of a number format that show text: `[$€-407]`, `"EUR"`, `\€`, or a bare currency sign. */
const PIECES = /\[\$([^\]-]*)(?:-[^\]]*)?\]|"([^"]*)"|\\(.)|([$€£¥￥₹₩₽₺₪₫฿₱])/g;

/**
 * The currency an Excel number format shows with its number, or `null`: a locale currency
 * (`[$€-407]#,##0.00`, `[$EUR] #,##0`), a quoted one (`"£"#,##0`, `#,##0 "USD"`), an escaped one
 * (`\€#,##0`) or a bare `$` (`$#,##0`). Only the first section (positive numbers) counts.
 *
 * @example formatCurrency('[$€-407] #,##0.00')?.currencies // ['EUR']
 * @example formatCurrency('#,##0.00 "USD"')?.currencies // ['USD']
 * @example formatCurrency('0.0%') // null
 */
export function formatCurrency(format: string | null): CurrencyMark | null {
  if (format === null) return null;
  const first = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0] ?? '';
  for (const m of first.matchAll(PIECES)) {
    const piece = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (piece === '') continue;
    const mark = currencyOfMark(piece);
    if (mark !== null) return { ...mark, format };
  }
  return null;
}
