import type { TaskCounts, TimelineFigures } from '../analysis/campaign-analysis';
import { campaignPhase } from '../analysis/phase';
import type { Campaign } from '../model/campaign';
import type { Instant } from '../model/primitives';
import type { Settings } from '../model/settings';
import type { Task } from '../model/task';
import { Dec, HUNDRED, ZERO } from '../money/decimal';
import { elapsedFraction } from './elapsed';
import { expectedProgressPct } from './expected-progress';
import { isPastDue } from './past-due';
import { taskCompletionRate } from './task-completion-rate';
import { timelineStatus } from './timeline-status';

export interface TimelineArgs {
  readonly campaign: Campaign;
  /** The campaign's tasks. */
  readonly tasks: readonly Task[];
  readonly counts: TaskCounts;
  readonly asOf: Instant;
  readonly settings: Settings;
}

/**
 * Elapsed time, completion and timeline adherence of a campaign. Progress is completed / (total −
 * cancelled) × 100: cancelled tasks can never complete, so they must not make a campaign look late.
 * With no task left to do (none, or all cancelled) progress equals expected progress.
 *
 * @example timelineFigures({ campaign, tasks, counts, asOf, settings }).adherence // 'at_risk'
 */
export function timelineFigures(args: TimelineArgs): TimelineFigures {
  const { campaign, tasks, counts, asOf, settings } = args;
  const elapsed = elapsedFraction(campaign.startAt, campaign.endAt, asOf);
  const expected = expectedProgressPct(tasks, asOf, elapsed);
  const workable = counts.total - counts.cancelled;
  const progress = workable === 0 ? expected : new Dec(counts.completed).div(workable).times(HUNDRED);
  const lateCriticalTaskIds = tasks
    .filter((t) => t.critical && t.status !== 'completed' && t.status !== 'cancelled' && isPastDue(t, asOf))
    .map((t) => t.taskId);
  return {
    elapsed,
    midpointReached: elapsed.gte(0.5),
    phase: campaignPhase(campaign, asOf),
    completionRatePct: taskCompletionRate(tasks.map((t) => t.status)) ?? ZERO,
    progressPct: progress,
    expectedProgressPct: expected,
    adherence: timelineStatus(progress, expected, lateCriticalTaskIds.length > 0, settings),
    lateCriticalTaskIds,
  };
}
