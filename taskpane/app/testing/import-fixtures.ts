import type { ImportSummary } from '../../../src/engine/issues/import-summary';
import { PANE_IMPORT_WORDING } from '../../../src/engine/messages/import-wording';
import { renderImportSummary } from '../../../src/engine/messages/render-import-summary';
import type {
  ImportCommitted,
  ImportPreview,
  ImportProblem,
  ImportProblems,
} from '../../../src/excel/operator-actions';

/**
 * A Google Ads export pasted into `Export!A1:H12`, as the Office host would preview it: 11 rows read
 * below the header, 3 of them total rows (dropped); the other 8, one per channel and day, add 6
 * channel-days and replace 2 (6 + 2 + 3 = 11).
 */
export const IMPORT_SUMMARY: ImportSummary = {
  platform: 'google_ads',
  confidence: 0.9,
  currency: 'USD',
  rowsRead: 11,
  added: 6,
  replaced: 2,
  skipped: 0,
  dropped: { totals: 3, empty: 0 },
  reasons: [
    {
      code: 'total_rows',
      count: 3,
      examples: [
        { line: 10, label: 'Total: Account' },
        { line: 11, label: 'Total: Search' },
        { line: 12, label: 'Total: Display' },
      ],
    },
    {
      code: 'replaced',
      count: 2,
      examples: [
        { channel: 'Google Ads – Search', adCampaign: null, date: '2026-03-17', rows: [14] },
        { channel: 'Google Ads – Search', adCampaign: null, date: '2026-03-18', rows: [15] },
      ],
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
        values: [
          'C-SPRING',
          'Google Ads – Search',
          'Brand – Exact',
          '2026-03-15',
          5200,
          180,
          6,
          210.5,
          null,
          180,
        ],
      },
      {
        action: 'replace',
        sheetRow: 14,
        values: [
          'C-SPRING',
          'Google Ads – Display',
          'Remarketing',
          '2026-03-17',
          21000,
          95,
          null,
          64.2,
          null,
          95,
        ],
      },
    ],
  },
};

export function sampleImportPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  const s = IMPORT_SUMMARY;
  return {
    kind: 'preview',
    importId: 'import-1',
    source: { kind: 'selection', address: 'Export!A1:H12' },
    campaignId: 'C-SPRING',
    mode: 'replace',
    platform: s.platform,
    platformName: 'Google Ads',
    confidence: s.confidence,
    currency: s.currency,
    counts: {
      rowsRead: s.rowsRead,
      added: s.added,
      replaced: s.replaced,
      skipped: s.skipped,
      dropped: s.dropped,
    },
    summary: renderImportSummary(s, PANE_IMPORT_WORDING),
    review: s.review,
    sheet: 'ChannelMetrics',
    ...overrides,
  };
}

export function sampleImportCommitted(preview: ImportPreview = sampleImportPreview()): ImportCommitted {
  return { kind: 'committed', preview, written: true };
}

/** Problems as the host words them: a pasted cell with its address, a workbook problem, the rest counted. */
export const IMPORT_PROBLEMS: readonly ImportProblem[] = [
  {
    code: 'invalid_number',
    text: 'Export!D7, Cost "abc" is not a number',
    address: { sheet: 'Export', row: 7, column: 4, a1: 'Export!D7' },
  },
  {
    code: 'ambiguous_dates',
    text: 'the dates of column "Day" could be day first or month first (03/04/2026, 05/04/2026); say which by choosing the Date format: DMY (day first) or MDY (month first)',
    address: null,
  },
  { code: 'more', text: '… and 12 more problems like these', address: null },
];

export const IMPORT_PROBLEM_ANSWER: ImportProblems = { kind: 'import_problems', problems: IMPORT_PROBLEMS };
