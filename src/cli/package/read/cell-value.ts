import type { RawCell } from '../../../workbook/host';
import { decodeExcelEscapes, decodeXml } from '../xml/xml-text';
import { hasFormula, itemText, valueText, type RowTags } from './row-cells';

/**
 * The error value a formula cell reads as when the file holds no saved result for it (the file was
 * written by a program that never calculated it). Not one of Excel's own errors, so the message
 * the reader prints ("… holds the Excel error #UNCALCULATED") says what happened.
 */
export const UNCALCULATED_ERROR = '#UNCALCULATED';

/** Days between the 1900 and the 1904 date systems' day zero. */
export const DAYS_1900_TO_1904 = 1_462;

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day zero of Excel's 1900 date system (for dates from 1900-03-01 on). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The number a cell's value text holds, as `Number()` reads it. Plain decimals (up to 15 digits, no
 * exponent) are read from their digits: an integer divided by an exact power of ten is the same
 * correctly rounded double, and it spares a string for each of a sheet's million numbers.
 *
 * @example decimalOf('482.67') // 482.67
 */
export function decimalOf(text: string): number {
  const n = decimalAt(text, 0, text.length);
  return Number.isNaN(n) ? Number(text) : n;
}

/**
 * `decimalOf` of the text between `from` and `to`, read in place; `NaN` when it is not a plain
 * decimal (the caller then reads it with `Number()`).
 */
function decimalAt(xml: string, from: number, to: number): number {
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  const negative = xml.charCodeAt(from) === 0x2d;
  for (let i = negative ? from + 1 : from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x2e && scale < 0) {
      scale = 0;
      continue;
    }
    const d = c - 0x30;
    if (d < 0 || d > 9 || ++digits > 15) return NaN;
    mantissa = mantissa * 10 + d;
    if (scale >= 0) scale++;
  }
  if (digits === 0) return NaN;
  const value = scale > 0 ? mantissa / (POWERS_OF_TEN[scale] ?? 1) : mantissa;
  return negative ? -value : value;
}

/** A cell holding the shared string of this index; resolved once the strings are read. */
export class SharedStringRef {
  constructor(readonly index: number) {}
}

/** A cell as read from the sheet, before shared strings are looked up. */
export type ScannedCell = RawCell | SharedStringRef;

export interface CellContext {
  readonly tags: RowTags;
  readonly date1904: boolean;
  /** Whether cells of a style show a date (for the 1904 shift). */
  readonly isDateStyle: (style: number) => boolean;
  /** One `SharedStringRef` per index, so that repeated strings share one object. */
  readonly sharedRef: (index: number) => SharedStringRef;
}

/**
 * The 1900-system serial of an ISO 8601 date or date-time written in a `t="d"` cell (as openpyxl
 * and other producers write dates), read as the wall time it states: a zone suffix is ignored, as
 * Excel ignores it. `null` when the text is not such a date.
 *
 * @example serialOfIsoDate('2026-01-15T12:00:00') // 46037.5
 * @example serialOfIsoDate('2026-01-15') // 46037
 */
export function serialOfIsoDate(text: string): number | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
      text.trim(),
    );
  if (m !== null) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = m;
    const ms = Date.UTC(
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h),
      Number(mi),
      Number(s),
      Number(`0.${frac}`) * 1000,
    );
    if (!Number.isFinite(ms)) return null;
    const serial = (ms - EPOCH_1900) / MS_PER_DAY;
    // Excel's 1900 system counts a 29 February 1900 that never was: earlier dates are one less.
    return serial < 61 ? serial - 1 : serial;
  }
  const time = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/.exec(text.trim());
  if (time === null) return null;
  const [, h, mi, s = '0', frac = '0'] = time;
  return (Number(h) * 3600 + Number(mi) * 60 + Number(s) + Number(`0.${frac}`)) / 86_400;
}

/**
 * A cell as the workbook layer reads it: numbers, text, booleans, dates as serial numbers of the
 * 1900 system (a 1904 workbook's dates shifted, `t="d"` dates converted), error values; a formula as
 * its saved result (`#UNCALCULATED` when it has none, blank when the result is empty text); inline
 * and rich text as their plain text; shared strings as references to look up. The cell's content is
 * `xml` between `from` and `to` (a row's text: nothing is copied to read a number).
 *
 * @example cellValue('<c t="b"><v>1</v></c>', 9, 17, 'b', 0, context) // true
 */
export function cellValue(
  xml: string,
  from: number,
  to: number,
  type: string,
  style: number,
  context: CellContext,
): ScannedCell {
  if (from === to) return null;
  const { tags } = context;
  if (type === 'inlineStr') {
    const at = xml.indexOf(tags.is, from);
    if (at >= 0 && at < to) return itemText(xml.slice(at, to), tags);
  }
  if (type === 'n' || type === 's') {
    // The hot path: a number or a shared string index, read where it stands.
    const open = xml.indexOf(tags.v, from);
    if (open >= 0 && open < to) {
      const gt = xml.indexOf('>', open);
      const close = xml.charCodeAt(gt - 1) === 0x2f ? -1 : xml.indexOf(tags.vClose, gt);
      if (close > gt && close <= to) {
        const n = decimalAt(xml, gt + 1, close);
        if (!Number.isNaN(n)) {
          if (type === 's') return Number.isInteger(n) && n >= 0 ? context.sharedRef(n) : null;
          return context.date1904 && context.isDateStyle(style) ? n + DAYS_1900_TO_1904 : n;
        }
      }
    }
  }
  const v = valueText(xml, tags, from, to);
  if (v === null) return hasFormula(xml, tags, from, to) ? { error: UNCALCULATED_ERROR } : null;
  switch (type) {
    case 'n': {
      if (v === '') return null;
      const n = Number(v);
      if (Number.isFinite(n) && v.trim() !== '') {
        return context.date1904 && context.isDateStyle(style) ? n + DAYS_1900_TO_1904 : n;
      }
      return decodeXml(v);
    }
    case 's': {
      const index = Number(v);
      return Number.isInteger(index) && index >= 0 ? context.sharedRef(index) : null;
    }
    case 'str':
    case 'inlineStr': {
      const text = decodeExcelEscapes(decodeXml(v));
      return text === '' ? null : text;
    }
    case 'b':
      return v.trim() === '1' || v.trim().toLowerCase() === 'true';
    case 'e':
      return { error: decodeXml(v).trim() };
    case 'd': {
      const serial = serialOfIsoDate(decodeXml(v));
      return serial === null ? decodeXml(v) : serial;
    }
    default: {
      if (v === '') return null;
      const n = Number(v);
      return v.trim() !== '' && Number.isFinite(n) ? n : decodeXml(v);
    }
  }
}
