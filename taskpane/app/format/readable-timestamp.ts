/**
 * An ISO 8601 report time as people read it, in the offset it was written with (the engine writes
 * the report time in the workbook's offset). Text that is not such a timestamp is returned as is.
 *
 * @example readableTimestamp('2026-03-19T09:30:00.000+01:00') // '2026-03-19 09:30 (UTC+01:00)'
 * @example readableTimestamp('2026-03-19T00:00:00Z') // '2026-03-19 00:00 (UTC)'
 */
export function readableTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (m === null) return iso;
  const [, date, time, offset] = m;
  return `${date} ${time} (UTC${offset === 'Z' ? '' : offset})`;
}
