import { BLANK, accept, cellReader, invalid, refuse, type CellReader } from './cell-read';
import { parseNumberText } from './parse-number-text';

/**
 * A number: a number cell, or text such as `1,234.50`, ` 12 `, `12%` (0.12), in the workbook's
 * number style (`context.numberStyle`). `-`, `--` and blank
 * cells are blank. TRUE/FALSE and `(1,234)` are refused.
 *
 * @example readNumber('1,234.50', context) // { ok: true, value: 1234.5 }
 */
export const readNumber: CellReader<number> = cellReader((cell, context) => {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? accept(cell) : invalid(cell, context, 'number');
  if (typeof cell === 'boolean') return invalid(cell, context, 'number');
  const n = parseNumberText(cell, context.numberStyle ?? undefined);
  if (n === 'blank') return BLANK;
  return n === 'invalid' ? invalid(cell, context, 'number') : accept(n);
});

/**
 * A whole number, written as a number or as text (`3`, `3.0`, `1,000`).
 *
 * @example readInteger('2.5', context) // invalid_value, expected 'integer'
 */
export const readInteger: CellReader<number> = (cell, context) => {
  const read = readNumber(cell, context);
  if (!read.ok && read.detail.code === 'invalid_value')
    return { ...read, detail: { ...read.detail, expected: 'integer' } };
  if (read.ok && read.value !== null && !Number.isInteger(read.value)) {
    return refuse({
      code: 'invalid_value',
      column: context.column,
      value: String(cell).trim(),
      expected: 'integer',
    });
  }
  return read;
};

/**
 * A reader that also refuses numbers below zero (`negative_value`).
 *
 * @example nonNegative(readNumber)('-3', context) // negative_value
 */
export function nonNegative(reader: CellReader<number>): CellReader<number> {
  return (cell, context) => {
    const read = reader(cell, context);
    return read.ok && read.value !== null && read.value < 0
      ? refuse({ code: 'negative_value', column: context.column, value: read.value })
      : read;
  };
}
