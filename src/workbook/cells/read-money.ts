import { isKnownCurrency } from '../../engine/money/currency';
import { BLANK, accept, cellReader, invalid, type CellReader } from './cell-read';
import { parseNumberText } from './parse-number-text';

const SYMBOLS = '€£¥₹₩₽₺₪₫฿₱';
/** A currency before the amount: an ISO code (`USD 80`), a dollar sign with its country (`US$`), a symbol. */
const PREFIX = new RegExp(`^(?:([A-Za-z]{3})(?![A-Za-z])|[A-Z]{0,3}\\$|[${SYMBOLS}])\\s*`);
/** A currency after the amount: `80 USD`, `80€`. */
const SUFFIX = new RegExp(`\\s*(?:(?<![A-Za-z])([A-Za-z]{3})|[$${SYMBOLS}])$`);

/**
 * The amount of a money text, without its currency symbol or code (`$80`, `80 USD`, `€1,200.50`,
 * `-$5`), or `'blank'`/`'invalid'`. The symbol is not checked against the campaign's currency.
 *
 * @example parseMoneyText('€1,200.50') // 1200.5
 * @example parseMoneyText('80 dollars') // 'invalid'
 */
export function parseMoneyText(text: string): number | 'blank' | 'invalid' {
  if (parseNumberText(text) === 'blank') return 'blank';
  let t = text.trim();
  let sign = '';
  if (t.startsWith('-') || t.startsWith('+')) {
    sign = t.slice(0, 1);
    t = t.slice(1).trimStart();
  }
  const prefix = PREFIX.exec(t);
  if (prefix !== null) {
    if (prefix[1] !== undefined && !isKnownCurrency(prefix[1].toUpperCase())) return 'invalid';
    t = t.slice(prefix[0].length);
  }
  const suffix = SUFFIX.exec(t);
  if (suffix !== null) {
    if (suffix[1] !== undefined && !isKnownCurrency(suffix[1].toUpperCase())) return 'invalid';
    t = t.slice(0, t.length - suffix[0].length);
  }
  if (t.includes('%')) return 'invalid';
  if (t === '') return 'invalid';
  return parseNumberText(sign + t);
}

/**
 * Money: a number, or a number with a currency symbol or code around it (`$80`, `80 USD`, `€1,200.50`).
 *
 * @example readMoney('$1,234.50', context) // { ok: true, value: 1234.5 }
 */
export const readMoney: CellReader<number> = cellReader((cell, context) => {
  if (typeof cell === 'number') return Number.isFinite(cell) ? accept(cell) : invalid(cell, context, 'money');
  if (typeof cell === 'boolean') return invalid(cell, context, 'money');
  const n = parseMoneyText(cell);
  if (n === 'blank') return BLANK;
  return n === 'invalid' ? invalid(cell, context, 'money') : accept(n);
});
