import { dailyAnomalies } from '../anomalies/daily-anomalies';
import { pacingForecast } from '../forecast/pacing-forecast';
import type { CampaignAnalysis } from './campaign-analysis';

/**
 * An analysis completed with what is worked out from its own figures: the pacing forecast and the
 * daily anomalies (both read the campaign's rows, budget, KPIs and calendar).
 *
 * @example withJudgement(partial).forecast?.method // 'day_of_week'
 */
export function withJudgement(a: Omit<CampaignAnalysis, 'forecast' | 'anomalies'>): CampaignAnalysis {
  const base: CampaignAnalysis = { ...a, forecast: null, anomalies: [] };
  return { ...base, forecast: pacingForecast(base), anomalies: dailyAnomalies(base) };
}
