import type { OverallStatus } from '../../engine/model/statuses';
import { executionStatusReportSchema } from '../../engine/report/output-schemas';
import { makeReport } from '../../../test/fixtures/track-fixture';
import { cellAt, cellWith, jsonText, valueOf } from '../../../test/fixtures/plan-cells';
import { MAX_CELL_CHARS } from './cell-text';
import { reportSheetOp } from './report-sheet';

const NAME = 'Report CMP-1 2026-11-24';
const op = (report = makeReport(), threshold = 50) =>
  reportSheetOp({ name: NAME, report, timeZone: 'UTC', performanceThresholdPct: threshold });

describe('Report sheet', () => {
  it('the fixture is a valid report', () => {
    expect(executionStatusReportSchema.safeParse(makeReport()).success).toBe(true);
  });

  it('starts with the title and a status banner', () => {
    const sheet = op();
    expect(cellAt(sheet, 1, 1)?.value).toBe('Execution Status Report — Launch');
    expect(cellAt(sheet, 2, 1)?.value).toBe('Overall status: At risk');
    expect(sheet.merges).toContainEqual({ row: 2, column: 1, rows: 1, columns: 8 });
  });

  it.each<[OverallStatus, string]>([
    ['failed', '#C62828'],
    ['delayed', '#C62828'],
    ['at_risk', '#F9A825'],
    ['on_track', '#2E7D32'],
    ['completed', '#2E7D32'],
  ])('a %s campaign gets a %s banner and tab', (status, fill) => {
    const sheet = op(makeReport({ overall_status: status }));
    expect(cellAt(sheet, 2, 1)?.style?.fill).toBe(fill);
    expect(sheet.tabColor).toBe(fill);
  });

  it('shows money with the minor unit and the currency code', () => {
    const usd = op();
    expect(valueOf(usd, 'Spent')).toMatchObject({ value: 2100.5, numberFormat: '#,##0.00 "USD"' });
    expect(valueOf(usd, 'Currency')?.value).toBe('USD');
    const jpy = op(
      makeReport({ budget_status: { ...makeReport().budget_status, currency: 'JPY', spent: 2100 } }),
    );
    expect(valueOf(jpy, 'Spent')).toMatchObject({ value: 2100, numberFormat: '#,##0 "JPY"' });
  });

  it('colours percent of target red below the Performance Threshold and green from 100', () => {
    const sheet = op(makeReport(), 40);
    const header = cellWith(sheet, '% of target');
    // Three KPIs below the header.
    expect(sheet.rag).toEqual([
      {
        range: { row: header.row + 1, column: header.column, rows: 3, columns: 1 },
        redBelow: 40,
        greenFrom: 100,
      },
    ]);
    expect(cellAt(sheet, header.row + 1, header.column)).toMatchObject({ value: 24, numberFormat: '0.0"%"' });
    expect(cellAt(sheet, header.row + 3, header.column)?.value).toBe('DATA PENDING — ETA: 2026-11-27');
  });

  it('lists escalations by severity, critical first', () => {
    const sheet = op();
    const header = cellWith(sheet, 'Recommended action');
    expect(cellAt(sheet, header.row + 1, 1)).toMatchObject({ value: 'critical', style: { fill: '#C62828' } });
    expect(cellAt(sheet, header.row + 1, 3)?.value).toBe('conversions');
    expect(cellAt(sheet, header.row + 2, 1)?.value).toBe('medium');
  });

  it('shows blockers with readable durations and completed tasks with deviations', () => {
    const sheet = op();
    expect(cellWith(sheet, '1 d 6 h').column).toBe(3);
    expect(cellWith(sheet, 'over estimate, result below expected').column).toBe(8);
  });

  it('draws KPI percent of target and spend/CPA by channel from blocks on the sheet', () => {
    const sheet = op();
    const [kpiChart, channelChart] = sheet.charts;
    expect(kpiChart?.type).toBe('barClustered');
    expect(channelChart?.type).toBe('columnClustered');
    // KPI data: a header and the two KPIs with a number (the pending one has none).
    const kd = kpiChart?.data;
    expect(kd && [kd.rows, kd.columns]).toEqual([3, 2]);
    expect(kd && cellAt(sheet, kd.row, 2)?.value).toBe('% of target');
    expect(kd && cellAt(sheet, kd.row + 2, 1)?.value).toBe('cpa');
    const cd = channelChart?.data;
    expect(cd && [1, 2, 3].map((c) => cellAt(sheet, cd.row, c)?.value)).toEqual(['Channel', 'Spend', 'CPA']);
    expect(cd?.rows).toBe(3);
    // Charts sit in reserved rows: no cell under them.
    for (const chart of sheet.charts) {
      const a = chart.anchor;
      expect(sheet.cells.some((c) => c.row >= a.row && c.row < a.row + a.rows && c.column <= a.columns)).toBe(
        false,
      );
    }
  });

  it('says where figures are missing: "not reported" for a figure no row of a channel reports, and a note', () => {
    const base = makeReport();
    const [linkedIn, display] = base.channel_breakdown;
    if (linkedIn === undefined || display === undefined) throw new Error('two channels expected');
    const gap = { channel: 'Display', figure: 'conversions' as const, blank_rows: 20, rows: 20 };
    const sheet = op(
      makeReport({
        channel_breakdown: [
          linkedIn,
          { ...display, blank_rows: { impressions: 0, clicks: 0, conversions: 20, cost: 0 } },
        ],
        data_gaps: [gap],
      }),
    );
    const displayRow = cellWith(sheet, 'Display').row;
    const conversionsColumn = cellWith(sheet, 'Conversions').column;
    expect(cellAt(sheet, displayRow, conversionsColumn)?.value).toBe('not reported');
    expect(
      cellWith(
        sheet,
        'Missing figures: conversions not reported by Display (20 rows). Totals and rates count only the rows that report their figures.',
      ).column,
    ).toBe(1);
    // Without gaps, no note.
    expect(op().cells.some((c) => String(c.value).startsWith('Missing figures'))).toBe(false);
  });

  it('leaves out charts without data', () => {
    const sheet = op(makeReport({ performance_vs_target: [], channel_breakdown: [] }));
    expect(sheet.charts).toEqual([]);
    expect(sheet.rag).toEqual([]);
  });

  it('ends with the JSON, which reads back as the report', () => {
    const report = makeReport();
    expect(JSON.parse(jsonText(op(report)))).toEqual(report);
  });

  it('keeps 100,000-character texts in the JSON and cuts them in the summary', () => {
    const long = 'z'.repeat(100_000);
    const report = makeReport({
      escalations: [{ type: 'budget', description: long, severity: 'high', recommended_action: long }],
    });
    const sheet = op(report);
    expect(JSON.parse(jsonText(sheet))).toEqual(report);
    expect(sheet.cells.every((c) => typeof c.value !== 'string' || c.value.length <= MAX_CELL_CHARS)).toBe(
      true,
    );
    expect(sheet.cells.filter((c) => c.style?.wrap === true).length).toBeGreaterThan(0);
  });

  it('prints one page wide, portrait, summary and JSON', () => {
    const sheet = op();
    const lastRow = Math.max(...sheet.cells.map((c) => c.row));
    expect(sheet.print).toEqual({
      orientation: 'portrait',
      fitToWidth: 1,
      area: { row: 1, column: 1, rows: lastRow, columns: 8 },
    });
  });

  it('sizes columns to their content, within 10 and 50 characters', () => {
    const widths = Object.values(op().columnWidths);
    expect(widths.length).toBeGreaterThanOrEqual(8);
    expect(widths.every((w) => w >= 10 && w <= 50)).toBe(true);
  });
});
