import type { RawCell } from '../../../workbook/host';
import { decodeExcelEscapes, decodeXml } from '../xml/xml-text';
import { hasFormula, itemText, valueText, type CellXml, type RowTags } from './row-cells';

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

function numberOf(text: string): RawCell {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) ? decodeXml(text) : n;
}

/**
 * A cell as the workbook layer reads it: numbers, text, booleans, dates as serial numbers of the
 * 1900 system (a 1904 workbook's dates shifted, `t="d"` dates converted), error values; a formula as
 * its saved result (`#UNCALCULATED` when it has none, blank when the result is empty text); inline
 * and rich text as their plain text; shared strings as references to look up.
 *
 * @example cellValue({ type: 'b', inner: '<v>1</v>', … }, context) // true
 */
export function cellValue(cell: CellXml, context: CellContext): ScannedCell {
  const { tags } = context;
  const { inner, type } = cell;
  if (inner === '') return null;
  if (type === 'inlineStr') {
    const at = inner.indexOf(tags.is);
    if (at >= 0) return itemText(inner.slice(at), tags);
  }
  const v = valueText(inner, tags);
  if (v === null) return hasFormula(inner, tags) ? { error: UNCALCULATED_ERROR } : null;
  switch (type) {
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
      const value = numberOf(v);
      if (typeof value === 'number' && context.date1904 && context.isDateStyle(cell.style))
        return value + DAYS_1900_TO_1904;
      return value;
    }
  }
}
