import { error, type Issue } from '../issues/issue';
import { isoTimestamp } from '../time/iso';
import type { RowsToCheck } from './rows-to-check';
import { inWorkbookRange } from './instants-in-range';

/**
 * A campaign whose End Date is not after its Start Date; the path is the End Date cell and the
 * dates are ISO 8601 timestamps.
 *
 * @example endBeforeStart(rowsOf(input)) // [{ code: 'end_before_start', path: ['campaigns', 1, 'endAt'], start: '2026-03-01T00:00:00.000Z', end: '2026-02-28T23:59:59.999Z' }]
 */
export function endBeforeStart(rows: RowsToCheck): Issue[] {
  return rows.campaigns
    .filter(
      ({ row }) => row.endAt <= row.startAt && inWorkbookRange(row.startAt) && inWorkbookRange(row.endAt),
    )
    .map(({ index, row }) =>
      error(['campaigns', index, 'endAt'], {
        code: 'end_before_start',
        start: isoTimestamp(row.startAt),
        end: isoTimestamp(row.endAt),
      }),
    );
}
