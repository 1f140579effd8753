import { columnCount, contains, intersects, parseAddress, type Rect } from '../core/address';
import { fail } from '../core/errors';
import { displayText } from '../core/number-format';
import { GENERAL } from './cell';
import { editCell, peekCell } from './sheet-cells';
import type { BookModel, SheetModel, TableModel } from './types';

export function tablesOn(book: BookModel, sheet: SheetModel): TableModel[] {
  return book.tables.filter((t) => t.sheet === sheet);
}

export function findTable(book: BookModel, key: string): TableModel | undefined {
  const wanted = key.toLowerCase();
  return book.tables.find((t) => t.id === key || t.name.toLowerCase() === wanted);
}

/**
 * Excel's table-name rules: starts with a letter, `_` or `\`; then letters, digits, `.` and `_`
 * (no spaces); at most 255 characters; not `C`/`R`; not a cell reference; unique ignoring case.
 */
export function checkTableName(book: BookModel, name: unknown, location: string, self?: TableModel): string {
  const valid =
    typeof name === 'string' &&
    /^[\p{L}_\\][\p{L}\p{N}._]*$/u.test(name) &&
    name.length <= 255 &&
    !/^[crCR]$/.test(name) &&
    parseAddress(name) === undefined &&
    !/^[rR]\d*[cC]\d*$/.test(name);
  if (!valid) fail('InvalidArgument', location, `not a valid table name: ${JSON.stringify(name)}`);
  const clash = findTable(book, name);
  if (clash !== undefined && clash !== self)
    fail('ItemAlreadyExists', location, `a table named "${clash.name}" exists`);
  return name;
}

export function defaultTableName(book: BookModel): string {
  for (let n = 1; ; n += 1) if (findTable(book, `Table${n}`) === undefined) return `Table${n}`;
}

export function headerRow(table: TableModel): number | undefined {
  return table.showHeaders ? table.rect.top : undefined;
}

/** The data rows (below the header), possibly empty when only the header remains. */
export function bodyRect(table: TableModel): Rect {
  return { ...table.rect, top: table.rect.top + (table.showHeaders ? 1 : 0) };
}

/**
 * Re-reads the header cells into column names as Excel does: text of the cell, `ColumnN` for a blank,
 * a number suffix for a repeat; the header cells then hold those names as text.
 */
export function syncHeaderNames(table: TableModel): void {
  const row = headerRow(table);
  if (row === undefined) return;
  const seen = new Set<string>();
  table.columns.forEach((column, i) => {
    const cell = peekCell(table.sheet, row, table.rect.left + i);
    const shown = cell === undefined ? '' : displayText(cell.value, cell.numberFormat);
    let name = shown.trim() === '' ? `Column${i + 1}` : shown;
    for (let n = 2; seen.has(name.toLowerCase()); n += 1) name = `${shown}${n}`;
    seen.add(name.toLowerCase());
    column.name = name;
    editCell(table.sheet, row, table.rect.left + i, (c) => {
      c.value = name;
      delete c.formula;
    });
  });
}

/** Refuses a table over another table or a merged area (Excel's `MergedRangeConflict`). */
export function checkTableSpace(
  book: BookModel,
  sheet: SheetModel,
  rect: Rect,
  location: string,
  self?: TableModel,
): void {
  const other = tablesOn(book, sheet).find((t) => t !== self && intersects(t.rect, rect));
  if (other !== undefined) fail('MergedRangeConflict', location, `overlaps table "${other.name}"`);
  if (sheet.merges.some((m) => intersects(m, rect)))
    fail('MergedRangeConflict', location, 'overlaps merged cells');
}

/**
 * Grows tables whose next row was just written (Excel extends a table over values written in the
 * row directly below it, within its columns, as Microsoft's performance guidance relies on). With
 * `book.tableAutoExpansion` `partial` only the first written row joins the table, with `none` none.
 */
export function autoExpandTables(book: BookModel, sheet: SheetModel, written: Rect): void {
  if (book.tableAutoExpansion === 'none') return;
  for (const table of tablesOn(book, sheet)) {
    const below = written.top === table.rect.bottom + 1;
    const within = contains({ ...table.rect, top: written.top, bottom: written.bottom }, written);
    if (!below || !within || table.showTotals) continue;
    let filled = false;
    for (let r = written.top; r <= written.bottom && !filled; r += 1) {
      for (let c = written.left; c <= written.right; c += 1)
        if ((peekCell(sheet, r, c)?.value ?? null) !== null) filled = true;
    }
    if (!filled) continue;
    const grown = {
      ...table.rect,
      bottom: book.tableAutoExpansion === 'partial' ? written.top : written.bottom,
    };
    if (tablesOn(book, sheet).some((t) => t !== table && intersects(t.rect, grown))) continue;
    table.rect = grown;
  }
}

/** The number format Excel carries into a new table row: the one of the row above, per column. */
export function columnFormats(table: TableModel, aboveRow: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < columnCount(table.rect); c += 1) {
    const cell = peekCell(table.sheet, aboveRow, table.rect.left + c);
    out.push(aboveRow > (headerRow(table) ?? -1) ? (cell?.numberFormat ?? GENERAL) : GENERAL);
  }
  return out;
}
