import type { CampaignOption } from '../../../src/excel/operator-actions';

/**
 * One campaign in a drop-down: its name and ID, and its status when it is not active.
 *
 * @example <CampaignOptionItem campaign={{ campaignId: 'C-OLD', name: 'Winter sale', status: 'paused' }} /> // Winter sale (C-OLD) — paused
 */
export function CampaignOptionItem({ campaign: c }: { readonly campaign: CampaignOption }) {
  return (
    <option value={c.campaignId}>
      {c.name} ({c.campaignId}){c.status === 'active' ? '' : ` — ${c.status}`}
    </option>
  );
}
