import type { CellValue } from '../support/fake-excel';

// A small Google Ads export as a marketer pastes it into a sheet of the sample workbook: a title
// row, a date-range row, the header, three rows of two Search campaigns, and the account's total
// row (never imported). The browser's today is 2026-11-24; the sample has Google Search rows for
// CMP-001 up to yesterday, so 2026-11-23 replaces a row and 2026-11-24 adds one.

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
 * The ChannelMetrics rows the import leaves for CMP-001's Google Search on those days, summed by hand
 * per channel and day (the two campaigns of 2026-11-23 are one channel-day; Interactions are the
 * Engagements; the total row is dropped).
 */
export const IMPORTED_ROWS = [
  {
    'Campaign ID': 'CMP-001',
    Channel: 'Google Ads – Search',
    'Ad Campaign': null,
    Date: NOV_23,
    Impressions: 3000, // 1,000 + 2,000
    Clicks: 130, // 50 + 80
    Conversions: 5.5, // 2.00 + 3.50
    Cost: 250.75, // 100.50 + 150.25
    Revenue: 720, // 300.00 + 420.00
    Engagements: 130, // 50 + 80
    Source: 'measured',
  },
  {
    'Campaign ID': 'CMP-001',
    Channel: 'Google Ads – Search',
    'Ad Campaign': null,
    Date: NOV_24,
    Impressions: 1100,
    Clicks: 55,
    Conversions: 2.5,
    Cost: 110,
    Revenue: 310,
    Engagements: 55,
    Source: 'measured',
  },
];
