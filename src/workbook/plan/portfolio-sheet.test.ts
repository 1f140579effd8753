import { makeFeedback, makeReport } from '../../../test/fixtures/track-fixture';
import { cellAt, cellWith } from '../../../test/fixtures/plan-cells';
import { portfolioSheetOp, isPortfolioSheetName } from './portfolio-sheet';

const usd = makeReport();
const jpy = makeReport({
  campaign_id: 'CMP-2',
  campaign_name: 'Tokyo',
  overall_status: 'failed',
  phase: 'ended',
  budget_status: {
    allocated: 1_000_000,
    spent: 750_000,
    remaining: 250_000,
    utilization_pct: 75.0001,
    currency: 'JPY',
  },
});
const usd2 = makeReport({
  campaign_id: 'CMP-3',
  campaign_name: 'Autumn',
  phase: 'not_started',
  budget_status: { allocated: 1000.5, spent: 0.25, remaining: 1000.25, utilization_pct: 0, currency: 'USD' },
});
const op = () =>
  portfolioSheetOp({
    name: 'Portfolio 2026-11-24',
    campaigns: [usd, jpy, usd2].map((report) => ({ report, feedback: makeFeedback() })),
    timeZone: 'UTC',
    performanceThresholdPct: 50,
  });

describe('Portfolio sheet', () => {
  it('has one row per campaign with status, timeline, phase, budget, primary KPI and escalations', () => {
    const sheet = op();
    const header = cellWith(sheet, 'Campaign ID');
    const row = (i: number) =>
      Array.from({ length: 14 }, (_, c) => cellAt(sheet, header.row + 1 + i, c + 1)?.value ?? null);
    expect(row(1)).toEqual([
      'CMP-2',
      'Tokyo',
      'Failed',
      'At risk',
      'Ended',
      'JPY',
      1_000_000,
      750_000,
      75.0001,
      'conversions',
      24,
      ...[0, 1, 2].map(
        (s) => usd.escalations.filter((e) => e.severity === ['critical', 'high', 'medium'][s]).length,
      ),
    ]);
    // The status carries its colour; the budget used shows the decimals the figure has.
    expect(cellAt(sheet, header.row + 2, 3)?.style?.fill).toBe('#C62828');
    expect(cellAt(sheet, header.row + 2, 9)?.numberFormat).toBe('0.0000"%"');
    expect(cellAt(sheet, header.row + 2, 7)?.numberFormat).toBe('#,##0 "JPY"');
    expect(row(2)[4]).toBe('Not started');
  });

  it('sums budgets within each currency, never across', () => {
    const sheet = op();
    const header = sheet.cells.find((c) => c.value === 'Currency' && c.column === 1);
    if (header === undefined) throw new Error('no Budgets by currency table');
    const row = (i: number) =>
      Array.from({ length: 6 }, (_, c) => cellAt(sheet, header.row + 1 + i, c + 1)?.value ?? null);
    // USD: 5,000 + 1,000.50; spent 2,100.50 + 0.25; remaining 2,899.50 + 1,000.25; used
    // 2,100.75 / 6,000.50 = 35.0 %.
    expect(row(0)).toEqual(['USD', 2, 6000.5, 2100.75, 3899.75, 35]);
    expect(row(1)).toEqual(['JPY', 1, 1_000_000, 750_000, 250_000, 75]);
    expect(cellAt(sheet, header.row + 3, 1)).toBeUndefined();
  });

  it('colours the primary KPI red below the threshold and green from 100', () => {
    const sheet = op();
    const header = cellWith(sheet, '% of target');
    expect(sheet.rag).toEqual([
      {
        range: { row: header.row + 1, column: header.column, rows: 3, columns: 1 },
        redBelow: 50,
        greenFrom: 100,
      },
    ]);
  });
});

describe('isPortfolioSheetName', () => {
  test.each([
    ['Portfolio 2026-11-24', undefined, true],
    ['PORTFOLIO 2026-11-24 (3)', undefined, true],
    ['Portfolio 2026-11-24 (2)', '2026-11-24', true],
    ['Portfolio 2026-11-24', '2026-11-25', false],
    ['Portfolio notes', undefined, false],
    ['My Portfolio 2026-11-24', undefined, false],
  ] as const)('%s (date %s): %s', (name, date, expected) => {
    expect(isPortfolioSheetName(name, date)).toBe(expected);
  });
});
