import type { Rejection } from '../issues/rejection';
import { list, quote } from './quote';
import { taskStatusText } from './status-text';

/** How a task status is written in a message: as the workbook spells it, or in words. */
export type StatusWord = (status: string) => string;

type Renderers = {
  [C in Rejection['code']]: (r: Extract<Rejection, { code: C }>, status: StatusWord) => string;
};

const RENDER: Renderers = {
  unknown_task: (r) => `task ${quote(r.taskId)} does not exist`,
  unknown_status: (r) => `New Status ${quote(r.value)} is not one of ${r.allowed.join(', ')}`,
  illegal_transition: (r, status) => `a ${status(r.from)} task cannot become ${status(r.to)}`,
  unmet_dependencies: (r, status) =>
    `waiting on ${list(r.dependencies.map((d) => `${d.taskId} (${status(d.status)})`))}; a task starts when every task it depends on is completed`,
  blocker_required: () => 'a task becomes blocked only with a blocker: write it in Blockers',
  cancel_reason_required: () => 'cancelling needs a reason: write it in Result or Blockers',
  updated_after_report_time: (r) => `Updated At ${r.updatedAt} is after the report time ${r.asOf}`,
};

/** Statuses as the workbook spells them (`in_progress`), as in the TaskUpdates drop-down. */
const AS_SPELLED: StatusWord = (status) => status;

/** Statuses in words (`in progress`), for the task pane. */
export const IN_WORDS: StatusWord = (status) => taskStatusText(status).toLowerCase();

/**
 * The reason of a rejected update, as its Outcome cell shows it after `rejected: ` (statuses as the
 * workbook spells them), or with the statuses `IN_WORDS`.
 *
 * @example renderRejection({ code: 'illegal_transition', from: 'completed', to: 'in_progress' }) // 'a completed task cannot become in_progress'
 * @example renderRejection({ code: 'illegal_transition', from: 'completed', to: 'in_progress' }, IN_WORDS) // 'a completed task cannot become in progress'
 */
export function renderRejection(rejection: Rejection, status: StatusWord = AS_SPELLED): string {
  const render = RENDER[rejection.code] as (r: Rejection, s: StatusWord) => string;
  return render(rejection, status);
}

/** The Outcome cell of a TaskUpdates row. */
export function outcomeText(rejection: Rejection | null): string {
  return rejection === null ? 'applied' : `rejected: ${renderRejection(rejection)}`;
}
