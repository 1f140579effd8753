import type { Instant, LocalDate } from '../model/primitives';

/** A wall-clock reading in some time zone. Months are 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Whether `timeZone` is an IANA time zone this runtime knows.
 *
 * @example isValidTimeZone('Europe/Paris') // true
 * @example isValidTimeZone('Mars/Olympus') // false
 */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at `instant`. */
export function wallTimeAt(instant: Instant, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
    millisecond: ((instant % 1000) + 1000) % 1000,
  };
}

function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Paris in winter: 3,600,000). */
export function offsetAt(instant: Instant, timeZone: string): number {
  return wallAsUtc(wallTimeAt(instant, timeZone)) - instant;
}

/**
 * The instant at which the clocks of `timeZone` show `wall`. In a daylight-saving gap (a wall time
 * that never happens) the result is the instant an hour later; in an overlap, the earlier one.
 *
 * @example instantOfWallTime({ year: 2026, month: 1, day: 15, hour: 9, minute: 0, second: 0, millisecond: 0 }, 'Europe/Paris')
 * // Date.UTC(2026, 0, 15, 8)
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): Instant {
  const asUtc = wallAsUtc(wall);
  const day = 86_400_000;
  // Offsets in force a day before and a day after cover both sides of any transition.
  const candidates = [
    ...new Set([asUtc - offsetAt(asUtc - day, timeZone), asUtc - offsetAt(asUtc + day, timeZone)]),
  ];
  const real = candidates.filter((t) => wallAsUtc(wallTimeAt(t, timeZone)) === asUtc);
  return real.length > 0 ? Math.min(...real) : Math.max(...candidates);
}

/** `YYYY-MM-DD` of the wall-clock date in `timeZone` at `instant`. */
export function localDateOf(instant: Instant, timeZone: string): LocalDate {
  const w = wallTimeAt(instant, timeZone);
  return formatLocalDate(w.year, w.month, w.day);
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD` into its parts, or `null` when it is not a real calendar date. */
export function parseLocalDate(date: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

// Day starts already worked out, per time zone: reading 100,000 dated rows asks for the same few
// hundred days over and over, and each answer costs several Intl formatToParts calls. Bounded, so a
// long-lived task pane does not grow it without end.
const dayStarts = new Map<string, Map<string, Instant>>();
const DAY_STARTS_KEPT = 4096;

/** The instant a local day starts (its midnight) in `timeZone`. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Instant {
  let zone = dayStarts.get(timeZone);
  const known = zone?.get(date);
  if (known !== undefined) return known;
  const p = parseLocalDate(date);
  if (p === null) throw new RangeError(`not a date: ${date}`);
  const start = instantOfWallTime({ ...p, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
  if (zone === undefined) {
    zone = new Map();
    dayStarts.set(timeZone, zone);
  }
  if (zone.size >= DAY_STARTS_KEPT) zone.clear();
  zone.set(date, start);
  return start;
}

/** The local date `days` after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const p = parseLocalDate(date);
  if (p === null) throw new RangeError(`not a date: ${date}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return formatLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The instant a local day ends: the next day's midnight (exclusive). */
export function endOfLocalDay(date: LocalDate, timeZone: string): Instant {
  return startOfLocalDay(addDays(date, 1), timeZone);
}
