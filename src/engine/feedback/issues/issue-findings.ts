import type { CampaignAnalysis, EscalationFinding } from '../../analysis/campaign-analysis';
import type { Issue } from '../../issues/issue';
import type { Rejection, RejectionCode } from '../../issues/rejection';
import { HUNDRED, ZERO } from '../../money/decimal';
import type { IssueFinding } from './issue-finding';
import { localDateOf } from '../../time/zoned';
import { budgetGap } from '../budget-gap';
import type { RecommendationFinding } from '../recommendations/recommendation-finding';
import {
  BUDGET_GAP_SEVERITY,
  PENDING_KPI_SEVERITY,
  REJECTED_UPDATES_SEVERITY,
  refined,
  unusualDaysSeverity,
  warningSeverity,
} from './severity';
import type { DayCheck } from '../../anomalies/daily-anomalies';

function fromEscalation(
  a: CampaignAnalysis,
  e: EscalationFinding,
  spendAdvice: 'cap' | 'pause' | null,
): IssueFinding {
  const phase = a.timeline.phase;
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
        direction: e.kpi.direction,
        elapsedPct: a.timeline.elapsed.times(HUNDRED),
        currency: a.budget.currency,
        phase,
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
        spentFlagPct: a.settings.budgetFlagSpentPct,
        completionFlagPct: a.settings.budgetFlagCompletionPct,
        phase,
        spendAdvice,
      };
    case 'task_blocked_too_long': {
      const waiting = a.blocked.find((b) => b.task.taskId === e.task.taskId)?.waitingTaskIds ?? [];
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
        phase,
        firstDay: localDateOf(a.campaign.startAt, a.settings.timeZone),
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
        phase,
      };
  }
}

/** Failed tasks the escalations did not already cover (the timeline rule logs every failed task). */
function unescalatedFailures(a: CampaignAnalysis): IssueFinding[] {
  const escalated = new Set(a.escalations.flatMap((e) => (e.code === 'task_failed' ? [e.task.taskId] : [])));
  return a.failed
    .filter(({ task }) => !escalated.has(task.taskId))
    .map(({ task: t, impactedTaskIds: impacted }) => {
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
        phase: a.timeline.phase,
      };
    });
}

/** One issue per channel with unusual days, most unusual day first. */
function unusualDays(a: CampaignAnalysis): IssueFinding[] {
  const byChannel = new Map<string, DayCheck[]>();
  for (const d of a.anomalies) {
    if (!d.significant) continue;
    const list = byChannel.get(d.channel);
    if (list === undefined) byChannel.set(d.channel, [d]);
    else list.push(d);
  }
  return [...byChannel].map(([channel, days]) => {
    const sorted = [...days].sort((x, y) => Math.abs(y.z) - Math.abs(x.z));
    return {
      code: 'unusual_days',
      severity: unusualDaysSeverity(sorted),
      channel,
      days: sorted,
      currency: a.budget.currency,
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
 * escalated, KPIs without data (not before the start: no data is expected then), unusual days of a
 * channel, a gap between Budget Spent and the channels' cost, input warnings, and one summary of
 * rejected task updates.
 * `recommendations` are the feedback's own: an issue points to one only when it exists.
 *
 * @example issueFindings(a, [], [], []).map((i) => i.severity) // [10, 7, 3]
 */
export function issueFindings(
  a: CampaignAnalysis,
  warnings: readonly Issue[],
  rejections: readonly Rejection[],
  recommendations: readonly RecommendationFinding[],
): IssueFinding[] {
  const spendAdvice = recommendations.some((r) => r.code === 'budget_exhausted')
    ? 'pause'
    : recommendations.some((r) => r.code === 'pace_spend' && r.direction === 'over')
      ? 'cap'
      : null;
  const gap = budgetGap(a);
  const found: IssueFinding[] = [
    ...a.escalations.map((e) => fromEscalation(a, e, spendAdvice)),
    ...unescalatedFailures(a),
    ...(a.timeline.phase === 'not_started' ? [] : a.kpis).flatMap((k): IssueFinding[] =>
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
    ...unusualDays(a),
    ...(gap === null ? [] : [{ code: 'budget_gap' as const, severity: BUDGET_GAP_SEVERITY, gap }]),
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
