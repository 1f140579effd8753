import type { ComparisonFigures } from '../feedback/learnings/learning-finding';
import type { RecommendationFinding } from '../feedback/recommendations/recommendation-finding';
import { formatMoney } from '../money/currency';
import { WEEKDAYS, type Weekday } from '../time/weekday';
import { formatDuration } from './format-duration';
import { formatFigure, formatPercent, formatTarget } from './format-figure';
import { formatRatio } from './format-ratio';
import { bandText } from './render-learning';
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

/** Why a budget move is advised: the comparison it rests on, with the size of the difference. */
function shiftReason(f: ComparisonFigures, currency: string): string {
  const [better, worse, c] = [name(f.better.channel), name(f.worse.channel), currency];
  if (f.metric === 'cpa') {
    return f.worseValue === null
      ? `${worse} has 0 conversions from ${formatMoney(f.worse.cost, c)} while ${better} converts at a CPA of ${formatMoney(f.betterValue, c)}; ${better}'s CPA is ${formatRatio(f, 'lower')}`
      : `${better}'s CPA is ${formatRatio(f, 'lower')}: ${formatMoney(f.betterValue, c)} vs ${formatMoney(f.worseValue, c)}`;
  }
  return f.worseValue === null || f.worseValue.isZero()
    ? `${worse} got 0 clicks while ${better}'s CTR is ${formatPercent(f.betterValue)}`
    : `${better}'s CTR is ${formatRatio(f, `${worse}'s`)}: ${formatPercent(f.betterValue)} vs ${formatPercent(f.worseValue)}`;
}

const WEEKDAY_TEXT: Readonly<Record<Weekday, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

const RENDER: Renderers = {
  budget_exhausted: (f) =>
    f.overBy.isZero()
      ? `Pause spend or raise the budget: all ${formatMoney(f.allocated, f.currency)} is spent with ${plural(f.daysLeft, 'day')} left`
      : `Pause spend or raise the budget: ${formatMoney(f.spent, f.currency)} spent of ${formatMoney(f.allocated, f.currency)} allocated (${formatMoney(f.overBy, f.currency)} over) with ${plural(f.daysLeft, 'day')} left`,
  shift_budget: (f) =>
    `Shift ${f.sharePct}% of ${name(f.from)}'s spend (${formatMoney(f.amount, f.currency)} of its ${formatMoney(f.fromSpend, f.currency)} so far) to ${name(f.to)}: ${shiftReason(f.comparison, f.currency)}${f.estimated ? ' (based on estimated data)' : ''}`,
  next_plan_channels: (f) =>
    `For the next campaign, plan more of the budget for ${name(f.comparison.better.channel)} and less for ${name(f.comparison.worse.channel)}: ${shiftReason(f.comparison, f.currency)}${f.estimated ? ' (based on estimated data)' : ''}`,
  pace_spend: (f) => {
    const head = `${f.direction === 'over' ? 'Cap spend at' : 'Raise spend to up to'} ${formatMoney(f.perDay, f.currency)} a day for ${daysLeft(f.daysLeft)} to ${f.direction === 'over' ? 'stay within' : 'use'} the remaining ${formatMoney(f.remaining, f.currency)}`;
    const p = f.forecast;
    if (p === null) {
      return `${head}: ${formatPercent(f.spentPct)} of the budget is spent with ${formatPercent(f.elapsedPct)} of the time elapsed`;
    }
    const weekdays =
      p.byWeekday === null
        ? ''
        : ` (by day of week: ${WEEKDAYS.map((d) => `${WEEKDAY_TEXT[d]} ${formatMoney(p.byWeekday?.[d] ?? f.perDay, f.currency)}`).join(', ')})`;
    return `${head}${weekdays}: at the current daily pace the campaign would spend about ${formatMoney(p.expected, f.currency)}, ${formatPercent(p.projectedPct)} of its budget, outside the ±${bandText(p.bandPct)} band around 100%`;
  },
  kpi_catch_up: (f) =>
    `Raise ${name(f.metric)} by ${formatFigure(f.perDay, f.unit, f.currency)} a day: ${formatFigure(f.needed, f.unit, f.currency)} more are needed in ${daysLeft(f.daysLeft)} to reach the ${formatTarget(f.target, f.currency)} target (${formatFigure(f.actual, f.unit, f.currency)} so far, ${formatPercent(f.elapsedPct)} of the time elapsed)`,
  unblock_task: (f) => {
    const since = f.blockedMs === null ? 'since an unknown time' : formatDuration(f.blockedMs);
    const by = f.blocker === null ? '' : ` by ${cited(f.blocker)}`;
    const waiting = f.waitingTaskIds.length === 0 ? '' : `: ${waitOn(f.waitingTaskIds)}`;
    const kind = f.critical ? 'critical task' : 'task';
    if (f.phase === 'ended') {
      return `Close ${kind} ${taskName(f)} (blocked ${since}${by}): cancel it with a reason, or carry it into the next plan if the work is still needed`;
    }
    const when = f.phase === 'not_started' ? ` before launch on ${f.firstDay}` : '';
    return `Unblock ${kind} ${taskName(f)}${when} (blocked ${since}${by})${waiting}`;
  },
  replan_failed_task: (f) =>
    f.phase === 'ended'
      ? `Write down why failed task ${taskName(f)} failed (${plural(f.attempts, 'attempt')}) for the retrospective${f.impactedTaskIds.length === 0 ? '' : `, and cancel or carry into the next plan what waits on it (${list(f.impactedTaskIds.map(name))})`}`
      : `Re-plan failed task ${taskName(f)} (${plural(f.attempts, 'attempt')}): give it a new approach as a new task or cancel it with a reason${f.impactedTaskIds.length === 0 ? '' : `; ${waitOn(f.impactedTaskIds)}`}`,
  finish_before_launch: (f) =>
    `Finish ${f.critical ? 'critical task' : 'task'} ${taskName(f)} before launch on ${f.firstDay}${f.dueDate === null ? '' : f.late ? ` (it was due on ${f.dueDate})` : ` (due on ${f.dueDate})`}`,
  set_budget: (f) => `Set the campaign's Budget Allocated before launch on ${f.firstDay}: no budget is set`,
  tracking_before_launch: (f) =>
    f.tasks.length === 0
      ? `Add a task to check conversion tracking (pixels, tags, UTM parameters) before launch on ${f.firstDay}: no tracking task is planned, and results are only measured from the day tracking works`
      : `Complete ${list(f.tasks.map((t) => taskName(t)))} before launch on ${f.firstDay}, so results are measured from the first day`,
  next_plan_kpi: (f) =>
    `For the next campaign, set the ${name(f.metric)} target from what this one reached (${formatFigure(f.actual, f.unit, f.currency)} in ${plural(f.days, 'day')} against ${formatTarget(f.target, f.currency)}), or plan the budget and channels it would take to reach ${formatTarget(f.target, f.currency)}`,
  ready_to_launch: (f) => `Launch as planned on ${f.firstDay}: nothing in the plan holds it up`,
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
