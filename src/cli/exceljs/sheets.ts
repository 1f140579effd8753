import ExcelJS from 'exceljs';
import { rangeRef, type Box } from './a1';

/** The sheet called `name` (Excel sheet names ignore case). */
export function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = findSheet(workbook, name);
  if (sheet === undefined) throw new Error(`the workbook has no sheet named ${name}`);
  return sheet;
}

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Whether a cell holds nothing (it may be formatted). */
export function isBlankCell(sheet: ExcelJS.Worksheet, row: number, column: number): boolean {
  const cell = sheet.findCell(row, column);
  return cell === undefined || cell.type === ExcelJS.ValueType.Null;
}

/**
 * Throws unless every cell of `box` is blank: the host writes new rows and columns only where
 * nothing would be overwritten.
 */
export function assertBlank(sheet: ExcelJS.Worksheet, box: Box, purpose: string): void {
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      if (!isBlankCell(sheet, r, c)) {
        throw new Error(
          `cannot ${purpose}: ${sheet.name}!${rangeRef(box)} must be empty, but ${rangeRef({ top: r, left: c, bottom: r, right: c })} is not`,
        );
      }
    }
  }
}
