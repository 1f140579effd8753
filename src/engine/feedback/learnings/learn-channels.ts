import type { CampaignAnalysis, ChannelTotals } from '../../analysis/campaign-analysis';
import { compareChannels } from '../channel-comparison';
import type { ChannelFigures, LearningFinding } from './learning-finding';

/** The volumes behind each rate: over the rows that report both of its figures. */
const figures = (c: ChannelTotals): ChannelFigures => ({
  channel: c.channel,
  impressions: c.bases.ctr.denominator,
  clicks: c.bases.ctr.numerator,
  conversions: c.bases.cpa.denominator,
  cost: c.bases.cpa.numerator,
});

/**
 * Best against worst channel on CTR and CPA, among channels with enough clicks; [ESTIMATED] when
 * either channel has an estimated row.
 *
 * @example learnChannels(a)[0]?.code // 'channel_ctr'
 */
export function learnChannels(a: CampaignAnalysis): LearningFinding[] {
  const { ctr, cpa } = compareChannels(a.channels, a.settings.minClicksForComparison);
  const found: LearningFinding[] = [];
  if (ctr !== null) {
    found.push({
      code: 'channel_ctr',
      label: ctr.estimated ? '[ESTIMATED]' : '[MEASURED]',
      best: figures(ctr.best),
      worst: figures(ctr.worst),
      bestCtr: ctr.bestCtr,
      worstCtr: ctr.worstCtr,
      ratio: ctr.ratio,
    });
  }
  if (cpa !== null) {
    found.push({
      code: 'channel_cpa',
      label: cpa.estimated ? '[ESTIMATED]' : '[MEASURED]',
      currency: a.budget.currency,
      best: figures(cpa.best),
      worst: figures(cpa.worst),
      bestCpa: cpa.bestCpa,
      worstCpa: cpa.worstCpa,
      ratio: cpa.ratio,
    });
  }
  return found;
}
