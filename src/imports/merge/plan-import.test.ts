import type { ExportReading, ImportedRow } from '../import-types';
import { readChannelMetricsTable } from './channel-metrics-table';
import { planImport } from './plan-import';
import type { RawCell } from '../../workbook/host';

const reading = (absent: ExportReading['absentMetrics'] = ['engagements']): ExportReading => ({
  platform: 'google_ads',
  confidence: 0.9,
  columns: {},
  locale: 'en',
  encoding: 'utf-8',
  delimiter: ',',
  headerLine: 1,
  absentMetrics: absent,
  rowsRead: 2,
  dropped: { totals: 0, empty: 0 },
  notes: [],
});

const imported = (channel: string, date: string | null, cost: number): ImportedRow => ({
  campaignId: 'C1',
  channel,
  adCampaign: null,
  date,
  source: 'measured',
  sourceRows: 1,
  firstLine: 2,
  impressions: 100,
  clicks: 10,
  conversions: null,
  cost,
  revenue: 5,
  engagements: null,
});

function table(header: string[], rows: RawCell[][]) {
  return readChannelMetricsTable({
    source: { kind: 'table', name: 'ChannelMetrics' },
    sheet: 'Metrics',
    headerRow: 3,
    firstColumn: 2,
    header,
    rows,
  });
}

// 45795 is 2025-05-18 as an Excel serial (45658 is 2025-01-01, + 137 days).
const HEADER = [
  'Campaign ID',
  'Channel',
  'Date',
  'Impressions',
  'Clicks',
  'Conversions',
  'Cost',
  'Revenue',
  'Source',
];

describe('planning an import', () => {
  it('creates ChannelMetrics when the workbook has none', () => {
    const { plan, summary } = planImport(
      [imported('=1+1', '2025-05-18', 3)],
      reading(),
      'USD',
      null,
      'replace',
    );
    expect(plan.ops).toEqual([
      expect.objectContaining({
        kind: 'createTable',
        table: 'ChannelMetrics',
        header: ['Campaign ID', 'Channel', 'Ad Campaign', ...HEADER.slice(2, 8), 'Engagements', 'Source'],
        rows: [['C1', '=1+1', null, 45795, 100, 10, null, 3, 5, null, 'measured']],
      }),
    ]);
    expect(summary).toMatchObject({ added: 1, replaced: 0, skipped: 0 });
  });

  it('appends new channel-days below the table, adding a Date column it lacks', () => {
    const t = table(
      ['Campaign ID', 'Channel', 'Impressions', 'Clicks', 'Conversions', 'Cost', 'Notes'],
      [['C1', 'LinkedIn', 1, 1, 1, 1, 'manual']],
    );
    const { plan } = planImport(
      [imported('Google Ads – Search', '2025-05-18', 3)],
      reading(),
      'USD',
      t,
      'replace',
    );
    // The table spans columns B..H (7 columns); Date goes to I, Revenue to J.
    expect(plan.ops).toEqual([
      {
        kind: 'updateCells',
        source: { kind: 'table', name: 'ChannelMetrics' },
        sheet: 'Metrics',
        addColumns: [
          { column: 9, header: 'Date' },
          { column: 10, header: 'Revenue' },
        ],
        cells: [],
      },
      {
        kind: 'appendRows',
        source: { kind: 'table', name: 'ChannelMetrics' },
        sheet: 'Metrics',
        startRow: 5,
        firstColumn: 2,
        rows: [['C1', 'Google Ads – Search', 100, 10, null, 3, null, 45795, 5]],
        columnFormats: [null, null, null, null, null, null, null, 'yyyy-mm-dd', null],
      },
    ]);
  });

  it('replaces a channel-day in place, clears its duplicates, leaves metrics the export lacks', () => {
    const t = table(HEADER, [
      ['C1', 'google ads - search', 45795, 1, 1, 7, 1, 1, 'estimated'],
      ['C2', 'Google Ads – Search', 45795, 1, 1, 1, 1, 1, null],
      ['C1', 'Google Ads – Search', '2025-05-18', 2, 2, 2, 2, 2, null],
    ]);
    const { plan, summary } = planImport(
      [imported('Google Ads – Search', '2025-05-18', 3)],
      reading(['engagements', 'conversions']),
      'USD',
      t,
      'replace',
    );
    // Rows are sheet rows 4, 5, 6; columns B (Campaign ID) .. J (Source). C2's row 5 is untouched.
    expect(plan.ops).toEqual([
      expect.objectContaining({
        kind: 'updateCells',
        addColumns: [],
        cells: [
          { row: 4, column: 5, value: 100 },
          { row: 4, column: 6, value: 10 },
          { row: 4, column: 8, value: 3 },
          { row: 4, column: 9, value: 5 },
          { row: 4, column: 10, value: 'measured' },
          ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((column) => ({ row: 6, column, value: null })),
        ],
      }),
    ]);
    expect(summary.reasons).toContainEqual({
      code: 'replaced',
      count: 1,
      examples: [{ channel: 'Google Ads – Search', date: '2025-05-18', rows: [4, 6] }],
    });
  });

  it('skips a channel-day the workbook has, when asked', () => {
    const t = table(HEADER, [['C1', 'Google Ads – Search', 45795, 1, 1, 1, 1, 1, null]]);
    const { plan, summary } = planImport(
      [imported('Google Ads – Search', '2025-05-18', 3), imported('Google Ads – Search', '2025-05-19', 4)],
      reading(),
      'USD',
      t,
      'skip',
    );
    expect(plan.ops.map((o) => o.kind)).toEqual(['appendRows']);
    expect(summary).toMatchObject({ added: 1, replaced: 0, skipped: 1 });
  });
});
