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
 * A range reference as Excel writes it in a part (`B2:D9`, or `B2` for one cell).
 *
 * @example rangeRef({ top: 2, left: 2, bottom: 9, right: 4 }) // 'B2:D9'
 */
export function rangeRef(box: Box): string {
  const start = cellRef(box.top, box.left);
  const end = cellRef(box.bottom, box.right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * Row and column of a cell reference (`$` signs allowed), or `null`.
 *
 * @example parseCellRef('AB7') // { row: 7, column: 28 }
 */
export function parseCellRef(ref: string): { row: number; column: number } | null {
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
  const [a = '', b = a, ...rest] = ref.trim().split(':');
  if (rest.length > 0) return null;
  const start = parseCellRef(a);
  const end = parseCellRef(b);
  if (start === null || end === null) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/**
 * The smallest box holding both (either may be `null`).
 *
 * @example unionBox({ top: 1, left: 1, bottom: 2, right: 2 }, { top: 5, left: 1, bottom: 5, right: 1 }) // { top: 1, left: 1, bottom: 5, right: 2 }
 */
export function unionBox(a: Box | null, b: Box | null): Box | null {
  if (a === null) return b;
  if (b === null) return a;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** Whether the cell lies in the box. */
export function inBox(box: Box, row: number, column: number): boolean {
  return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
}
