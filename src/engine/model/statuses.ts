export const TASK_STATUSES = [
  'pending',
  'in_progress',
  'completed',
  'blocked',
  'failed',
  'cancelled',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** What a TaskUpdates row may ask for: a task status, or `retry` (one failed attempt). */
export const UPDATE_STATUSES = [...TASK_STATUSES, 'retry'] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

export const CAMPAIGN_STATUSES = ['active', 'paused', 'completed', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const OVERALL_STATUSES = ['on_track', 'at_risk', 'delayed', 'completed', 'failed'] as const;
export type OverallStatus = (typeof OVERALL_STATUSES)[number];

export const TIMELINE_ADHERENCE = ['on_track', 'at_risk', 'delayed'] as const;
export type TimelineAdherence = (typeof TIMELINE_ADHERENCE)[number];

export const DATA_SOURCES = ['measured', 'estimated'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

export const KPI_TYPES = ['primary', 'secondary'] as const;
export type KpiType = (typeof KPI_TYPES)[number];
