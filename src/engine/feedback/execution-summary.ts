import type { Actual, CampaignAnalysis, Direction, ParsedTarget } from '../analysis/campaign-analysis';
import { kpiThresholds } from '../analysis/kpi-thresholds';
import type { CampaignPhase } from '../analysis/phase';
import type { Dec } from '../money/decimal';
import type { LocalDate } from '../model/primitives';
import type { OverallStatus } from '../model/statuses';
import type { EscalationSeverity } from '../report/output-schemas';
import { localDateOf } from '../time/zoned';
import { budgetGap, type BudgetGap } from './budget-gap';
import { asOfDate, daysBetween, lastDay } from './calendar';
import { readiness } from './readiness';

/** The figures of the feedback's `execution_result`. */
export interface ExecutionSummary {
  readonly status: OverallStatus;
  readonly phase: CampaignPhase;
  /** The campaign's first and last day, and the days from as_of's date to the first (not started). */
  readonly firstDay: LocalDate;
  readonly lastDay: LocalDate;
  readonly daysToStart: number;
  readonly total: number;
  readonly completed: number;
  readonly completionRatePct: Dec;
  readonly inProgress: number;
  readonly blocked: number;
  readonly failed: number;
  readonly currency: string;
  readonly spent: Dec;
  readonly allocated: Dec;
  readonly utilizationPct: Dec;
  /** The budget flag the utilisation is judged against (shown precisely enough to fall on its side). */
  readonly budgetFlagPct: number;
  /** Budget Spent against the channels' cost, when they differ. */
  readonly gap: BudgetGap | null;
  /** Before the start: what stands between the campaign and its launch. */
  readonly readiness: {
    readonly lateTaskIds: readonly string[];
    readonly budgetSet: boolean;
    readonly tracking: number;
    readonly trackingCompleted: number;
  } | null;
  readonly primary: {
    readonly metric: string;
    readonly actual: Actual;
    readonly target: ParsedTarget;
    readonly direction: Direction;
    readonly pctOfTarget: Dec | null;
    readonly thresholds: readonly number[];
  } | null;
  readonly escalations: Readonly<Record<EscalationSeverity, number>>;
}

/**
 * Status, phase, tasks done of total, spend of budget, primary KPI against target and escalations by
 * severity; before the start, the campaign's readiness.
 *
 * @example executionSummary(a).completed // 5
 */
export function executionSummary(a: CampaignAnalysis): ExecutionSummary {
  const primary = a.kpis.find((k) => k.isPrimary) ?? null;
  const bySeverity = (s: EscalationSeverity) => a.escalations.filter((e) => e.severity === s).length;
  const phase = a.timeline.phase;
  const firstDay = localDateOf(a.campaign.startAt, a.settings.timeZone);
  const ready = phase === 'not_started' ? readiness(a) : null;
  return {
    status: a.overallStatus,
    phase,
    firstDay,
    lastDay: lastDay(a),
    daysToStart: Math.max(0, daysBetween(asOfDate(a), firstDay)),
    total: a.counts.total,
    completed: a.counts.completed,
    completionRatePct: a.timeline.completionRatePct,
    inProgress: a.counts.in_progress,
    blocked: a.counts.blocked,
    failed: a.counts.failed,
    currency: a.budget.currency,
    spent: a.budget.spent,
    allocated: a.budget.allocated,
    utilizationPct: a.budget.utilizationPct,
    budgetFlagPct: a.settings.budgetFlagSpentPct,
    gap: budgetGap(a),
    readiness:
      ready === null
        ? null
        : {
            lateTaskIds: ready.late.map((t) => t.taskId),
            budgetSet: ready.budgetSet,
            tracking: ready.tracking.length,
            trackingCompleted: ready.tracking.length - ready.trackingOpen.length,
          },
    primary:
      primary === null
        ? null
        : {
            metric: primary.metric,
            actual: primary.actual,
            target: primary.target,
            direction: primary.direction,
            pctOfTarget: primary.pctOfTarget,
            thresholds: kpiThresholds(a),
          },
    escalations: { critical: bySeverity('critical'), high: bySeverity('high'), medium: bySeverity('medium') },
  };
}
