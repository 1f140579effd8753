import { columnLetters, parseAddress } from '../support/fake-excel/core/address';
import type { CellInput, CellValue, WorkbookDescription } from '../support/fake-excel';
import { CONTINUED, joinJsonRows } from '../../src/workbook/plan/json-block';

// Reading a described workbook (`FakeExcel.describe()`, cells by address) back as the test needs it.

/** The stored value of a described cell. */
export function valueOf(input: CellInput | undefined): CellValue {
  if (input === undefined || input === null) return null;
  if (typeof input !== 'object' || 'error' in input) return input;
  return input.value ?? null;
}

/** A sheet's cells by address (throws when the sheet is missing). */
export function cellsOf(book: WorkbookDescription, sheet: string): Readonly<Record<string, CellInput>> {
  const found = book.sheets.find((s) => s.name === sheet);
  if (found === undefined)
    throw new Error(`no sheet "${sheet}" (sheets: ${book.sheets.map((s) => s.name).join(', ')})`);
  return found.cells ?? {};
}

/** An Excel table's data rows as records by header. */
export function tableRecords(book: WorkbookDescription, table: string): Array<Record<string, CellValue>> {
  const found = book.tables?.find((t) => t.name === table);
  const rect = found === undefined ? undefined : parseAddress(found.range)?.rect;
  if (found === undefined || rect === undefined) throw new Error(`no table ${table}`);
  const cells = cellsOf(book, found.sheet);
  const at = (row: number, column: number) => valueOf(cells[`${columnLetters(column)}${row + 1}`]);
  const headers: string[] = [];
  for (let c = rect.left; c <= rect.right; c += 1) headers.push(String(at(rect.top, c)));
  const records: Array<Record<string, CellValue>> = [];
  for (let r = rect.top + 1; r <= rect.bottom; r += 1)
    records.push(Object.fromEntries(headers.map((h, i) => [h, at(r, rect.left + i)])));
  return records;
}

/**
 * The JSON block of a Report or CMO Feedback sheet, parsed: column A from the row holding `{` to the
 * last row holding `}`, continuation rows (`continued` in column B) joined to the row above.
 */
export function jsonBlockOf(book: WorkbookDescription, sheet: string): unknown {
  const cells = cellsOf(book, sheet);
  const rows = Object.keys(cells)
    .filter((a) => /^A\d+$/.test(a))
    .map((a) => Number(a.slice(1)))
    .sort((a, b) => a - b);
  const first = rows.find((r) => valueOf(cells[`A${r}`]) === '{');
  const last = [...rows].reverse().find((r) => valueOf(cells[`A${r}`]) === '}');
  if (first === undefined || last === undefined) throw new Error(`${sheet} has no JSON block`);
  const block = rows
    .filter((r) => r >= first && r <= last)
    .map((r) => ({
      text: String(valueOf(cells[`A${r}`])),
      continued: valueOf(cells[`B${r}`]) === CONTINUED,
    }));
  return JSON.parse(joinJsonRows(block));
}
