import type { Instant, LocalDate } from '../../engine/model/primitives';
import { wallTimeOfSerial } from '../../engine/time/excel-serial';
import {
  endOfLocalDay,
  formatLocalDate,
  instantOfWallTime,
  localDateOf,
  startOfLocalDay,
  type WallTime,
} from '../../engine/time/zoned';

/**
 * A date or time as a cell gives it, before the time zone is applied: a calendar date with no time,
 * a wall-clock time (in the workbook's time zone), or an instant (a text with `Z` or an offset).
 */
export type Moment =
  | { readonly kind: 'date'; readonly date: LocalDate }
  | { readonly kind: 'wall'; readonly wall: WallTime }
  | { readonly kind: 'instant'; readonly instant: Instant };

/** 1 March 1900: earlier serials are off by Excel's fictitious 29 February 1900. */
const FIRST_SERIAL = 61;
/** The day after 9999-12-31, Excel's last date. */
const END_SERIAL = 2_958_466;
const LAST_DATE: LocalDate = '9999-12-31';

/**
 * The moment an Excel serial date shows, or `null` outside Excel's dates (1900-03-01 to 9999-12-31).
 * A serial whose time of day rounds to midnight is a date with no time: Excel cannot tell them apart.
 *
 * @example momentOfSerial(46350) // { kind: 'date', date: '2026-11-24' }
 * @example momentOfSerial(46350.75) // { kind: 'wall', wall: 2026-11-24 18:00 }
 */
export function momentOfSerial(serial: number): Moment | null {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= END_SERIAL) return null;
  const wall = wallTimeOfSerial(serial);
  const midnight = wall.hour === 0 && wall.minute === 0 && wall.second === 0 && wall.millisecond === 0;
  return midnight
    ? { kind: 'date', date: formatLocalDate(wall.year, wall.month, wall.day) }
    : { kind: 'wall', wall };
}

/**
 * The calendar date of a moment in `timeZone` (a wall time keeps its own date).
 *
 * @example localDateOfMoment({ kind: 'instant', instant: Date.UTC(2026, 10, 24, 23, 30) }, 'Europe/Paris') // '2026-11-25'
 */
export function localDateOfMoment(moment: Moment, timeZone: string): LocalDate {
  if (moment.kind === 'date') return moment.date;
  if (moment.kind === 'wall') return formatLocalDate(moment.wall.year, moment.wall.month, moment.wall.day);
  return localDateOf(moment.instant, timeZone);
}

/**
 * The instant of a moment in `timeZone`. A date with no time means the start of that day, or its end
 * (the next midnight) when `dateOnly` is `'end'`.
 *
 * @example instantOfMoment({ kind: 'date', date: '2026-11-24' }, 'UTC', 'end') // Date.UTC(2026, 10, 25)
 */
export function instantOfMoment(moment: Moment, timeZone: string, dateOnly: 'start' | 'end'): Instant {
  if (moment.kind === 'instant') return moment.instant;
  if (moment.kind === 'wall') return instantOfWallTime(moment.wall, timeZone);
  if (dateOnly === 'start') return startOfLocalDay(moment.date, timeZone);
  // Excel's last day has no next day to start: it ends 24 hours after it began.
  return moment.date === LAST_DATE
    ? startOfLocalDay(moment.date, timeZone) + 86_400_000
    : endOfLocalDay(moment.date, timeZone);
}
