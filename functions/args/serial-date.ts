import type { Instant } from '../../src/engine/model/primitives';
import { isWholeDaySerial, wallTimeOfSerial } from '../../src/engine/time/excel-serial';
import { instantOfWallTime } from '../../src/engine/time/zoned';
import { cellText } from './cells';
import { fail } from '../errors/excel-error';
import { singleCell } from './present-cells';

/** 1 January 1900 … 31 December 9999, the dates Excel can show. */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2_958_465;

/**
 * A date argument (an Excel serial, as a date cell holds it) as an instant on one clock: every date
 * of a formula is read as the same wall clock, so durations between them are right. A date without a
 * time of day means the start of that day, or with `edge: 'end'` its end (a campaign runs through its
 * End Date, the way the workbook reads it). Null when the argument is blank.
 *
 * @example instantOfDate('end', 46023, 'end') // Date.UTC(2026, 0, 2): the end of 1 January 2026
 */
export function instantOfDate(argument: string, arg: unknown, edge: 'start' | 'end'): Instant | null {
  const cell = singleCell(argument, arg);
  if (cell === null) return null;
  if (typeof cell !== 'number' || !Number.isFinite(cell) || cell < FIRST_SERIAL || cell > LAST_SERIAL)
    fail({ code: 'not_a_date', argument, value: cellText(cell) });
  const serial = edge === 'end' && isWholeDaySerial(cell) ? cell + 1 : cell;
  return instantOfWallTime(wallTimeOfSerial(serial), 'UTC');
}

/**
 * Now on this computer's clock (what `=NOW()` shows), on the same wall clock as the dates above: the
 * default report time.
 *
 * @example instantOfNow(new Date(2026, 0, 1, 12)) // Date.UTC(2026, 0, 1, 12), whatever the time zone
 */
export function instantOfNow(now: Date): Instant {
  const wall = {
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
    hour: now.getHours(),
    minute: now.getMinutes(),
    second: now.getSeconds(),
    millisecond: now.getMilliseconds(),
  };
  return instantOfWallTime(wall, 'UTC');
}
