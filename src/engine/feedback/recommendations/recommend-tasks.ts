import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { localDateOf } from '../../time/zoned';
import type { RecommendationFinding } from './recommendation-finding';

/**
 * Unblock each blocked task — critical ones first, then those more tasks wait on, then the longest
 * blocked — and re-plan each failed task, naming what waits on it. The words follow the phase: before
 * launch, unblock by the start; once ended, close the task or carry it into the next plan.
 *
 * @example recommendTasks(a).map((r) => r.code) // ['unblock_task', 'replan_failed_task']
 */
export function recommendTasks(a: CampaignAnalysis): RecommendationFinding[] {
  const blocked = [...a.blocked]
    .map((b) => ({ ...b, waiting: b.waitingTaskIds }))
    .sort(
      (x, y) =>
        Number(y.task.critical) - Number(x.task.critical) ||
        y.waiting.length - x.waiting.length ||
        (y.blockedMs ?? Number.MAX_SAFE_INTEGER) - (x.blockedMs ?? Number.MAX_SAFE_INTEGER),
    );
  const unblock = blocked.map((b): RecommendationFinding => ({
    code: 'unblock_task',
    taskId: b.task.taskId,
    title: b.task.title,
    critical: b.task.critical,
    blocker: b.task.blocker,
    blockedMs: b.blockedMs,
    waitingTaskIds: b.waiting,
    phase: a.timeline.phase,
    firstDay: localDateOf(a.campaign.startAt, a.settings.timeZone),
  }));
  const replan = a.failed.map(({ task: t, impactedTaskIds }): RecommendationFinding => ({
    code: 'replan_failed_task',
    taskId: t.taskId,
    title: t.title,
    attempts: t.attempts,
    impactedTaskIds,
    phase: a.timeline.phase,
  }));
  return [...unblock, ...replan];
}
