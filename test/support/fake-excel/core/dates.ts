/**
 * Excel serial dates (1900 date system): day 1 is 1900-01-01, and Excel counts a 29 February 1900
 * that never existed (serial 60), so serials from 61 (1900-03-01) on are days since 1899-12-30.
 */
const MS_PER_DAY = 86_400_000;
const SERIAL_OF_UNIX_EPOCH = 25_569;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The serial of a calendar date, or undefined when the date does not exist or is outside 1900–9999. */
export function serialOfDate(date: CalendarDate): number | undefined {
  const { year, month, day } = date;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const serial = ms / MS_PER_DAY + SERIAL_OF_UNIX_EPOCH;
  return serial < 61 ? serial - 1 : serial;
}

export interface DateTimeParts extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The date and time a serial shows (serials from 61 on; earlier ones as Excel's fictitious calendar). */
export function partsOfSerial(serial: number): DateTimeParts {
  const whole = Math.floor(serial);
  const adjusted = whole < 61 ? whole + 1 : whole;
  const d = new Date((adjusted - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY);
  const seconds = Math.round((serial - whole) * 86_400);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: Math.floor(seconds / 3600) % 24,
    minute: Math.floor(seconds / 60) % 60,
    second: seconds % 60,
  };
}

/** Excel's two-digit year rule: 00–29 are 2000–2029, 30–99 are 1930–1999. */
export function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}
