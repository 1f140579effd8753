import { DEFAULT_SETTINGS } from '../model/settings';
import type { TrackingInput } from '../model/tracking-input';
import { campaign, channelMetric, kpi, task, taskUpdate } from '../testing/sample-input';

/**
 * A small campaign whose every output figure is worked out by hand in `spring-webinar.test.ts`.
 * 30 days, 2026-03-01 → 2026-03-30 (end of day, UTC); the run is at 2026-03-16T00:00Z, half-way.
 */
export const AS_OF = Date.UTC(2026, 2, 16);
const at = (day: number, hour = 0) => Date.UTC(2026, 2, day, hour);

export const springWebinar: TrackingInput = {
  campaigns: [
    campaign({
      campaignId: 'C1',
      missionId: 'M7',
      name: 'Spring webinar',
      budgetAllocated: 3000,
      budgetSpent: null,
      startAt: at(1),
      endAt: at(31),
      currency: 'USD',
    }),
  ],
  tasks: [
    task({
      taskId: 'T1',
      title: 'Write brief',
      status: 'completed',
      estimatedHours: 4,
      actualHours: 5,
      dueAt: at(6),
      completedAt: at(4, 12),
    }),
    task({
      taskId: 'T2',
      title: 'Landing page',
      status: 'in_progress',
      critical: true,
      dependsOn: ['T1'],
      estimatedHours: 8,
      dueAt: at(21),
      startedAt: at(6),
    }),
    task({ taskId: 'T3', title: 'Email sequence', dependsOn: ['T2'], estimatedHours: 6 }),
    task({
      taskId: 'T4',
      title: 'Ad creatives',
      status: 'blocked',
      estimatedHours: 10,
      blockedSince: at(14, 12),
      blocker: 'Waiting on brand approval',
    }),
    task({
      taskId: 'T5',
      title: 'Partner outreach',
      status: 'completed',
      estimatedHours: 10,
      actualHours: 8,
      dueAt: at(11),
      completedAt: at(9),
    }),
  ],
  kpis: [
    kpi({ metric: 'conversions', target: 100, type: 'primary' }),
    kpi({ metric: 'cpa', target: '≤ $45', type: 'secondary' }),
    kpi({ metric: 'signups', target: 200, type: 'secondary', dataEta: '2026-03-20' }),
  ],
  channelMetrics: [
    channelMetric({
      channel: 'Search',
      date: '2026-03-14',
      impressions: 8000,
      clicks: 400,
      conversions: 20,
      cost: 600.1,
      revenue: 2400,
    }),
    channelMetric({
      channel: 'Search',
      date: '2026-03-15',
      impressions: 4000,
      clicks: 200,
      conversions: 10,
      cost: 299.9,
      revenue: 1200,
    }),
    channelMetric({
      channel: 'Display',
      date: '2026-03-15',
      impressions: 30000,
      clicks: 300,
      conversions: 6,
      cost: 540.555,
      revenue: 480,
    }),
    channelMetric({
      channel: 'Email',
      date: '2026-03-15',
      impressions: 1000,
      clicks: 50,
      conversions: 4,
      cost: 0,
      revenue: null,
      source: 'estimated',
    }),
  ],
  taskUpdates: [
    taskUpdate({
      taskId: 'T2',
      newStatus: 'completed',
      result: 'Live at /spring',
      hours: 6,
      updatedAt: at(15, 10),
    }),
    taskUpdate({ taskId: 'T3', newStatus: 'in_progress', updatedAt: at(15, 11) }),
    taskUpdate({ taskId: 'T1', newStatus: 'pending', updatedAt: at(15, 12) }),
  ],
  settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
};
