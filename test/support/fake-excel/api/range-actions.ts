import { intersects } from '../core/address';
import { fail } from '../core/errors';
import type { RangeTarget } from '../model/range-io';
import { editCell, forStoredCells } from '../model/sheet-cells';
import { tablesOn } from '../model/tables';
import type { BookModel } from '../model/types';

/** `Range.select()`: the selection moves there and its sheet becomes active. */
export function selectRange(book: BookModel, target: RangeTarget): void {
  if (target.sheet.visibility !== 'Visible')
    fail('InvalidOperation', 'Range.select', 'cannot select on a hidden sheet');
  book.activeSheet = target.sheet;
  book.selection = { sheet: target.sheet, rect: target.rect };
}

/**
 * `Range.merge(across)`: one merged area, or one per row when `across`. Excel keeps the top-left
 * value of each area and drops the others; merging inside a table is refused.
 */
export function mergeRange(book: BookModel, target: RangeTarget, across: boolean): void {
  const { sheet, rect } = target;
  const table = tablesOn(book, sheet).find((t) => intersects(t.rect, rect));
  if (table !== undefined)
    fail('InvalidOperation', 'Range.merge', `cannot merge cells of table "${table.name}"`);
  const areas = across
    ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
        ...rect,
        top: rect.top + i,
        bottom: rect.top + i,
      }))
    : [rect];
  unmergeRange(target);
  for (const area of areas) {
    forStoredCells(sheet, area, (_cell, r, c) => {
      if (r === area.top && c === area.left) return;
      editCell(sheet, r, c, (cell) => {
        cell.value = null;
        delete cell.formula;
      });
    });
    if (area.left !== area.right || area.top !== area.bottom) sheet.merges.push(area);
  }
}

/** `Range.unmerge()`: removes merged areas that touch the range. */
export function unmergeRange(target: RangeTarget): void {
  const { sheet, rect } = target;
  for (let i = sheet.merges.length - 1; i >= 0; i -= 1) {
    const merge = sheet.merges[i];
    if (merge !== undefined && intersects(merge, rect)) sheet.merges.splice(i, 1);
  }
}
