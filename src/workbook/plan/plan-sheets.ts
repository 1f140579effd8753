import type { WritePlan } from './write-plan';

/**
 * The sheets a track plan adds, split into each campaign's (its Report and CMO Feedback sheets:
 * the plan adds two per campaign, in the campaigns' order, first) and the others (logs created by a
 * first run, the Portfolio sheet of a run that tracks several campaigns).
 *
 * @example sheetsByCampaign(plan, ['CMP-1']).campaignSheets.get('CMP-1') // ['Report CMP-1 2026-11-24', 'CMO Feedback CMP-1 2026-11-24']
 */
export function sheetsByCampaign(
  plan: WritePlan,
  campaignIds: readonly string[],
): { campaignSheets: Map<string, string[]>; otherSheets: string[] } {
  const added = plan.ops.flatMap((op) => (op.kind === 'addSheet' ? [op.name] : []));
  const campaignSheets = new Map<string, string[]>();
  if (added.length >= 2 * campaignIds.length) {
    campaignIds.forEach((id, i) => campaignSheets.set(id, added.slice(2 * i, 2 * i + 2)));
  }
  const taken = new Set([...campaignSheets.values()].flat());
  return { campaignSheets, otherSheets: plan.newSheets.filter((s) => !taken.has(s)) };
}
