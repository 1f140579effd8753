import type { CampaignOption, InputProblems } from '../operator-actions';
import { readOrProblems, type ActionContext } from './action-context';

/**
 * The workbook's campaigns for the picker, or the input problems that stop reading it.
 *
 * @example await listCampaigns(context) // [{ campaignId: 'CMP-001', name: 'Product launch', status: 'active' }, …]
 */
export async function listCampaigns(context: ActionContext): Promise<CampaignOption[] | InputProblems> {
  const read = await readOrProblems(context.host);
  if ('kind' in read) return read;
  return read.input.campaigns.map((c) => ({ campaignId: c.campaignId, name: c.name, status: c.status }));
}
