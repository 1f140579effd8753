import type { OverallStatus, TimelineAdherence } from '../model/statuses';

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
