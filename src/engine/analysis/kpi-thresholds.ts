import type { CampaignAnalysis } from './campaign-analysis';

/**
 * The thresholds a KPI's percent of target is judged against: the Performance Threshold % (red below
 * it) and 100 % (target met). Its percent is shown precisely enough to fall on the right side of both.
 *
 * @example kpiThresholds(a) // [50, 100]
 */
export function kpiThresholds(a: Pick<CampaignAnalysis, 'settings'>): number[] {
  return [a.settings.performanceThresholdPct, 100];
}
