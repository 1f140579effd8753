import { Dec } from '../../engine/money/decimal';
import { accept, cellReader, tooLong, type CellReader, type PresentCell } from './cell-read';
import { isPercentFormat } from './number-format';

/**
 * The text of a cell as a person reads it: numbers as their digits, booleans as TRUE/FALSE.
 *
 * @example cellText(1001) // '1001'
 * @example cellText(true) // 'TRUE'
 */
export function cellText(cell: PresentCell): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  return cell ? 'TRUE' : 'FALSE';
}

/**
 * Text, trimmed. A number becomes its text (`1001` → `'1001'`); a text beginning with `=`, `+` or `@`
 * stays inert text. More than 32,767 characters is `text_too_long`.
 *
 * @example readText('  Launch  ', context) // { ok: true, value: 'Launch' }
 */
export const readText: CellReader<string> = cellReader(
  (cell, context) => (typeof cell === 'string' ? tooLong(cell, context) : null) ?? accept(cellText(cell)),
);

/**
 * Text or a number, as a user writes a result or a target. A number shown with a percent format
 * (0.035 shown as `3.5%`) is the text `3.5%`, so the engine sees the percentage the user sees.
 *
 * @example readTextOrNumber(0.035, { ...context, numberFormat: '0.0%' }) // { ok: true, value: '3.5%' }
 * @example readTextOrNumber(500, context) // { ok: true, value: 500 }
 */
export const readTextOrNumber: CellReader<string | number> = cellReader((cell, context) => {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return accept(String(cell));
    return accept(isPercentFormat(context.numberFormat) ? `${new Dec(cell).times(100).toString()}%` : cell);
  }
  return (typeof cell === 'string' ? tooLong(cell, context) : null) ?? accept(cellText(cell));
});
