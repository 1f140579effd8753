import { Dec } from '../../engine/money/decimal';
import { BLANK, accept, cellReader, invalid, type CellReader } from './cell-read';
import { isPercentFormat } from './number-format';
import { parseNumberText } from './parse-number-text';

/**
 * A percentage as points (`50` means 50 %): `50`, `50%`, or a cell holding 0.5 shown as `50%`
 * (what Excel stores when someone types 50% into a cell).
 *
 * @example readPercentPoints('80%', context) // { ok: true, value: 80 }
 * @example readPercentPoints(0.8, { ...context, numberFormat: '0%' }) // { ok: true, value: 80 }
 */
export const readPercentPoints: CellReader<number> = cellReader((cell, context) => {
  if (typeof cell === 'boolean') return invalid(cell, context, 'percent');
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return invalid(cell, context, 'percent');
    return accept(isPercentFormat(context.numberFormat) ? new Dec(cell).times(100).toNumber() : cell);
  }
  const text = cell.trim();
  const points = text.endsWith('%') ? text.slice(0, -1) : text;
  if (points.includes('%')) return invalid(cell, context, 'percent');
  const n = parseNumberText(points, context.numberStyle ?? undefined);
  if (n === 'blank') return BLANK;
  return n === 'invalid' ? invalid(cell, context, 'percent') : accept(n);
});
