import { analyzeCampaign } from '../analysis/analyze-campaign';
import type { CampaignAnalysis, EscalationFinding } from '../analysis/campaign-analysis';
import type { TrackingInput } from '../model/tracking-input';
import { DAY, makeInput, START } from './fixtures';

/** Day 20 of the 30-day fixture campaign (2026-03-21T00:00Z): e = 2 / 3, past the midpoint. */
export const DAY_20 = START + 20 * DAY;

/** The analysis of the first campaign of an input built from `parts`, at `asOf`. */
export function analyzeParts(parts: Partial<TrackingInput>, asOf = DAY_20): CampaignAnalysis {
  const input = makeInput(parts);
  const campaign = input.campaigns[0];
  if (campaign === undefined) throw new Error('no campaign');
  return analyzeCampaign({ campaign, input, tasks: input.tasks, asOf });
}

/** The first escalation with `code`; throws when there is none. */
export function findingOf<C extends EscalationFinding['code']>(
  a: CampaignAnalysis,
  code: C,
): Extract<EscalationFinding, { code: C }> {
  const finding = a.escalations.find((e): e is Extract<EscalationFinding, { code: C }> => e.code === code);
  if (finding === undefined) throw new Error(`no ${code}`);
  return finding;
}
