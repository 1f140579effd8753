import { columnLetters, columnNumber } from '../../workbook/address/a1';

/** A rectangle in 1-based sheet rows and columns, both ends included. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * `B7`
 *
 * @example cellRef(7, 28) // 'AB7'
 */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * A range reference as Excel writes it in a table part (`B2:D9`, or `B2` for one cell).
 *
 * @example rangeRef({ top: 2, left: 2, bottom: 9, right: 4 }) // 'B2:D9'
 */
export function rangeRef(box: Box): string {
  const start = cellRef(box.top, box.left);
  const end = cellRef(box.bottom, box.right);
  return start === end ? start : `${start}:${end}`;
}

function parseCell(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (m === null) return null;
  return { row: Number(m[2]), column: columnNumber(m[1] ?? '') };
}

/**
 * Parses `B2:D9` (or a single cell `B2`) into a box, or `null` when it is not a cell range.
 *
 * @example parseRangeRef('B2:D9') // { top: 2, left: 2, bottom: 9, right: 4 }
 */
export function parseRangeRef(ref: string): Box | null {
  const [a = '', b = a, ...rest] = ref.split(':');
  if (rest.length > 0) return null;
  const start = parseCell(a);
  const end = parseCell(b);
  if (start === null || end === null) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
