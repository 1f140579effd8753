import type { BlockedTask, CampaignAnalysis, EscalationFinding } from '../analysis/campaign-analysis';
import { localDateOf } from '../time/zoned';
import type { EscalationText } from './escalation-text';
import { formatDuration } from './format-duration';
import { shortText } from './short-text';
import { taskCount, taskList, taskName } from './task-names';

type Finding = Extract<EscalationFinding, { code: 'task_blocked_too_long' }>;

const waitingIndexes = new WeakMap<readonly BlockedTask[], ReadonlyMap<string, readonly string[]>>();

function waitingOn(blocked: readonly BlockedTask[]): ReadonlyMap<string, readonly string[]> {
  let index = waitingIndexes.get(blocked);
  if (index === undefined) {
    index = new Map(blocked.map((b) => [b.task.taskId, b.waitingTaskIds]));
    waitingIndexes.set(blocked, index);
  }
  return index;
}

/**
 * How long a task has been blocked, in words: `for 1 day 3 hours (since 2026-11-23)`, or unknown.
 *
 * @example blockedFor(97_200_000, Date.UTC(2026, 10, 23, 6), 'UTC') // 'for 1 day 3 hours (since 2026-11-23)'
 */
export function blockedFor(blockedMs: number | null, since: number | null, timeZone: string): string {
  if (blockedMs === null || since === null) return 'for an unknown time (Blocked Since is empty)';
  return `for ${formatDuration(blockedMs)} (since ${localDateOf(since, timeZone)})`;
}

/**
 * Who waits on a blocked task, in words.
 *
 * @example waitingText(['T4'], analysis) // '1 task waits on it: T4 “Launch”'
 * @example waitingText([], analysis) // 'no other task waits on it'
 */
export function waitingText(ids: readonly string[], a: CampaignAnalysis): string {
  if (ids.length === 0) return 'no other task waits on it';
  return `${taskCount(ids.length)} ${ids.length === 1 ? 'waits' : 'wait'} on it: ${taskList(ids, a.tasks)}`;
}

/**
 * A task blocked longer than the limit, in words, with an action that fits the phase: before launch,
 * clear it by the start date; once the campaign has ended, cancel it or carry it into the next plan.
 *
 * @example renderBlockerEscalation(finding, analysis).description
 * // 'Critical task T3 “Landing page” has been blocked for 1 day 3 hours (since 2026-11-23), over the 24-hour limit, by “Legal review”; 1 task waits on it: T4 “Launch”.'
 */
export function renderBlockerEscalation(f: Finding, a: CampaignAnalysis): EscalationText {
  const task = f.task;
  const waiting = waitingOn(a.blocked).get(task.taskId) ?? [];
  const hours = a.settings.blockedEscalationHours;
  const kind = task.critical ? 'Critical task' : 'Task';
  const by = task.blocker === null ? 'with no blocker recorded' : `by “${shortText(task.blocker)}”`;
  const description = `${kind} ${taskName(task)} has been blocked ${blockedFor(f.blockedMs, task.blockedSince, a.settings.timeZone)}, over the ${hours}-hour limit, ${by}; ${waitingText(waiting, a)}.`;
  const what = task.blocker === null ? 'the blocker' : `“${shortText(task.blocker)}”`;
  const phase = a.timeline.phase;
  const launch = localDateOf(a.campaign.startAt, a.settings.timeZone);
  const action =
    phase === 'ended'
      ? `The campaign has ended: cancel ${task.taskId} with a reason, or carry it into the next plan if the work is still needed.`
      : phase === 'not_started'
        ? `Clear ${what} before launch on ${launch}: get whoever can clear it to commit to a date for ${task.taskId}${waiting.length > 0 ? `, as ${taskList(waiting, a.tasks)} ${waiting.length === 1 ? 'waits' : 'wait'} on it` : ''}.`
        : task.critical
          ? `Escalate today: get whoever can clear ${what} to commit to a date for ${task.taskId}${waiting.length > 0 ? `, and re-plan ${taskList(waiting, a.tasks)} if it slips` : ''}.`
          : `Clear ${what} with the owner of ${task.taskId} this week, or cancel the task if it is no longer needed.`;
  const record =
    f.blockedMs === null ? ' Record Blocked Since on the task so the delay can be measured.' : '';
  return { description, recommendedAction: `${action}${record}` };
}
