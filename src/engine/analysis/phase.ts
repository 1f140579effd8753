import type { Campaign } from '../model/campaign';
import type { Instant } from '../model/primitives';

/** Where a campaign stands in its own time at the report time (docs/rules.md, Phase). */
export const PHASES = ['not_started', 'running', 'ended'] as const;
export type CampaignPhase = (typeof PHASES)[number];

/**
 * `not_started` before the Start Date, `ended` from the end of the End Date on, `running` in between.
 *
 * @example campaignPhase({ startAt: Date.UTC(2026, 2, 1), endAt: Date.UTC(2026, 2, 31) }, Date.UTC(2026, 1, 20)) // 'not_started'
 */
export function campaignPhase(campaign: Pick<Campaign, 'startAt' | 'endAt'>, asOf: Instant): CampaignPhase {
  if (asOf < campaign.startAt) return 'not_started';
  return asOf >= campaign.endAt ? 'ended' : 'running';
}
