import { isKnownCurrency } from '../../engine/money/currency';
import { accept, cellReader, invalid, type CellReader } from './cell-read';

/**
 * An ISO 4217 currency code, in any case (`eur` → `EUR`).
 *
 * @example readCurrency(' usd ', context) // { ok: true, value: 'USD' }
 * @example readCurrency('Euro', context) // invalid_value, expected 'currency_code'
 */
export const readCurrency: CellReader<string> = cellReader((cell, context) => {
  const code = typeof cell === 'string' ? cell.trim().toUpperCase() : '';
  return isKnownCurrency(code) ? accept(code) : invalid(cell, context, 'currency_code');
});
