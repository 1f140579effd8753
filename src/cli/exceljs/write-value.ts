import type ExcelJS from 'exceljs';
import type { PlanValue } from '../../workbook/plan/write-plan';
import { ownStyle } from './cell-style';

/** Excel's largest cell text. */
const MAX_CELL_TEXT = 32_767;
/** Days between the 1900 and the 1904 date systems' day zero. */
const DAYS_1900_TO_1904 = 1_462;
/** Excel's Text number format: what is typed into such a cell stays text, even `=A1`. */
export const TEXT_FORMAT = '@';

/**
 * Whether Excel would read this text as a formula if someone typed it (or re-entered the cell):
 * it begins with `=`, `+`, `-`, `@`, a tab or a carriage return.
 *
 * @example looksLikeFormula('=HYPERLINK("http://x","y")') // true
 * @example looksLikeFormula('Brief the agency') // false
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * Escapes what the `.xlsx` format cannot hold literally, the way Excel itself does (`_xHHHH_`):
 * control characters (ExcelJS would drop them, and XML turns a carriage return into a line feed),
 * and text that already looks like such an escape.
 *
 * @example escapeCellText('a\rb') // 'a_x000D_b'
 * @example escapeCellText('_x0041_') // '_x005F_x0041_'
 */
export function escapeCellText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(
    // eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
    /[\u0000-\u0008\u000b-\u000d\u000e-\u001f\u007f]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/**
 * Whether a number format shows a date or a time (`yyyy-mm-dd`, `h:mm`), ignoring quoted text
 * and bracketed parts such as colours.
 *
 * @example isDateFormat('yyyy-mm-dd hh:mm') // true
 * @example isDateFormat('#,##0.00 "days"') // false
 */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

export interface WriteOptions {
  readonly numberFormat?: string | undefined;
  /** The workbook uses the 1904 date system: plan dates (1900 serials) are shifted to it. */
  readonly date1904: boolean;
}

/**
 * Writes one plan value into a cell. Text is always stored as text (a shared string, never a
 * formula); text that Excel would take for a formula on re-entry also gets the Text number format.
 * Dates (numbers with a date format) are written in the workbook's date system.
 *
 * @example writeValue(sheet.getCell('B2'), '=1+1', { date1904: false }) // B2 holds the text "=1+1"
 */
export function writeValue(cell: ExcelJS.Cell, value: PlanValue, options: WriteOptions): void {
  if (options.numberFormat !== undefined) {
    ownStyle(cell);
    cell.numFmt = options.numberFormat;
  }
  if (typeof value === 'string') {
    if (value.length > MAX_CELL_TEXT) {
      throw new Error(`text of ${value.length} characters does not fit in cell ${cell.address}`);
    }
    if (looksLikeFormula(value)) {
      ownStyle(cell);
      cell.numFmt = TEXT_FORMAT;
    }
    cell.value = escapeCellText(value);
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} into cell ${cell.address}`);
    const format = cell.numFmt;
    const isDate = options.date1904 && format !== undefined && isDateFormat(format);
    cell.value = isDate ? value - DAYS_1900_TO_1904 : value;
    return;
  }
  cell.value = value;
}
