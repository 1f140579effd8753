import type { ImportSummary } from '../issues/import-summary';
import { PANE_IMPORT_WORDING } from './import-wording';
import { renderImportSummary } from './render-import-summary';

const summary: ImportSummary = {
  platform: 'google_ads',
  confidence: 0.7,
  currency: 'USD',
  rowsRead: 9,
  added: 3,
  replaced: 1,
  skipped: 0,
  dropped: { totals: 3, empty: 1 },
  reasons: [
    { code: 'preamble', lines: 2 },
    {
      code: 'total_rows',
      count: 3,
      examples: [
        { line: 10, label: 'Total: Account' },
        { line: 11, label: 'Total: Search' },
      ],
    },
    { code: 'empty_rows', count: 1, lines: [12] },
    { code: 'table_ended', line: 14, rows: 3 },
    { code: 'aggregated', sourceRows: 6, rows: 4 },
    { code: 'missing_values', metric: 'impressions', count: 1 },
    { code: 'absent_column', metric: 'conversions' },
    { code: 'blank_required', metric: 'clicks', rows: 2 },
    { code: 'not_conversions', count: 2, examples: ['reach'] },
    { code: 'undated', reason: 'no_date_column' },
    { code: 'range_dated', rows: 3 },
    { code: 'multiline_cells', count: 1, lines: [7] },
    { code: 'currency_assumed', currency: 'USD' },
    {
      code: 'replaced',
      count: 1,
      examples: [{ channel: 'Google Ads – Search', adCampaign: 'Brand', date: '2025-05-18', rows: [4] }],
    },
    { code: 'skipped', count: 1, examples: [{ channel: 'LinkedIn Ads', adCampaign: null, date: null }] },
    {
      code: 'cleared',
      count: 1,
      examples: [{ channel: 'Google Ads – Search', adCampaign: null, date: '2025-05-18', row: 6 }],
    },
  ],
  review: {
    rows: 8,
    dates: { first: '2026-03-15', last: '2026-03-18' },
    undatedRows: 0,
    totals: { cost: 1250.4, impressions: 48200, clicks: 1310, conversions: 41.5 },
    blankRows: { cost: 0, impressions: 0, clicks: 0, conversions: 2 },
    channels: 2,
    adCampaigns: 3,
    columns: [
      'Campaign ID',
      'Channel',
      'Ad Campaign',
      'Date',
      'Impressions',
      'Clicks',
      'Conversions',
      'Cost',
      'Revenue',
      'Engagements',
    ],
    firstRows: [
      {
        action: 'add',
        sheetRow: null,
        values: ['C1', 'Google Ads – Search', 'Brand – Exact', '2026-03-15', 5200, 180, 6, 210.5, null, 180],
      },
      {
        action: 'replace',
        sheetRow: 14,
        values: ['C1', 'Google Ads – Display', 'Remarketing', '2026-03-17', 21000, 95, null, 64.2, null, 95],
      },
    ],
  },
};

describe('import summary', () => {
  it('says what the export is, what happened to its rows and why', () => {
    expect(renderImportSummary(summary)).toEqual([
      'Google Ads export (confidence 0.70), in USD',
      '9 rows read: 3 added, 1 replaced, 0 skipped; dropped 3 total rows and 1 empty row',
      '- 2 lines above the header (title, date range, report details) skipped',
      '- 3 total rows dropped, never counted twice: "Total: Account" (line 10) and "Total: Search" (line 11)',
      '- 1 row without figures dropped (blank lines, footers, comments; line 12)',
      '- the table ends at the comment on line 14; 3 lines below it not read',
      '- 6 export rows summed into 4 rows, one per channel, ad campaign and day',
      '- Impressions was empty or "--" in 1 row: missing, not zero',
      '- the export has no Conversions column: left blank, not zero; tracking counts only the figures reported',
      '- Clicks is blank in 2 imported rows (the export had no figure): missing, not zero; tracking counts only the rows that report it',
      '- Results of 2 rows are not conversions ("reach"); their Conversions are left blank',
      '- the export is not broken down by day, so its rows have no date and replace earlier undated rows of the same channel and ad campaign; export by day to keep history',
      "- 3 rows covering a reporting range rather than a day, dated by the range's first day; export by day to keep daily figures",
      '- 1 row with a quoted cell over several lines, each read as one cell (line 7); check them',
      '- the export does not say its currency; taken to be the campaign’s (USD)',
      '- 1 row already in ChannelMetrics replaced: "Google Ads – Search" "Brand" 2025-05-18 (row 4)',
      '- 1 row already in ChannelMetrics skipped (--mode skip): "LinkedIn Ads" (no date)',
      '- 1 row of the same channel and day without this Ad Campaign split cleared, so nothing counts twice: "Google Ads – Search" 2025-05-18 (row 6)',
    ]);
  });

  it('names the skip mode as the task pane shows it', () => {
    expect(renderImportSummary(summary, PANE_IMPORT_WORDING).at(-2)).toBe(
      '- 1 row already in ChannelMetrics skipped (Skip): "LinkedIn Ads" (no date)',
    );
  });

  it('names an unrecognised platform as such', () => {
    expect(renderImportSummary({ ...summary, platform: 'generic', reasons: [] })[0]).toBe(
      'Export of an unrecognised platform (confidence 0.70), in USD',
    );
  });
});
