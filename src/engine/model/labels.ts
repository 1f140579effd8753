import type { TrackingInput } from './tracking-input';

type RowOf<K extends keyof TrackingInput> = TrackingInput[K] extends ReadonlyArray<infer R> ? R : never;
type ArrayTable = Exclude<keyof TrackingInput, 'settings'>;

/** The workbook's names for the model's tables (product.md §2). */
export const TABLE_LABELS: Readonly<Record<keyof TrackingInput, string>> = Object.freeze({
  campaigns: 'Campaigns',
  tasks: 'Tasks',
  kpis: 'KPIs',
  channelMetrics: 'ChannelMetrics',
  taskUpdates: 'TaskUpdates',
  settings: 'Settings',
});

/** The workbook's column headers for the model's fields, as product.md §2 writes them. */
export const FIELD_LABELS: { readonly [K in ArrayTable]: Readonly<Record<keyof RowOf<K>, string>> } =
  Object.freeze({
    campaigns: {
      campaignId: 'Campaign ID',
      missionId: 'Mission ID',
      name: 'Name',
      status: 'Status',
      budgetAllocated: 'Budget Allocated',
      budgetSpent: 'Budget Spent',
      startAt: 'Start Date',
      endAt: 'End Date',
      currency: 'Currency',
    },
    tasks: {
      taskId: 'Task ID',
      campaignId: 'Campaign ID',
      title: 'Title',
      status: 'Status',
      critical: 'Critical',
      dependsOn: 'Depends On',
      expectedResult: 'Expected Result',
      actualResult: 'Actual Result',
      estimatedHours: 'Estimated Hours',
      actualHours: 'Actual Hours',
      dueAt: 'Due Date',
      startedAt: 'Started At',
      completedAt: 'Completed At',
      blockedSince: 'Blocked Since',
      blocker: 'Blocker',
      attempts: 'Attempts',
    },
    kpis: {
      campaignId: 'Campaign ID',
      metric: 'Metric',
      target: 'Target',
      type: 'Type',
      actual: 'Actual',
      actualSource: 'Actual Source',
      dataEta: 'Data ETA',
    },
    channelMetrics: {
      campaignId: 'Campaign ID',
      channel: 'Channel',
      adCampaign: 'Ad Campaign',
      date: 'Date',
      impressions: 'Impressions',
      clicks: 'Clicks',
      conversions: 'Conversions',
      cost: 'Cost',
      revenue: 'Revenue',
      engagements: 'Engagements',
      source: 'Source',
    },
    taskUpdates: {
      taskId: 'Task ID',
      newStatus: 'New Status',
      result: 'Result',
      blockers: 'Blockers',
      hours: 'Hours',
      updatedAt: 'Updated At',
      appliedAt: 'Applied At',
      outcome: 'Outcome',
    },
  });

/** The label of a field, or the field key itself when the table has no such field. */
export function fieldLabel(table: string, field: string): string {
  const labels = (FIELD_LABELS as Record<string, Record<string, string> | undefined>)[table];
  return labels?.[field] ?? field;
}
