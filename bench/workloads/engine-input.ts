import type { Campaign, ChannelMetric, Kpi, Task, TaskUpdate, TrackingInput } from '../../src/engine';
import { DEFAULT_SETTINGS, type TaskStatus } from '../../src/engine';
import { seeded, type Random } from './random';

const DAY = 86_400_000;
export const BENCH_START = Date.UTC(2026, 9, 1);
/** Day 20 of a 30-day campaign: past the midpoint, so every escalation rule is exercised. */
export const BENCH_AS_OF = BENCH_START + 20 * DAY;

export const CHANNELS = [
  'Google Ads – Search',
  'Google Ads – Display',
  'LinkedIn',
  'Meta',
  'Microsoft Advertising',
  'TikTok',
  'Newsletter',
  'Webinar partners',
];

export interface EngineWorkload {
  readonly campaigns: number;
  readonly tasks: number;
  readonly rows: number;
  /** TaskUpdates rows to apply (a tenth of the tasks by default). */
  readonly updates?: number;
}

const campaignId = (c: number): string => `CMP-${String(c + 1).padStart(3, '0')}`;
/** Every fourth campaign is in euros; the others in the workbook's default (USD). */
const isEuro = (c: number): boolean => c % 4 === 3;

function campaign(c: number): Campaign {
  return {
    campaignId: campaignId(c),
    missionId: `M-${(c % 3) + 1}`,
    name: `Campaign ${c + 1}`,
    status: 'active',
    budgetAllocated: 50_000 + 5_000 * c,
    budgetSpent: null,
    startAt: BENCH_START,
    endAt: BENCH_START + 30 * DAY,
    currency: isEuro(c) ? 'EUR' : null,
  };
}

/**
 * Statuses in the proportions of a campaign under way (cumulative shares): most tasks pending, under
 * way or done, a few blocked, failed or cancelled.
 */
const STATUS_MIX: ReadonlyArray<readonly [TaskStatus, number]> = [
  ['pending', 0.3],
  ['in_progress', 0.55],
  ['completed', 0.9],
  ['blocked', 0.94],
  ['failed', 0.96],
  ['cancelled', 1],
];

function statusOf(random: Random): TaskStatus {
  const r = random.next();
  return STATUS_MIX.find(([, upTo]) => r < upTo)?.[0] ?? 'cancelled';
}

function task(i: number, campaigns: number, random: Random): Task {
  const c = i % campaigns;
  const status = statusOf(random);
  const previous = i - campaigns;
  const started =
    status === 'pending' || status === 'cancelled' ? null : BENCH_START + random.int(0, 10) * DAY;
  return {
    taskId: `T-${i + 1}`,
    campaignId: campaignId(c),
    title: `Task ${i + 1}`,
    status,
    critical: random.next() < 0.1,
    // Depends on the campaign's previous task now and then (never a cycle).
    dependsOn: previous >= 0 && random.next() < 0.3 ? [`T-${previous + 1}`] : [],
    expectedResult: random.next() < 0.5 ? random.int(10, 500) : null,
    actualResult: status === 'completed' ? random.int(5, 600) : null,
    estimatedHours: random.int(1, 40),
    actualHours: started === null ? null : random.int(0, 60),
    dueAt: random.next() < 0.7 ? BENCH_START + random.int(1, 30) * DAY : null,
    startedAt: started,
    completedAt: status === 'completed' ? BENCH_AS_OF - random.int(1, 9) * DAY : null,
    blockedSince: status === 'blocked' ? BENCH_AS_OF - random.int(1, 72) * 3_600_000 : null,
    blocker: status === 'blocked' ? random.pick(['Legal review', 'Creative assets', 'Tracking pixel']) : null,
    attempts: status === 'failed' ? DEFAULT_SETTINGS.retryLimit : 0,
  };
}

function kpis(c: number): Kpi[] {
  const base = { campaignId: campaignId(c), actual: null, actualSource: 'measured', dataEta: null } as const;
  return [
    // In the campaign's currency: a "$" target in a EUR campaign is refused.
    { ...base, metric: 'cpa', target: isEuro(c) ? '€40' : '$40', type: 'primary' },
    { ...base, metric: 'ctr', target: '2.5%', type: 'secondary' },
    { ...base, metric: 'conversions', target: 2_000, type: 'secondary' },
    { ...base, metric: 'roas', target: '3x', type: 'secondary' },
  ];
}

function row(i: number, campaigns: number, random: Random): ChannelMetric {
  const impressions = random.int(500, 50_000);
  const clicks = Math.floor(impressions * (0.005 + random.next() * 0.04));
  const conversions = Math.floor(clicks * random.next() * 0.1);
  const day = random.int(0, 19);
  return {
    campaignId: campaignId(i % campaigns),
    channel: random.pick(CHANNELS),
    adCampaign: `Ad campaign ${i % 3}`,
    date: new Date(BENCH_START + day * DAY).toISOString().slice(0, 10),
    impressions,
    clicks,
    conversions,
    cost: random.int(100, 90_000) / 100,
    revenue: random.next() < 0.8 ? random.int(0, 400_000) / 100 : null,
    engagements: random.next() < 0.5 ? random.int(0, clicks * 3) : null,
    source: random.next() < 0.05 ? 'estimated' : 'measured',
  };
}

function update(i: number, tasks: readonly Task[], random: Random): TaskUpdate {
  const target = random.pick(tasks);
  const newStatus = random.pick(['in_progress', 'completed', 'blocked', 'retry', 'cancelled', 'done']);
  return {
    taskId: target.taskId,
    newStatus,
    result: newStatus === 'completed' || newStatus === 'cancelled' ? `Result ${i}` : null,
    blockers: newStatus === 'blocked' ? ['Waiting for approval'] : [],
    hours: random.next() < 0.5 ? random.int(1, 8) : null,
    updatedAt: BENCH_START + random.int(0, 19) * DAY + i,
    appliedAt: null,
    outcome: null,
  };
}

/**
 * A deterministic TrackingInput of the given size: campaigns tracked side by side, tasks and
 * ChannelMetrics rows dealt round-robin to them, TaskUpdates picking tasks at random.
 *
 * @example
 * const input = engineInput({ campaigns: 10, tasks: 10_000, rows: 1_000_000 }); // the 2-second target
 */
export function engineInput(workload: EngineWorkload, seed = 2026): TrackingInput {
  const random = seeded(seed);
  const tasks = Array.from({ length: workload.tasks }, (_, i) => task(i, workload.campaigns, random));
  const updates = workload.updates ?? Math.floor(workload.tasks / 10);
  return {
    campaigns: Array.from({ length: workload.campaigns }, (_, c) => campaign(c)),
    tasks,
    kpis: Array.from({ length: workload.campaigns }, (_, c) => kpis(c)).flat(),
    channelMetrics: Array.from({ length: workload.rows }, (_, i) => row(i, workload.campaigns, random)),
    taskUpdates: Array.from({ length: updates }, (_, i) => update(i, tasks, random)),
    settings: { ...DEFAULT_SETTINGS, asOf: BENCH_AS_OF },
  };
}
