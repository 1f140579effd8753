import { z } from 'zod';
import { DATA_SOURCES } from './statuses';
import { localDateSchema, nonNegativeSchema } from './primitives';

/**
 * One row of ChannelMetrics: a channel's figures for one ad campaign, usually for one day. Blank
 * cells are `null`; a blank Impressions, Clicks, Conversions or Cost is a figure the platform did not
 * report — missing, not zero (docs/rules.md, Missing figures).
 */
export const channelMetricSchema = z.object({
  campaignId: z.string().min(1),
  channel: z.string().min(1),
  /** The ad platform's own campaign name (`Brand - Exact`); `null` when the column is absent or blank. */
  adCampaign: z.string().min(1).nullable(),
  date: localDateSchema.nullable(),
  impressions: nonNegativeSchema.nullable(),
  clicks: nonNegativeSchema.nullable(),
  conversions: nonNegativeSchema.nullable(),
  cost: nonNegativeSchema.nullable(),
  revenue: nonNegativeSchema.nullable(),
  engagements: nonNegativeSchema.nullable(),
  source: z.enum(DATA_SOURCES),
});
export type ChannelMetric = z.infer<typeof channelMetricSchema>;
