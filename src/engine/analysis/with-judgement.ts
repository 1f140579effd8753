import { dailyAnomalies } from '../anomalies/daily-anomalies';
import { compareAdCampaigns } from '../compare/ad-campaign-comparison';
import { pacingForecast } from '../forecast/pacing-forecast';
import type { CampaignAnalysis } from './campaign-analysis';

/**
 * An analysis completed with what is worked out from its own figures: the pacing forecast, the
 * daily anomalies (both read the campaign's rows, budget, KPIs and calendar) and the comparisons of
 * ad campaigns within each channel.
 *
 * @example withJudgement(partial).forecast?.method // 'day_of_week'
 */
export function withJudgement(
  a: Omit<CampaignAnalysis, 'forecast' | 'anomalies' | 'adCampaignComparisons'>,
): CampaignAnalysis {
  const base: CampaignAnalysis = { ...a, forecast: null, anomalies: [], adCampaignComparisons: [] };
  return {
    ...base,
    forecast: pacingForecast(base),
    anomalies: dailyAnomalies(base),
    adCampaignComparisons: compareAdCampaigns(a.channels, a.settings.minClicksForComparison),
  };
}
