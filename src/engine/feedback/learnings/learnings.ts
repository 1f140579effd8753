import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { learnBlockers } from './learn-blockers';
import { learnChannels } from './learn-channels';
import { learnEstimates } from './learn-estimates';
import { learnForecast } from './learn-forecast';
import { learnKpis } from './learn-kpis';
import { learnMissingData } from './learn-missing-data';
import type { LearningFinding } from './learning-finding';

/**
 * Every learning of a campaign, as data, in this order: channel comparisons, KPI pace (with the
 * forecast of the primary KPI), the pacing forecast of spend, estimate accuracy, blocker patterns. Never empty: when nothing qualifies, one [INFERENCE] says what data
 * is missing and when it is expected.
 *
 * @example learningFindings(emptyCampaign) // [{ code: 'data_missing', … }]
 */
export function learningFindings(a: CampaignAnalysis): LearningFinding[] {
  const found = [
    ...learnChannels(a),
    ...learnKpis(a),
    ...learnForecast(a),
    ...learnEstimates(a),
    ...learnBlockers(a),
  ];
  return found.length > 0 ? found : [learnMissingData(a)];
}
