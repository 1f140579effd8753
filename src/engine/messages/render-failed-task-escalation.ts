import type { CampaignAnalysis, EscalationFinding } from '../analysis/campaign-analysis';
import type { EscalationText } from './escalation-text';
import { taskCount, taskList, taskName } from './task-names';

type Finding = Extract<EscalationFinding, { code: 'task_failed' }>;

/**
 * A failed task and its impact, in words; once the campaign has ended, what to record instead of what
 * to retry.
 *
 * @example renderFailedTaskEscalation(finding, analysis).description
 * // 'Task T2 “A/B test” failed after 3 attempts; it holds up 2 tasks: T3 “Rollout” and T5 “Report”.'
 */
export function renderFailedTaskEscalation(f: Finding, a: CampaignAnalysis): EscalationText {
  const task = f.task;
  const ids = f.impactedTaskIds;
  const kind = task.critical ? 'Critical task' : 'Task';
  const attempts = task.attempts === 1 ? '1 attempt' : `${task.attempts} attempts`;
  const impact =
    ids.length === 0
      ? 'no unfinished task depends on it'
      : `it holds up ${taskCount(ids.length)}: ${taskList(ids, a.tasks)}`;
  const description = `${kind} ${taskName(task)} failed after ${attempts}; ${impact}.`;
  let action: string;
  if (a.timeline.phase === 'ended') {
    action = `The campaign has ended: write down why ${task.taskId} failed in its Actual Result for the retrospective${ids.length > 0 ? `, and cancel or carry ${taskList(ids, a.tasks)} into the next plan` : ''}.`;
  } else if (ids.length > 0) {
    action = `Decide now whether to retry ${task.taskId} with a changed approach, replace it, or re-plan ${taskList(ids, a.tasks)} without it; write down the cause in its Actual Result.`;
  } else if (task.critical) {
    action = `Decide now how the campaign gets what critical task ${task.taskId} was meant to deliver: retry it with a changed approach or agree a replacement with the CMO.`;
  } else {
    action = `Write down why ${task.taskId} failed and decide whether the work is still needed; nothing else waits on it.`;
  }
  return { description, recommendedAction: action };
}
