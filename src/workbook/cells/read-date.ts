import type { ValueKind } from '../../engine/issues/issue';
import type { Instant, LocalDate } from '../../engine/model/primitives';
import {
  BLANK,
  accept,
  cellReader,
  invalid,
  refuse,
  type CellContext,
  type CellRead,
  type CellReader,
  type PresentCell,
} from './cell-read';
import { instantOfMoment, localDateOfMoment, momentOfSerial, type Moment } from './moment';
import { parseDateText } from './parse-date-text';

const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);

function readMoment(cell: PresentCell, context: CellContext, expected: ValueKind): CellRead<Moment> {
  if (typeof cell === 'boolean') return invalid(cell, context, expected);
  if (typeof cell === 'number') {
    const moment = momentOfSerial(cell);
    return moment === null ? invalid(cell, context, expected) : accept(moment);
  }
  if (DASHES.has(cell.trim())) return BLANK;
  const parsed = parseDateText(cell);
  if (!('refused' in parsed)) return accept(parsed);
  if (parsed.refused === 'invalid') return invalid(cell, context, expected);
  return refuse({
    code: 'ambiguous_date',
    column: context.column,
    value: cell.trim(),
    candidates: parsed.candidates,
  });
}

/**
 * A calendar date (ChannelMetrics Date, Data ETA): an Excel date, or `2026-11-24` / `2026/11/24`.
 * A date-time keeps the date it shows; one with `Z` or an offset, its date in the workbook's time zone.
 *
 * @example readLocalDate(46350, context) // { ok: true, value: '2026-11-24' }
 */
export const readLocalDate: CellReader<LocalDate> = cellReader((cell, context) => {
  const read = readMoment(cell, context, 'date');
  if (!read.ok) return read;
  return read.value === null ? BLANK : accept(localDateOfMoment(read.value, context.timeZone));
});

/**
 * A date-time, read as wall time in the workbook's time zone (Excel dates, `2026-11-24 09:30`), or
 * an instant (`2026-11-24T09:30Z`). A date with no time is the start of that day, or its end (the
 * next midnight) with `'end'`: End Date and Due Date run through their last day.
 *
 * @example readDateTime('end')('2026-11-24', { ...context, timeZone: 'UTC' }) // { ok: true, value: Date.UTC(2026, 10, 25) }
 */
export function readDateTime(dateOnly: 'start' | 'end'): CellReader<Instant> {
  return cellReader((cell, context) => {
    const read = readMoment(cell, context, 'date_time');
    if (!read.ok) return read;
    return read.value === null ? BLANK : accept(instantOfMoment(read.value, context.timeZone, dateOnly));
  });
}
