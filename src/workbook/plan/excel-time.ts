import type { Instant, LocalDate } from '../../engine/model/primitives';
import { serialOfWallTime } from '../../engine/time/excel-serial';
import { parseLocalDate, wallTimeAt } from '../../engine/time/zoned';

/** Number format of every date-time the tool writes. */
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
/** Number format of calendar dates. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * The Excel serial that shows `instant` on the clocks of `timeZone`.
 *
 * @example serialAt(Date.UTC(2026, 10, 24, 11, 30), 'Europe/Paris') // 46350.5 (12:30 in Paris)
 */
export function serialAt(instant: Instant, timeZone: string): number {
  return serialOfWallTime(wallTimeAt(instant, timeZone));
}

/**
 * The Excel serial of a calendar date (a whole number).
 *
 * @example dateSerial('2026-11-24') // 46350
 */
export function dateSerial(date: LocalDate): number {
  const p = parseLocalDate(date);
  if (p === null) throw new RangeError(`not a date: ${date}`);
  return serialOfWallTime({ ...p, hour: 0, minute: 0, second: 0, millisecond: 0 });
}
