import { accept, cellReader, tooLong, type CellReader } from './cell-read';
import { cellText } from './read-text';

/**
 * A list in one cell: items split on `separator`, trimmed, empty items dropped.
 *
 * @example readList(/[,;]/)('T1, T2;;T3 ', context) // { ok: true, value: ['T1', 'T2', 'T3'] }
 */
export function readList(separator: RegExp): CellReader<string[]> {
  return cellReader((cell, context) => {
    const tooLongText = typeof cell === 'string' ? tooLong(cell, context) : null;
    if (tooLongText !== null) return tooLongText;
    const items = cellText(cell)
      .split(separator)
      .map((item) => item.trim())
      .filter((item) => item !== '');
    return accept(items);
  });
}

/** Blockers: several separated by `;`. */
export const readBlockerList = readList(/;/);
