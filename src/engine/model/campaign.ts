import { z } from 'zod';
import { CAMPAIGN_STATUSES } from './statuses';
import { currencySchema, instantSchema, nonNegativeSchema } from './primitives';

/**
 * One row of the Campaigns table. A date-only Start Date is read as the start of that day and a
 * date-only End Date as the end of that day (the campaign runs through it), in the workbook's time zone.
 */
export const campaignSchema = z.object({
  campaignId: z.string().min(1),
  missionId: z.string().min(1),
  name: z.string().min(1),
  status: z.enum(CAMPAIGN_STATUSES),
  budgetAllocated: nonNegativeSchema,
  /** `null`: blank cell, the spend is the sum of the campaign's ChannelMetrics cost. */
  budgetSpent: nonNegativeSchema.nullable(),
  startAt: instantSchema,
  endAt: instantSchema,
  /** `null`: blank cell, the currency comes from Settings, else USD. */
  currency: currencySchema.nullable(),
});
export type Campaign = z.infer<typeof campaignSchema>;
