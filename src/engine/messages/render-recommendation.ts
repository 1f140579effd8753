import type { RecommendationFinding } from '../feedback/recommendations/recommendation-finding';
import { formatMoney } from '../money/currency';
import { formatDuration } from './format-duration';
import { formatFigure, formatMultiplier, formatPercent, formatTarget } from './format-figure';
import { plural } from './plural';
import { renderGaps } from './render-gaps';
import { cited } from './cited';
import { list } from './quote';
import { shortText as name } from './short-text';
import { taskName } from './task-names';

type Renderers = {
  [C in RecommendationFinding['code']]: (f: Extract<RecommendationFinding, { code: C }>) => string;
};

const waitOn = (ids: readonly string[]) =>
  `${list(ids.map(name))} ${ids.length > 1 ? 'wait' : 'waits'} on it`;
const daysLeft = (n: number) => `the ${plural(n, 'day')} left (today included)`;

function shiftReason(f: Extract<RecommendationFinding, { code: 'shift_budget' }>): string {
  const [from, to, c] = [name(f.from), name(f.to), f.currency];
  if (f.basis === 'cpa') {
    return f.ratio === null || f.fromFigure === null
      ? `${from} has 0 conversions from ${formatMoney(f.fromSpend, c)} while ${to} converts at a CPA of ${formatMoney(f.toFigure, c)}`
      : `${to}'s CPA is ${formatMultiplier(f.ratio)} lower (${formatMoney(f.toFigure, c)} vs ${formatMoney(f.fromFigure, c)})`;
  }
  return f.ratio === null || f.fromFigure === null
    ? `${from} got 0 clicks while ${to}'s CTR is ${formatPercent(f.toFigure)}`
    : `${to}'s CTR is ${formatMultiplier(f.ratio)} ${from}'s (${formatPercent(f.toFigure)} vs ${formatPercent(f.fromFigure)})`;
}

const RENDER: Renderers = {
  budget_exhausted: (f) =>
    f.overBy.isZero()
      ? `Pause spend or raise the budget: all ${formatMoney(f.allocated, f.currency)} is spent with ${plural(f.daysLeft, 'day')} left`
      : `Pause spend or raise the budget: ${formatMoney(f.spent, f.currency)} spent of ${formatMoney(f.allocated, f.currency)} allocated (${formatMoney(f.overBy, f.currency)} over) with ${plural(f.daysLeft, 'day')} left`,
  shift_budget: (f) =>
    `Shift ${f.sharePct}% of ${name(f.from)}'s spend (${formatMoney(f.amount, f.currency)} of its ${formatMoney(f.fromSpend, f.currency)} so far) to ${name(f.to)}: ${shiftReason(f)}${f.estimated ? ' (based on estimated data)' : ''}`,
  pace_spend: (f) =>
    `${f.direction === 'over' ? 'Cap spend at' : 'Raise spend to up to'} ${formatMoney(f.perDay, f.currency)} a day for ${daysLeft(f.daysLeft)} to ${f.direction === 'over' ? 'stay within' : 'use'} the remaining ${formatMoney(f.remaining, f.currency)}: ${formatPercent(f.spentPct)} of the budget is spent with ${formatPercent(f.elapsedPct)} of the time elapsed`,
  kpi_catch_up: (f) =>
    `Raise ${name(f.metric)} by ${formatFigure(f.perDay, f.unit, f.currency)} a day: ${formatFigure(f.needed, f.unit, f.currency)} more are needed in ${daysLeft(f.daysLeft)} to reach the ${formatTarget(f.target, f.currency)} target (${formatFigure(f.actual, f.unit, f.currency)} so far, ${formatPercent(f.elapsedPct)} of the time elapsed)`,
  unblock_task: (f) => {
    const since = f.blockedMs === null ? 'since an unknown time' : formatDuration(f.blockedMs);
    const by = f.blocker === null ? '' : ` by ${cited(f.blocker)}`;
    const waiting = f.waitingTaskIds.length === 0 ? '' : `: ${waitOn(f.waitingTaskIds)}`;
    return `Unblock ${f.critical ? 'critical task' : 'task'} ${taskName(f)} (blocked ${since}${by})${waiting}`;
  },
  replan_failed_task: (f) =>
    `Re-plan failed task ${taskName(f)} (${plural(f.attempts, 'attempt')}): give it a new approach as a new task or cancel it with a reason${f.impactedTaskIds.length === 0 ? '' : `; ${waitOn(f.impactedTaskIds)}`}`,
  fill_channel_rows: (f) =>
    `Add ChannelMetrics rows for campaign ${name(f.campaignId)} (impressions, clicks, conversions and cost per channel and day); data is expected by ${f.eta}`,
  fill_kpi_actual: (f) => `Fill the Actual of KPI ${name(f.metric)} in the KPIs table (expected by ${f.eta})`,
  fill_channel_column: (f) =>
    `Fill the ${f.column} column of ChannelMetrics to measure ${name(f.figure)} (expected by ${f.eta})`,
  report_blank_figures: (f) =>
    `Fill the blank ChannelMetrics figures where the platform reports them (${renderGaps(f.gaps)}); until then every total and rate counts only the rows that report its figures`,
  keep_course: (f) =>
    f.nextReview === null
      ? `No change: the campaign ended on ${f.lastDay}; carry these learnings into the next plan`
      : `Keep the current allocation${f.channels.length === 0 ? '' : ` across ${list(f.channels.map(name))}`}; next review on ${f.nextReview}`,
};

/**
 * A recommendation as the CMO feedback prints it: a verb, the channel or task, the amounts.
 *
 * @example renderRecommendation({ code: 'fill_kpi_actual', metric: 'signups', eta: '2026-11-20' })
 * // 'Fill the Actual of KPI signups in the KPIs table (expected by 2026-11-20)'
 */
export function renderRecommendation(finding: RecommendationFinding): string {
  const render = RENDER[finding.code] as (f: RecommendationFinding) => string;
  return render(finding);
}
