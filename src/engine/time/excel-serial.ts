import type { WallTime } from './zoned';

const MS_PER_DAY = 86_400_000;
/** Excel's serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The wall-clock time an Excel serial date shows (1900 date system; serials from 61, 1 March 1900,
 * on; earlier serials are off by Excel's fictitious 29 February 1900 and are not dates anyone tracks).
 * Fractions of a day are rounded to the millisecond.
 *
 * @example wallTimeOfSerial(46350.5) // 2026-11-24 12:00:00.000
 */
export function wallTimeOfSerial(serial: number): WallTime {
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** The Excel serial date that shows `wall`. */
export function serialOfWallTime(wall: WallTime): number {
  const ms = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Whether a serial has no time of day. */
export function isWholeDaySerial(serial: number): boolean {
  return Number.isInteger(serial);
}
