/// <reference types="office-js" />
import type { FakeExcel } from './fake-excel';

/**
 * The text of an export file: UTF-16 (either order) or UTF-8 by its byte-order mark, the mark
 * dropped — what a text editor shows before the user copies it.
 */
export function exportText(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Splits an export into rows of cells by its delimiter, as Excel's paste (or Text to Columns) does:
 * quoted cells may hold the delimiter, doubled quotes and line breaks; every line is a row, blank
 * ones included; rows are padded to the widest.
 */
export function exportCells(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, cell]);
      [row, cell] = [[], ''];
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

/**
 * Pastes cells into the fake as a user's paste lands, through `Range.values` (so Excel turns text it
 * can read into numbers, dates and formulas, en-US), or into cells formatted as Text first
 * (`asText`: everything stays as written); then selects them. Returns the range's address.
 */
export async function pasteCells(
  fake: FakeExcel,
  sheet: string,
  at: { row: number; column: number },
  cells: readonly string[][],
  asText = false,
): Promise<string> {
  const address = await Excel.run(async (context) => {
    const width = cells[0]?.length ?? 0;
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(at.row - 1, at.column - 1, cells.length, width);
    if (asText) range.numberFormat = cells.map((r) => r.map(() => '@'));
    range.values = cells.map((r) => [...r]);
    range.select();
    range.load('address');
    await context.sync();
    return range.address;
  });
  fake.resetSyncLog();
  return address;
}
