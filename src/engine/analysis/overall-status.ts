import type { Settings } from '../model/settings';
import type { OverallStatus } from '../model/statuses';
import type { Task } from '../model/task';
import type { EscalationFinding, KpiFigure, TaskCounts, TimelineFigures } from './campaign-analysis';

export interface OverallStatusArgs {
  readonly counts: TaskCounts;
  /** The campaign's tasks. */
  readonly tasks: readonly Task[];
  readonly kpis: readonly KpiFigure[];
  readonly timeline: Pick<TimelineFigures, 'adherence' | 'phase'>;
  readonly escalations: readonly EscalationFinding[];
  readonly settings: Pick<Settings, 'performanceThresholdPct'>;
}

/**
 * The campaign's overall status, the first that applies:
 * 1. `completed` — every task is completed or cancelled, and at least one is completed;
 * 2. `failed` — a critical task failed, or the end date has passed with a primary KPI below the
 *    Performance Threshold % of its target (a KPI still waiting for data is not below it);
 * 3. `delayed` — timeline adherence is delayed;
 * 4. `at_risk` — timeline adherence is at risk, or any escalation is critical or high;
 * 5. `on_track`.
 *
 * @example overallStatus({ counts, tasks, kpis, timeline: { adherence: 'on_track', phase: 'running' }, escalations: [], settings }) // 'on_track'
 */
export function overallStatus(args: OverallStatusArgs): OverallStatus {
  const { counts, tasks, kpis, timeline, escalations, settings } = args;
  if (counts.completed > 0 && counts.completed + counts.cancelled === counts.total) return 'completed';
  const criticalFailed = tasks.some((t) => t.critical && t.status === 'failed');
  const primaryMissed =
    timeline.phase === 'ended' &&
    kpis.some(
      (k) => k.isPrimary && k.pctOfTarget !== null && k.pctOfTarget.lt(settings.performanceThresholdPct),
    );
  if (criticalFailed || primaryMissed) return 'failed';
  if (timeline.adherence === 'delayed') return 'delayed';
  if (timeline.adherence === 'at_risk' || escalations.some((e) => e.severity !== 'medium')) return 'at_risk';
  return 'on_track';
}
