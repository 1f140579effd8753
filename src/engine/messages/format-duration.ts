const MINUTE = 60_000;

function unit(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A length of time in words, to the minute: days and hours, or hours and minutes under a day.
 *
 * @example formatDuration(27 * 3_600_000) // '1 day 3 hours'
 * @example formatDuration(90 * 60_000) // '1 hour 30 minutes'
 * @example formatDuration(0) // '0 minutes'
 */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return rest > 0 ? `${unit(hours, 'hour')} ${unit(rest, 'minute')}` : unit(hours, 'hour');
  return unit(rest, 'minute');
}
