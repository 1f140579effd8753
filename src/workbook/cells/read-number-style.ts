import type { NumberStyle } from '../../engine/model/settings';
import { normalizeName } from '../names/normalize-name';
import { accept, cellReader, invalid, type CellReader } from './cell-read';

const STYLES: ReadonlyMap<string, NumberStyle> = new Map([
  ['1,234.56', '1,234.56'],
  ['1.234,56', '1.234,56'],
  ['1234,56', '1.234,56'],
  [normalizeName('decimal point'), '1,234.56'],
  [normalizeName('decimal comma'), '1.234,56'],
]);

/**
 * Settings Number Format: how the workbook writes numbers as text, `1,234.56` or `1.234,56`
 * (`1 234,56` too), or in words, `decimal point` or `decimal comma`. A number is refused: Excel has
 * already turned the `1,234.56` typed into it into 1234.56, whichever the style.
 *
 * @example readNumberStyle(' 1.234,56 ', context) // { ok: true, value: '1.234,56' }
 * @example readNumberStyle('Decimal comma', context) // { ok: true, value: '1.234,56' }
 */
export const readNumberStyle: CellReader<NumberStyle> = cellReader((cell, context) => {
  const style = typeof cell === 'string' ? STYLES.get(normalizeName(cell)) : undefined;
  return style === undefined ? invalid(cell, context, 'number_style') : accept(style);
});
