import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { localDateOf } from '../../time/zoned';
import { readiness } from '../readiness';
import type { RecommendationFinding } from './recommendation-finding';

/**
 * Before the start: what to finish before launch — late tasks and tasks due before the start (blocked
 * ones are unblocked by the task recommendations), a budget when none is set, and the tracking tasks
 * still open (or one to add when the plan has none), so results are measured from the first day.
 *
 * @example recommendReadiness(a).map((r) => r.code) // ['finish_before_launch', 'set_budget', 'tracking_before_launch']
 */
export function recommendReadiness(a: CampaignAnalysis): RecommendationFinding[] {
  if (a.timeline.phase !== 'not_started') return [];
  const firstDay = localDateOf(a.campaign.startAt, a.settings.timeZone);
  const r = readiness(a);
  const dueDate = (at: number | null) => (at === null ? null : localDateOf(at - 1, a.settings.timeZone));
  // Blocked tasks are unblocked by the task recommendations, tracking tasks by the tracking one.
  const found: RecommendationFinding[] = [...r.late, ...r.dueBeforeLaunch]
    .filter((t) => t.status !== 'blocked' && !r.tracking.includes(t))
    .map((t) => ({
      code: 'finish_before_launch',
      taskId: t.taskId,
      title: t.title,
      critical: t.critical,
      late: r.late.includes(t),
      dueDate: dueDate(t.dueAt),
      firstDay,
    }));
  if (!r.budgetSet) found.push({ code: 'set_budget', firstDay });
  if (r.tracking.length === 0 || r.trackingOpen.length > 0) {
    found.push({
      code: 'tracking_before_launch',
      tasks: r.trackingOpen.map((t) => ({ taskId: t.taskId, title: t.title })),
      firstDay,
    });
  }
  return found;
}
