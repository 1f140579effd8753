import { GENERAL, TEXT_FORMAT, type CellValue } from '../model/cell';
import { parseDateTimeText } from './date-text';
import { formulaValue } from './formula';

/** What Excel stores when a value is written to `Range.values` (en-US locale). */
export interface StoredInput {
  readonly value: CellValue;
  readonly formula?: string;
  readonly quotePrefix: boolean;
  /** The number format Excel gives a General cell because of how the text looked (`12%` → `0%`). */
  readonly impliedFormat?: string;
}

/** `unchanged`: Office leaves the cell as it is (`null` in a 2-D array); `invalid`: not a cell value. */
export type Coerced = StoredInput | 'unchanged' | 'invalid';

/** Days from the 1900 date system's serial 0 to the 1904 system's (1904-01-01 is 1462 in 1900). */
export const DAYS_1900_TO_1904 = 1462;

/**
 * Excel's conversion of one written value, given the cell's current number format. In a 1904
 * workbook a date typed as text becomes a 1904-system serial (and a date before 1904 stays text).
 *
 * @example coerceInput('00123', 'General') // { value: 123, quotePrefix: false }
 * @example coerceInput('00123', '@') // { value: '00123', quotePrefix: false }
 * @example coerceInput("'=1+1", 'General') // { value: '=1+1', quotePrefix: true }
 * @example coerceInput('2026-11-24', 'General', true) // { value: 44888, … }
 */
export function coerceInput(input: unknown, numberFormat: string, date1904 = false): Coerced {
  if (input === null || input === undefined) return 'unchanged';
  if (typeof input === 'number')
    return Number.isFinite(input) ? { value: input, quotePrefix: false } : 'unchanged';
  if (typeof input === 'boolean') return { value: input, quotePrefix: false };
  if (input instanceof Date) return coerceText(JSON.stringify(input).slice(1, -1), numberFormat, date1904);
  if (typeof input !== 'string') return 'invalid';
  return coerceText(input, numberFormat, date1904);
}

function coerceText(text: string, numberFormat: string, date1904: boolean): StoredInput {
  if (text === '') return { value: null, quotePrefix: false };
  if (text.startsWith("'")) return { value: text.slice(1), quotePrefix: true };
  if (numberFormat === TEXT_FORMAT) return { value: text, quotePrefix: false };
  if (text.startsWith('=') && text.length > 1) return formula(text);
  const general = numberFormat === GENERAL;
  const number = parseNumberText(text);
  if (number !== undefined) return withFormat(number.value, number.format, general);
  const upper = text.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE', quotePrefix: false };
  const date = parseDateTimeText(text);
  const serial = date === undefined ? undefined : date.serial - (date1904 ? DAYS_1900_TO_1904 : 0);
  // A whole date before 1904-01-01 cannot be a 1904-system serial; a time alone (serial < 1) can.
  if (date !== undefined && serial !== undefined && (serial >= 0 || date.serial < 1))
    return withFormat(date.serial < 1 ? date.serial : serial, date.format, general);
  if ((text.startsWith('+') || text.startsWith('-')) && /[^+\-\s]/.test(text)) return formula(`=${text}`);
  return { value: text, quotePrefix: false };
}

function formula(text: string): StoredInput {
  return { value: formulaValue(text), formula: text, quotePrefix: false };
}

function withFormat(value: number, format: string | undefined, general: boolean): StoredInput {
  return general && format !== undefined
    ? { value, quotePrefix: false, impliedFormat: format }
    : { value, quotePrefix: false };
}

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A number Excel recognises in typed text: plain (`00123`, `1e5`, `-4.5`), percent (`12%`),
 * thousands (`1,234`), dollars (`$1,234.50`). Keeps 15 significant digits as Excel does.
 */
export function parseNumberText(raw: string): { value: number; format?: string } | undefined {
  const text = raw.trim();
  if (text.endsWith('%')) {
    const inner = parseNumberText(text.slice(0, -1));
    if (inner === undefined || inner.format !== undefined) return undefined;
    const decimals = text.includes('.') ? '0.00%' : '0%';
    return { value: inner.value / 100, format: decimals };
  }
  if (text.startsWith('$')) {
    const inner = parseNumberText(text.slice(1));
    if (inner === undefined || text.includes('%')) return undefined;
    return { value: inner.value, format: text.includes('.') ? '$#,##0.00' : '$#,##0' };
  }
  if (PLAIN.test(text)) {
    const scientific = /[eE]/.test(text);
    return scientific ? { value: fifteenDigits(text), format: '0.00E+00' } : { value: fifteenDigits(text) };
  }
  if (THOUSANDS.test(text)) {
    return {
      value: fifteenDigits(text.replace(/,/g, '')),
      format: text.includes('.') ? '#,##0.00' : '#,##0',
    };
  }
  return undefined;
}

/** Excel keeps 15 significant digits of typed numbers and turns the rest into zeros. */
export function fifteenDigits(text: string): number {
  const [mantissa = '', exponent] = text.split(/[eE]/);
  let seen = 0;
  let out = '';
  for (const ch of mantissa) {
    if (ch >= '0' && ch <= '9') {
      if (seen > 0 || ch !== '0') seen += 1;
      out += seen > 15 ? '0' : ch;
    } else {
      out += ch;
    }
  }
  return Number(exponent === undefined ? out : `${out}e${exponent}`);
}
