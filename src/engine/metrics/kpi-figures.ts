import type {
  Actual,
  ChannelTotals,
  FigureUnit,
  KpiFigure,
  MetricTotals,
  ParsedTarget,
} from '../analysis/campaign-analysis';
import type { Kpi } from '../model/kpi';
import type { LocalDate } from '../model/primitives';
import { ZERO } from '../money/decimal';
import type { MetricLabel } from '../report/output-schemas';
import { derivedActual } from './derived-actual';
import { directionOf } from './direction';
import { FIGURES_OF, figureGaps } from './figure-gaps';
import { derivedMetricOf, normalizeMetricName } from './metric-name';
import { metricUnit, toUnit } from './metric-unit';
import { parseFigure } from './parse-figure';
import { parseTarget } from './parse-target';
import { pctOfTarget } from './pct-of-target';

export interface KpiFiguresArgs {
  /** Every KPI row of the input; only the campaign's are used, and their indexes are kept. */
  readonly kpis: readonly Kpi[];
  readonly campaignId: string;
  readonly totals: MetricTotals;
  /** The campaign's channels: where a derived actual's figures are blank. */
  readonly channels: readonly ChannelTotals[];
  /** ETA for pending data when a KPI has no Data ETA of its own. */
  readonly defaultEta: LocalDate;
}

/**
 * Performance vs target for each of a campaign's KPIs. The actual is the KPI's Actual cell when filled
 * (its unit from its text, estimated when Actual Source says so), else derived from the ChannelMetrics
 * totals (estimated when any of the campaign's rows is; its `gaps` say which channels leave the figures
 * it rests on blank, docs/rules.md, Missing figures). Target and actual are expressed in the
 * metric's unit (a plain `3.5` for CTR is 3.5 %, `250%` for ROAS is 2.5x). A KPI whose Target is not a
 * figure above zero is left out (that is an input error, see `kpiIssues`).
 *
 * @example kpiFigures({ kpis, campaignId: 'C1', totals, defaultEta: '2026-11-25' })[0]?.pctOfTarget
 */
export function kpiFigures(args: KpiFiguresArgs): KpiFigure[] {
  const figures: KpiFigure[] = [];
  args.kpis.forEach((kpi, kpiIndex) => {
    if (kpi.campaignId !== args.campaignId) return;
    const parsed = parseTarget(kpi.target);
    if (parsed === null || parsed.value.lte(0)) return;
    const derived = derivedMetricOf(kpi.metric);
    const eta = kpi.dataEta ?? args.defaultEta;
    const actualCell = kpi.actual === null ? null : parseFigure(kpi.actual);
    const unit: FigureUnit | 'number' =
      derived !== null
        ? metricUnit(derived)
        : parsed.unit !== 'number'
          ? parsed.unit
          : (actualCell?.unit ?? 'number');
    const target: ParsedTarget = { ...parsed, ...toUnit(parsed.value, parsed.unit, unit) };
    let actual: Actual;
    let fromChannels = false;
    if (actualCell !== null) {
      const { value, unit: actualUnit } = toUnit(actualCell.value, actualCell.unit, unit);
      actual = { kind: 'value', value, unit: actualUnit, estimated: kpi.actualSource === 'estimated' };
    } else if (kpi.actual === null && derived !== null) {
      actual = derivedActual(derived, args.totals, eta);
      fromChannels = true;
    } else {
      actual = { kind: 'pending', eta };
    }
    const direction = directionOf(derived, target);
    figures.push({
      kpiIndex,
      kpi,
      metric: normalizeMetricName(kpi.metric),
      derived,
      target,
      direction,
      actual,
      pctOfTarget:
        actual.kind === 'pending'
          ? null
          : actual.kind === 'unbounded'
            ? ZERO
            : pctOfTarget(actual.value, target.value, direction),
      label: labelOf(actual, args.totals),
      isPrimary: kpi.type === 'primary',
      gaps: fromChannels && derived !== null ? figureGaps(args.channels, FIGURES_OF[derived]) : [],
    });
  });
  return figures;
}

function labelOf(actual: Actual, totals: MetricTotals): MetricLabel {
  if (actual.kind === 'pending') return '[PENDING]';
  const estimated = actual.kind === 'value' ? actual.estimated : totals.estimatedRows > 0;
  return estimated ? '[ESTIMATED]' : '[MEASURED]';
}
