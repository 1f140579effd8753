import type { DateReading } from '../values/date-reading';
import type { RowDate } from './row-sums';

/** Which date cell of a row was read wrong. */
export type DateCell = 'day' | 'start' | 'end';

export type RowDateOutcome =
  /** `range`: the row covers several days and is dated by the first (a reporting range alone). */
  | { readonly kind: 'date'; readonly date: RowDate; readonly range: boolean }
  | { readonly kind: 'invalid'; readonly which: DateCell };

const asRowDate = (r: DateReading): RowDate =>
  r.kind === 'date' ? { date: r.date } : r.kind === 'pair' ? { pair: r } : null;

const same = (a: DateReading, b: DateReading): boolean =>
  (a.kind === 'date' && b.kind === 'date' && a.date === b.date) ||
  (a.kind === 'pair' &&
    b.kind === 'pair' &&
    a.first === b.first &&
    a.second === b.second &&
    a.year === b.year);

/**
 * The day of a row. The most specific date wins: a day column (Google's Day, Meta's Day) over a
 * reporting range (Meta's Reporting starts/ends, LinkedIn's Start/End Date); a range alone dates the
 * row by its first day, flagged `range` so the summary says so. `null` readings are columns the
 * export does not have.
 *
 * @example rowDate({ kind: 'date', date: '2025-05-03' }, { kind: 'date', date: '2025-05-01' }, { kind: 'date', date: '2025-05-31' })
 * // { kind: 'date', date: { date: '2025-05-03' }, range: false }
 * @example rowDate(null, { kind: 'date', date: '2025-05-01' }, { kind: 'date', date: '2025-05-31' })
 * // { kind: 'date', date: { date: '2025-05-01' }, range: true }
 */
export function rowDate(
  day: DateReading | null,
  start: DateReading | null,
  end: DateReading | null,
): RowDateOutcome {
  if (day !== null && day.kind === 'invalid') return { kind: 'invalid', which: 'day' };
  if (day !== null && day.kind !== 'missing') return { kind: 'date', date: asRowDate(day), range: false };
  if (start === null || start.kind === 'missing') return { kind: 'date', date: null, range: false };
  if (start.kind === 'invalid') return { kind: 'invalid', which: 'start' };
  if (end !== null && end.kind === 'invalid') return { kind: 'invalid', which: 'end' };
  const range = end !== null && end.kind !== 'missing' && !same(start, end);
  return { kind: 'date', date: asRowDate(start), range };
}
