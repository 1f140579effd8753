import type { PlatformProfile } from '../vocabulary';

export const LINKEDIN: PlatformProfile = {
  platform: 'linkedin_ads',
  locales: {
    en: {
      fields: {
        campaign: ['Campaign Name', 'Campaign'],
        campaignId: ['Campaign ID'],
        dateStart: ['Start Date (in UTC)'],
        dateEnd: ['End Date (in UTC)'],
        channelType: ['Campaign Type'],
        status: ['Campaign Status'],
        currency: ['Currency'],
        impressions: ['Impressions'],
        clicks: ['Clicks'],
        conversions: ['Conversions', 'Leads'],
        cost: ['Total Spent', 'Amount Spent'],
        revenue: ['Total Conversion Value'],
        engagements: ['Total Engagements'],
      },
      signatures: [
        'Total Spent',
        'Start Date (in UTC)',
        'Total Engagements',
        'Campaign Group Name',
        'Total Conversion Value',
        'Campaign Group ID',
      ],
    },
    'pt-BR': {
      fields: {
        campaign: ['Nome da campanha'],
        dateStart: ['Data de início (em UTC)'],
        dateEnd: ['Data de término (em UTC)'],
        channelType: ['Tipo de campanha'],
        currency: ['Moeda'],
        impressions: ['Impressões'],
        clicks: ['Cliques'],
        conversions: ['Conversões'],
        cost: ['Total investido'],
        revenue: ['Valor total da conversão'],
        engagements: ['Total de engajamento'],
      },
      signatures: ['Total investido', 'Data de início (em UTC)', 'Total de engajamento'],
    },
  },
};
