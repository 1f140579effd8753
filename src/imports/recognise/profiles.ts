import type { ImportPlatform } from '../../engine/issues/import-summary';
import type { ExportField } from './fields';

/**
 * The headers one locale of a platform writes: by field, most preferred first; plus signatures.
 * Headers are compared without spaces or punctuation, so `CampaignType` (an API name) is the same
 * header as `Campaign type`: a signature must not be another platform's header written another way.
 */
export interface Vocabulary {
  readonly fields: Partial<Readonly<Record<ExportField, readonly string[]>>>;
  /** Headers that point at this platform (they score more than shared ones). */
  readonly signatures?: readonly string[];
}

export interface PlatformProfile {
  readonly platform: Exclude<ImportPlatform, 'generic'>;
  /** By locale (`en`, `de`, `fr`, `es`, `pt-BR`); docs/ad-exports.md says which are seen in real files. */
  readonly locales: Readonly<Record<string, Vocabulary>>;
}

const GOOGLE: PlatformProfile = {
  platform: 'google_ads',
  locales: {
    en: {
      fields: {
        campaign: ['Campaign'],
        campaignId: ['Campaign ID'],
        date: ['Day', 'Date', 'Week', 'Month'],
        channelType: ['Campaign type'],
        status: ['Campaign status', 'Status'],
        currency: ['Currency code', 'Currency'],
        impressions: ['Impr.', 'Impressions'],
        clicks: ['Clicks'],
        conversions: ['Conversions'],
        cost: ['Cost'],
        revenue: ['Conv. value', 'Conversion value', 'Total conv. value'],
        engagements: ['Interactions', 'Engagements'],
      },
      signatures: [
        'Conv. value',
        'Cost / conv.',
        'Interactions',
        'Interaction rate',
        'Optimization score',
        'Search impr. share',
        'Budget type',
        'Status reasons',
      ],
    },
    'pt-BR': {
      fields: {
        campaign: ['Campanha'],
        date: ['Dia'],
        channelType: ['Tipo de campanha'],
        status: ['Status da campanha'],
        currency: ['Código da moeda'],
        clicks: ['Cliques'],
        conversions: ['Conversões'],
        cost: ['Custo'],
        revenue: ['Valor conv.'],
        engagements: ['Interações'],
      },
      signatures: ['Custo', 'Custo / conv.'],
    },
    de: {
      fields: {
        campaign: ['Kampagne'],
        date: ['Tag'],
        channelType: ['Kampagnentyp'],
        status: ['Kampagnenstatus'],
        currency: ['Währungscode'],
        clicks: ['Klicks'],
        conversions: ['Conversions'],
        cost: ['Kosten'],
        revenue: ['Conv.-Wert'],
        engagements: ['Interaktionen'],
      },
      signatures: ['Kosten', 'Kosten/Conv.'],
    },
    fr: {
      fields: {
        campaign: ['Campagne'],
        date: ['Jour'],
        channelType: ['Type de campagne'],
        status: ['État de la campagne'],
        currency: ['Code de la devise'],
        clicks: ['Clics'],
        conversions: ['Conversions'],
        cost: ['Coût'],
        revenue: ['Valeur de conv.'],
      },
      signatures: ['Coût', 'Coût/conv.'],
    },
  },
};

const META: PlatformProfile = {
  platform: 'meta_ads',
  locales: {
    en: {
      fields: {
        campaign: ['Campaign name'],
        campaignId: ['Campaign ID'],
        date: ['Day'],
        dateStart: ['Reporting starts'],
        dateEnd: ['Reporting ends'],
        currency: ['Currency'],
        resultIndicator: ['Result indicator', 'Result type'],
        impressions: ['Impressions'],
        clicks: ['Link clicks', 'Clicks (all)'],
        conversions: ['Purchases', 'Leads', 'Results'],
        cost: ['Amount spent'],
        revenue: ['Purchases conversion value', 'Results value'],
      },
      signatures: [
        'Amount spent',
        'Reporting starts',
        'Reporting ends',
        'Link clicks',
        'Result indicator',
        'Cost per result',
        'Ad set name',
        'Attribution setting',
      ],
    },
    es: {
      fields: {
        campaign: ['Nombre de la campaña'],
        date: ['Día'],
        dateStart: ['Inicio del informe'],
        dateEnd: ['Fin del informe'],
        currency: ['Divisa', 'Moneda'],
        impressions: ['Impresiones'],
        clicks: ['Clics en el enlace'],
        conversions: ['Compras', 'Clientes potenciales', 'Resultados'],
        cost: ['Importe gastado'],
      },
      signatures: ['Importe gastado', 'Clics en el enlace', 'Inicio del informe'],
    },
    fr: {
      fields: {
        campaign: ['Nom de la campagne'],
        date: ['Jour'],
        dateStart: ['Début des rapports'],
        dateEnd: ['Fin des rapports'],
        currency: ['Devise'],
        impressions: ['Impressions'],
        clicks: ['Clics sur un lien'],
        conversions: ['Achats', 'Prospects', 'Résultats'],
        cost: ['Montant dépensé'],
      },
      signatures: ['Montant dépensé', 'Clics sur un lien', 'Début des rapports'],
    },
    de: {
      fields: {
        campaign: ['Kampagnenname'],
        date: ['Tag'],
        dateStart: ['Berichtsbeginn'],
        dateEnd: ['Berichtsende'],
        currency: ['Währung'],
        impressions: ['Impressionen'],
        clicks: ['Link-Klicks'],
        conversions: ['Käufe', 'Leads', 'Ergebnisse'],
        cost: ['Ausgegebener Betrag'],
      },
      signatures: ['Ausgegebener Betrag', 'Link-Klicks', 'Berichtsbeginn'],
    },
    'pt-BR': {
      fields: {
        campaign: ['Nome da campanha'],
        date: ['Dia'],
        dateStart: ['Início dos relatórios'],
        dateEnd: ['Término dos relatórios'],
        currency: ['Moeda'],
        impressions: ['Impressões'],
        clicks: ['Cliques no link'],
        conversions: ['Compras', 'Leads', 'Resultados'],
        cost: ['Valor usado'],
      },
      signatures: ['Valor usado', 'Cliques no link', 'Início dos relatórios'],
    },
  },
};

const LINKEDIN: PlatformProfile = {
  platform: 'linkedin_ads',
  locales: {
    en: {
      fields: {
        campaign: ['Campaign Name', 'Campaign'],
        campaignId: ['Campaign ID'],
        date: ['Start Date (in UTC)'],
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
        date: ['Data de início (em UTC)'],
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

const MICROSOFT: PlatformProfile = {
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

const TIKTOK: PlatformProfile = {
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

const X: PlatformProfile = {
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

const GA4: PlatformProfile = {
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

/** Every platform the importer knows, in the order ties are broken. */
export const PLATFORM_PROFILES: readonly PlatformProfile[] = [
  GOOGLE,
  META,
  LINKEDIN,
  MICROSOFT,
  TIKTOK,
  X,
  GA4,
];

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
