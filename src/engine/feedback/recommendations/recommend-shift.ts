import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import type { Comparison } from '../../compare/channel-comparison';
import { comparisonFigures } from '../learnings/learn-channels';
import type { RecommendationFinding } from './recommendation-finding';

/**
 * The share of the worse channel's spend to move, from what the data support — the lower end of the
 * 95 % interval of how many times better the better channel is: 30 % when it is at least 2×, 20 % from
 * 1.5×, 10 % below that (the difference is significant, but may be small).
 *
 * @example shareFor(2.1) // 30
 * @example shareFor(1.25) // 10
 */
export function shareFor(low: number): 10 | 20 | 30 {
  return low >= 2 ? 30 : low >= 1.5 ? 20 : 10;
}

/** The comparison a budget move rests on: CPA where a compared channel converted, else CTR. */
function basisOf(a: CampaignAnalysis): Comparison | null {
  const { comparisons, eligible } = a.comparison;
  const anyConversion = eligible.some((c) => c.conversions.gt(0));
  return comparisons.find((c) => c.metric === (anyConversion ? 'cpa' : 'ctr')) ?? null;
}

/**
 * While the campaign runs: move a share of the worse channel's spend to the better one — only when
 * the two differ significantly (docs/rules.md, Comparing channels). Once it has ended, the same
 * finding becomes advice for the next plan. None from a channel whose spend is partly blank.
 *
 * @example recommendShift(a) // [{ code: 'shift_budget', from: 'Display', to: 'Search', sharePct: 10, amount: 54.06, … }]
 */
export function recommendShift(a: CampaignAnalysis): RecommendationFinding[] {
  const phase = a.timeline.phase;
  const c = basisOf(a);
  if (phase === 'not_started' || c === null || !c.significant || c.worse.cost.isZero()) return [];
  const figures = comparisonFigures(c, a.comparison.family);
  if (phase === 'ended') {
    return [
      {
        code: 'next_plan_channels',
        currency: a.budget.currency,
        comparison: figures,
        estimated: c.estimated,
      },
    ];
  }
  const share = shareFor(c.low);
  // A channel with blank Cost cells has spent an unknown amount: no share of it is stated.
  if (c.worse.blanks.cost > 0) return [];
  return [
    {
      code: 'shift_budget',
      currency: a.budget.currency,
      from: c.worse.channel,
      to: c.better.channel,
      sharePct: share,
      fromSpend: c.worse.cost,
      amount: c.worse.cost.times(share).div(100),
      comparison: figures,
      estimated: c.estimated,
    },
  ];
}
