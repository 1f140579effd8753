import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { type Dec, roundTo } from '../../money/decimal';
import { compareChannels } from '../channel-comparison';
import type { RecommendationFinding } from './recommendation-finding';

/**
 * The share of the worse channel's spend to move: 30 % when the better channel is at least 2× better,
 * 20 % from 1.5×, none below. The ratio is compared as printed (two decimals), so the text and the
 * decision agree; `null` (no conversion or no click at all) counts as ≥ 2×.
 *
 * @example shareFor(new Dec('2.4')) // 30
 * @example shareFor(new Dec('1.496')) // 20 (prints as 1.50x)
 */
export function shareFor(ratio: Dec | null): 20 | 30 | null {
  if (ratio === null) return 30;
  const shown = roundTo(ratio, 2);
  return shown >= 2 ? 30 : shown >= 1.5 ? 20 : null;
}

/**
 * Move a share of the worse channel's spend to the better one, judged on CPA where a compared channel
 * converted, on CTR when none did (only channels with ≥ Min Clicks For Comparison clicks). None from
 * a channel whose spend is partly blank.
 *
 * @example recommendShift(a) // [{ code: 'shift_budget', from: 'Display', to: 'Search', sharePct: 30, amount: 240, … }]
 */
export function recommendShift(a: CampaignAnalysis): RecommendationFinding[] {
  const { eligible, ctr, cpa } = compareChannels(a.channels, a.settings.minClicksForComparison);
  const anyConversion = eligible.some((c) => c.conversions.gt(0));
  const basis =
    cpa !== null
      ? { basis: 'cpa' as const, ...cpa, toFigure: cpa.bestCpa, fromFigure: cpa.worstCpa }
      : !anyConversion && ctr !== null
        ? {
            basis: 'ctr' as const,
            ...ctr,
            toFigure: ctr.bestCtr,
            fromFigure: ctr.worstCtr.isZero() ? null : ctr.worstCtr,
          }
        : null;
  if (basis === null) return [];
  const share = shareFor(basis.ratio);
  // A channel with blank Cost cells has spent an unknown amount: no share of it is stated.
  if (share === null || basis.worst.cost.isZero() || basis.worst.blanks.cost > 0) return [];
  return [
    {
      code: 'shift_budget',
      currency: a.budget.currency,
      basis: basis.basis,
      from: basis.worst.channel,
      to: basis.best.channel,
      sharePct: share,
      fromSpend: basis.worst.cost,
      amount: basis.worst.cost.times(share).div(100),
      toFigure: basis.toFigure,
      fromFigure: basis.fromFigure,
      ratio: basis.ratio,
      estimated: basis.estimated,
    },
  ];
}
