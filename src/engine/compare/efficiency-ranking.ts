import type { ChannelTotals, MetricTotals } from '../analysis/campaign-analysis';
import { cpa } from '../metrics/cpa';
import { roas } from '../metrics/roas';
import { type Dec, HUNDRED, ZERO } from '../money/decimal';

/** What efficiency is judged on: ROAS when the campaign reports revenue, else CPA. */
export type EfficiencyBasis = 'cpa' | 'roas';

export interface EfficiencyEntry {
  readonly channel: ChannelTotals;
  /** The channel's CPA or ROAS; `null` when it spent without a conversion (CPA) or reports no revenue (ROAS). */
  readonly value: Dec | null;
  /**
   * How efficient against the campaign as a whole: campaign CPA ÷ channel CPA, or channel ROAS ÷
   * campaign ROAS (1 is the campaign's average; weighted by spend, the channels' indexes average 1).
   * 0 for a channel that spent without converting; `null` without a value to judge.
   */
  readonly index: Dec | null;
  /** The channel's share of the campaign's channel spend, in percent. */
  readonly spendSharePct: Dec | null;
  /** At least the minimum clicks: judged on enough data. */
  readonly enoughData: boolean;
}

export interface EfficiencyRanking {
  readonly basis: EfficiencyBasis;
  /** The campaign's own CPA or ROAS over its channels. */
  readonly campaignValue: Dec | null;
  /** Most efficient first; channels that spent without a result next (most spend first); then the rest. */
  readonly entries: readonly EfficiencyEntry[];
}

/**
 * Channels ranked by cost per result, never by raw counts (docs/rules.md, Efficiency): ROAS when the
 * campaign reports revenue, CPA otherwise. A channel that spent much at a poor CPA ranks below one
 * that converted cheaply, however many conversions each brought.
 *
 * @example rankEfficiency(a.channels, a.totals, 100).entries.map((e) => e.channel.channel) // ['Search', 'LinkedIn', 'Display']
 */
export function rankEfficiency(
  channels: readonly ChannelTotals[],
  totals: MetricTotals,
  minClicks: number,
): EfficiencyRanking {
  // Each ratio over the rows that report both of its figures: a blank is never a zero.
  const basis: EfficiencyBasis = totals.bases.roas.denominator.gt(0) ? 'roas' : 'cpa';
  const valueOf = (t: MetricTotals): Dec | null =>
    basis === 'roas'
      ? t.bases.roas.rows === 0
        ? null
        : roas(t.bases.roas.numerator, t.bases.roas.denominator)
      : cpa(t.bases.cpa.numerator, t.bases.cpa.denominator);
  const campaignValue = valueOf(totals);
  const entries = channels.map((c): EfficiencyEntry => {
    const value = valueOf(c);
    let index: Dec | null;
    if (value === null) index = basis === 'cpa' && c.bases.cpa.numerator.gt(0) ? ZERO : null;
    else if (campaignValue === null || campaignValue.isZero()) index = null;
    else if (basis === 'roas') index = value.div(campaignValue);
    else index = value.isZero() ? null : campaignValue.div(value);
    return {
      channel: c,
      value,
      index,
      spendSharePct: totals.cost.isZero() ? null : c.cost.div(totals.cost).times(HUNDRED),
      enoughData: c.clicks.gte(minClicks),
    };
  });
  const group = (e: EfficiencyEntry) => (e.index === null ? 2 : e.value === null ? 1 : 0);
  const ranked = entries
    .map((e, i) => ({ e, i }))
    .sort(
      (x, y) =>
        group(x.e) - group(y.e) ||
        (x.e.index !== null && y.e.index !== null ? y.e.index.cmp(x.e.index) : 0) ||
        y.e.channel.cost.cmp(x.e.channel.cost) ||
        x.i - y.i,
    )
    .map(({ e }) => e);
  return { basis, campaignValue, entries: ranked };
}
