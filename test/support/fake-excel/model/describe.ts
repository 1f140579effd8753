import { columnIndex, columnLetters, localAddress, parseAddress } from '../core/address';
import { checkSheetName, newBook, newSheet } from './book';
import { emptyCell, isErrorValue, type CellModel, type CellStyle, type CellValue } from './cell';
import { editCell, keyPosition } from './sheet-cells';
import { checkTableName, syncHeaderNames } from './tables';
import type { BookModel, SheetModel, Visibility } from './types';

/** A cell in a description: its stored value alone, or the value with formula and formats. */
export type CellInput = string | number | boolean | null | { readonly error: string } | CellSpec;

export interface CellSpec {
  readonly value?: CellValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly quotePrefix?: boolean;
  readonly style?: CellStyle;
}

export interface SheetDescription {
  readonly name: string;
  readonly visibility?: Visibility;
  readonly tabColor?: string;
  /** Rows of cells from `origin` (default `A1`). */
  readonly rows?: ReadonlyArray<readonly CellInput[]>;
  readonly origin?: string;
  /** Cells by A1 address. */
  readonly cells?: Readonly<Record<string, CellInput>>;
  /** Column widths in points, by column letter. */
  readonly columnWidths?: Readonly<Record<string, number>>;
  /** Merged areas (`A3:A4`). */
  readonly merges?: readonly string[];
}

export interface TableDescription {
  readonly name: string;
  readonly sheet: string;
  /** The whole table, header row included (`A1:D7`). */
  readonly range: string;
  readonly showHeaders?: boolean;
}

/**
 * A workbook as plain data: what Excel stores (values are not converted: `'00123'` stays text,
 * dates are serial numbers with a date format).
 */
export interface WorkbookDescription {
  readonly sheets: readonly SheetDescription[];
  readonly tables?: readonly TableDescription[];
  readonly activeSheet?: string;
  /** The 1904 date system (Excel for Mac's old default): serials count days from 1904-01-01. */
  readonly date1904?: boolean;
}

function isSpec(input: CellInput): input is CellSpec {
  return typeof input === 'object' && input !== null && !('error' in input);
}

function store(sheet: SheetModel, row: number, column: number, input: CellInput): void {
  editCell(sheet, row, column, (cell) => {
    const spec: CellSpec = isSpec(input) ? input : { value: input };
    cell.value = spec.value ?? null;
    if (spec.formula !== undefined) cell.formula = spec.formula;
    if (spec.numberFormat !== undefined) cell.numberFormat = spec.numberFormat;
    cell.quotePrefix = spec.quotePrefix ?? false;
    cell.style = { ...spec.style };
  });
}

/** Builds the in-memory workbook a description describes; throws on a bad address or name. */
export function bookFromDescription(description: WorkbookDescription): BookModel {
  const [first, ...rest] = description.sheets;
  const book = newBook([first?.name ?? 'Sheet1']);
  for (const s of rest) book.sheets.push(newSheet(book, checkSheetName(book, s.name, 'describe')));
  description.sheets.forEach((s, i) => {
    const sheet = book.sheets[i];
    if (sheet === undefined) return;
    sheet.visibility = s.visibility ?? 'Visible';
    sheet.tabColor = s.tabColor ?? '';
    const origin = parseAddress(s.origin ?? 'A1')?.rect ?? fail(`bad origin ${s.origin ?? ''}`);
    s.rows?.forEach((row, r) =>
      row.forEach((input, c) => store(sheet, origin.top + r, origin.left + c, input)),
    );
    for (const [address, input] of Object.entries(s.cells ?? {})) {
      const rect = parseAddress(address)?.rect ?? fail(`bad address ${address}`);
      store(sheet, rect.top, rect.left, input);
    }
    for (const [letters, width] of Object.entries(s.columnWidths ?? {}))
      sheet.columnWidths.set(columnIndex(letters), width);
    for (const area of s.merges ?? [])
      sheet.merges.push(parseAddress(area)?.rect ?? fail(`bad merged area ${area}`));
  });
  for (const t of description.tables ?? []) {
    const sheet =
      book.sheets.find((s) => s.name === t.sheet) ?? fail(`no sheet ${t.sheet} for table ${t.name}`);
    const rect = parseAddress(t.range)?.rect ?? fail(`bad table range ${t.range}`);
    book.nextId += 1;
    const columns = Array.from({ length: rect.right - rect.left + 1 }, (_, i) => ({
      id: i + 1,
      name: `Column${i + 1}`,
    }));
    const table = {
      id: String(book.nextId),
      name: checkTableName(book, t.name, 'describe'),
      sheet,
      rect,
      showHeaders: t.showHeaders ?? true,
      showTotals: false,
      style: 'TableStyleMedium2',
      columns,
    };
    book.tables.push(table);
    syncHeaderNames(table);
  }
  const active =
    description.activeSheet === undefined
      ? undefined
      : book.sheets.find((s) => s.name === description.activeSheet);
  if (active !== undefined) book.activeSheet = book.selection.sheet = active;
  book.date1904 = description.date1904 === true;
  return book;
}

function fail(message: string): never {
  throw new Error(`workbook description: ${message}`);
}

function describeCell(cell: CellModel): CellInput {
  const plain =
    cell.formula === undefined &&
    cell.numberFormat === emptyCell().numberFormat &&
    !cell.quotePrefix &&
    Object.keys(cell.style).length === 0;
  if (plain) return isErrorValue(cell.value) ? { error: cell.value.error } : cell.value;
  return {
    value: cell.value,
    ...(cell.formula === undefined ? {} : { formula: cell.formula }),
    ...(cell.numberFormat === 'General' ? {} : { numberFormat: cell.numberFormat }),
    ...(cell.quotePrefix ? { quotePrefix: true } : {}),
    ...(Object.keys(cell.style).length === 0 ? {} : { style: { ...cell.style } }),
  };
}

/** The description of a workbook as it is now (cells by address, sparse). */
export function describeBook(book: BookModel): WorkbookDescription {
  const sheets = book.sheets.map((sheet): SheetDescription => {
    const cells: Record<string, CellInput> = {};
    const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
    for (const key of keys) {
      const { row, column } = keyPosition(key);
      const cell = sheet.cells.get(key);
      if (cell !== undefined) cells[`${columnLetters(column)}${row + 1}`] = describeCell(cell);
    }
    const widths = Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [columnLetters(c), w]));
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      cells,
      columnWidths: widths,
    };
  });
  const tables = book.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet.name,
    range: localAddress(t.rect),
    showHeaders: t.showHeaders,
  }));
  return { sheets, tables, activeSheet: book.activeSheet.name, ...(book.date1904 ? { date1904: true } : {}) };
}
