import type { Instant, LocalDate } from '../../engine/model/primitives';
import {
  addDays,
  endOfLocalDay,
  instantOfWallTime,
  parseLocalDate,
  startOfLocalDay,
} from '../../engine/time/zoned';

/** Dates of the sample, counted in days from `today` in the sample's time zone. */
export interface SampleClock {
  readonly today: LocalDate;
  readonly timeZone: string;
  /** The local date `offset` days from today. */
  day(offset: number): LocalDate;
  /** `hour:minute` on the day `offset` days from today. */
  at(offset: number, hour: number, minute?: number): Instant;
  /** Midnight starting the day `offset` days from today (a date-only Start Date). */
  startOf(offset: number): Instant;
  /** Midnight ending the day `offset` days from today (a date-only End or Due Date). */
  endOf(offset: number): Instant;
  /** Day of the week of the day `offset` days from today: 0 Sunday … 6 Saturday. */
  weekday(offset: number): number;
}

/**
 * @example sampleClock('2026-11-24', 'America/New_York').at(-1, 9) // 2026-11-23 09:00 in New York
 */
export function sampleClock(today: LocalDate, timeZone: string): SampleClock {
  const parts = (offset: number) => {
    const p = parseLocalDate(addDays(today, offset));
    if (p === null) throw new RangeError(`not a date: ${today}`);
    return p;
  };
  return {
    today,
    timeZone,
    day: (offset) => addDays(today, offset),
    at: (offset, hour, minute = 0) =>
      instantOfWallTime({ ...parts(offset), hour, minute, second: 0, millisecond: 0 }, timeZone),
    startOf: (offset) => startOfLocalDay(addDays(today, offset), timeZone),
    endOf: (offset) => endOfLocalDay(addDays(today, offset), timeZone),
    weekday: (offset) => {
      const p = parts(offset);
      return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
    },
  };
}
