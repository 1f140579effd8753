import type { CampaignAnalysis, ChannelTotals } from '../../analysis/campaign-analysis';
import type { ChannelComparison, Comparison } from '../../compare/channel-comparison';
import type { ComparedMetric } from '../../compare/compared-metric';
import { conversionRate } from '../../metrics/conversion-rate';
import { cpa } from '../../metrics/cpa';
import { ctr } from '../../metrics/ctr';
import type { Dec } from '../../money/decimal';
import type { ChannelFigures, ComparisonFigures, LearningFinding } from './learning-finding';

/**
 * The volumes behind a rate, over the rows that report both of its figures (the other volumes are the
 * channel's totals).
 */
function figures(c: ChannelTotals, metric: ComparedMetric): ChannelFigures {
  const b = c.bases[metric];
  const all = {
    channel: c.channel,
    impressions: c.impressions,
    clicks: c.clicks,
    conversions: c.conversions,
    cost: c.cost,
  };
  switch (metric) {
    case 'ctr':
      return { ...all, clicks: b.numerator, impressions: b.denominator };
    case 'conversion_rate':
      return { ...all, conversions: b.numerator, clicks: b.denominator };
    case 'cpa':
      return { ...all, cost: b.numerator, conversions: b.denominator };
  }
}

/**
 * A channel's figure as the comparison states it, over the rows that report both of its figures: CTR
 * or conversion rate in percent, CPA in money (`null` when it has nothing to divide by).
 *
 * @example valueOf('ctr', search) // 5 (percent)
 */
export function valueOf(metric: ComparedMetric, c: ChannelTotals): Dec | null {
  const b = c.bases[metric];
  switch (metric) {
    case 'ctr':
      return ctr(b.numerator, b.denominator);
    case 'conversion_rate':
      return conversionRate(b.numerator, b.denominator);
    case 'cpa':
      return cpa(b.numerator, b.denominator);
  }
}

/**
 * A comparison's figures for a learning or a recommendation.
 *
 * @example comparisonFigures(a.comparison.comparisons[0], a.comparison.family).ratio // 5
 */
export function comparisonFigures(c: Comparison, family: number): ComparisonFigures {
  return {
    metric: c.metric,
    better: figures(c.better, c.metric),
    worse: figures(c.worse, c.metric),
    betterValue: valueOf(c.metric, c.better) as Dec,
    worseValue: valueOf(c.metric, c.worse),
    ratio: c.ratio,
    low: c.low,
    high: c.high,
    significant: c.significant,
    family,
    moreClicksNeeded: c.moreClicksNeeded,
  };
}

/** The channels (or, `within` a channel, the ad campaigns) of a comparison under its minimum clicks. */
function tooLittleData(c: ChannelComparison, within?: string): LearningFinding {
  return {
    code: 'channels_too_little_data',
    label: '[MEASURED]',
    channels: c.tooLittle.map((t) => ({ channel: t.channel, clicks: t.clicks })),
    minClicks: c.minClicks,
    ...(within === undefined ? {} : { within }),
  };
}

/**
 * Best against worst channel on CTR, conversion rate and CPA, with the size of each difference and
 * its 95 % interval — or “no clear difference yet” and the clicks still needed; [ESTIMATED] when
 * either channel has an estimated row. Then, within each channel, the ad campaigns whose best and
 * worst clearly differ (significant after Holm). Channels under the minimum clicks are named beside
 * the comparisons as too little data to judge, and so are a channel's ad campaigns under it.
 *
 * @example learnChannels(a)[0]?.code // 'channel_comparison'
 */
export function learnChannels(a: CampaignAnalysis): LearningFinding[] {
  const { comparisons, family, tooLittle } = a.comparison;
  const found: LearningFinding[] = comparisons.map((c) => ({
    code: 'channel_comparison',
    label: c.estimated ? '[ESTIMATED]' : '[MEASURED]',
    currency: a.budget.currency,
    comparison: comparisonFigures(c, family),
  }));
  // Within a channel, only the ad campaigns that clearly differ: the report's ad_campaign_comparisons
  // holds every comparison made, significant or not.
  // Its ad campaigns under the minimum clicks are named after them, as channels are.
  for (const { channel, comparison } of a.adCampaignComparisons) {
    for (const c of comparison.comparisons) {
      if (!c.significant) continue;
      found.push({
        code: 'ad_campaign_comparison',
        label: c.estimated ? '[ESTIMATED]' : '[MEASURED]',
        currency: a.budget.currency,
        channel,
        comparison: comparisonFigures(c, comparison.family),
      });
    }
    if (comparison.tooLittle.length > 0) found.push(tooLittleData(comparison, channel));
  }
  // Named beside the comparisons they are left out of; with no comparison at all, the missing-data
  // learning says which channels need more clicks.
  if (tooLittle.length > 0 && comparisons.length > 0) found.push(tooLittleData(a.comparison));
  return found;
}
