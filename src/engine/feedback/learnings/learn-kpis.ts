import type { CampaignAnalysis, KpiFigure } from '../../analysis/campaign-analysis';
import { HUNDRED, ZERO } from '../../money/decimal';
import type { LearningLabel } from '../../report/output-schemas';
import { lastDay } from '../calendar';
import { isCumulative } from '../kpi-kind';
import type { LearningFinding } from './learning-finding';

const labelOf = (k: KpiFigure): LearningLabel => (k.label === '[ESTIMATED]' ? '[ESTIMATED]' : '[MEASURED]');

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
    gaps: k.gaps,
  };
  const e = a.timeline.elapsed;
  if (!isCumulative(k) || e.isZero()) {
    return [
      {
        code: 'kpi_level',
        label: labelOf(k),
        currency,
        kpi: figures,
        lowerIsBetter: k.direction === 'lower_is_better',
      },
    ];
  }
  const found: LearningFinding[] = [
    { code: 'kpi_pace', label: labelOf(k), currency, kpi: figures, elapsedPct: e.times(HUNDRED) },
  ];
  // A projection of a sum with blank cells would count them as zeros: none is made.
  if (e.lt(1) && k.target.value.gt(0) && k.gaps.length === 0) {
    const projected = actual.value.div(e);
    found.push({
      code: 'kpi_projection',
      label: '[ESTIMATED]',
      currency,
      metric: k.metric,
      projected,
      unit: actual.unit,
      target: k.target,
      projectedPctOfTarget: projected.div(k.target.value).times(HUNDRED),
      endDate: lastDay(a),
    });
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
