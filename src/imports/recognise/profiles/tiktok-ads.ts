import type { PlatformProfile } from '../vocabulary';

export const TIKTOK: PlatformProfile = {
  platform: 'tiktok_ads',
  locales: {
    en: {
      fields: {
        campaign: ['Campaign name', 'Campaign Name'],
        campaignId: ['Campaign ID'],
        date: ['By Day', 'Date', 'Day'],
        currency: ['Currency'],
        impressions: ['Impression', 'Impressions'],
        clicks: ['Clicks (Destination)', 'Clicks'],
        conversions: ['Conversions'],
        cost: ['Cost', 'Total cost'],
      },
      signatures: [
        'Impression',
        'Clicks (Destination)',
        'CPC (Destination)',
        'CTR (Destination)',
        'By Day',
        'Conversion rate (CVR)',
        'Primary status',
      ],
    },
  },
};
