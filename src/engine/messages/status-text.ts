import type { CampaignPhase } from '../analysis/phase';
import type { OverallStatus, TaskStatus, TimelineAdherence } from '../model/statuses';

/** How people read the status codes of the outputs (the JSON keeps the codes themselves). */
export const STATUS_TEXT: Readonly<Record<OverallStatus, string>> = {
  on_track: 'On track',
  at_risk: 'At risk',
  delayed: 'Delayed',
  completed: 'Completed',
  failed: 'Failed',
};

export const TIMELINE_TEXT: Readonly<Record<TimelineAdherence, string>> = {
  on_track: 'On track',
  at_risk: 'At risk',
  delayed: 'Delayed',
};

/** A task's status in words (the Tasks table and its drop-down keep the codes, `in_progress`). */
export const TASK_STATUS_TEXT: Readonly<Record<TaskStatus, string>> = {
  pending: 'Pending',
  in_progress: 'In progress',
  completed: 'Completed',
  blocked: 'Blocked',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/**
 * A status as a person reads it (`In progress`); a text that is no task status, as it is (a rejected
 * update may ask for one).
 *
 * @example taskStatusText('in_progress') // 'In progress'
 */
export function taskStatusText(status: string): string {
  return Object.prototype.hasOwnProperty.call(TASK_STATUS_TEXT, status)
    ? TASK_STATUS_TEXT[status as TaskStatus]
    : status;
}

/** Where a campaign is in its schedule (`campaignPhase`). */
export const PHASE_TEXT: Readonly<Record<CampaignPhase, string>> = {
  not_started: 'Not started',
  running: 'Running',
  ended: 'Ended',
};
