import type { ExecutionSummary } from '../feedback/execution-summary';
import { formatMoney } from '../money/currency';
import { dataPending } from '../report/data-pending';
import { SEVERITIES } from '../report/output-schemas';
import { formatFigure, formatPct } from './figures';
import { name } from './name';

function primaryText(p: NonNullable<ExecutionSummary['primary']>, currency: string): string {
  const head = `Primary KPI ${name(p.metric)}`;
  const { actual } = p;
  if (actual.kind === 'pending') return `${head}: ${dataPending(actual.eta)} (target ${name(p.target)}).`;
  const value = actual.kind === 'value' ? formatFigure(actual.value, actual.unit, currency) : 'no value';
  const pct = p.pctOfTarget === null ? '' : ` (${formatPct(p.pctOfTarget)})`;
  return `${head}: ${value} against target ${name(p.target)}${pct}.`;
}

/**
 * The feedback's `execution_result`: status, tasks, budget, primary KPI and escalations, in numbers.
 *
 * @example renderExecutionResult(summary)
 * // 'Status: at_risk. Tasks: 5 of 12 completed (41.7%), 3 in progress, 1 blocked, 1 failed. Budget: $2,100.00 of $5,000.00 spent (42.0%). Primary KPI conversions: 23 against target 50 (46.0%). Escalations: 2 (1 critical, 1 high).'
 */
export function renderExecutionResult(s: ExecutionSummary): string {
  const tasks = `Tasks: ${s.completed} of ${s.total} completed (${formatPct(s.completionRatePct)}), ${s.inProgress} in progress, ${s.blocked} blocked, ${s.failed} failed.`;
  const budget = `Budget: ${formatMoney(s.spent, s.currency)} of ${formatMoney(s.allocated, s.currency)} spent (${formatPct(s.utilizationPct)}).`;
  const primary = s.primary === null ? 'Primary KPI: none set.' : primaryText(s.primary, s.currency);
  const total = SEVERITIES.reduce((n, sev) => n + s.escalations[sev], 0);
  const parts = SEVERITIES.filter((sev) => s.escalations[sev] > 0).map(
    (sev) => `${s.escalations[sev]} ${sev}`,
  );
  const escalations = total === 0 ? 'Escalations: 0.' : `Escalations: ${total} (${parts.join(', ')}).`;
  return [`Status: ${s.status}.`, tasks, budget, primary, escalations].join(' ');
}
