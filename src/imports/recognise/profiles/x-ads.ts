import type { PlatformProfile } from '../vocabulary';

export const X: PlatformProfile = {
  platform: 'x_ads',
  locales: {
    en: {
      fields: {
        campaign: ['Campaign', 'Campaign name'],
        date: ['Time'],
        currency: ['Currency'],
        impressions: ['Impressions'],
        clicks: ['Clicks', 'Link clicks'],
        conversions: ['Conversions'],
        cost: ['Spend'],
        engagements: ['Engagements'],
      },
      signatures: [
        'Time',
        'Billed engagements',
        'Funding source name',
        'Funding source',
        'Engagements',
        'Engagement rate',
      ],
    },
  },
};
