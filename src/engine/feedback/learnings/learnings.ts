import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { learnBlockers } from './learn-blockers';
import { learnChannels } from './learn-channels';
import { learnEstimates } from './learn-estimates';
import { learnKpis } from './learn-kpis';
import { learnMissingData } from './learn-missing-data';
import type { LearningFinding } from './learning-finding';

/**
 * Every learning of a campaign, as data, in this order: channel comparisons, KPI pace, estimate
 * accuracy, blocker patterns. Never empty: when nothing qualifies, one [INFERENCE] says what data
 * is missing and when it is expected.
 *
 * @example learningFindings(emptyCampaign) // [{ code: 'data_missing', … }]
 */
export function learningFindings(a: CampaignAnalysis): LearningFinding[] {
  const found = [...learnChannels(a), ...learnKpis(a), ...learnEstimates(a), ...learnBlockers(a)];
  return found.length > 0 ? found : [learnMissingData(a)];
}
