import type { Instant } from '../model/primitives';

/**
 * An instant as an ISO 8601 timestamp in UTC.
 *
 * @example isoTimestamp(Date.UTC(2026, 10, 24, 9, 30)) // '2026-11-24T09:30:00.000Z'
 */
export function isoTimestamp(instant: Instant): string {
  return new Date(instant).toISOString();
}

/**
 * A length of time as an ISO 8601 duration in days, hours and minutes (seconds dropped).
 *
 * @example isoDuration(27 * 3_600_000) // 'P1DT3H'
 * @example isoDuration(90 * 60_000) // 'PT1H30M'
 * @example isoDuration(0) // 'PT0M'
 */
export function isoDuration(ms: number): string {
  const totalMinutes = Math.floor(Math.max(0, ms) / 60_000);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const date = days > 0 ? `${days}D` : '';
  const time = (hours > 0 ? `${hours}H` : '') + (minutes > 0 ? `${minutes}M` : '');
  if (date === '' && time === '') return 'PT0M';
  return `P${date}${time === '' ? '' : `T${time}`}`;
}

/** Parses a full ISO 8601 date-time with a zone (`Z` or `±hh:mm`) or `null`. */
export function parseIsoInstant(text: string): Instant | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim()))
    return null;
  const ms = Date.parse(text.trim());
  return Number.isFinite(ms) ? ms : null;
}
