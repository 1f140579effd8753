import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import type { LearningFinding } from './learning-finding';

/**
 * Where spend will end at the current daily pace, against the budget — always [ESTIMATED].
 *
 * @example learnForecast(a)[0]?.code // 'pacing_forecast'
 */
export function learnForecast(a: CampaignAnalysis): LearningFinding[] {
  const f = a.forecast;
  if (f === null) return [];
  return [
    {
      code: 'pacing_forecast',
      label: '[ESTIMATED]',
      currency: a.budget.currency,
      method: f.method,
      daysOfData: f.daysOfData,
      endDate: f.endDate,
      spend: f.spend,
      allocated: a.budget.allocated,
      pacing: f.pacing,
    },
  ];
}
