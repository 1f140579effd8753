import type { RawTable } from '../host';
import type { TableLocation } from '../source-map';

/**
 * Where a table read from `raw` lives: its header, its known columns as sheet columns, the sheet row
 * of each model row, and the first row below everything read.
 *
 * @example tableLocation(raw, new Map([['status', 3]]), [2, 4]).columns.status // raw.firstColumn + 3
 */
export function tableLocation(
  raw: RawTable,
  columns: ReadonlyMap<string, number>,
  rows: readonly number[],
): TableLocation {
  const sheetColumns: Record<string, number | undefined> = Object.create(null) as Record<
    string,
    number | undefined
  >;
  for (const [field, index] of columns) sheetColumns[field] = raw.firstColumn + index;
  return {
    source: raw.source,
    sheet: raw.sheet,
    headerRow: raw.headerRow,
    firstColumn: raw.firstColumn,
    width: raw.header.length,
    columns: sheetColumns,
    rows,
    nextRow: raw.headerRow + 1 + raw.rows.length,
  };
}
