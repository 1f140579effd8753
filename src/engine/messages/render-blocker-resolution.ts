import type { BlockedTask, CampaignAnalysis } from '../analysis/campaign-analysis';
import { localDateOf } from '../time/zoned';
import { shortText } from './short-text';
import { taskList } from './task-names';

/**
 * The report's `blocker` text of a task: its Blocker, or a note that none is recorded.
 *
 * @example blockerText({ blocker: null }) // '(no blocker recorded)'
 */
export function blockerText(task: Pick<BlockedTask['task'], 'blocker'>): string {
  return task.blocker ?? '(no blocker recorded)';
}

/**
 * The proposed resolution of a blocked task, for the report's `blockers` list: by when to clear it
 * (today for a critical task, this week, or before launch), or, once the campaign has ended, to cancel
 * it or carry it into the next plan.
 *
 * @example renderBlockerResolution(blocked, analysis)
 * // 'Clear “Legal review”: name an owner and a date today (critical task), then start T4 “Launch”, which waits on it.'
 */
export function renderBlockerResolution(b: BlockedTask, a: CampaignAnalysis): string {
  const task = b.task;
  if (a.timeline.phase === 'ended') {
    return `The campaign has ended: cancel ${task.taskId} with a reason, or carry it into the next plan if the work is still needed.`;
  }
  const when =
    a.timeline.phase === 'not_started'
      ? `before launch on ${localDateOf(a.campaign.startAt, a.settings.timeZone)}`
      : task.critical
        ? 'today (critical task)'
        : 'this week';
  const next =
    b.waitingTaskIds.length === 0
      ? 'nothing else waits on it'
      : `then start ${taskList(b.waitingTaskIds, a.tasks)}, which ${b.waitingTaskIds.length === 1 ? 'waits' : 'wait'} on it`;
  const since = b.blockedMs === null ? ' Record Blocked Since so the delay can be measured.' : '';
  if (task.blocker === null) {
    return `No blocker is recorded for ${task.taskId}: write the reason in Blocker and name who can clear it ${when}; ${next}.${since}`;
  }
  return `Clear “${shortText(task.blocker)}”: name an owner and a date ${when}; ${next}.${since}`;
}
