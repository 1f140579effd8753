import { MAX_COLUMNS, MAX_ROWS, type Rect } from '../core/address';
import { fail } from '../core/errors';
import type { CellModel } from './cell';
import { cellKey, keyPosition } from './sheet-cells';
import { tablesOn } from './tables';
import type { BookModel, SheetModel, TableModel } from './types';

export type Shift = 'Down' | 'Right' | 'Up' | 'Left';

/** Rows and columns swapped, so one routine serves vertical and horizontal shifts. */
function transpose(r: Rect): Rect {
  return { top: r.left, left: r.top, bottom: r.right, right: r.bottom };
}

/**
 * Inserts (`Down`/`Right`) or deletes (`Up`/`Left`) the cells of `rect`, moving the cells beside it
 * as Excel does, and moving or resizing the tables in the way. A table the shift would cut through
 * is refused with `InsertDeleteConflict`. Merges, charts, conditional formats and validations are
 * not moved (the fake does not model that).
 */
export function shiftCells(
  book: BookModel,
  sheet: SheetModel,
  rect: Rect,
  shift: Shift,
  location: string,
): void {
  const vertical = shift === 'Down' || shift === 'Up';
  const insert = shift === 'Down' || shift === 'Right';
  const band = vertical ? rect : transpose(rect);
  const count = band.bottom - band.top + 1;
  const tableMoves = planTables(tablesOn(book, sheet), band, count, insert, vertical, location);
  const limit = vertical ? MAX_ROWS : MAX_COLUMNS;
  const moved = new Map<number, CellModel>();
  for (const [key, cell] of sheet.cells) {
    const pos = keyPosition(key);
    const along = vertical ? pos.row : pos.column;
    const across = vertical ? pos.column : pos.row;
    let target = along;
    if (across >= band.left && across <= band.right && along >= band.top) {
      if (insert) target = along + count;
      else if (along <= band.bottom) continue;
      else target = along - count;
    }
    if (target >= limit) fail('NonBlankCellOffSheet', location, 'cells would be pushed off the sheet');
    moved.set(vertical ? cellKey(target, pos.column) : cellKey(pos.row, target), cell);
  }
  sheet.cells.clear();
  for (const [key, cell] of moved) sheet.cells.set(key, cell);
  for (const apply of tableMoves) apply();
}

function planTables(
  tables: TableModel[],
  band: Rect,
  count: number,
  insert: boolean,
  vertical: boolean,
  location: string,
): Array<() => void> {
  const moves: Array<() => void> = [];
  for (const table of tables) {
    const t = vertical ? table.rect : transpose(table.rect);
    const apply = (next: Rect): void => {
      moves.push(() => {
        table.rect = vertical ? next : transpose(next);
      });
    };
    if (t.right < band.left || t.left > band.right || t.bottom < band.top) continue;
    const conflict = (): never =>
      fail('InsertDeleteConflict', location, `the shift would cut table "${table.name}"`);
    if (t.left < band.left || t.right > band.right) conflict();
    if (insert) {
      if (t.top >= band.top) apply({ ...t, top: t.top + count, bottom: t.bottom + count });
      else apply({ ...t, bottom: t.bottom + count });
      continue;
    }
    if (t.top > band.bottom) {
      apply({ ...t, top: t.top - count, bottom: t.bottom - count });
      continue;
    }
    const cut = Math.min(t.bottom, band.bottom) - Math.max(t.top, band.top) + 1;
    const firstKept = table.showHeaders ? t.top + 1 : t.top;
    if (band.top <= t.top || t.bottom - t.top + 1 - cut < firstKept - t.top + 1 || !vertical) conflict();
    apply({ ...t, bottom: t.bottom - cut });
  }
  return moves;
}
