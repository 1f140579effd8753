import type { Actual, CampaignAnalysis, ParsedTarget } from '../analysis/campaign-analysis';
import type { Dec } from '../money/decimal';
import type { OverallStatus } from '../model/statuses';
import type { EscalationSeverity } from '../report/output-schemas';

/** The figures of the feedback's `execution_result`. */
export interface ExecutionSummary {
  readonly status: OverallStatus;
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
  readonly primary: {
    readonly metric: string;
    readonly actual: Actual;
    readonly target: ParsedTarget;
    readonly pctOfTarget: Dec | null;
  } | null;
  readonly escalations: Readonly<Record<EscalationSeverity, number>>;
}

/**
 * Status, tasks done of total, spend of budget, primary KPI against target and escalations by severity.
 *
 * @example executionSummary(a).completed // 5
 */
export function executionSummary(a: CampaignAnalysis): ExecutionSummary {
  const primary = a.kpis.find((k) => k.isPrimary) ?? null;
  const bySeverity = (s: EscalationSeverity) => a.escalations.filter((e) => e.severity === s).length;
  return {
    status: a.overallStatus,
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
    primary:
      primary === null
        ? null
        : {
            metric: primary.metric,
            actual: primary.actual,
            target: primary.target,
            pctOfTarget: primary.pctOfTarget,
          },
    escalations: { critical: bySeverity('critical'), high: bySeverity('high'), medium: bySeverity('medium') },
  };
}
