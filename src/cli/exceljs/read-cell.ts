import ExcelJS from 'exceljs';
import type { RawCell } from '../../workbook/host';

const MS_PER_DAY = 86_400_000;
/** Excel's serial of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The error value a formula cell reads as when the file holds no saved result for it (the file was
 * written by a program that never calculated it). Not one of Excel's own errors, so the message
 * the reader prints ("… holds the Excel error #UNCALCULATED") says what happened.
 */
export const UNCALCULATED_ERROR = '#UNCALCULATED';

/**
 * The Excel serial number (1900 date system) of the wall time a date shows. ExcelJS gives dates
 * as JS Dates whose UTC fields are that wall time, already corrected for a 1904 workbook.
 *
 * @example serialOfExcelJsDate(new Date(Date.UTC(2026, 0, 15, 12))) // 46037.5
 */
export function serialOfExcelJsDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

type Scalar = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined;

function scalar(value: Scalar): RawCell {
  if (value === undefined) return null;
  if (value instanceof Date) {
    const serial = serialOfExcelJsDate(value);
    return Number.isFinite(serial) ? serial : { error: '#NUM!' };
  }
  if (typeof value === 'object') return { error: value.error };
  return value;
}

function plainText(value: string | ExcelJS.CellRichTextValue): string {
  return typeof value === 'string' ? value : value.richText.map((run) => run.text).join('');
}

/**
 * A cell as the workbook layer reads it: numbers, text, booleans, dates as serial numbers, error
 * values; a formula as its saved result (`uncalculated` marks a formula with none); rich text and
 * hyperlinks as their text; a cell that does not exist is blank. A cell covered by a merge (not its top-left cell) is blank, as in Excel.
 *
 * @example rawCellOf(sheet.getCell('B2'), false) // 'T-1'
 */
export function rawCellOf(cell: ExcelJS.Cell | undefined, uncalculated: boolean): RawCell {
  if (cell === undefined) return null;
  if (cell.type === ExcelJS.ValueType.Merge && cell.master.address !== cell.address) return null;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return scalar(value);
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return plainText(value);
  if ('hyperlink' in value) return plainText(value.text as string | ExcelJS.CellRichTextValue);
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined) return uncalculated ? { error: UNCALCULATED_ERROR } : null;
    return scalar(value.result);
  }
  return null;
}
