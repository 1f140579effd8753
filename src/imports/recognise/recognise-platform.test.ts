import { findHeader } from './find-header';
import { recognisePlatform } from './recognise-platform';

const split = (line: string) => line.split('|');

describe('platform recognition', () => {
  it.each([
    [
      'google_ads',
      'en',
      'Campaign status|Campaign|Campaign type|Impr.|Interactions|Clicks|Cost|Conversions|Conv. value|Currency code',
    ],
    ['google_ads', 'pt-BR', 'Campanha|Tipo de campanha|Impr.|Cliques|Custo|Conversões'],
    ['google_ads', 'de', 'Kampagne|Kampagnentyp|Impr.|Klicks|Kosten|Conversions'],
    ['google_ads', 'fr', 'Campagne|Type de campagne|Impr.|Clics|Coût|Conversions'],
    [
      'meta_ads',
      'en',
      'Campaign name|Reporting starts|Reporting ends|Impressions|Link clicks|Results|Result indicator|Amount spent (USD)',
    ],
    [
      'meta_ads',
      'es',
      'Nombre de la campaña|Importe gastado (EUR)|Impresiones|Clics en el enlace|Resultados',
    ],
    ['meta_ads', 'fr', 'Nom de la campagne|Montant dépensé (EUR)|Impressions|Clics sur un lien|Résultats'],
    ['meta_ads', 'de', 'Kampagnenname|Ausgegebener Betrag (EUR)|Impressionen|Link-Klicks|Ergebnisse'],
    ['meta_ads', 'pt-BR', 'Nome da campanha|Valor usado (BRL)|Impressões|Cliques no link|Resultados'],
    [
      'linkedin_ads',
      'en',
      'Start Date (in UTC)|Campaign Name|Campaign Type|Currency|Total Spent|Impressions|Clicks|Conversions|Total Engagements',
    ],
    [
      'linkedin_ads',
      'pt-BR',
      'Data de início (em UTC)|Nome da campanha|Moeda|Total investido|Impressões|Cliques|Conversões',
    ],
    ['microsoft_ads', 'en', 'Campaign|Campaign type|Impr.|Clicks|Spend|Conv.|Revenue|Cost per conv.'],
    [
      'microsoft_ads',
      'en',
      'TimePeriod|CampaignName|CampaignId|Impressions|Clicks|Spend|Conversions|Revenue|CurrencyCode',
    ],
    [
      'tiktok_ads',
      'en',
      'By Day|Campaign name|Cost|Impression|Clicks (Destination)|Conversions|CPC (Destination)',
    ],
    ['x_ads', 'en', 'Time|Campaign|Spend|Impressions|Engagements|Clicks|Engagement rate'],
    [
      'ga4',
      'en',
      'Session default channel group|Date|Sessions|Ads clicks|Ads cost|Ads impressions|Key events|Total revenue',
    ],
  ])('%s (%s)', (platform, locale, header) => {
    const r = recognisePlatform(split(header));
    expect(r.platform).toBe(platform);
    expect(r.locale).toBe(locale);
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it('maps columns by preference: Meta link clicks over all clicks', () => {
    const r = recognisePlatform(
      split('Campaign name|Clicks (all)|Link clicks|Impressions|Amount spent (EUR)'),
    );
    expect(r.columns).toMatchObject({ campaign: 0, clicks: 2, impressions: 3, cost: 4 });
    expect(r.headerCurrencies).toEqual([{ index: 4, currency: 'EUR' }]);
  });

  it('calls a header without platform signature generic, with a low confidence', () => {
    const r = recognisePlatform(split('Campaign|Date|Impressions|Clicks|Cost|Conversions'));
    expect(r.platform).toBe('generic');
    expect(r.columns).toMatchObject({
      campaign: 0,
      date: 1,
      impressions: 2,
      clicks: 3,
      cost: 4,
      conversions: 5,
    });
    // Every cell is known (coverage 1) but nothing tells the platform (margin 0): 0.5 × 1 + 0.5 × 0.
    expect(r.confidence).toBe(0.5);
  });

  it('finds the header below title lines and preambles', () => {
    expect(
      findHeader([
        ['Campaign report'],
        ['May 18, 2025 - August 15, 2025'],
        ['Campaign', 'Impr.', 'Clicks', 'Cost'],
        ['Total: Account', '10', '2', '3.00'],
      ]),
    ).toEqual({ index: 2, score: 7 });
    expect(findHeader([['Report Name: x'], ['Clicks: 5']])).toBeNull();
  });
});
