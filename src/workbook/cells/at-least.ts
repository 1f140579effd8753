import { refuse, type CellReader } from './cell-read';

/**
 * A reader that also refuses numbers below `min` (or equal to it when not `inclusive`): a negative
 * number is `negative_value`, any other too small number `too_small`.
 *
 * @example atLeast(readInteger, 1, true)('0', context) // too_small: must be at least 1
 * @example atLeast(readNumber, 0, false)('0', context) // too_small: must be greater than 0
 */
export function atLeast(reader: CellReader<number>, min: number, inclusive: boolean): CellReader<number> {
  return (cell, context) => {
    const read = reader(cell, context);
    if (!read.ok || read.value === null) return read;
    const value = read.value;
    if (value < 0 && min >= 0) return refuse({ code: 'negative_value', column: context.column, value });
    if (value < min || (!inclusive && value === min)) {
      return refuse({ code: 'too_small', column: context.column, value, min, inclusive });
    }
    return read;
  };
}
