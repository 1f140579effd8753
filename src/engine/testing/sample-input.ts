import type { Campaign } from '../model/campaign';
import type { ChannelMetric } from '../model/channel-metric';
import type { Kpi } from '../model/kpi';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { Task } from '../model/task';
import type { TaskUpdate } from '../model/task-update';
import type { TrackingInput } from '../model/tracking-input';
import { makeCampaign, makeKpi, makeRow, makeTask } from './fixtures';

/** Test data: rows with every field set to a plain valid value, overridable field by field. */
export const HOUR = 3_600_000;
export const T0 = Date.UTC(2026, 2, 1);

export const campaign = (over: Partial<Campaign> = {}): Campaign => makeCampaign(over);

export const task = (over: Partial<Task> = {}): Task =>
  makeTask(over.taskId ?? 'T1', { title: 'Write the brief', ...over });

export const kpi = (over: Partial<Kpi> = {}): Kpi =>
  makeKpi(over.metric ?? 'conversions', over.target ?? 500, { type: 'primary', ...over });

export const channelMetric = (over: Partial<ChannelMetric> = {}): ChannelMetric =>
  makeRow(over.channel ?? 'LinkedIn', {
    date: '2026-03-02',
    impressions: 1000,
    clicks: 30,
    conversions: 2,
    cost: 100,
    ...over,
  });

export const taskUpdate = (over: Partial<TaskUpdate> = {}): TaskUpdate => ({
  taskId: 'T1',
  newStatus: 'in_progress',
  result: null,
  blockers: [],
  hours: null,
  updatedAt: null,
  appliedAt: null,
  outcome: null,
  ...over,
});

export const input = (over: Partial<TrackingInput> = {}): TrackingInput => ({
  campaigns: [campaign()],
  tasks: [task(), task({ taskId: 'T2', dependsOn: ['T1'] })],
  kpis: [kpi()],
  channelMetrics: [channelMetric()],
  taskUpdates: [],
  settings: DEFAULT_SETTINGS,
  ...over,
});
