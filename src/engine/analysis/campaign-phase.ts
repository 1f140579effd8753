import type { Campaign } from '../model/campaign';
import type { Instant } from '../model/primitives';

/** Where a campaign is in its schedule at the report time (docs/rules.md, "Phase"). */
export const CAMPAIGN_PHASES = ['not_started', 'running', 'ended'] as const;
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];

/**
 * The campaign's phase at `asOf`: `not_started` before it starts, `ended` once it ends, `running` in
 * between. The model's `endAt` is when the campaign ends (a date-only End Date is read as the next
 * midnight: the campaign runs through that day). The phase follows the calendar only: a paused or
 * cancelled campaign keeps its Status, which says the rest.
 *
 * @example campaignPhase({ startAt: Date.UTC(2026, 10, 1), endAt: Date.UTC(2026, 11, 1) }, Date.UTC(2026, 10, 24)) // 'running'
 */
export function campaignPhase(campaign: Pick<Campaign, 'startAt' | 'endAt'>, asOf: Instant): CampaignPhase {
  if (asOf < campaign.startAt) return 'not_started';
  if (asOf >= campaign.endAt) return 'ended';
  return 'running';
}
