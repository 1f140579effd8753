import type { LocalDate } from '../../engine/model/primitives';
import { formatLocalDate, parseLocalDate } from '../../engine/time/zoned';
import type { Moment } from './moment';

/** A date text: year first, `-` or `/` between its parts, then an optional time and zone. */
const YEAR_FIRST =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** A date text with the year last (`03/04/2026`, `3.4.2026`): day and month cannot be told apart. */
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[T ,].*)?$/i;
const MAX_LENGTH = 64;

/** Why a date text was refused: not a date at all, or a date whose day and month order is unclear. */
export type DateTextRefusal =
  { readonly refused: 'invalid' } | { readonly refused: 'ambiguous'; readonly candidates: LocalDate[] };

/** A real calendar date within Excel's (years 1900 to 9999), or `null`. */
function date(year: number, month: number, day: number): LocalDate | null {
  if (year < 1900) return null;
  const text = formatLocalDate(year, month, day);
  return parseLocalDate(text) === null ? null : text;
}

function zoneOffsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m === null) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function yearLast(m: RegExpExecArray): DateTextRefusal {
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const readings = [date(year, a, b), date(year, b, a)].filter((d): d is LocalDate => d !== null);
  const candidates = [...new Set(readings)];
  return candidates.length === 0 ? { refused: 'invalid' } : { refused: 'ambiguous', candidates };
}

/**
 * Reads `2026-11-24`, `2026/11/24`, `2026-11-24 09:30`, `2026-11-24T09:30[:ss[.fff]]` and the same
 * with `Z` or `±hh:mm` (an instant). Day-first or month-first texts (`03/04/2026`) are refused as
 * ambiguous, with their possible readings.
 *
 * @example parseDateText('2026-11-24') // { kind: 'date', date: '2026-11-24' }
 * @example parseDateText('2026-11-24T09:30Z') // { kind: 'instant', instant: Date.UTC(2026, 10, 24, 9, 30) }
 * @example parseDateText('03/04/2026') // { refused: 'ambiguous', candidates: ['2026-03-04', '2026-04-03'] }
 */
export function parseDateText(text: string): Moment | DateTextRefusal {
  const t = text.trim();
  if (t.length > MAX_LENGTH) return { refused: 'invalid' };
  const m = YEAR_FIRST.exec(t);
  if (m === null) {
    const last = YEAR_LAST.exec(t);
    return last === null ? { refused: 'invalid' } : yearLast(last);
  }
  const day = date(Number(m[1]), Number(m[3]), Number(m[4]));
  if (day === null) return { refused: 'invalid' };
  if (m[5] === undefined) return { kind: 'date', date: day };
  const [hour, minute, second] = [Number(m[5]), Number(m[6]), Number(m[7] ?? '0')];
  if (hour > 23 || minute > 59 || second > 59) return { refused: 'invalid' };
  const millisecond = Number((m[8] ?? '').padEnd(3, '0').slice(0, 3));
  const [year, month, dayOfMonth] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const wall = { year, month, day: dayOfMonth, hour, minute, second, millisecond };
  if (m[9] === undefined) return { kind: 'wall', wall };
  const offset = zoneOffsetMinutes(m[9]);
  if (offset === null) return { refused: 'invalid' };
  const asUtc = Date.UTC(year, month - 1, dayOfMonth, hour, minute, second, millisecond);
  return { kind: 'instant', instant: asUtc - offset * 60_000 };
}
