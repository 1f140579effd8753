import { error, type Issue } from '../issues/issue';
import type { Campaign } from '../model/campaign';

export type CampaignChoice =
  | { readonly ok: true; readonly campaigns: readonly Campaign[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The campaigns a run tracks, in the order of the Campaigns table: those chosen explicitly (any
 * status; each must exist, else `unknown_campaign`), otherwise every `active` one (none:
 * `no_campaign_to_track`).
 *
 * @example chooseCampaigns(campaigns, ['C9']) // { ok: false, issues: [{ code: 'unknown_campaign', campaignId: 'C9', path: ['campaigns'], … }] }
 */
export function chooseCampaigns(campaigns: readonly Campaign[], chosen?: readonly string[]): CampaignChoice {
  if (chosen !== undefined) {
    const known = new Set(campaigns.map((c) => c.campaignId));
    const unknown = [...new Set(chosen)].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      return {
        ok: false,
        issues: unknown.map((campaignId) => error(['campaigns'], { code: 'unknown_campaign', campaignId })),
      };
    }
  }
  const wanted = chosen === undefined ? null : new Set(chosen);
  const picked = campaigns.filter((c) =>
    wanted === null ? c.status === 'active' : wanted.has(c.campaignId),
  );
  if (picked.length === 0)
    return { ok: false, issues: [error(['campaigns'], { code: 'no_campaign_to_track' })] };
  return { ok: true, campaigns: picked };
}
