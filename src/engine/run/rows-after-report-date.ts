import { warning, type Issue } from '../issues/issue';
import type { ChannelMetric } from '../model/channel-metric';
import type { Instant, LocalDate } from '../model/primitives';
import { localDateOf } from '../time/zoned';

/**
 * Whether a ChannelMetrics row counts at the report time: undated rows always do; a dated row does
 * when its Date is not after as_of's date in the workbook's time zone (a report cannot include days
 * that have not happened yet).
 *
 * @example countsAt('2026-03-16')({ date: '2026-03-17' }) // false
 */
export function countsAt(reportDate: LocalDate): (row: Pick<ChannelMetric, 'date'>) => boolean {
  return (row) => row.date === null || row.date <= reportDate;
}

/**
 * One warning per campaign whose ChannelMetrics rows include days after the report date: how many
 * rows are left out, on the Date cell of the first of them.
 *
 * @example rowsAfterReportDate(rows, asOf, 'Asia/Tokyo') // [{ code: 'rows_after_report_date', campaignId: 'C2', rows: 3, … }]
 */
export function rowsAfterReportDate(
  rows: readonly ChannelMetric[],
  asOf: Instant,
  timeZone: string,
): Issue[] {
  const reportDate = localDateOf(asOf, timeZone);
  const counts = countsAt(reportDate);
  const late = new Map<string, { first: number; rows: number }>();
  rows.forEach((row, i) => {
    if (counts(row)) return;
    const seen = late.get(row.campaignId);
    if (seen === undefined) late.set(row.campaignId, { first: i, rows: 1 });
    else seen.rows += 1;
  });
  return [...late].map(([campaignId, { first, rows: n }]) =>
    warning(['channelMetrics', first, 'date'], {
      code: 'rows_after_report_date',
      campaignId,
      rows: n,
      reportDate,
    }),
  );
}
