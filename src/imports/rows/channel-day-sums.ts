import { IMPORT_METRICS, type ImportMetric } from '../../engine/issues/import-summary';
import type { LocalDate } from '../../engine/model/primitives';
import { ExactSum } from '../../engine/metrics/exact-sum';
import type { Dec } from '../../engine/money/decimal';
import type { DatePair } from '../values/date-order';
import type { NumberConvention } from '../values/number-convention';

/** A metric cell read both ways (decimal strings; `null` where that way is not a number). */
export interface MetricValue {
  readonly point: string | null;
  readonly comma: string | null;
}

/** A row's day: a known date, a slash pair waiting for the column's order, or none. */
export type RowDate = { readonly date: LocalDate } | { readonly pair: DatePair } | null;

/**
 * Exact sums of one metric. Cells that read the same both ways go to `common`; the others go to
 * the sum of each way they can be read, so the total is right whichever convention the whole
 * export turns out to use.
 */
interface MetricSum {
  readonly common: ExactSum;
  readonly point: ExactSum;
  readonly comma: ExactSum;
  present: number;
}

export interface ChannelDaySum {
  readonly channel: string;
  readonly date: RowDate;
  readonly firstLine: number;
  sourceRows: number;
  readonly metrics: Record<ImportMetric, MetricSum>;
}

const dateKey = (d: RowDate): string =>
  d === null ? '' : 'date' in d ? d.date : `${d.pair.first}/${d.pair.second}/${d.pair.year}`;

const emptySum = (): MetricSum => ({
  common: new ExactSum(),
  point: new ExactSum(),
  comma: new ExactSum(),
  present: 0,
});

/**
 * Sums export rows by channel and day, as they stream by. Memory grows with the number of
 * channel-days (a year of ten channels is 3,650 entries), not with the number of rows.
 */
export class ChannelDaySums {
  private readonly sums = new Map<string, ChannelDaySum>();

  add(
    channel: string,
    date: RowDate,
    line: number,
    values: Partial<Record<ImportMetric, MetricValue>>,
  ): void {
    const key = `${channel}\u0000${dateKey(date)}`;
    let sum = this.sums.get(key);
    if (sum === undefined) {
      const metrics = Object.fromEntries(IMPORT_METRICS.map((m) => [m, emptySum()])) as Record<
        ImportMetric,
        MetricSum
      >;
      sum = { channel, date, firstLine: line, sourceRows: 0, metrics };
      this.sums.set(key, sum);
    }
    sum.sourceRows++;
    for (const m of IMPORT_METRICS) {
      const v = values[m];
      if (v === undefined) continue;
      const s = sum.metrics[m];
      s.present++;
      if (v.point === v.comma && v.point !== null) s.common.addText(v.point);
      else {
        if (v.point !== null) s.point.addText(v.point);
        if (v.comma !== null) s.comma.addText(v.comma);
      }
    }
  }

  entries(): IterableIterator<ChannelDaySum> {
    return this.sums.values();
  }

  get size(): number {
    return this.sums.size;
  }
}

/**
 * The exact total of a metric once the export's convention is known, or `null` if no cell had it.
 *
 * @example metricTotal(sum, 'cost', 'point')?.toString() // '0.3'
 */
export function metricTotal(
  sum: ChannelDaySum,
  metric: ImportMetric,
  convention: NumberConvention,
): Dec | null {
  const s = sum.metrics[metric];
  if (s.present === 0) return null;
  return s.common.total().plus((convention === 'point' ? s.point : s.comma).total());
}
