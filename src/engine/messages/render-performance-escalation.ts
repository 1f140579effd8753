import type { CampaignAnalysis, EscalationFinding, KpiFigure } from '../analysis/campaign-analysis';
import { channelExtremes } from '../metrics/channel-extremes';
import { metricUnit } from '../metrics/metric-unit';
import { HUNDRED } from '../money/decimal';
import type { EscalationText } from './escalation-text';
import { formatActual, formatFigure, formatPercent, formatTarget } from './format-figure';
import { shortText } from './short-text';

type Finding = Extract<EscalationFinding, { code: 'kpi_below_threshold' }>;

function standing(kpi: KpiFigure, a: CampaignAnalysis): string {
  const actual = formatActual(kpi.actual, a.budget.currency);
  const target = formatTarget(kpi.target, a.budget.currency);
  if (kpi.actual.kind === 'unbounded') return `has ${actual} against a target of ${target}`;
  const estimated = kpi.label === '[ESTIMATED]' ? ', estimated,' : '';
  return `is at ${formatPercent(kpi.pctOfTarget ?? HUNDRED)} of its target (${actual}${estimated} against ${target})`;
}

function channelAdvice(kpi: KpiFigure, a: CampaignAnalysis, name: string): string {
  if (kpi.derived === null) return '';
  const extremes = channelExtremes(kpi.derived, a.channels, kpi.direction, a.settings.minClicksForComparison);
  if (extremes === null) return '';
  const unit = metricUnit(kpi.derived);
  const fmt = (v: (typeof extremes)['best']['value']) => formatFigure(v, unit, a.budget.currency);
  const { best, worst } = extremes;
  return ` ${shortText(best.channel)} does best on ${name} (${fmt(best.value)}) and ${shortText(worst.channel)} worst (${fmt(worst.value)}): shift budget from ${shortText(worst.channel)} to ${shortText(best.channel)} and rework the targeting or creative on ${shortText(worst.channel)}.`;
}

/**
 * A KPI below the performance threshold after the midpoint, in words.
 *
 * @example renderPerformanceEscalation(finding, analysis).description
 * // 'Primary KPI CPA is at 45.0% of its target ($177.78 against $80.00) with 60.0% of the campaign's time gone; …'
 */
export function renderPerformanceEscalation(f: Finding, a: CampaignAnalysis): EscalationText {
  const kpi = f.kpi;
  const name = shortText(kpi.kpi.metric);
  const kind = kpi.isPrimary ? 'Primary' : 'Secondary';
  const elapsed = formatPercent(a.timeline.elapsed.times(HUNDRED));
  const description = `${kind} KPI ${name} ${standing(kpi, a)} with ${elapsed} of the campaign's time gone; KPIs below ${f.thresholdPct}% of target after the midpoint are escalated.`;
  const when = kpi.isPrimary ? 'Decide this week' : 'Review at the next check-in';
  const check =
    kpi.actual.kind === 'unbounded' && kpi.actual.what === 'no_conversions'
      ? ` First check that conversion tracking works: ${formatActual(kpi.actual, a.budget.currency)}.`
      : '';
  const plan =
    kpi.derived === null
      ? ` how to bring ${name} back on course with its owner.`
      : ` how to bring ${name} back on course.`;
  const reset = ` If ${formatTarget(kpi.target, a.budget.currency)} is out of reach, agree a revised target with the CMO.`;
  return {
    description,
    recommendedAction: `${when}${plan}${check}${channelAdvice(kpi, a, name)}${reset}`,
  };
}
