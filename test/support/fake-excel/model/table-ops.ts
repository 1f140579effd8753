import { columnCount, rowCount, type Rect } from '../core/address';
import { fail } from '../core/errors';
import { clearRange, writeValues } from './range-io';
import { shiftCells } from './shift';
import { editCell, peekCell } from './sheet-cells';
import { bodyRect, checkTableSpace, defaultTableName, syncHeaderNames } from './tables';
import type { BookModel, SheetModel, TableModel } from './types';

/**
 * `tables.add(address, hasHeaders)`. Without headers Excel inserts a header row above the data
 * (shifting those columns down) named `Column1…`; a header-only range gets one empty data row.
 */
export function createTable(
  book: BookModel,
  sheet: SheetModel,
  rect: Rect,
  hasHeaders: boolean,
  location: string,
): TableModel {
  checkTableSpace(book, sheet, rect, location);
  let full = rect;
  if (!hasHeaders) {
    shiftCells(book, sheet, { ...rect, bottom: rect.top }, 'Down', location);
    full = { ...rect, bottom: rect.bottom + 1 };
    for (let c = rect.left; c <= rect.right; c += 1)
      editCell(sheet, rect.top, c, (cell) => (cell.value = null));
  } else if (rect.top === rect.bottom) {
    full = { ...rect, bottom: rect.bottom + 1 };
    checkTableSpace(book, sheet, full, location);
  }
  book.nextId += 1;
  const columns = Array.from({ length: columnCount(rect) }, (_, i) => ({
    id: i + 1,
    name: `Column${i + 1}`,
  }));
  const table: TableModel = {
    id: String(book.nextId),
    name: defaultTableName(book),
    sheet,
    rect: full,
    showHeaders: true,
    showTotals: false,
    style: 'TableStyleMedium2',
    columns,
  };
  book.tables.push(table);
  syncHeaderNames(table);
  return table;
}

function rowIsEmpty(table: TableModel, row: number): boolean {
  for (let c = table.rect.left; c <= table.rect.right; c += 1) {
    const cell = peekCell(table.sheet, row, c);
    if (cell !== undefined && (cell.value !== null || cell.formula !== undefined)) return false;
  }
  return true;
}

/**
 * `rows.add(index, values)`: inserts rows at `index` of the body (`null` appends), growing the
 * table; each new row takes the number format and style of the row above. A table whose only data
 * row is empty (as `tables.add` leaves a header-only table) gets its first row written there.
 */
export function addTableRows(
  book: BookModel,
  table: TableModel,
  index: number | null,
  values: unknown,
  location: string,
): Rect {
  const width = table.columns.length;
  const rows = values === undefined || values === null ? [Array<string>(width).fill('')] : values;
  if (
    !Array.isArray(rows) ||
    rows.length === 0 ||
    !rows.every((r) => Array.isArray(r) && r.length === width)
  ) {
    return fail('InvalidArgument', location, `values must be rows of ${width} cells`);
  }
  const body = bodyRect(table);
  const bodyRows = rowCount(body);
  if (index !== null && (!Number.isInteger(index) || index < 0 || index > bodyRows)) {
    return fail('InvalidArgument', location, `row index ${index} outside 0…${bodyRows}`);
  }
  const reuse = index === null && bodyRows === 1 && rowIsEmpty(table, body.top);
  const at = reuse ? body.top : index === null ? body.bottom + 1 : body.top + index;
  const count = reuse ? rows.length - 1 : rows.length;
  const above = at - 1;
  if (count > 0) {
    const band = {
      top: reuse ? at + 1 : at,
      bottom: (reuse ? at + 1 : at) + count - 1,
      left: table.rect.left,
      right: table.rect.right,
    };
    shiftCells(book, table.sheet, band, 'Down', location);
    if (band.top > table.rect.bottom) table.rect = { ...table.rect, bottom: table.rect.bottom + count };
  }
  const written = { top: at, bottom: at + rows.length - 1, left: table.rect.left, right: table.rect.right };
  if (above > (table.showHeaders ? table.rect.top : table.rect.top - 1))
    copyRowFormats(table, above, written);
  writeValues(book, { sheet: table.sheet, rect: written }, rows, location);
  return written;
}

function copyRowFormats(table: TableModel, from: number, to: Rect): void {
  for (let c = to.left; c <= to.right; c += 1) {
    const source = peekCell(table.sheet, from, c);
    if (source === undefined) continue;
    for (let r = to.top; r <= to.bottom; r += 1) {
      if (r === from) continue;
      editCell(table.sheet, r, c, (cell) => {
        cell.numberFormat = source.numberFormat;
        cell.style = { ...source.style };
      });
    }
  }
}

/** `columns.add(index, values, name)`: inserts a column (cells to the right move right). */
export function addTableColumn(
  book: BookModel,
  table: TableModel,
  index: number | null,
  values: unknown,
  name: unknown,
  location: string,
): number {
  const count = table.columns.length;
  if (index !== null && (!Number.isInteger(index) || index < 0 || index > count)) {
    return fail('InvalidArgument', location, `column index ${index} outside 0…${count}`);
  }
  const height = rowCount(table.rect);
  if (values !== undefined && values !== null) {
    const ok =
      Array.isArray(values) &&
      values.length === height &&
      values.every((r) => Array.isArray(r) && r.length === 1);
    if (!ok) return fail('InvalidArgument', location, `values must be ${height} rows of one cell`);
  }
  const position = index ?? count;
  const column = table.rect.left + position;
  shiftCells(
    book,
    table.sheet,
    { top: table.rect.top, bottom: table.rect.bottom, left: column, right: column },
    'Right',
    location,
  );
  if (position === count) table.rect = { ...table.rect, right: table.rect.right + 1 };
  const id = Math.max(0, ...table.columns.map((c) => c.id)) + 1;
  table.columns.splice(position, 0, { id, name: '' });
  const rect = { top: table.rect.top, bottom: table.rect.bottom, left: column, right: column };
  if (values !== undefined && values !== null)
    writeValues(book, { sheet: table.sheet, rect }, values, location);
  if (typeof name === 'string' && table.showHeaders) {
    editCell(table.sheet, table.rect.top, column, (cell) => (cell.value = name));
  }
  syncHeaderNames(table);
  return id;
}

/** `Table.delete()`: the table goes and so do its cells' contents and formats. */
export function deleteTable(book: BookModel, table: TableModel): void {
  book.tables.splice(book.tables.indexOf(table), 1);
  clearRange(book, { sheet: table.sheet, rect: table.rect }, 'All', 'Table.delete');
}

/** `Table.showHeaders = on`: the header row leaves (its cells cleared) or comes back above the body. */
export function setShowHeaders(table: TableModel, on: boolean, location: string): void {
  if (on === table.showHeaders) return;
  if (!on) {
    for (let c = table.rect.left; c <= table.rect.right; c += 1)
      editCell(table.sheet, table.rect.top, c, (cell) => (cell.value = null));
    table.rect = { ...table.rect, top: table.rect.top + 1 };
    table.showHeaders = false;
    return;
  }
  if (table.rect.top === 0) fail('InvalidOperation', location, 'no row above the table for its header');
  table.rect = { ...table.rect, top: table.rect.top - 1 };
  table.showHeaders = true;
  table.columns.forEach((col, i) =>
    editCell(table.sheet, table.rect.top, table.rect.left + i, (cell) => (cell.value = col.name)),
  );
  syncHeaderNames(table);
}
