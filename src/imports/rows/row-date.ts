import type { DateReading } from '../values/date-reading';
import type { RowDate } from './channel-day-sums';

export type RowDateOutcome =
  | { readonly kind: 'date'; readonly date: RowDate }
  | { readonly kind: 'range' }
  | { readonly kind: 'invalid'; readonly which: 'start' | 'end' };

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
 * The day of a row from its date cell, or from a start and an end (Meta's Reporting starts/ends,
 * LinkedIn's Start/End Date): one day when they are equal; a `range` (the row is undated) when not.
 *
 * @example rowDate({ kind: 'date', date: '2025-03-04' }, null) // { kind: 'date', date: { date: '2025-03-04' } }
 */
export function rowDate(start: DateReading, end: DateReading | null): RowDateOutcome {
  if (start.kind === 'invalid') return { kind: 'invalid', which: 'start' };
  if (end !== null && end.kind === 'invalid') return { kind: 'invalid', which: 'end' };
  if (end === null || end.kind === 'missing' || start.kind === 'missing') {
    return { kind: 'date', date: asRowDate(start) };
  }
  return same(start, end) ? { kind: 'date', date: asRowDate(start) } : { kind: 'range' };
}
