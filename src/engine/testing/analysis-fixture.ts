import type { CampaignAnalysis, KpiFigure, ParsedTarget } from '../analysis/campaign-analysis';
import { compareChannels } from '../compare/channel-comparison';
import { rankEfficiency } from '../compare/efficiency-ranking';
import { dependantsIndex } from '../escalations/dependants';
import { failedTasks } from '../escalations/failed-tasks';
import { campaignPhase } from '../analysis/phase';
import { withJudgement } from '../analysis/with-judgement';
import { aggregateChannelMetrics } from '../metrics/aggregate-channel-metrics';
import { Dec, ZERO } from '../money/decimal';
import type { Campaign } from '../model/campaign';
import type { Kpi } from '../model/kpi';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import type { ChannelMetric } from '../model/channel-metric';
import type { Task } from '../model/task';
import { makeCampaign, makeRow, makeTask } from './fixtures';

/**
 * Hand-built `CampaignAnalysis` values for tests of what is built from an analysis (feedback,
 * memory). Defaults: campaign C1 (mission M1) runs 2026-11-01 → 2026-11-30 (end of day, UTC) with
 * a USD 5,000 budget; as_of 2026-11-16T00:00Z, so exactly half the time has elapsed.
 */

export const START = Date.UTC(2026, 10, 1);
/** End of 2026-11-30: the next midnight. */
export const END = Date.UTC(2026, 11, 1);
export const AS_OF = Date.UTC(2026, 10, 16);
const HOUR = 3_600_000;

export function campaign(over: Partial<Campaign> = {}): Campaign {
  return makeCampaign({ name: 'Winter launch', startAt: START, endAt: END, currency: 'USD', ...over });
}

export const task = makeTask;
export const row = makeRow;

export interface KpiFixture {
  metric: string;
  target: number;
  targetText?: string;
  unit?: ParsedTarget['unit'];
  actual?: number | null;
  estimated?: boolean;
  primary?: boolean;
  lowerIsBetter?: boolean;
  derived?: boolean;
  eta?: string;
  kpiIndex?: number;
}

/** A KPI figure; `actual: null` (or absent) makes it pending. */
export function kpi(f: KpiFixture): KpiFigure {
  const unit = f.unit ?? 'count';
  const lower = f.lowerIsBetter ?? false;
  const target = new Dec(f.target);
  const actualValue = f.actual ?? null;
  const raw: Kpi = {
    campaignId: 'C1',
    metric: f.metric,
    target: f.targetText ?? f.target,
    type: f.primary === true ? 'primary' : 'secondary',
    actual: null,
    actualSource: f.estimated === true ? 'estimated' : 'measured',
    dataEta: f.eta ?? null,
  };
  const actual: KpiFigure['actual'] =
    actualValue === null
      ? { kind: 'pending', eta: f.eta ?? '2026-11-17' }
      : { kind: 'value', value: new Dec(actualValue), unit, estimated: f.estimated === true };
  const pct =
    actualValue === null
      ? null
      : lower
        ? actualValue === 0
          ? ZERO
          : target.div(actualValue).times(100)
        : target.isZero()
          ? ZERO
          : new Dec(actualValue).div(target).times(100);
  return {
    kpiIndex: f.kpiIndex ?? 0,
    kpi: raw,
    metric: f.metric,
    derived: f.derived === false ? null : (f.metric as KpiFigure['derived']),
    target: { value: target, unit, lowerIsBetterMarked: false, text: f.targetText ?? String(f.target) },
    direction: lower ? 'lower_is_better' : 'higher_is_better',
    actual,
    pctOfTarget: pct,
    label: actualValue === null ? '[PENDING]' : f.estimated === true ? '[ESTIMATED]' : '[MEASURED]',
    isPrimary: f.primary === true,
    gaps: [],
  };
}

export interface AnalysisFixture {
  campaign?: Partial<Campaign> | undefined;
  settings?: Partial<Settings> | undefined;
  asOf?: number | undefined;
  tasks?: readonly Task[] | undefined;
  rows?: readonly ChannelMetric[] | undefined;
  kpis?: readonly KpiFigure[] | undefined;
  spent?: number | undefined;
  escalations?: CampaignAnalysis['escalations'] | undefined;
  overallStatus?: CampaignAnalysis['overallStatus'] | undefined;
  defaultEta?: string | undefined;
}

/**
 * A consistent analysis: counts, budget, totals and channels (summed by the engine's own
 * aggregation), timeline, blocked and failed tasks are derived from what the fixture states;
 * escalations and the overall status are given as they are; the forecast and the anomalies are the
 * engine's own (`withJudgement`). What a task holds up is the engine's own
 * `dependantsIndex`.
 */
export function analysis(f: AnalysisFixture = {}): CampaignAnalysis {
  const c = campaign(f.campaign);
  const settings: Settings = { ...DEFAULT_SETTINGS, ...f.settings };
  const asOf = f.asOf ?? AS_OF;
  const tasks = f.tasks ?? [];
  const rows = f.rows ?? [];
  const { totals, channels } = aggregateChannelMetrics(rows, c.campaignId);
  const count = (s: Task['status']) => tasks.filter((t) => t.status === s).length;
  const spent = f.spent !== undefined ? new Dec(f.spent) : totals.cost;
  const allocated = new Dec(c.budgetAllocated);
  const elapsed = Dec.max(0, Dec.min(1, new Dec(asOf - c.startAt).div(c.endAt - c.startAt)));
  const completion = tasks.length === 0 ? ZERO : new Dec(count('completed')).div(tasks.length).times(100);
  const waitingOn = dependantsIndex(tasks);
  return withJudgement({
    campaign: c,
    settings,
    asOf,
    rows: rows.filter((r) => r.campaignId === c.campaignId),
    tasks,
    counts: {
      total: tasks.length,
      pending: count('pending'),
      in_progress: count('in_progress'),
      completed: count('completed'),
      blocked: count('blocked'),
      failed: count('failed'),
      cancelled: count('cancelled'),
    },
    budget: {
      currency: c.currency ?? 'USD',
      allocated,
      spent,
      remaining: allocated.minus(spent),
      utilizationPct: allocated.isZero() ? ZERO : spent.div(allocated).times(100),
      spentSource: f.spent !== undefined ? 'budget_spent_cell' : 'channel_metrics',
    },
    totals,
    channels,
    kpis: f.kpis ?? [],
    timeline: {
      elapsed,
      midpointReached: elapsed.gte(0.5),
      phase: campaignPhase(c, asOf),
      completionRatePct: completion,
      progressPct: completion,
      expectedProgressPct: elapsed.times(100),
      adherence: 'on_track',
      lateCriticalTaskIds: [],
    },
    escalations: f.escalations ?? [],
    blocked: tasks
      .filter((t) => t.status === 'blocked')
      .map((t) => ({
        task: t,
        blockedMs: t.blockedSince === null ? null : asOf - t.blockedSince,
        waitingTaskIds: waitingOn(t.taskId),
      })),
    failed: failedTasks(tasks, waitingOn),
    comparison: compareChannels(channels, settings.minClicksForComparison),
    efficiency: rankEfficiency(channels, totals, settings.minClicksForComparison),
    overallStatus: f.overallStatus ?? 'on_track',
    defaultEta: f.defaultEta ?? '2026-11-17',
  });
}

export { HOUR };
