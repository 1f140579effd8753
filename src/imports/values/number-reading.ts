import type { RawCell } from '../../workbook/host';
import { isMissing } from './cell-text';

/**
 * A cell read as a number under both conventions: `point` (1,234.56) and `comma` (1.234,56). Each is
 * a decimal string, or `null` when the text is not a number that way. `1,234` is both (1234 or
 * 1.234); `454,06` is only `comma`; `1,414,877` only `point`. The export's convention is decided
 * from all its cells (see `NumberConvention`).
 */
export type NumberReading =
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'number'; readonly point: string | null; readonly comma: string | null };

const INVALID: NumberReading = { kind: 'invalid' };
const MISSING_READING: NumberReading = { kind: 'missing' };

const POINT_GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
const COMMA_GROUPED = /^\d{1,3}(\.\d{3})+(,\d*)?$/;
const PLAIN_POINT = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PLAIN_COMMA = /^(\d+(,\d*)?|,\d+)([eE][+-]?\d+)?$/;
/** `1234`: the same number under both conventions. */
const DIGITS = /^\d+$/;
/** `12.5`, `12.50`: a decimal point (a comma reading needs three digits after a grouping dot). */
const CENTS = /^\d+\.\d{1,2}$/;
/** A currency symbol or code before or after the figure (`$`, `R$`, `US$`, `€`, `EUR`). */
const CURRENCY_PREFIX = /^(?:[A-Z]{0,3}\p{Sc}|[A-Z]{3}\s)\s*/u;
const CURRENCY_SUFFIX = /\s*(?:\p{Sc}|\s[A-Z]{3})$/u;
/** Spaces of all widths and apostrophes, used to group thousands (`1 234,56`, `1'234.56`). */
const GROUP_SPACES = /[\s\u00a0\u2009\u202f'’]/g;

function asPoint(s: string): string | null {
  if (POINT_GROUPED.test(s)) return s.replace(/,/g, '');
  return PLAIN_POINT.test(s) ? s : null;
}

function asComma(s: string): string | null {
  if (COMMA_GROUPED.test(s)) return s.replace(/\./g, '').replace(',', '.');
  return PLAIN_COMMA.test(s) ? s.replace(',', '.') : null;
}

/**
 * Reads a metric cell. Accepts thousands separators, both decimal marks, spaces inside the figure,
 * a currency symbol or code, and a minus sign or parentheses (the caller refuses negatives).
 *
 * @example readNumber('1,414,877') // { kind: 'number', point: '1414877', comma: null }
 * @example readNumber('454,06') // { kind: 'number', point: null, comma: '454.06' }
 * @example readNumber('--') // { kind: 'missing' }
 */
export function readNumber(cell: RawCell | undefined): NumberReading {
  // Most cells of an export are plain digits, or digits with one or two decimals: read at once.
  if (typeof cell === 'string') {
    if (DIGITS.test(cell)) return { kind: 'number', point: cell, comma: cell };
    if (CENTS.test(cell)) return { kind: 'number', point: cell, comma: null };
  }
  if (isMissing(cell)) return MISSING_READING;
  if (typeof cell === 'number') {
    const text = String(cell);
    return Number.isFinite(cell) ? { kind: 'number', point: text, comma: text } : INVALID;
  }
  if (typeof cell !== 'string') return INVALID;
  let s = cell.trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[-−]/.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '');
  if (/^[-−]/.test(s)) {
    negative = !negative;
    s = s.slice(1);
  }
  s = s.replace(GROUP_SPACES, '');
  if (!/^[\d.,]*\d[\d.,]*([eE][+-]?\d+)?$/.test(s) && !/^[.,]\d+$/.test(s)) return INVALID;
  const sign = (v: string | null): string | null => (v === null ? null : negative ? `-${v}` : v);
  const point = sign(asPoint(s));
  const comma = sign(asComma(s));
  return point === null && comma === null ? INVALID : { kind: 'number', point, comma };
}
