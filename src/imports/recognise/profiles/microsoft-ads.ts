import type { PlatformProfile } from '../vocabulary';

export const MICROSOFT: PlatformProfile = {
  platform: 'microsoft_ads',
  locales: {
    en: {
      fields: {
        campaign: ['Campaign', 'Campaign name', 'CampaignName'],
        campaignId: ['Campaign ID', 'CampaignId'],
        date: ['Gregorian date', 'TimePeriod', 'Date', 'Day'],
        channelType: ['Campaign type', 'CampaignType', 'Network'],
        status: ['Campaign status', 'CampaignStatus', 'Status'],
        currency: ['Currency code', 'CurrencyCode', 'Currency'],
        impressions: ['Impr.', 'Impressions'],
        clicks: ['Clicks'],
        conversions: ['Conv.', 'Conversions'],
        cost: ['Spend'],
        revenue: ['Revenue'],
      },
      signatures: [
        'Conv.',
        'Cost per conv.',
        'Gregorian date',
        'TimePeriod',
        'Return on ad spend',
        'Revenue/conv.',
      ],
    },
  },
};
