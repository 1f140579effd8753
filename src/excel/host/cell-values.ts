import type { RawCell } from '../../workbook/host';
import type { PlanValue } from '../../workbook/plan/write-plan';

/** What a host writes into `Range.values`: `null` leaves a cell as it is, `''` clears it. */
export type ExcelInput = string | number | boolean | null;

/** Booleans as Excel reads them when typed, in the languages it is most used in. */
const BOOLEAN_WORDS: ReadonlySet<string> = new Set([
  'true',
  'false',
  'wahr',
  'falsch',
  'vrai',
  'faux',
  'verdadero',
  'falso',
  'vero',
  'waar',
  'onwaar',
  'verdadeiro',
  'prawda',
  'fałsz',
  'sant',
  'usant',
  'falskt',
]);

/** A month name or its abbreviation followed by a number: `Nov 24`, `Jan-26`, `March 2026`. */
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/i;

/**
 * Whether Excel would store a text as something else if it were written bare into a General cell:
 * a formula (`=`, `+`, `-`, `@`, or their full-width forms), an error (`#N/A`), a number, percentage, amount, fraction, date
 * or time in any locale (text starting with a digit, `.`, `,`, `(` or a currency sign), a boolean,
 * a month-name date, text that already starts with a quote (Excel would drop it), or text starting
 * with a space or a control character (Excel trims `' 42 '` to 42). Errs on the side of yes: a quote
 * prefix never changes what a General cell holds, it only keeps the text as it is.
 *
 * @example needsQuotePrefix('=HYPERLINK("http://x","y")') // true
 * @example needsQuotePrefix('00123') // true
 * @example needsQuotePrefix('completed') // false
 * @example needsQuotePrefix('Brief the agency') // false
 */
export function needsQuotePrefix(text: string): boolean {
  const first = text.charAt(0);
  // Formula signs, also in their full-width forms (an East Asian input method types ＝ for =).
  if (/^[=+\-@#'\s\p{Cc}＝＋－＠−]/u.test(first)) return true;
  if (/^[\d.,(]/.test(first) || /^\p{Sc}/u.test(first)) return true;
  return BOOLEAN_WORDS.has(text.toLowerCase()) || MONTH_DATE.test(text);
}

/**
 * The value to write for a plan value. A string Excel would read as something else gets Excel's
 * quote prefix (`'`), so Excel stores the exact text: `=HYPERLINK(…)`, `+1`, `00123`, `TRUE` and
 * `2026-11-24` never become a formula, a number, a boolean or a date. Other strings are written as
 * they are: a status, a task title or an id reads back the same, even from a cell formatted as Text
 * (where a prefix might be kept as a character). A plan `null` clears the cell.
 *
 * @example excelInput('=1+1') // "'=1+1"
 * @example excelInput('completed') // 'completed'
 * @example excelInput(42) // 42
 * @example excelInput(null) // ''
 */
export function excelInput(value: PlanValue): Exclude<ExcelInput, null> {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return needsQuotePrefix(value) ? `'${value}` : value;
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
