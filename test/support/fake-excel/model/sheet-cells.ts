import { MAX_COLUMNS, type Rect } from '../core/address';
import { emptyCell, isBlankCell, type CellModel } from './cell';
import type { SheetModel } from './types';

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function keyPosition(key: number): { row: number; column: number } {
  return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
}

/** The stored cell, or undefined when the cell was never written. */
export function peekCell(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(cellKey(row, column));
}

/** Changes one cell through `edit`, creating it as needed and dropping it again when it ends up blank. */
export function editCell(
  sheet: SheetModel,
  row: number,
  column: number,
  edit: (cell: CellModel) => void,
): void {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key) ?? emptyCell();
  edit(cell);
  if (isBlankCell(cell)) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}

/** Calls `visit` for each stored cell inside `rect` (never for cells that were not written). */
export function forStoredCells(
  sheet: SheetModel,
  rect: Rect,
  visit: (cell: CellModel, row: number, column: number) => void,
): void {
  const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  if (area <= sheet.cells.size) {
    for (let r = rect.top; r <= rect.bottom; r += 1) {
      for (let c = rect.left; c <= rect.right; c += 1) {
        const cell = peekCell(sheet, r, c);
        if (cell !== undefined) visit(cell, r, c);
      }
    }
    return;
  }
  for (const [key, cell] of [...sheet.cells]) {
    const { row, column } = keyPosition(key);
    if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right)
      visit(cell, row, column);
  }
}

/**
 * The smallest rectangle holding every cell with a value or formula (`valuesOnly`), or also every
 * formatted cell; undefined for a blank sheet.
 */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === null && cell.formula === undefined) continue;
    const { row, column } = keyPosition(key);
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return bottom < 0 ? undefined : { top, left, bottom, right };
}
