import type { LocalDate } from '../../engine/model/primitives';
import { wallTimeOfSerial } from '../../engine/time/excel-serial';
import { formatLocalDate, parseLocalDate } from '../../engine/time/zoned';
import type { RawCell } from '../../workbook/host';
import { isMissing } from './cell-text';

/**
 * A date cell: a date, or a `first/second/year` pair whose order (day-first or month-first) is
 * decided from the whole column (`DateOrder`). Times of day are dropped: rows are daily.
 */
export type DateReading =
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid' }
  /** A date before 1900-03-01, which Excel's calendar cannot hold exactly (it would land a day off). */
  | { readonly kind: 'before_1900' }
  | { readonly kind: 'date'; readonly date: LocalDate }
  | { readonly kind: 'pair'; readonly first: number; readonly second: number; readonly year: number };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME_OF_DAY = /(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)$/;
/** Excel serials of 1900-03-01 and 9999-12-31. */
const SERIAL_MIN = 61;
const SERIAL_MAX = 2_958_465;

/**
 * A real calendar date as `YYYY-MM-DD`, or `null`.
 *
 * @example calendarDate(2025, 2, 30) // null
 */
export function calendarDate(year: number, month: number, day: number): LocalDate | null {
  if (year < 1000 || year > 9999) return null;
  const date = formatLocalDate(year, month, day);
  return parseLocalDate(date) === null ? null : date;
}

const INVALID: DateReading = { kind: 'invalid' };
const BEFORE_1900: DateReading = { kind: 'before_1900' };
/** Excel counts 1900 as a leap year: its dates before this one are a day off. */
const FIRST_EXACT_DAY = '1900-03-01';
const asDate = (d: LocalDate | null): DateReading =>
  d === null ? INVALID : d < FIRST_EXACT_DAY ? BEFORE_1900 : { kind: 'date', date: d };

function monthOf(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 || !/^[A-Za-z]+$/.test(word) ? null : i + 1;
}

function readNumeric(serial: number): DateReading {
  if (Number.isInteger(serial) && serial >= 19_000_101 && serial <= 29_991_231) {
    return readText(String(serial));
  }
  if (serial >= 1 && serial < SERIAL_MIN) return BEFORE_1900;
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return INVALID;
  const w = wallTimeOfSerial(Math.floor(serial));
  return asDate(calendarDate(w.year, w.month, w.day));
}

function readText(raw: string): DateReading {
  const s = raw.trim().replace(TIME_OF_DAY, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m !== null) return asDate(calendarDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (m !== null) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    const year = m[4]?.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    // Dotted dates (04.03.2025) are day-first wherever they are written.
    if (m[2] === '.') return asDate(calendarDate(year, second, first));
    // Before March 1900 in either order: no order makes it a date Excel holds exactly.
    if (year < 1900 || (year === 1900 && Math.min(first, second) <= 2)) return BEFORE_1900;
    return { kind: 'pair', first, second, year };
  }
  m = /^(?:[A-Za-z]{3,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m !== null) {
    const month = monthOf(m[1] ?? '');
    return month === null ? INVALID : asDate(calendarDate(Number(m[3]), month, Number(m[2])));
  }
  m = /^(\d{1,2})\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(s);
  if (m !== null) {
    const month = monthOf(m[2] ?? '');
    return month === null ? INVALID : asDate(calendarDate(Number(m[3]), month, Number(m[1])));
  }
  return INVALID;
}

/**
 * Reads a date cell: ISO `YYYY-MM-DD` (with or without a time), `YYYYMMDD` (GA4), `DD.MM.YYYY`,
 * English words (`May 18, 2025`, `18 May 2025`), an Excel serial from a pasted range, or a
 * slash or dash pair (`03/04/2025`) left for the column to decide. A date before 1900-03-01 is
 * `before_1900`: Excel's calendar counts a 29 February 1900, so it would be written a day off.
 *
 * @example readDate('2025-03-04 13:00:00') // { kind: 'date', date: '2025-03-04' }
 * @example readDate('03/04/2025') // { kind: 'pair', first: 3, second: 4, year: 2025 }
 * @example readDate(45720) // { kind: 'date', date: '2025-03-04' }
 */
export function readDate(cell: RawCell | undefined): DateReading {
  if (isMissing(cell)) return { kind: 'missing' };
  if (typeof cell === 'number') return readNumeric(cell);
  return typeof cell === 'string' ? readText(cell) : INVALID;
}
