import type { ChannelTotals } from '../analysis/campaign-analysis';
import type { ChannelMetric } from '../model/channel-metric';
import type { LocalDate } from '../model/primitives';
import { ExactSum } from './exact-sum';

/**
 * Running exact sums of one channel's ChannelMetrics rows.
 *
 * @example const acc = new ChannelAccumulator('LinkedIn'); acc.add(row); acc.totals().cost
 */
export class ChannelAccumulator {
  private rows = 0;
  private estimatedRows = 0;
  private revenueRows = 0;
  private engagementRows = 0;
  private readonly impressions = new ExactSum();
  private readonly clicks = new ExactSum();
  private readonly conversions = new ExactSum();
  private readonly cost = new ExactSum();
  private readonly revenue = new ExactSum();
  private readonly engagements = new ExactSum();
  private readonly costWithRevenue = new ExactSum();
  private readonly impressionsWithEngagements = new ExactSum();
  private lastDate: LocalDate | null = null;

  constructor(private readonly channel: string) {}

  add(row: ChannelMetric): void {
    this.rows += 1;
    if (row.source === 'estimated') this.estimatedRows += 1;
    this.impressions.add(row.impressions);
    this.clicks.add(row.clicks);
    this.conversions.add(row.conversions);
    this.cost.add(row.cost);
    if (row.revenue !== null) {
      this.revenueRows += 1;
      this.revenue.add(row.revenue);
      this.costWithRevenue.add(row.cost);
    }
    if (row.engagements !== null) {
      this.engagementRows += 1;
      this.engagements.add(row.engagements);
      this.impressionsWithEngagements.add(row.impressions);
    }
    if (row.date !== null && (this.lastDate === null || row.date > this.lastDate)) this.lastDate = row.date;
  }

  totals(): ChannelTotals {
    return {
      channel: this.channel,
      rows: this.rows,
      estimatedRows: this.estimatedRows,
      impressions: this.impressions.total(),
      clicks: this.clicks.total(),
      conversions: this.conversions.total(),
      cost: this.cost.total(),
      revenue: this.revenueRows === 0 ? null : this.revenue.total(),
      engagements: this.engagementRows === 0 ? null : this.engagements.total(),
      costWithRevenue: this.costWithRevenue.total(),
      impressionsWithEngagements: this.impressionsWithEngagements.total(),
      lastDate: this.lastDate,
    };
  }
}
