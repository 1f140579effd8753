import type { Vocabulary } from '../vocabulary';

/** Headers any export may use, for exports no platform claims. */
export const GENERIC_VOCABULARY: Vocabulary = {
  fields: {
    campaign: ['Campaign', 'Campaign name'],
    campaignId: ['Campaign ID'],
    date: ['Date', 'Day'],
    channelType: ['Channel', 'Campaign type'],
    currency: ['Currency', 'Currency code'],
    impressions: ['Impressions', 'Impr.'],
    clicks: ['Clicks'],
    conversions: ['Conversions'],
    cost: ['Cost', 'Spend', 'Amount spent'],
    revenue: ['Revenue', 'Conversion value'],
    engagements: ['Engagements'],
  },
};
