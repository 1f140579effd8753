import type { ChannelTotals } from '../analysis/campaign-analysis';
import { holmAdjust } from '../stats/holm';
import { rateRatio, type RateRatio } from '../stats/rate-ratio';
import { volumeFactor } from '../stats/volume-needed';
import { COMPARED_METRICS, type ComparedMetric, METRIC_SPECS } from './compared-metric';

/** Significance level of every comparison, after Holm's adjustment over the whole family. */
export const ALPHA = 0.05;

/** The best against the worst channel on one figure, with its statistics. */
export interface Comparison {
  readonly metric: ComparedMetric;
  /** The channel with the higher rate (lower CPA) and the one with the lower. */
  readonly better: ChannelTotals;
  readonly worse: ChannelTotals;
  /**
   * How many times better: better rate ÷ worse rate (for CPA, worse CPA ÷ better CPA); `Infinity`
   * when the worse channel has no event at all. Its 95 % interval is `low`–`high`.
   */
  readonly ratio: number;
  readonly low: number;
  readonly high: number;
  readonly p: number;
  /** p after Holm's adjustment over every comparison of the family. */
  readonly pAdjusted: number;
  readonly significant: boolean;
  /**
   * While not significant: the clicks still needed (both channels together, at today's rates) for a
   * difference of this size to become significant; `null` when no difference is seen at all.
   */
  readonly moreClicksNeeded: number | null;
  /** An estimated row in either channel makes the comparison an estimate. */
  readonly estimated: boolean;
}

export interface ChannelComparison {
  /** Channels with at least the minimum clicks, in order of first appearance. */
  readonly eligible: readonly ChannelTotals[];
  /** Channels with data but under the minimum clicks: named as too little data to judge. */
  readonly tooLittle: readonly ChannelTotals[];
  readonly minClicks: number;
  /** Best against worst per figure where at least two eligible channels have one, in COMPARED_METRICS order. */
  readonly comparisons: readonly Comparison[];
  /** How many pairwise tests Holm's adjustment covered. */
  readonly family: number;
}

interface Pair {
  readonly metric: ComparedMetric;
  readonly a: ChannelTotals;
  readonly b: ChannelTotals;
  readonly stats: RateRatio;
}

const rateOf = (metric: ComparedMetric, c: ChannelTotals): number => {
  // Every channel in a list has exposure (METRIC_SPECS' applies).
  const { events, exposure } = METRIC_SPECS[metric].side(c);
  return events / exposure;
};

/** Best and worst by rate; ties keep the channel that comes first. */
function extremes(metric: ComparedMetric, list: readonly ChannelTotals[]): [ChannelTotals, ChannelTotals] {
  let best = list[0] as ChannelTotals;
  let worst = best;
  for (const c of list) {
    if (rateOf(metric, c) > rateOf(metric, best)) best = c;
    if (rateOf(metric, c) < rateOf(metric, worst)) worst = c;
  }
  if (best === worst) worst = list[list.length - 1] as ChannelTotals;
  return [best, worst];
}

/**
 * Channels compared two by two on CTR, conversion rate and CPA (docs/rules.md, Comparing channels):
 * every pair of channels with at least `minClicks` clicks is tested (the log-ratio test of
 * `stats/rate-ratio.ts`), Holm's adjustment runs over all of these tests together, and for each figure
 * the best channel is set against the worst, significant or not. A channel that spent without
 * converting is the worst on CPA. Each rate counts only the rows that report both of its figures
 * (docs/rules.md, Missing figures): a blank is never compared as if it were a zero, and a channel
 * whose rows report no conversions is left out of the CPA comparison.
 *
 * @example compareChannels(a.channels, 100).comparisons[0] // { metric: 'ctr', better: Search, worse: Display, ratio: 5, low: 4.36, high: 5.73, significant: true, … }
 */
export function compareChannels(channels: readonly ChannelTotals[], minClicks: number): ChannelComparison {
  const eligible = channels.filter((c) => c.clicks.gte(minClicks));
  const tooLittle = channels.filter((c) => c.clicks.lt(minClicks) && (c.impressions.gt(0) || c.cost.gt(0)));
  const pairs: Pair[] = [];
  const lists = new Map<ComparedMetric, ChannelTotals[]>();
  for (const metric of COMPARED_METRICS) {
    const spec = METRIC_SPECS[metric];
    const list = eligible.filter((c) => spec.applies(c));
    lists.set(metric, list);
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const [a, b] = [list[i] as ChannelTotals, list[j] as ChannelTotals];
        const stats = rateRatio(spec.side(a), spec.side(b), spec.model);
        if (stats !== null) pairs.push({ metric, a, b, stats });
      }
    }
  }
  const adjusted = holmAdjust(pairs.map((p) => p.stats.p));
  const comparisons: Comparison[] = [];
  for (const metric of COMPARED_METRICS) {
    const list = lists.get(metric) ?? [];
    if (list.length < 2) continue;
    const [better, worse] = extremes(metric, list);
    const index = pairs.findIndex(
      (p) => p.metric === metric && ((p.a === better && p.b === worse) || (p.a === worse && p.b === better)),
    );
    const pair = pairs[index];
    if (pair === undefined) continue;
    const flipped = pair.a !== better;
    const s = pair.stats;
    const pAdjusted = adjusted[index] ?? 1;
    const significant = pAdjusted < ALPHA;
    let moreClicksNeeded: number | null = 0;
    if (!significant) {
      // The strictest level of Holm's steps: enough for the difference to pass whatever its rank.
      const factor = volumeFactor(s.z, ALPHA / pairs.length);
      const clicks = better.clicks.plus(worse.clicks).toNumber();
      moreClicksNeeded = factor === null ? null : Math.max(1, Math.ceil((factor - 1) * clicks));
    }
    comparisons.push({
      metric,
      better,
      worse,
      ratio: flipped ? 1 / s.ratio : s.ratio,
      low: flipped ? 1 / s.high : s.low,
      high: flipped ? 1 / s.low : s.high,
      p: s.p,
      pAdjusted,
      significant,
      moreClicksNeeded,
      estimated: better.estimatedRows > 0 || worse.estimatedRows > 0,
    });
  }
  return { eligible, tooLittle, minClicks, comparisons, family: pairs.length };
}
