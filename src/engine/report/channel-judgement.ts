import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import type { Comparison } from '../compare/channel-comparison';
import { valueOf } from '../feedback/learnings/learn-channels';
import type { ExecutionStatusReport } from './output-schemas';
import { money, pct1, ratio2 } from './rounding';

/** A p-value for output: four decimals (0.0001 at the smallest shown above 0). */
const p4 = (p: number) => Math.round(p * 10_000) / 10_000 + 0;
/** A finite ratio to two decimals; unbounded ones become `null` (JSON has no Infinity). */
const finite2 = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 + 0 : null);

type ComparisonOutput = ExecutionStatusReport['channel_comparisons'][number];

function comparisonOutput(c: Comparison, currency: string): ComparisonOutput {
  const round = (v: NonNullable<ReturnType<typeof valueOf>>) =>
    c.metric === 'cpa' ? money(v, currency) : pct1(v);
  const better = valueOf(c.metric, c.better);
  const worse = valueOf(c.metric, c.worse);
  return {
    metric: c.metric,
    better: c.better.channel,
    worse: c.worse.channel,
    better_value: better === null ? 0 : round(better),
    worse_value: worse === null ? null : round(worse),
    ratio: finite2(c.ratio),
    ratio_low: finite2(c.low) ?? 0,
    ratio_high: finite2(c.high) ?? 0,
    p_value: p4(c.p),
    p_adjusted: p4(c.pAdjusted),
    significant: c.significant,
    more_clicks_needed: c.moreClicksNeeded,
    label: c.estimated ? '[ESTIMATED]' : '[MEASURED]',
  };
}

/**
 * The report's `channel_comparisons`: each best-against-worst comparison with its ratio, 95 %
 * interval, p-value before and after Holm's adjustment, and the clicks still needed.
 *
 * @example channelComparisons(a)[0] // { metric: 'ctr', better: 'Search', worse: 'Display', ratio: 5, ratio_low: 4.36, … }
 */
export function channelComparisons(a: CampaignAnalysis): ExecutionStatusReport['channel_comparisons'] {
  return a.comparison.comparisons.map((c) => comparisonOutput(c, a.budget.currency));
}

/**
 * The report's `ad_campaign_comparisons`: within each channel, its ad campaigns' best against worst
 * per figure, with the same statistics as the channels' (Holm over the channel's own tests).
 *
 * @example adCampaignComparisons(a)[0] // { channel: 'Search', metric: 'ctr', better: 'Brand', worse: 'Generic', ratio: 4, … }
 */
export function adCampaignComparisons(a: CampaignAnalysis): ExecutionStatusReport['ad_campaign_comparisons'] {
  return a.adCampaignComparisons.flatMap(({ channel, comparison }) =>
    comparison.comparisons.map((c) => ({ channel, ...comparisonOutput(c, a.budget.currency) })),
  );
}

/**
 * The report's `channel_efficiency`: channels ranked by cost per result (CPA, or ROAS where revenue
 * exists), with each one's index against the campaign and share of spend.
 *
 * @example channelEfficiency(a) // { basis: 'cpa', campaign_value: 36.01, channels: [{ channel: 'Search', value: 30, index: 1.2, … }] }
 */
export function channelEfficiency(a: CampaignAnalysis): ExecutionStatusReport['channel_efficiency'] {
  const { basis, campaignValue, entries } = a.efficiency;
  const currency = a.budget.currency;
  const round = (v: NonNullable<typeof campaignValue>) => (basis === 'cpa' ? money(v, currency) : ratio2(v));
  return {
    basis,
    campaign_value: campaignValue === null ? null : round(campaignValue),
    channels: entries.map((e) => ({
      channel: e.channel.channel,
      value: e.value === null ? null : round(e.value),
      index: e.index === null ? null : ratio2(e.index),
      spend_share_pct: e.spendSharePct === null ? null : pct1(e.spendSharePct),
      enough_data: e.enoughData,
    })),
  };
}
