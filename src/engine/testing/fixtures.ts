import type { Campaign } from '../model/campaign';
import type { ChannelMetric } from '../model/channel-metric';
import type { Kpi } from '../model/kpi';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import type { Task } from '../model/task';
import type { TrackingInput } from '../model/tracking-input';

/** Test data builders: sensible defaults, overridden per test. Not used by production code. */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** 2026-03-01T00:00Z and 2026-03-31T00:00Z: a 30-day campaign. */
export const START = Date.UTC(2026, 2, 1);
export const END = Date.UTC(2026, 2, 31);

export function makeCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    campaignId: 'C1',
    missionId: 'M1',
    name: 'Spring launch',
    status: 'active',
    budgetAllocated: 5000,
    budgetSpent: null,
    startAt: START,
    endAt: END,
    currency: null,
    ...overrides,
  };
}

export function makeTask(taskId: string, overrides: Partial<Task> = {}): Task {
  return {
    taskId,
    campaignId: 'C1',
    title: `Task ${taskId}`,
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
    ...overrides,
  };
}

export function makeKpi(metric: string, target: string | number, overrides: Partial<Kpi> = {}): Kpi {
  return {
    campaignId: 'C1',
    metric,
    target,
    type: 'secondary',
    actual: null,
    actualSource: 'measured',
    dataEta: null,
    ...overrides,
  };
}

export function makeRow(channel: string, overrides: Partial<ChannelMetric> = {}): ChannelMetric {
  return {
    campaignId: 'C1',
    channel,
    adCampaign: null,
    date: null,
    impressions: 0,
    clicks: 0,
    conversions: 0,
    cost: 0,
    revenue: null,
    engagements: null,
    source: 'measured',
    ...overrides,
  };
}

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

export function makeInput(parts: Partial<TrackingInput> = {}): TrackingInput {
  return {
    campaigns: [makeCampaign()],
    tasks: [],
    kpis: [],
    channelMetrics: [],
    taskUpdates: [],
    settings: makeSettings(),
    ...parts,
  };
}
