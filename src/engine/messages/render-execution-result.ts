import type { ExecutionSummary } from '../feedback/execution-summary';
import { formatMoney } from '../money/currency';
import { SEVERITIES } from '../report/output-schemas';
import { formatPercent, formatTarget, kpiStanding, percentDecimals } from './format-figure';
import { plural } from './plural';
import { list } from './quote';
import { shortText as name } from './short-text';
import { STATUS_TEXT } from './status-text';

function primaryText(s: ExecutionSummary): string {
  const p = s.primary;
  if (p === null) return 'Primary KPI: none set.';
  const target = formatTarget(p.target, s.currency);
  if (s.phase === 'not_started' && p.actual.kind === 'pending') {
    return `Primary KPI ${name(p.metric)}: target ${target}, no data before launch.`;
  }
  const shown = kpiStanding(p, s.currency, p.thresholds);
  const pct = shown.pct === null ? '' : ` (${shown.pct})`;
  const atEnd = s.phase === 'ended' ? ' at the end' : '';
  return `Primary KPI ${name(p.metric)}: ${shown.actual} against target ${target}${pct}${atEnd}.`;
}

function budgetText(s: ExecutionSummary): string {
  const pct = formatPercent(s.utilizationPct, percentDecimals(s.utilizationPct, [s.budgetFlagPct, 100]));
  const head = `Budget: ${formatMoney(s.spent, s.currency)} of ${formatMoney(s.allocated, s.currency)} spent (${pct})`;
  const g = s.gap;
  if (g === null) return `${head}.`;
  const cost = formatMoney(g.channelCost, s.currency);
  const diff = formatMoney(g.gap.abs(), s.currency);
  return g.gap.isPositive()
    ? `${head}; the channels' rows account for ${cost} of it, ${diff} is outside them.`
    : `${head}; the channels' rows show ${cost}, ${diff} more than Budget Spent.`;
}

function phaseText(s: ExecutionSummary): string | null {
  switch (s.phase) {
    case 'not_started':
      return `Starts on ${s.firstDay} (${s.daysToStart === 0 ? 'later today' : `in ${plural(s.daysToStart, 'day')}`}).`;
    case 'ended':
      return `Ended on ${s.lastDay}.`;
    case 'running':
      return null;
  }
}

function readinessText(s: ExecutionSummary): string | null {
  const r = s.readiness;
  if (r === null) return null;
  const late =
    r.lateTaskIds.length === 0
      ? 'no task past its due date'
      : `${plural(r.lateTaskIds.length, 'task')} past ${r.lateTaskIds.length === 1 ? 'its' : 'their'} due date (${list(r.lateTaskIds.map(name))})`;
  const budget = r.budgetSet ? 'budget set' : 'no budget set';
  const tracking =
    r.tracking === 0
      ? 'no tracking task'
      : `${r.trackingCompleted} of ${plural(r.tracking, 'tracking task')} completed`;
  return `Readiness: ${late}; ${budget}; ${tracking}.`;
}

/**
 * The feedback's `execution_result`: status, phase, tasks, budget (and any gap between Budget Spent
 * and the channels' cost), readiness before the start, primary KPI and escalations, in numbers.
 *
 * @example renderExecutionResult(summary)
 * // 'Status: at risk. Tasks: 5 of 12 completed (41.7%), 3 in progress, 1 blocked, 1 failed. Budget: $2,100.00 of $5,000.00 spent (42.0%). Primary KPI conversions: 23 against target 50 (46.0%). Escalations: 2 (1 critical, 1 high).'
 */
export function renderExecutionResult(s: ExecutionSummary): string {
  const tasks = `Tasks: ${s.completed} of ${s.total} completed (${formatPercent(s.completionRatePct)}), ${s.inProgress} in progress, ${s.blocked} blocked, ${s.failed} failed.`;
  const total = SEVERITIES.reduce((n, sev) => n + s.escalations[sev], 0);
  const parts = SEVERITIES.filter((sev) => s.escalations[sev] > 0).map(
    (sev) => `${s.escalations[sev]} ${sev}`,
  );
  const escalations = total === 0 ? 'Escalations: 0.' : `Escalations: ${total} (${parts.join(', ')}).`;
  return [
    `Status: ${STATUS_TEXT[s.status].toLowerCase()}.`,
    phaseText(s),
    tasks,
    budgetText(s),
    readinessText(s),
    primaryText(s),
    escalations,
  ]
    .filter((part): part is string => part !== null)
    .join(' ');
}
