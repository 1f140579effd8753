import type { WorkbookDescription } from '../support/fake-excel';
import type { Book } from './hostile-book';

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
    })),
  };
}
