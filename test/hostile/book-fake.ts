import type { WorkbookDescription } from '../support/fake-excel';
import type { RawCell } from '../../src/workbook/host';
import { cellOf, tableRange, type Book, type Sheet } from './hostile-book';

/**
 * A hostile book as the in-memory Excel's description: each sheet's header on row 1 and its rows
 * below, values stored as given (a text beginning with `=` is a text cell, as a user's
 * quote-prefixed entry would be).
 */
export function fakeWorkbookOf(book: Book): WorkbookDescription {
  return {
    sheets: Object.entries(book).map(([name, sheet]) => ({
      name,
      rows: sheet.header.length === 0 && sheet.rows.length === 0 ? [] : [sheet.header, ...sheet.rows],
      ...(sheet.merges === undefined ? {} : { merges: sheet.merges }),
      ...(sheet.formats === undefined
        ? {}
        : {
            cells: Object.fromEntries(
              Object.entries(sheet.formats).map(([address, numberFormat]) => [
                address,
                { value: cellAt(sheet, address), numberFormat },
              ]),
            ),
          }),
    })),
    tables: Object.entries(book).flatMap(([name, sheet]) =>
      sheet.table === undefined ? [] : [{ name: sheet.table, sheet: name, range: tableRange(sheet) }],
    ),
  };
}

function cellAt(sheet: Sheet, address: string): RawCell {
  const { row, column } = cellOf(address);
  const line = row === 1 ? sheet.header : sheet.rows[row - 2];
  return line?.[column - 1] ?? null;
}
