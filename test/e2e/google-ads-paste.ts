import type { CellValue } from '../support/fake-excel';

// A small Google Ads export as a marketer pastes it into a sheet of the sample workbook: a title
// row, a date-range row, the header, three rows of two Search campaigns, and the account's total
// row (never imported). The browser's today is 2026-11-24; the sample has Google Search rows for
// CMP-001 up to yesterday (without an Ad Campaign), so Brand of 2026-11-23 replaces that row and
// Generic of 2026-11-23 and Brand of 2026-11-24 are added.

/** Where the export is pasted (the range is selected after the paste). */
export const PASTE = { sheet: 'Export', range: 'A1:J7' } as const;

export const GOOGLE_ADS_PASTE: CellValue[][] = [
  ['Campaign report', '', '', '', '', '', '', '', '', ''],
  ['November 23, 2026 - November 24, 2026', '', '', '', '', '', '', '', '', ''],
  [
    'Day',
    'Campaign',
    'Campaign type',
    'Currency code',
    'Impr.',
    'Interactions',
    'Clicks',
    'Cost',
    'Conversions',
    'Conv. value',
  ],
  ['2026-11-23', 'Brand', 'Search', 'USD', '1,000', '50', '50', '100.50', '2.00', '300.00'],
  ['2026-11-23', 'Generic', 'Search', 'USD', '2,000', '80', '80', '150.25', '3.50', '420.00'],
  ['2026-11-24', 'Brand', 'Search', 'USD', '1,100', '55', '55', '110.00', '2.50', '310.00'],
  ['Total: Account', '--', '--', 'USD', '4,100', '185', '185', '360.75', '8.00', '1,030.00'],
];

/** Excel's serials of the two days (46350 is 2026-11-24). */
export const NOV_23 = 46349;
export const NOV_24 = 46350;

/**
 * The ChannelMetrics rows the import leaves for CMP-001's Google Search on those days, one per ad
 * campaign and day (Interactions are the Engagements; the total row is dropped). The sample's row of
 * 2026-11-23 has no Ad Campaign: Brand takes it over in place, Generic and 2026-11-24 are appended.
 */
const imported = (adCampaign: string, date: number, figures: readonly number[]) => {
  const [impressions, clicks, conversions, cost, revenue] = figures;
  return {
    'Campaign ID': 'CMP-001',
    Channel: 'Google Ads – Search',
    'Ad Campaign': adCampaign,
    Date: date,
    Impressions: impressions,
    Clicks: clicks,
    Conversions: conversions,
    Cost: cost,
    Revenue: revenue,
    Engagements: clicks,
    Source: 'measured',
  };
};

export const IMPORTED_ROWS = [
  imported('Brand', NOV_23, [1000, 50, 2, 100.5, 300]),
  imported('Generic', NOV_23, [2000, 80, 3.5, 150.25, 420]),
  imported('Brand', NOV_24, [1100, 55, 2.5, 110, 310]),
];
