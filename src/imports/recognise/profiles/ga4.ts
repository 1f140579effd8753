import type { PlatformProfile } from '../vocabulary';

export const GA4: PlatformProfile = {
  platform: 'ga4',
  locales: {
    en: {
      fields: {
        campaign: ['Session campaign', 'Session Google Ads campaign', 'Campaign'],
        date: ['Date'],
        channelType: [
          'Session default channel group',
          'Session primary channel group (Default Channel Group)',
          'Session primary channel group',
          'First user default channel group',
        ],
        impressions: ['Ads impressions', 'Google Ads impressions'],
        clicks: ['Ads clicks', 'Google Ads clicks'],
        conversions: ['Key events', 'Conversions'],
        cost: ['Ads cost', 'Google Ads cost'],
        revenue: ['Total revenue', 'Purchase revenue'],
        engagements: ['Engaged sessions'],
      },
      signatures: [
        'Sessions',
        'Engaged sessions',
        'Key events',
        'Total users',
        'Active users',
        'Average engagement time per session',
        'Event count',
        'Session default channel group',
        'Session primary channel group (Default Channel Group)',
        'Session campaign',
        'Ads cost',
      ],
    },
  },
};
