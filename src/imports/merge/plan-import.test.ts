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

const imported = (
  channel: string,
  date: string | null,
  cost: number,
  adCampaign: string | null = null,
): ImportedRow => ({
  campaignId: 'C1',
  channel,
  adCampaign,
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
    expect(summary.reasons).toEqual([
      {
        code: 'replaced',
        count: 1,
        examples: [{ channel: 'Google Ads – Search', adCampaign: null, date: '2025-05-18', rows: [4] }],
      },
      {
        code: 'cleared',
        count: 1,
        examples: [{ channel: 'Google Ads – Search', adCampaign: null, date: '2025-05-18', row: 6 }],
      },
    ]);
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

  describe('one row per channel, ad campaign and day', () => {
    const AD_HEADER = [
      'Campaign ID',
      'Channel',
      'Ad Campaign',
      'Date',
      'Impressions',
      'Clicks',
      'Conversions',
      'Cost',
    ];
    const search = 'Google Ads – Search';

    it('replaces the row of the same ad campaign, appends a new one, leaves other ad campaigns', () => {
      const t = table(AD_HEADER, [
        ['C1', search, 'Brand', 45795, 1, 1, 1, 1],
        ['C1', search, 'Competitors', 45795, 1, 1, 1, 1],
      ]);
      const { plan, summary } = planImport(
        [imported(search, '2025-05-18', 3, 'brand'), imported(search, '2025-05-18', 4, 'Generic')],
        reading(['engagements', 'revenue']),
        'USD',
        t,
        'replace',
      );
      expect(summary).toMatchObject({ added: 1, replaced: 1, skipped: 0 });
      // Row 4 (Brand) takes the import's figures and its spelling; Competitors (row 5) is untouched.
      expect(plan.ops).toEqual([
        expect.objectContaining({
          kind: 'updateCells',
          cells: [
            { row: 4, column: 4, value: 'brand' },
            { row: 4, column: 6, value: 100 },
            { row: 4, column: 7, value: 10 },
            { row: 4, column: 8, value: null },
            { row: 4, column: 9, value: 3 },
          ],
        }),
        expect.objectContaining({
          kind: 'appendRows',
          rows: [['C1', search, 'Generic', 45795, 100, 10, null, 4]],
        }),
      ]);
    });

    it('takes over and clears rows without an Ad Campaign of the same channel-day: they summed the ad campaigns', () => {
      // An earlier import (or a typed total) summed Brand and Generic into one row per channel-day.
      const t = table(AD_HEADER, [
        ['C1', search, null, 45795, 9, 9, 9, 9],
        ['C1', search, '', 45795, 9, 9, 9, 9],
      ]);
      const { plan, summary } = planImport(
        [imported(search, '2025-05-18', 3, 'Brand'), imported(search, '2025-05-18', 4, 'Generic')],
        reading(['engagements', 'revenue']),
        'USD',
        t,
        'replace',
      );
      expect(summary).toMatchObject({ added: 0, replaced: 2, skipped: 0 });
      expect(plan.ops).toEqual([
        expect.objectContaining({
          kind: 'updateCells',
          cells: [
            { row: 4, column: 4, value: 'Brand' },
            { row: 4, column: 6, value: 100 },
            { row: 4, column: 7, value: 10 },
            { row: 4, column: 8, value: null },
            { row: 4, column: 9, value: 3 },
            { row: 5, column: 4, value: 'Generic' },
            { row: 5, column: 6, value: 100 },
            { row: 5, column: 7, value: 10 },
            { row: 5, column: 8, value: null },
            { row: 5, column: 9, value: 4 },
          ],
        }),
      ]);
    });

    it('an export without ad campaigns replaces every row of its channel-days, clearing the rest', () => {
      const t = table(AD_HEADER, [
        ['C1', search, 'Brand', 45795, 1, 1, 1, 1],
        ['C1', search, 'Generic', 45795, 1, 1, 1, 1],
      ]);
      const { plan, summary } = planImport(
        [imported(search, '2025-05-18', 3)],
        reading(['engagements', 'revenue']),
        'USD',
        t,
        'replace',
      );
      expect(summary).toMatchObject({ added: 0, replaced: 1 });
      expect(summary.reasons).toContainEqual({
        code: 'cleared',
        count: 1,
        examples: [{ channel: search, adCampaign: 'Generic', date: '2025-05-18', row: 5 }],
      });
      expect(plan.ops[0]).toMatchObject({ kind: 'updateCells' });
      const cells = plan.ops[0]?.kind === 'updateCells' ? plan.ops[0].cells : [];
      expect(cells.filter((c) => c.row === 4)).toContainEqual({ row: 4, column: 4, value: null });
      expect(cells.filter((c) => c.row === 5).every((c) => c.value === null)).toBe(true);
    });

    it('skips an ad campaign the channel-day has, or a channel-day summed without ad campaigns', () => {
      const t = table(AD_HEADER, [
        ['C1', search, 'Brand', 45795, 1, 1, 1, 1],
        ['C1', search, null, 45796, 1, 1, 1, 1],
      ]);
      const { summary } = planImport(
        [
          imported(search, '2025-05-18', 3, 'Brand'),
          imported(search, '2025-05-18', 4, 'Generic'),
          imported(search, '2025-05-19', 5, 'Brand'),
        ],
        reading(['engagements', 'revenue']),
        'USD',
        t,
        'skip',
      );
      expect(summary).toMatchObject({ added: 1, replaced: 0, skipped: 2 });
    });

    it('adds the Ad Campaign column to a table without one when the export names its campaigns', () => {
      const t = table(HEADER, [['C1', 'LinkedIn', 45795, 1, 1, 1, 1, 1, null]]);
      const { plan } = planImport(
        [imported(search, '2025-05-18', 3, 'Brand')],
        reading(),
        'USD',
        t,
        'replace',
      );
      expect(plan.ops[0]).toMatchObject({
        kind: 'updateCells',
        addColumns: [{ column: 11, header: 'Ad Campaign' }],
      });
      expect(plan.ops[1]).toMatchObject({
        kind: 'appendRows',
        rows: [['C1', search, 45795, 100, 10, null, 3, 5, 'measured', 'Brand']],
      });
    });
  });
});
