import type { CampaignAnalysis, KpiFigure } from '../../analysis/campaign-analysis';
import { kpiThresholds } from '../../analysis/kpi-thresholds';
import { type Dec, HUNDRED, ZERO } from '../../money/decimal';
import type { LearningLabel } from '../../report/output-schemas';
import { lastDay } from '../calendar';
import { isCumulative } from '../kpi-kind';
import type { LearningFinding } from './learning-finding';

const labelOf = (k: KpiFigure): LearningLabel => (k.label === '[ESTIMATED]' ? '[ESTIMATED]' : '[MEASURED]');

function projection(
  a: CampaignAnalysis,
  k: KpiFigure,
  projected: Dec,
  basis: Extract<LearningFinding, { code: 'kpi_projection' }>['basis'],
): LearningFinding {
  const pct =
    k.direction === 'lower_is_better'
      ? projected.isZero()
        ? HUNDRED
        : k.target.value.div(projected).times(HUNDRED)
      : projected.div(k.target.value).times(HUNDRED);
  return {
    code: 'kpi_projection',
    label: '[ESTIMATED]',
    currency: a.budget.currency,
    metric: k.metric,
    projected,
    unit: k.actual.kind === 'value' ? k.actual.unit : 'number',
    target: k.target,
    projectedPctOfTarget: pct,
    endDate: lastDay(a),
    basis,
  };
}

function learnKpi(a: CampaignAnalysis, k: KpiFigure): LearningFinding[] {
  const currency = a.budget.currency;
  const { actual } = k;
  if (actual.kind === 'pending') return [];
  if (actual.kind === 'unbounded') {
    return [
      {
        code: 'kpi_unbounded',
        label: labelOf(k),
        currency,
        metric: k.metric,
        what: actual.what,
        cost: actual.spent,
      },
    ];
  }
  const figures = {
    metric: k.metric,
    actual: actual.value,
    unit: actual.unit,
    target: k.target,
    pctOfTarget: k.pctOfTarget ?? ZERO,
    direction: k.direction,
    thresholds: kpiThresholds(a),
    gaps: k.gaps,
  };
  const e = a.timeline.elapsed;
  const level = !isCumulative(k) || e.isZero();
  const found: LearningFinding[] = [
    level
      ? {
          code: 'kpi_level',
          label: labelOf(k),
          currency,
          kpi: figures,
          lowerIsBetter: k.direction === 'lower_is_better',
        }
      : { code: 'kpi_pace', label: labelOf(k), currency, kpi: figures, elapsedPct: e.times(HUNDRED) },
  ];
  const forecast = k.isPrimary ? a.forecast?.primaryKpi : undefined;
  if (forecast !== undefined && forecast !== null && a.forecast !== null) {
    found.push(
      projection(a, k, forecast.expected, {
        kind: 'forecast',
        method: a.forecast.method,
        daysOfData: a.forecast.daysOfData,
        low: forecast.low,
        high: forecast.high,
      }),
    );
    // A projection of a sum with blank cells would count them as zeros: none is made.
  } else if (!level && e.lt(1) && k.target.value.gt(0) && k.gaps.length === 0) {
    found.push(projection(a, k, actual.value.div(e), { kind: 'elapsed' }));
  }
  return found;
}

/**
 * For each KPI with data: its pace against elapsed time (cumulative KPIs) and a straight-line
 * projection to the last day — always [ESTIMATED], and not made when some rows leave the figure
 * blank — or its level against target (rates). A learning on figures with blanks names them.
 *
 * @example learnKpis(a).map((f) => f.code) // ['kpi_pace', 'kpi_projection', 'kpi_level']
 */
export function learnKpis(a: CampaignAnalysis): LearningFinding[] {
  return a.kpis.flatMap((k) => learnKpi(a, k));
}
