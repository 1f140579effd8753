import type { RawCell } from '../../workbook/host';
import type { PlanValue } from '../../workbook/plan/write-plan';

/** What a host writes into `Range.values`: `null` leaves a cell as it is, `''` clears it. */
export type ExcelInput = string | number | boolean | null;

/**
 * The value to write for a plan value. Every non-empty string gets Excel's quote prefix (`'`), so
 * Excel stores the exact text: `=HYPERLINK(…)`, `+1`, `00123`, `TRUE` and `2026-11-24` never become
 * a formula, a number, a boolean or a date. A plan `null` clears the cell.
 *
 * @example excelInput('=1+1') // "'=1+1"
 * @example excelInput(42) // 42
 * @example excelInput(null) // ''
 */
export function excelInput(value: PlanValue): Exclude<ExcelInput, null> {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value;
}

/** The error values Excel returns in `Range.values` as their text. */
const ERROR_TEXTS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#BUSY!',
  '#CONNECT!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/**
 * A cell as the workbook layer reads it, from what `Range.values` returned: `''` is an empty cell,
 * an error's text (`#N/A`) is an error value. (A text cell holding exactly an error's text reads as
 * that error: Excel itself turns typed `#N/A` into the error, so only a quote-prefixed cell can hold it.)
 *
 * @example rawCellOf('') // null
 * @example rawCellOf('#DIV/0!') // { error: '#DIV/0!' }
 * @example rawCellOf(46350) // 46350
 */
export function rawCellOf(value: unknown): RawCell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  return ERROR_TEXTS.has(text) ? { error: text } : text;
}

/**
 * A number format as read: Excel's `General` is no format.
 *
 * @example formatOf('General') // null
 * @example formatOf('0.0%') // '0.0%'
 */
export function formatOf(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && value !== 'General' ? value : null;
}
