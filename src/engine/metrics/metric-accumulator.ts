import type { ChannelMetric } from '../model/channel-metric';
import type { LocalDate } from '../model/primitives';
import { ExactSum } from './exact-sum';
import { FIGURE_BITS, type MetricSums, type PatternSums, type SummedFigure } from './metric-sums';

/** Running exact sums of the rows of one blank pattern. */
class PatternAccumulator {
  rows = 0;
  readonly impressions = new ExactSum();
  readonly clicks = new ExactSum();
  readonly conversions = new ExactSum();
  readonly cost = new ExactSum();
  readonly revenue = new ExactSum();
  readonly engagements = new ExactSum();

  constructor(readonly pattern: number) {}

  sums(): PatternSums {
    const sums = {} as Record<SummedFigure, ReturnType<ExactSum['total']>>;
    for (const f of Object.keys(FIGURE_BITS) as SummedFigure[]) sums[f] = this[f].total();
    return { pattern: this.pattern, rows: this.rows, sums };
  }
}

/** The OR of the bits of the figures a row reports (a blank cell is `null`). */
function patternOf(row: ChannelMetric): number {
  return (
    (row.impressions === null ? 0 : FIGURE_BITS.impressions) |
    (row.clicks === null ? 0 : FIGURE_BITS.clicks) |
    (row.conversions === null ? 0 : FIGURE_BITS.conversions) |
    (row.cost === null ? 0 : FIGURE_BITS.cost) |
    (row.revenue === null ? 0 : FIGURE_BITS.revenue) |
    (row.engagements === null ? 0 : FIGURE_BITS.engagements)
  );
}

/**
 * Running exact sums of some ChannelMetrics rows (one ad campaign of one channel), kept per blank
 * pattern, with the rows themselves in the order added. Blank cells add nothing.
 *
 * @example const acc = new MetricAccumulator(); acc.add(row); metricTotals(acc.sums()).cost
 */
export class MetricAccumulator {
  private readonly patterns: Array<PatternAccumulator | undefined> = [];
  private estimatedRows = 0;
  private lastDate: LocalDate | null = null;
  readonly rows: ChannelMetric[] = [];

  add(row: ChannelMetric): void {
    this.rows.push(row);
    if (row.source === 'estimated') this.estimatedRows += 1;
    if (row.date !== null && (this.lastDate === null || row.date > this.lastDate)) this.lastDate = row.date;
    const pattern = patternOf(row);
    let p = this.patterns[pattern];
    if (p === undefined) {
      p = new PatternAccumulator(pattern);
      this.patterns[pattern] = p;
    }
    p.rows += 1;
    if (row.impressions !== null) p.impressions.add(row.impressions);
    if (row.clicks !== null) p.clicks.add(row.clicks);
    if (row.conversions !== null) p.conversions.add(row.conversions);
    if (row.cost !== null) p.cost.add(row.cost);
    if (row.revenue !== null) p.revenue.add(row.revenue);
    if (row.engagements !== null) p.engagements.add(row.engagements);
  }

  sums(): MetricSums {
    const patterns: PatternSums[] = [];
    for (const p of this.patterns) if (p !== undefined) patterns.push(p.sums());
    return {
      rows: this.rows.length,
      estimatedRows: this.estimatedRows,
      lastDate: this.lastDate,
      patterns,
    };
  }
}
