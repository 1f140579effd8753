import type { CampaignAnalysis, KpiFigure } from '../analysis/campaign-analysis';
import { formatTarget, kpiStanding } from '../messages/format-figure';
import { roundTo } from '../money/decimal';
import { renderGaps } from '../messages/render-gaps';
import { dataGaps } from './data-gaps';
import { dataPending } from './data-pending';
import type { ExecutionStatusReport } from './output-schemas';
import { figureNumber } from './rounding';
import { kpiThresholds } from '../analysis/kpi-thresholds';

export type PerformanceEntry = ExecutionStatusReport['performance_vs_target'][number];

/**
 * One KPI of the report's `performance_vs_target`: target and actual as text for people, the actual as
 * a number (`null` when unbounded or pending) and percent of target, or the DATA PENDING text while the
 * actual is pending. The percent has one decimal, more when a threshold needs them (49.96, not 50.0,
 * below a 50 % threshold); the actual has the decimals that make actual ÷ target give that percent. An
 * actual computed from figures some rows leave blank says so in its text (`230 (conversions not
 * reported in 5 of 30 rows of Display)`) and lists them in `data_gaps`.
 *
 * @example performanceEntry(kpi, analysis) // { metric: 'cpa', target: '$80.00', actual: '$91.30', pct_of_target: 87.6, ... }
 */
export function performanceEntry(kpi: KpiFigure, a: CampaignAnalysis): PerformanceEntry {
  const currency = a.budget.currency;
  const actual = kpi.actual;
  const shown = kpiStanding(kpi, currency, kpiThresholds(a));
  return {
    metric: kpi.metric,
    target: formatTarget(kpi.target, currency),
    actual:
      kpi.gaps.length === 0 || actual.kind === 'pending'
        ? shown.actual
        : `${shown.actual} (${renderGaps(kpi.gaps)})`,
    pct_of_target:
      kpi.pctOfTarget !== null
        ? roundTo(kpi.pctOfTarget, shown.pctDecimals) + 0
        : dataPending(actual.kind === 'pending' ? actual.eta : a.defaultEta),
    label: kpi.label,
    kpi_type: kpi.isPrimary ? 'primary' : 'secondary',
    actual_value:
      actual.kind === 'value' ? figureNumber(actual.value, actual.unit, currency, shown.actualExtra) : null,
    direction: kpi.direction,
    data_gaps: dataGaps(kpi.gaps),
  };
}
