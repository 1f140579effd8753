import type { Campaign } from '../model/campaign';
import type { ChannelMetric } from '../model/channel-metric';
import type { Kpi } from '../model/kpi';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { Task } from '../model/task';
import type { TaskUpdate } from '../model/task-update';
import type { TrackingInput } from '../model/tracking-input';

/** Test data: rows with every field set to a plain valid value, overridable field by field. */
export const HOUR = 3_600_000;
export const T0 = Date.UTC(2026, 2, 1);

export const campaign = (over: Partial<Campaign> = {}): Campaign => ({
  campaignId: 'C1',
  missionId: 'M1',
  name: 'Spring launch',
  status: 'active',
  budgetAllocated: 5000,
  budgetSpent: null,
  startAt: T0,
  endAt: T0 + 30 * 24 * HOUR,
  currency: null,
  ...over,
});

export const task = (over: Partial<Task> = {}): Task => ({
  taskId: 'T1',
  campaignId: 'C1',
  title: 'Write the brief',
  status: 'pending',
  critical: false,
  dependsOn: [],
  expectedResult: null,
  actualResult: null,
  estimatedHours: null,
  actualHours: null,
  dueAt: null,
  startedAt: null,
  completedAt: null,
  blockedSince: null,
  blocker: null,
  attempts: 0,
  ...over,
});

export const kpi = (over: Partial<Kpi> = {}): Kpi => ({
  campaignId: 'C1',
  metric: 'conversions',
  target: 500,
  type: 'primary',
  actual: null,
  actualSource: 'measured',
  dataEta: null,
  ...over,
});

export const channelMetric = (over: Partial<ChannelMetric> = {}): ChannelMetric => ({
  campaignId: 'C1',
  channel: 'LinkedIn',
  date: '2026-03-02',
  impressions: 1000,
  clicks: 30,
  conversions: 2,
  cost: 100,
  revenue: null,
  engagements: null,
  source: 'measured',
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
