import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import { ExactSum } from '../metrics/exact-sum';
import { Dec, ZERO } from '../money/decimal';
import type { MetricLabel } from '../report/output-schemas';
import { asOfDate, daysBetween, lastDay } from './calendar';

export interface Confidence {
  /** round(100 × (0.5·K + 0.3·M + 0.2·F)), half-up: 0–100. */
  readonly score: number;
  /** KPI labels: mean of 1 (measured), 0.5 (estimated), 0 (pending); 0 with no KPI. */
  readonly k: Dec;
  /** Share of the campaign's cost from measured rows (by row count when the cost is 0; 0 with no rows). */
  readonly m: Dec;
  /** Freshness of the newest dated row. */
  readonly f: Dec;
}

const KPI_WEIGHT: Record<MetricLabel, number> = { '[MEASURED]': 1, '[ESTIMATED]': 0.5, '[PENDING]': 0 };

function kpiScore(a: CampaignAnalysis): Dec {
  if (a.kpis.length === 0) return ZERO;
  return a.kpis.reduce((s, k) => s.plus(KPI_WEIGHT[k.label]), ZERO).div(a.kpis.length);
}

/**
 * Measured cost is the campaign's exact total (already summed by the analysis) less the cost of its
 * estimated rows, so the rows are only walked when some are estimated.
 */
function measuredShare(a: CampaignAnalysis): Dec {
  const { rows: count, estimatedRows, cost } = a.totals;
  if (count === 0) return ZERO;
  if (cost.isZero()) return new Dec(count - estimatedRows).div(count);
  if (estimatedRows === 0) return new Dec(1);
  const estimatedCost = new ExactSum();
  for (const r of a.rows) if (r.source === 'estimated' && r.cost !== null) estimatedCost.add(r.cost);
  return cost.minus(estimatedCost.total()).div(cost);
}

/**
 * 1 when the newest dated row is at most one day before the reference day (as_of's date, or the
 * campaign's last day once it has ended), then 1/6 less per further day, 0 from 7 days on.
 */
function freshness(a: CampaignAnalysis): Dec {
  if (a.rows.length === 0) return ZERO;
  const newest = a.totals.lastDate;
  if (newest === null) return new Dec(0.5);
  const reference = a.timeline.phase === 'ended' ? lastDay(a) : asOfDate(a);
  const late = daysBetween(newest, reference);
  if (late <= 1) return new Dec(1);
  return Dec.max(ZERO, new Dec(1).minus(new Dec(late - 1).div(6)));
}

/**
 * The feedback's `confidence_in_data` (docs/rules.md, Confidence in data), from the analysis' KPIs
 * and the campaign's ChannelMetrics rows up to the report date.
 *
 * @example confidenceInData(a).score // 100 with measured KPIs, measured rows, data from yesterday
 */
export function confidenceInData(a: CampaignAnalysis): Confidence {
  const k = kpiScore(a);
  const m = measuredShare(a);
  const f = freshness(a);
  const raw = k.times(0.5).plus(m.times(0.3)).plus(f.times(0.2)).times(100);
  // Sixths and thirds are not exact decimals: settle them at 20 places first so that an exact .5
  // (e.g. 20.8333… + 15 + 16.6666… = 52.5) rounds up as half-up says.
  const score = raw.toDecimalPlaces(20, Dec.ROUND_HALF_UP).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  return { score: score.toNumber(), k, m, f };
}
