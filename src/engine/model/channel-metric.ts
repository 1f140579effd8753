import { z } from 'zod';
import { DATA_SOURCES } from './statuses';
import { localDateSchema, nonNegativeSchema } from './primitives';

/** One row of ChannelMetrics: a channel's figures, usually for one day. Blank optional cells are `null`. */
export const channelMetricSchema = z.object({
  campaignId: z.string().min(1),
  channel: z.string().min(1),
  date: localDateSchema.nullable(),
  impressions: nonNegativeSchema,
  clicks: nonNegativeSchema,
  conversions: nonNegativeSchema,
  cost: nonNegativeSchema,
  revenue: nonNegativeSchema.nullable(),
  engagements: nonNegativeSchema.nullable(),
  source: z.enum(DATA_SOURCES),
});
export type ChannelMetric = z.infer<typeof channelMetricSchema>;
