import type { LocalDate } from '../model/primitives';
import { parseLocalDate } from './zoned';

/** Days of the week, Monday first (ISO 8601). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The day of the week of a calendar date, as an index into `WEEKDAYS` (0 = Monday).
 *
 * @example weekdayIndex('2026-03-16') // 0 (a Monday)
 */
export function weekdayIndex(date: LocalDate): number {
  const p = parseLocalDate(date);
  if (p === null) throw new RangeError(`not a date: ${date}`);
  return (new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7;
}
