import type { CampaignAnalysis, EscalationFinding } from '../../analysis/campaign-analysis';
import type { Issue } from '../../issues/issue';
import type { Rejection, RejectionCode } from '../../issues/rejection';
import { HUNDRED, ZERO } from '../../money/decimal';
import { openDependents } from '../dependents';
import type { IssueFinding } from './issue-finding';
import { PENDING_KPI_SEVERITY, REJECTED_UPDATES_SEVERITY, refined, warningSeverity } from './severity';

function fromEscalation(a: CampaignAnalysis, e: EscalationFinding): IssueFinding {
  switch (e.code) {
    case 'kpi_below_threshold': {
      const pct = e.kpi.pctOfTarget ?? ZERO;
      return {
        code: e.code,
        severity: refined(e.severity, pct.lt(e.thresholdPct / 2) ? 1 : 0),
        metric: e.kpi.metric,
        primary: e.kpi.isPrimary,
        actual: e.kpi.actual,
        target: e.kpi.target,
        pctOfTarget: pct,
        thresholdPct: e.thresholdPct,
        elapsedPct: a.timeline.elapsed.times(HUNDRED),
        currency: a.budget.currency,
      };
    }
    case 'budget_ahead_of_progress':
      return {
        code: e.code,
        severity: refined(e.severity, a.budget.remaining.lte(0) ? 1 : 0),
        spent: a.budget.spent,
        allocated: a.budget.allocated,
        remaining: a.budget.remaining,
        spentPct: e.spentPct,
        completionRatePct: e.completionRatePct,
        openTasks: a.counts.total - a.counts.completed - a.counts.cancelled,
        currency: a.budget.currency,
      };
    case 'task_blocked_too_long': {
      const waiting = openDependents(a.tasks, e.task.taskId);
      const shift = waiting.length > 0 ? 1 : e.task.critical ? 0 : -1;
      return {
        code: e.code,
        severity: refined(e.severity, shift),
        taskId: e.task.taskId,
        title: e.task.title,
        critical: e.task.critical,
        blocker: e.task.blocker,
        blockedMs: e.blockedMs,
        waitingTaskIds: waiting,
      };
    }
    case 'task_failed':
      return {
        code: e.code,
        severity: refined(e.severity, e.impactedTaskIds.length > 0 ? 1 : 0),
        taskId: e.task.taskId,
        title: e.task.title,
        critical: e.task.critical,
        attempts: e.task.attempts,
        impactedTaskIds: e.impactedTaskIds,
      };
  }
}

/** Failed tasks the escalations did not already cover (the timeline rule logs every failed task). */
function unescalatedFailures(a: CampaignAnalysis): IssueFinding[] {
  const escalated = new Set(a.escalations.flatMap((e) => (e.code === 'task_failed' ? [e.task.taskId] : [])));
  return a.tasks
    .filter((t) => t.status === 'failed' && !escalated.has(t.taskId))
    .map((t) => {
      const impacted = openDependents(a.tasks, t.taskId);
      return {
        code: 'task_failed',
        severity: refined(
          t.critical || impacted.length > 0 ? 'critical' : 'medium',
          impacted.length > 0 ? 1 : 0,
        ),
        taskId: t.taskId,
        title: t.title,
        critical: t.critical,
        attempts: t.attempts,
        impactedTaskIds: impacted,
      };
    });
}

function rejectedSummary(rejections: readonly Rejection[]): IssueFinding[] {
  if (rejections.length === 0) return [];
  const counts = new Map<RejectionCode, number>();
  for (const r of rejections) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  return [
    {
      code: 'updates_rejected',
      severity: REJECTED_UPDATES_SEVERITY,
      total: rejections.length,
      byCode: [...counts].map(([code, count]) => ({ code, count })),
    },
  ];
}

/**
 * The feedback's issues, most severe first (ties keep this order): escalations, failed tasks not
 * escalated, KPIs without data, input warnings, and one summary of rejected task updates.
 *
 * @example issueFindings(a, [], []).map((i) => i.severity) // [10, 7, 3]
 */
export function issueFindings(
  a: CampaignAnalysis,
  warnings: readonly Issue[],
  rejections: readonly Rejection[],
): IssueFinding[] {
  const found: IssueFinding[] = [
    ...a.escalations.map((e) => fromEscalation(a, e)),
    ...unescalatedFailures(a),
    ...a.kpis.flatMap((k): IssueFinding[] =>
      k.actual.kind === 'pending'
        ? [
            {
              code: 'kpi_pending',
              severity: PENDING_KPI_SEVERITY,
              metric: k.metric,
              primary: k.isPrimary,
              eta: k.actual.eta,
            },
          ]
        : [],
    ),
    ...warnings.map((issue): IssueFinding => ({
      code: 'input_warning',
      severity: warningSeverity(issue.code),
      issue,
    })),
    ...rejectedSummary(rejections),
  ];
  return found
    .map((f, i) => ({ f, i }))
    .sort((x, y) => y.f.severity - x.f.severity || x.i - y.i)
    .map(({ f }) => f);
}
