import { compareChannels } from '../compare/channel-comparison';
import { rankEfficiency } from '../compare/efficiency-ranking';
import { blockedTasks } from '../escalations/blocked-tasks';
import { blockerEscalations } from '../escalations/blocker-escalations';
import { budgetEscalation } from '../escalations/budget-escalation';
import { dependantsIndex } from '../escalations/dependants';
import { failedTasks } from '../escalations/failed-tasks';
import { performanceEscalations } from '../escalations/performance-escalations';
import { timelineEscalations } from '../escalations/timeline-escalations';
import { aggregateChannelMetrics } from '../metrics/aggregate-channel-metrics';
import { budgetFigures } from '../metrics/budget-figures';
import { kpiFigures } from '../metrics/kpi-figures';
import { taskCounts } from '../metrics/task-counts';
import { timelineFigures } from '../metrics/timeline-figures';
import type { Campaign } from '../model/campaign';
import type { ChannelMetric } from '../model/channel-metric';
import type { Instant } from '../model/primitives';
import type { Task } from '../model/task';
import type { TrackingInput } from '../model/tracking-input';
import { countsAt } from '../run/rows-after-report-date';
import { localDateOf } from '../time/zoned';
import type { CampaignAnalysis } from './campaign-analysis';
import { withJudgement } from './with-judgement';
import { defaultEta } from './default-eta';
import { sortEscalations } from './escalation-order';
import { overallStatus } from './overall-status';

export interface AnalyzeArgs {
  readonly campaign: Campaign;
  /** The validated input; its Settings give every threshold. */
  readonly input: TrackingInput;
  /** Every task of the workbook after this run's updates (dependants may sit in other campaigns). */
  readonly tasks: readonly Task[];
  readonly asOf: Instant;
  /**
   * The campaign's ChannelMetrics rows, when the caller has them grouped already (else all are
   * scanned). Rows dated after the report date are left out either way.
   */
  readonly channelMetrics?: readonly ChannelMetric[];
}

/**
 * Everything the engine works out about one campaign at `asOf`, unrounded: task counts, budget,
 * channel totals, KPIs vs targets, timeline adherence, escalations, blocked tasks and overall status.
 *
 * @example analyzeCampaign({ campaign, input, tasks: applied.tasks, asOf }).overallStatus // 'at_risk'
 */
export function analyzeCampaign(args: AnalyzeArgs): CampaignAnalysis {
  const { campaign, input, asOf } = args;
  const settings = input.settings;
  const tasks = args.tasks.filter((t) => t.campaignId === campaign.campaignId);
  const eta = defaultEta(asOf, settings);
  const counts = taskCounts(tasks);
  const inScope = countsAt(localDateOf(asOf, settings.timeZone));
  const rows = (args.channelMetrics ?? input.channelMetrics).filter(
    (r) => r.campaignId === campaign.campaignId && inScope(r),
  );
  const { totals, channels } = aggregateChannelMetrics(rows, campaign.campaignId);
  const budget = budgetFigures(campaign, totals, settings);
  const kpis = kpiFigures({
    kpis: input.kpis,
    campaignId: campaign.campaignId,
    totals,
    channels,
    defaultEta: eta,
  });
  const timeline = timelineFigures({ campaign, tasks, counts, asOf, settings });
  const dependantsOf = dependantsIndex(args.tasks);
  const blocked = blockedTasks(tasks, asOf, dependantsOf);
  const failed = failedTasks(tasks, dependantsOf);
  const budgetFinding = budgetEscalation(budget, timeline, settings);
  const escalations = sortEscalations([
    ...performanceEscalations(kpis, timeline, settings),
    ...(budgetFinding === null ? [] : [budgetFinding]),
    ...blockerEscalations(blocked, settings),
    ...timelineEscalations(failed),
  ]);
  const analysis: Omit<CampaignAnalysis, 'forecast' | 'anomalies' | 'adCampaignComparisons'> = {
    campaign,
    settings,
    asOf,
    rows,
    tasks,
    counts,
    budget,
    totals,
    channels,
    kpis,
    timeline,
    escalations,
    blocked,
    failed,
    comparison: compareChannels(channels, settings.minClicksForComparison),
    efficiency: rankEfficiency(channels, totals, settings.minClicksForComparison),
    overallStatus: overallStatus({ counts, tasks, kpis, timeline, escalations, settings }),
    defaultEta: eta,
  };
  return withJudgement(analysis);
}
