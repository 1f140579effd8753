import { parseIsoInstant } from '../../../src/engine/time/iso';
import { isValidTimeZone, wallTimeAt } from '../../../src/engine/time/zoned';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A time zone as people name it: the city of an IANA zone (`America/New_York` → `New York`), or the
 * zone as written (`UTC`).
 *
 * @example zoneName('America/Argentina/Buenos_Aires') // 'Buenos Aires'
 */
export function zoneName(timeZone: string): string {
  const city = timeZone.split('/').pop() ?? timeZone;
  return city.replace(/_/g, ' ');
}

/**
 * An ISO 8601 time shown in the workbook's time zone, as its sheets show it, with the zone's name:
 * `24 Nov 2026, 12:00 New York time`. Text that is not a timestamp is returned as it is.
 *
 * @example readableTime('2026-11-24T17:00:00.000Z', 'America/New_York') // '24 Nov 2026, 12:00 New York time'
 * @example readableTime('2026-11-24T17:00:00.000Z', 'UTC') // '24 Nov 2026, 17:00 UTC'
 */
export function readableTime(iso: string, timeZone: string): string {
  const instant = parseIsoInstant(iso);
  if (instant === null || !isValidTimeZone(timeZone)) return iso;
  const w = wallTimeAt(instant, timeZone);
  const zone = zoneName(timeZone);
  const suffix = zone === timeZone && !timeZone.includes('/') ? zone : `${zone} time`;
  return `${w.day} ${MONTHS[w.month - 1] ?? ''} ${w.year}, ${pad(w.hour)}:${pad(w.minute)} ${suffix}`;
}

/**
 * A calendar date (`2026-11-24`) as people read it: `24 Nov 2026`; text that is not one as it is.
 *
 * @example readableDate('2026-12-24') // '24 Dec 2026'
 */
export function readableDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return date;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}
