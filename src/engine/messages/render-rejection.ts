import type { Rejection } from '../issues/rejection';
import { list, quote } from './quote';

type Renderers = { [C in Rejection['code']]: (r: Extract<Rejection, { code: C }>) => string };

const RENDER: Renderers = {
  unknown_task: (r) => `task ${quote(r.taskId)} does not exist`,
  unknown_status: (r) => `New Status ${quote(r.value)} is not one of ${r.allowed.join(', ')}`,
  illegal_transition: (r) => `a ${r.from} task cannot become ${r.to}`,
  unmet_dependencies: (r) =>
    `waiting on ${list(r.dependencies.map((d) => `${d.taskId} (${d.status})`))}; a task starts when every task it depends on is completed`,
  blocker_required: () => 'a task becomes blocked only with a blocker: write it in Blockers',
  cancel_reason_required: () => 'cancelling needs a reason: write it in Result or Blockers',
  updated_after_report_time: (r) => `Updated At ${r.updatedAt} is after the report time ${r.asOf}`,
};

/** The reason of a rejected update, as its Outcome cell shows it after `rejected: `. */
export function renderRejection(rejection: Rejection): string {
  const render = RENDER[rejection.code] as (r: Rejection) => string;
  return render(rejection);
}

/** The Outcome cell of a TaskUpdates row. */
export function outcomeText(rejection: Rejection | null): string {
  return rejection === null ? 'applied' : `rejected: ${renderRejection(rejection)}`;
}
