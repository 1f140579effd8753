import type { TaskUpdate } from '../../engine/model/task-update';
import type { SampleClock } from './sample-clock';

function update(
  spec: Partial<TaskUpdate> & Pick<TaskUpdate, 'taskId' | 'newStatus' | 'updatedAt'>,
): TaskUpdate {
  return { result: null, blockers: [], hours: null, appliedAt: null, outcome: null, ...spec };
}

/**
 * The inbox: one row applied by an earlier run, then yesterday's updates — legal transitions
 * (pending → in_progress, in_progress → completed, pending → cancelled with a reason), a retry,
 * one rejected for an unmet dependency (T08 needs T06) and one illegal (completed → in_progress).
 */
export function launchUpdates(c: SampleClock): TaskUpdate[] {
  return [
    update({
      taskId: 'T09',
      newStatus: 'blocked',
      blockers: ['Waiting for legal approval of the pricing slide'],
      updatedAt: c.at(-3, 14),
      appliedAt: c.at(-3, 18),
      outcome: 'applied',
    }),
    update({ taskId: 'T14', newStatus: 'in_progress', updatedAt: c.at(-1, 9) }),
    update({
      taskId: 'T15',
      newStatus: 'completed',
      result: 'Briefed 2 analysts; Gartner follow-up booked',
      hours: 3,
      updatedAt: c.at(-1, 10),
    }),
    update({ taskId: 'T08', newStatus: 'in_progress', updatedAt: c.at(-1, 11) }),
    update({
      taskId: 'T07',
      newStatus: 'retry',
      result: 'Pixel events not firing for the retargeting audience',
      hours: 2,
      updatedAt: c.at(-1, 13),
    }),
    update({
      taskId: 'T05',
      newStatus: 'in_progress',
      result: 'Reopen to add competitor keywords',
      updatedAt: c.at(-1, 14),
    }),
    update({
      taskId: 'T16',
      newStatus: 'cancelled',
      result: 'Merged into the webinar follow-up',
      updatedAt: c.at(-1, 15),
    }),
  ];
}
