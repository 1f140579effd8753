import { pacing } from '../../src/engine/metrics/pacing';
import { isoTimestamp } from '../../src/engine/time/iso';
import { amountOf } from '../args/amount';
import { instantOfDate, instantOfNow } from '../args/serial-date';
import { fail } from '../errors/excel-error';
import { cellNumber } from './cell-number';

/** The dates a formula gave, as the problem messages print them (`2026-01-31`). */
const day = (instant: number) => isoTimestamp(instant).slice(0, 10);

/**
 * Spend pace as a multiplier, by the engine's `pacing`: (spent / allocated) / the share of the
 * campaign's time gone at `as_of`. 1 is in step with time, 1.2 is 20 % ahead. Dates are Excel dates;
 * a date-only end or as-of date means the end of that day. Without `as_of`, now on this computer.
 *
 * @example pacingFigure(600, 1000, 46023, 46052, 46037, () => new Date()) // 1.2 (60 % spent, half the time gone)
 */
export function pacingFigure(
  spentArg: unknown,
  allocatedArg: unknown,
  startArg: unknown,
  endArg: unknown,
  asOfArg: unknown,
  now: () => Date,
): number {
  const spent = amountOf('spent', spentArg);
  const allocated = amountOf('allocated', allocatedArg);
  const start =
    instantOfDate('start', startArg, 'start') ?? fail({ code: 'value_required', argument: 'start' });
  const end = instantOfDate('end', endArg, 'end') ?? fail({ code: 'value_required', argument: 'end' });
  if (end <= start) {
    const endAsWritten = instantOfDate('end', endArg, 'start') ?? end;
    fail({ code: 'end_not_after_start', start: day(start), end: day(endAsWritten) });
  }
  const asOf = instantOfDate('as_of', asOfArg, 'end') ?? instantOfNow(now());
  if (spent.blank && allocated.blank) fail({ code: 'no_data' });
  if (allocated.value.isZero()) fail({ code: 'division_by_zero', argument: 'allocated' });
  const pace = pacing(spent.value, allocated.value, start, end, asOf);
  return pace === null ? fail({ code: 'not_started' }) : cellNumber(pace, 'as_is');
}
