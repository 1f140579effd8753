import type { CampaignAnalysis, EscalationFinding, KpiFigure } from '../analysis/campaign-analysis';
import { kpiThresholds } from '../analysis/kpi-thresholds';
import type { ComparedMetric } from '../compare/compared-metric';
import { HUNDRED } from '../money/decimal';
import type { EscalationText } from './escalation-text';
import { formatActual, formatPercent, formatTarget, kpiStanding } from './format-figure';
import { clicksNeeded, formatRatio } from './format-ratio';
import { shortText } from './short-text';

type Finding = Extract<EscalationFinding, { code: 'kpi_below_threshold' }>;

/** The channel comparison that speaks to a KPI: its own rate, or CPA for conversions. */
const COMPARED_FOR: Readonly<Partial<Record<string, ComparedMetric>>> = {
  ctr: 'ctr',
  conversion_rate: 'conversion_rate',
  conversions: 'cpa',
  cpa: 'cpa',
};

function standing(kpi: KpiFigure, a: CampaignAnalysis): string {
  const target = formatTarget(kpi.target, a.budget.currency);
  const shown = kpiStanding(kpi, a.budget.currency, kpiThresholds(a));
  if (kpi.actual.kind === 'unbounded') return `has ${shown.actual} against a target of ${target}`;
  const estimated = kpi.label === '[ESTIMATED]' ? ', estimated,' : '';
  return `is at ${shown.pct ?? formatPercent(HUNDRED)} of its target (${shown.actual}${estimated} against ${target})`;
}

/**
 * What the channels say about a KPI: a significant difference between the best and the worst channel
 * (on the KPI's rate, or on CPA for conversions), with its size and interval, and where to move budget;
 * otherwise that no channel is clearly better yet.
 */
function channelAdvice(kpi: KpiFigure, a: CampaignAnalysis): string {
  const metric = kpi.derived === null ? undefined : COMPARED_FOR[kpi.derived];
  const c = metric === undefined ? undefined : a.comparison.comparisons.find((x) => x.metric === metric);
  if (c === undefined) return '';
  const [better, worse] = [shortText(c.better.channel), shortText(c.worse.channel)];
  const label = metric === 'cpa' ? 'CPA' : metric === 'ctr' ? 'CTR' : 'conversion rate';
  if (!c.significant) {
    const more =
      c.moreClicksNeeded === null
        ? ''
        : `, and about ${clicksNeeded(c.moreClicksNeeded)} more clicks are needed to tell`;
    return ` No channel is clearly better on ${label} yet: ${better} against ${worse} is ${formatRatio(c)}${more}.`;
  }
  const size = formatRatio(c, metric === 'cpa' ? 'lower' : `${worse}'s`);
  const fact = `${better}'s ${label} is ${size}`;
  return a.timeline.phase === 'ended'
    ? ` ${fact}: plan more of the next campaign's budget for ${better}.`
    : ` ${fact}: move budget from ${worse} to ${better} and rework the targeting or creative on ${worse}.`;
}

/**
 * A KPI below the performance threshold after the midpoint, in words: while the campaign runs, what to
 * decide and when; once it has ended, what to record for the next plan.
 *
 * @example renderPerformanceEscalation(finding, analysis).description
 * // 'Primary KPI CPA is at 45.0% of its target ($177.78 against $80.00) with 60.0% of the campaign's time gone; …'
 */
export function renderPerformanceEscalation(f: Finding, a: CampaignAnalysis): EscalationText {
  const kpi = f.kpi;
  const name = shortText(kpi.kpi.metric);
  const kind = kpi.isPrimary ? 'Primary' : 'Secondary';
  const currency = a.budget.currency;
  const ended = a.timeline.phase === 'ended';
  const when = ended
    ? 'after the campaign ended'
    : `with ${formatPercent(a.timeline.elapsed.times(HUNDRED))} of the campaign's time gone`;
  const description = `${kind} KPI ${name} ${standing(kpi, a)} ${when}; KPIs below ${f.thresholdPct}% of target after the midpoint are escalated.`;
  const unbounded = kpi.actual.kind === 'unbounded' && kpi.actual.what === 'no_conversions';
  const target = formatTarget(kpi.target, currency);
  if (ended) {
    const check = unbounded ? ' Check whether conversion tracking worked: it recorded no conversion.' : '';
    const reached =
      kpi.actual.kind === 'value' ? ` from the ${formatActual(kpi.actual, currency)} reached` : '';
    return {
      description,
      recommendedAction: `Record in the campaign's retrospective why ${name} missed ${target} (channel mix, creative, targeting, tracking) and set the next campaign's target${reached}.${check}${channelAdvice(kpi, a)}`,
    };
  }
  const decide = kpi.isPrimary ? 'Decide this week' : 'Review at the next check-in';
  const check = unbounded
    ? ` First check that conversion tracking works: ${formatActual(kpi.actual, currency)}.`
    : '';
  const plan =
    kpi.derived === null
      ? ` how to bring ${name} back on course with its owner.`
      : ` how to bring ${name} back on course.`;
  const reset = ` If ${target} is out of reach, agree a revised target with the CMO.`;
  return { description, recommendedAction: `${decide}${plan}${check}${channelAdvice(kpi, a)}${reset}` };
}
