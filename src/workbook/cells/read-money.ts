import {
  accept,
  BLANK,
  cellReader,
  invalid,
  refuse,
  type CellRead,
  type CellReader,
  type PresentCell,
  type CellContext,
} from './cell-read';
import { currencyOfMark, type CurrencyMark } from './currency-mark';
import { formatCurrency } from './format-currency';
import { otherStyle, readsTwoWays, styledDigits } from './number-style';
import { parseNumberText } from './parse-number-text';
import type { NumberStyle } from '../../engine/model/settings';

/** A money text taken apart: its sign, its digits as written, and the currency written around them. */
export interface MoneyParts {
  readonly sign: '' | '-';
  readonly digits: string;
  readonly mark: CurrencyMark | null;
}

/** Where the digits start: a digit, or a separator before one (`.5`). */
const DIGITS_START = /\d|[.,]\d/;
/** The digits of an amount: digits and separators, spaces only before a group of three, an exponent. */
const DIGITS = /^(?:\d|[.,](?=\d)|[ \u00a0\u202f](?=\d{3}(?!\d)))+(?:[eE][+-]?\d{1,4})?/;
const SIGN = /^[+\-−]/;

function markOf(written: string): CurrencyMark | null | 'invalid' {
  if (written === '') return null;
  return currencyOfMark(written) ?? 'invalid';
}

/**
 * A money text taken apart (`-$1,200.50` → sign `-`, digits `1,200.50`, mark `$`), or `null` when
 * it is not an amount with at most a currency before and after it (`80 dollars`, `80%`, `(80)`).
 *
 * @example moneyParts('€ 25.000')?.digits // '25.000'
 * @example moneyParts('25000 EUR')?.mark?.currencies // ['EUR']
 */
export function moneyParts(text: string): MoneyParts | null {
  let t = text.trim();
  let sign = '';
  if (SIGN.test(t)) {
    sign = t.charAt(0);
    t = t.slice(1).trimStart();
  }
  const start = t.search(DIGITS_START);
  if (start < 0) return null;
  let before = t.slice(0, start).trim();
  if (sign === '' && SIGN.test(before.slice(-1))) {
    sign = before.slice(-1);
    before = before.slice(0, -1).trim();
  }
  const rest = t.slice(start);
  const digits = DIGITS.exec(rest)?.[0] ?? '';
  const after = rest.slice(digits.length).trim();
  const pre = markOf(before);
  const suf = markOf(after);
  if (pre === 'invalid' || suf === 'invalid' || digits === '') return null;
  let mark = pre ?? suf;
  if (pre !== null && suf !== null) {
    const shared = pre.currencies.filter((c) => suf.currencies.includes(c));
    if (shared.length === 0) return null;
    mark = { mark: `${pre.mark} … ${suf.mark}`, currencies: shared };
  }
  return { sign: sign === '' || sign === '+' ? '' : '-', digits: digits.trim(), mark };
}

function amount(parts: MoneyParts, digits: string): number | null {
  const value = Number(`${parts.sign}${digits}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * The amount of money a text holds in the workbook's number style, with the currency written
 * around it. Without a style (Settings Number Format blank), `25.000` — 25 with a decimal point,
 * 25,000 with point groups — is `ambiguous_number` with both readings, and `1.234,56` (only a
 * decimal comma reads it) `ambiguous_number` with its one reading.
 *
 * @example readMoneyText('€1,200.50', context) // { ok: true, value: 1200.5, currency: { mark: '€', currencies: ['EUR'] } }
 * @example readMoneyText('25.000', context) // ambiguous_number, readings 25 (1,234.56) and 25000 (1.234,56)
 */
function readMoneyText(cell: string, context: CellContext): CellRead<number> {
  if (parseNumberText(cell) === 'blank') return BLANK;
  const parts = cell.length > 400 ? null : moneyParts(cell);
  if (parts === null) return invalid(cell, context, 'money');
  const withMark = (value: number): CellRead<number> =>
    parts.mark === null ? accept(value) : { ok: true, value, currency: parts.mark };
  const style: NumberStyle | null = context.numberStyle ?? null;
  const reading = (s: NumberStyle) => {
    const digits = styledDigits(parts.digits, s);
    const value = digits === null ? null : amount(parts, digits);
    return value === null ? [] : [{ style: s, value }];
  };
  const chosen = reading(style ?? '1,234.56');
  const [first] = chosen;
  const twoWays = style === null && readsTwoWays(parts.digits);
  if (first !== undefined && !twoWays) return withMark(first.value);
  const readings = twoWays ? [...chosen, ...reading('1.234,56')] : reading(otherStyle(style ?? '1,234.56'));
  if (readings.length === 0) return invalid(cell, context, 'money');
  return refuse({
    code: 'ambiguous_number',
    column: context.column,
    value: cell.trim(),
    readings,
    style,
  });
}

/**
 * Money: a number, or a number with a currency symbol or code around it (`$80`, `80 USD`,
 * `€1,200.50`, `25000 kr`). The currency found (in the text, or in a number cell's format such as
 * `"€"#,##0`) comes with the value, for the reader to check against the campaign's currency.
 *
 * @example readMoney('$1,234.50', context) // { ok: true, value: 1234.5, currency: { mark: '$', currencies: ['USD', 'CAD', …] } }
 */
export const readMoney: CellReader<number> = cellReader((cell: PresentCell, context) => {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return invalid(cell, context, 'money');
    const mark = formatCurrency(context.numberFormat);
    return mark === null ? accept(cell) : { ok: true, value: cell, currency: mark };
  }
  if (typeof cell === 'boolean') return invalid(cell, context, 'money');
  return readMoneyText(cell, context);
});
