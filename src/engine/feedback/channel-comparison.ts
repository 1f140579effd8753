import type { ChannelTotals } from '../analysis/campaign-analysis';
import { type Dec, HUNDRED } from '../money/decimal';

export interface CtrComparison {
  readonly best: ChannelTotals;
  readonly worst: ChannelTotals;
  readonly bestCtr: Dec;
  readonly worstCtr: Dec;
  /** best CTR / worst CTR, unrounded; `null` when the worst channel has no clicks. */
  readonly ratio: Dec | null;
  /** An estimated row in either channel makes the comparison an estimate. */
  readonly estimated: boolean;
}

export interface CpaComparison {
  readonly best: ChannelTotals;
  readonly worst: ChannelTotals;
  readonly bestCpa: Dec;
  /** `null` when the worst channel spent money without a conversion. */
  readonly worstCpa: Dec | null;
  /** worst CPA / best CPA, unrounded; `null` when the worst channel has no conversion. */
  readonly ratio: Dec | null;
  readonly estimated: boolean;
}

export interface ChannelComparison {
  /** Channels with at least `minClicks` clicks, in order of first appearance. */
  readonly eligible: readonly ChannelTotals[];
  readonly ctr: CtrComparison | null;
  readonly cpa: CpaComparison | null;
}

const isEstimated = (...cs: ChannelTotals[]) => cs.some((c) => c.estimatedRows > 0);
// Each rate over the channel's rows that report both of its figures: a blank is never a zero.
const ctrOf = (c: ChannelTotals) => c.bases.ctr.numerator.div(c.bases.ctr.denominator).times(HUNDRED);
const cpaOf = (c: ChannelTotals) => c.bases.cpa.numerator.div(c.bases.cpa.denominator);

function compareCtr(eligible: readonly ChannelTotals[]): CtrComparison | null {
  const withImpressions = eligible.filter((c) => c.bases.ctr.denominator.gt(0));
  if (withImpressions.length < 2) return null;
  let best = withImpressions[0] as ChannelTotals;
  let worst = best;
  for (const c of withImpressions) {
    if (ctrOf(c).gt(ctrOf(best))) best = c;
    if (ctrOf(c).lt(ctrOf(worst))) worst = c;
  }
  if (best === worst) worst = withImpressions[withImpressions.length - 1] as ChannelTotals;
  const [bestCtr, worstCtr] = [ctrOf(best), ctrOf(worst)];
  return {
    best,
    worst,
    bestCtr,
    worstCtr,
    ratio: worstCtr.isZero() ? null : bestCtr.div(worstCtr),
    estimated: isEstimated(best, worst),
  };
}

function compareCpa(eligible: readonly ChannelTotals[]): CpaComparison | null {
  // Spend is counted where conversions are reported: a channel that reports none is left out.
  const spending = eligible.filter((c) => c.bases.cpa.numerator.gt(0));
  const converting = spending.filter((c) => c.bases.cpa.denominator.gt(0));
  if (spending.length < 2 || converting.length === 0) return null;
  let best = converting[0] as ChannelTotals;
  for (const c of converting) if (cpaOf(c).lt(cpaOf(best))) best = c;
  const nonConverting = spending.filter((c) => c.bases.cpa.denominator.isZero());
  let worst: ChannelTotals;
  if (nonConverting.length > 0) {
    worst = nonConverting[0] as ChannelTotals;
    for (const c of nonConverting) if (c.bases.cpa.numerator.gt(worst.bases.cpa.numerator)) worst = c;
  } else {
    worst = converting.find((c) => c !== best) as ChannelTotals;
    for (const c of converting) if (c !== best && cpaOf(c).gt(cpaOf(worst))) worst = c;
  }
  const bestCpa = cpaOf(best);
  const worstCpa = worst.bases.cpa.denominator.isZero() ? null : cpaOf(worst);
  return {
    best,
    worst,
    bestCpa,
    worstCpa,
    ratio: worstCpa === null ? null : worstCpa.div(bestCpa),
    estimated: isEstimated(best, worst),
  };
}

/**
 * Best against worst channel on CTR and, where a channel converted, on CPA — only among channels
 * with at least `minClicks` clicks (Settings Min Clicks For Comparison). A channel that spent without
 * converting is the worst on CPA. Rates count only the rows that report both of their figures, so a
 * channel whose conversions are blank is left out of the CPA comparison, never taken for one that
 * spent without converting (docs/rules.md, Missing figures).
 *
 * @example compareChannels(a.channels, 100).ctr?.ratio // 2.1 when LinkedIn's CTR is 2.1 × Display's
 */
export function compareChannels(channels: readonly ChannelTotals[], minClicks: number): ChannelComparison {
  const eligible = channels.filter((c) => c.clicks.gte(minClicks));
  return { eligible, ctr: compareCtr(eligible), cpa: compareCpa(eligible) };
}
