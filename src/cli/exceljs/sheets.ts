import ExcelJS from 'exceljs';
import { rangeRef, type Box } from './a1';

/**
 * The sheet called `name` (Excel sheet names ignore case).
 *
 * @example sheetNamed(workbook, 'tasks').name // 'Tasks'
 */
export function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = findSheet(workbook, name);
  if (sheet === undefined) throw new Error(`the workbook has no sheet named ${name}`);
  return sheet;
}

/**
 * The sheet called `name`, if there is one.
 *
 * @example findSheet(workbook, 'TASKS')?.name // 'Tasks'
 */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/**
 * Whether a cell holds nothing (it may be formatted).
 *
 * @example isBlankCell(sheet, 2, 9) // true
 */
export function isBlankCell(sheet: ExcelJS.Worksheet, row: number, column: number): boolean {
  const cell = sheet.findCell(row, column);
  return cell === undefined || cell.type === ExcelJS.ValueType.Null;
}

/**
 * Throws unless every cell of `box` is blank: the host writes new rows and columns only where
 * nothing would be overwritten.
 *
 * @example assertBlank(sheet, { top: 1, left: 9, bottom: 20, right: 9 }, 'add a column') // throws when I7 holds a note
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
