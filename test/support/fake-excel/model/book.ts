import { fail } from '../core/errors';
import type { BookModel, SheetModel } from './types';

/** Points: Excel's default column width (8.43 characters of Calibri 11) and row height. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function newSheet(ids: { nextId: number }, name: string): SheetModel {
  ids.nextId += 1;
  return {
    id: `{00000000-0001-0000-0000-${String(ids.nextId).padStart(12, '0')}}`,
    name,
    visibility: 'Visible',
    tabColor: '',
    showGridlines: true,
    cells: new Map(),
    merges: [],
    charts: [],
    conditionalFormats: [],
    validations: [],
    pageLayout: { orientation: 'Portrait', zoom: { scale: 100 }, printArea: null },
    freeze: { rows: 0, columns: 0 },
    columnWidths: new Map(),
    rowHeights: new Map(),
  };
}

/** A workbook with the named sheets (at least one), the first active with A1 selected. */
export function newBook(sheetNames: readonly string[]): BookModel {
  const names = sheetNames.length === 0 ? ['Sheet1'] : sheetNames;
  const ids = { nextId: 0 };
  const sheets: SheetModel[] = [];
  for (const name of names) {
    checkSheetName({ sheets }, name, 'WorksheetCollection.add');
    sheets.push(newSheet(ids, name));
  }
  const first = sheets[0];
  if (first === undefined) throw new Error('unreachable: a book has a sheet');
  const selection = { sheet: first, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  return {
    sheets,
    tables: [],
    nextId: ids.nextId,
    activeSheet: first,
    selection,
    date1904: false,
    calculationMode: 'Automatic',
    tableAutoExpansion: 'full',
  };
}

export function findSheet(book: Pick<BookModel, 'sheets'>, name: string): SheetModel | undefined {
  const wanted = name.toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === wanted);
}

export function sheetById(book: BookModel, key: string): SheetModel | undefined {
  return book.sheets.find((s) => s.id === key) ?? findSheet(book, key);
}

/**
 * Excel's sheet-name rules: 1–31 characters, none of `\ / ? * [ ] :`, not starting or ending with
 * an apostrophe, not `History`; unique ignoring case.
 */
export function checkSheetName(
  book: Pick<BookModel, 'sheets'>,
  name: unknown,
  location: string,
  self?: SheetModel,
): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31) {
    fail('InvalidArgument', location, `sheet name must be 1–31 characters: ${JSON.stringify(name)}`);
  }
  if (
    /[\\/?*[\]:]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    fail('InvalidArgument', location, `sheet name not allowed by Excel: ${JSON.stringify(name)}`);
  }
  const clash = findSheet(book, name);
  if (clash !== undefined && clash !== self)
    fail('ItemAlreadyExists', location, `a sheet named "${clash.name}" exists`);
  return name;
}

/** The first free `SheetN` name, as Excel names an added sheet. */
export function defaultSheetName(book: BookModel): string {
  for (let n = 1; ; n += 1) if (findSheet(book, `Sheet${n}`) === undefined) return `Sheet${n}`;
}

export function visibleSheets(book: BookModel): SheetModel[] {
  return book.sheets.filter((s) => s.visibility === 'Visible');
}

/** Removes a sheet and its tables; the selection moves to a visible neighbour. */
export function removeSheet(book: BookModel, sheet: SheetModel, location: string): void {
  const others = visibleSheets(book).filter((s) => s !== sheet);
  if (others.length === 0) fail('InvalidOperation', location, 'a workbook must keep one visible sheet');
  const index = book.sheets.indexOf(sheet);
  book.sheets.splice(index, 1);
  for (let i = book.tables.length - 1; i >= 0; i -= 1)
    if (book.tables[i]?.sheet === sheet) book.tables.splice(i, 1);
  if (book.activeSheet === sheet || book.selection.sheet === sheet) {
    const next =
      others.find((s) => book.sheets.indexOf(s) >= index) ?? others[others.length - 1] ?? others[0];
    if (next === undefined) throw new Error('unreachable: a visible sheet remains');
    book.activeSheet = next;
    book.selection = { sheet: next, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
}
