import ExcelJS from 'exceljs';
import type { RawCell } from '../../src/workbook/host';
import type { Book } from './hostile-book';

function cellValue(cell: RawCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === 'object') return { error: cell.error } as ExcelJS.CellErrorValue;
  return cell;
}

/**
 * The `.xlsx` bytes of a hostile book: each sheet with its header on row 1 and its rows below, cells
 * as given (text stays text, `{ error }` becomes an Excel error value), with its table, merged areas
 * and number formats.
 *
 * @example await writeFile('plan.xlsx', await xlsxOf(withCell(baseBook(), 'Tasks', 1, 'Status', 'done')));
 */
export async function xlsxOf(book: Book): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, sheet] of Object.entries(book)) {
    const ws = workbook.addWorksheet(name);
    if (sheet.table !== undefined) {
      ws.addTable({
        name: sheet.table,
        ref: 'A1',
        headerRow: true,
        columns: sheet.header.map((h) => ({ name: String(h ?? '') })),
        rows: sheet.rows.map((row) => sheet.header.map((_, c) => cellValue(row[c] ?? null))),
      });
    } else {
      [sheet.header, ...sheet.rows].forEach((row, r) => {
        if (r === 0 && sheet.header.length === 0) return;
        row.forEach((cell, c) => {
          if (cell !== null) ws.getCell(r + 1, c + 1).value = cellValue(cell);
        });
      });
    }
    for (const [address, format] of Object.entries(sheet.formats ?? {})) ws.getCell(address).numFmt = format;
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
