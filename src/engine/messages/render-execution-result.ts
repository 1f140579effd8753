import type { ExecutionSummary } from '../feedback/execution-summary';
import { formatMoney } from '../money/currency';
import { SEVERITIES } from '../report/output-schemas';
import { formatActual, formatPercent, formatTarget } from './format-figure';
import { shortText as name } from './short-text';
import { STATUS_TEXT } from './status-text';

function primaryText(s: ExecutionSummary): string {
  const p = s.primary;
  if (p === null) return 'Primary KPI: none set.';
  const pct = p.pctOfTarget === null ? '' : ` (${formatPercent(p.pctOfTarget)})`;
  return `Primary KPI ${name(p.metric)}: ${formatActual(p.actual, s.currency)} against target ${formatTarget(p.target, s.currency)}${pct}.`;
}

/**
 * The feedback's `execution_result`: status, tasks, budget, primary KPI and escalations, in numbers.
 *
 * @example renderExecutionResult(summary)
 * // 'Status: at risk. Tasks: 5 of 12 completed (41.7%), 3 in progress, 1 blocked, 1 failed. Budget: $2,100.00 of $5,000.00 spent (42.0%). Primary KPI conversions: 23 against target 50 (46.0%). Escalations: 2 (1 critical, 1 high).'
 */
export function renderExecutionResult(s: ExecutionSummary): string {
  const tasks = `Tasks: ${s.completed} of ${s.total} completed (${formatPercent(s.completionRatePct)}), ${s.inProgress} in progress, ${s.blocked} blocked, ${s.failed} failed.`;
  const budget = `Budget: ${formatMoney(s.spent, s.currency)} of ${formatMoney(s.allocated, s.currency)} spent (${formatPercent(s.utilizationPct)}).`;
  const total = SEVERITIES.reduce((n, sev) => n + s.escalations[sev], 0);
  const parts = SEVERITIES.filter((sev) => s.escalations[sev] > 0).map(
    (sev) => `${s.escalations[sev]} ${sev}`,
  );
  const escalations = total === 0 ? 'Escalations: 0.' : `Escalations: ${total} (${parts.join(', ')}).`;
  return [`Status: ${STATUS_TEXT[s.status].toLowerCase()}.`, tasks, budget, primaryText(s), escalations].join(
    ' ',
  );
}
