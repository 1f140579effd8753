import { roundMoney } from '../../engine/money/currency';
import { Dec, roundTo } from '../../engine/money/decimal';
import type { LocalDate } from '../../engine/model/primitives';
import type { CmoFeedback, ExecutionStatusReport } from '../../engine/report/output-schemas';
import { PHASE_TEXT, STATUS_TEXT, TIMELINE_TEXT } from './display-text';
import { COUNT_FORMAT } from './number-formats';
import { RAG_FILL, STATUS_RAG, STYLES } from './palette';
import { type CellSpec, SheetLayout } from './sheet-layout';
import { money, percent, timestamp } from './summary-cells';
import type { AddSheetOp, RagRule } from './write-plan';

export interface PortfolioSheetArgs {
  readonly name: string;
  /** The campaigns of the run, in the order they were tracked. */
  readonly campaigns: ReadonlyArray<{
    readonly report: ExecutionStatusReport;
    readonly feedback: CmoFeedback;
  }>;
  readonly timeZone: string;
  /** Settings Performance Threshold %: a primary KPI below it shows red. */
  readonly performanceThresholdPct: number;
}

/** The label of the cell whose neighbour holds the id of the run that wrote the sheet (what a revert reads). */
export const PORTFOLIO_RUN_ID_LABEL = 'Run ID';

/**
 * The name a run asks for its Portfolio sheet (`SheetNames.plain` adds ` (2)`, … when it is taken).
 *
 * @example portfolioSheetBase('2026-11-24') // 'Portfolio 2026-11-24'
 */
export function portfolioSheetBase(date: LocalDate): string {
  return `Portfolio ${date}`;
}

/**
 * Whether a sheet is named as a run names its Portfolio sheet (`Portfolio <date>`, maybe ` (n)`),
 * ignoring case; with `date`, a run of that report date.
 *
 * @example isPortfolioSheetName('Portfolio 2026-11-24 (2)') // true
 * @example isPortfolioSheetName('Portfolio 2026-11-24', '2026-11-25') // false
 */
export function isPortfolioSheetName(name: string, date?: LocalDate): boolean {
  const match = /^portfolio (\d{4}-\d{2}-\d{2})( \(\d+\))?$/i.exec(name.trim());
  return match !== null && (date === undefined || match[1] === date);
}

const HEADER = [
  'Campaign ID',
  'Campaign',
  'Status',
  'Timeline',
  'Phase',
  'Currency',
  'Allocated',
  'Spent',
  'Budget used',
  'Primary KPI',
  '% of target',
  'Critical',
  'High',
  'Medium',
  'Next action',
] as const;
const PCT_COLUMN = HEADER.indexOf('% of target') + 1;

function campaignRow(r: ExecutionStatusReport, f: CmoFeedback): CellSpec[] {
  const b = r.budget_status;
  const primary = r.performance_vs_target.find((k) => k.kpi_type === 'primary');
  const count = (severity: string) => ({
    value: r.escalations.filter((e) => e.severity === severity).length,
    numberFormat: COUNT_FORMAT,
  });
  return [
    r.campaign_id,
    r.campaign_name,
    {
      value: STATUS_TEXT[r.overall_status],
      style: { bold: true, ...RAG_FILL[STATUS_RAG[r.overall_status]] },
    },
    TIMELINE_TEXT[r.timeline_adherence],
    PHASE_TEXT[r.phase],
    b.currency,
    money(b.allocated, b.currency),
    money(b.spent, b.currency),
    percent(b.utilization_pct),
    primary?.metric ?? 'none set',
    primary === undefined ? null : percent(primary.pct_of_target),
    count('critical'),
    count('high'),
    count('medium'),
    f.next_actions[0]?.action ?? null,
  ];
}

/** Allocated, spent and remaining summed within each currency, never across currencies. */
function currencyRows(campaigns: PortfolioSheetArgs['campaigns']): CellSpec[][] {
  const byCurrency = new Map<string, { n: number; allocated: Dec; spent: Dec; remaining: Dec }>();
  for (const { report } of campaigns) {
    const b = report.budget_status;
    const t = byCurrency.get(b.currency) ?? {
      n: 0,
      allocated: new Dec(0),
      spent: new Dec(0),
      remaining: new Dec(0),
    };
    byCurrency.set(b.currency, {
      n: t.n + 1,
      allocated: t.allocated.plus(b.allocated),
      spent: t.spent.plus(b.spent),
      remaining: t.remaining.plus(b.remaining),
    });
  }
  return [...byCurrency].map(([currency, t]) => [
    currency,
    { value: t.n, numberFormat: COUNT_FORMAT },
    money(roundMoney(t.allocated, currency), currency),
    money(roundMoney(t.spent, currency), currency),
    money(roundMoney(t.remaining, currency), currency),
    t.allocated.isZero() ? null : percent(roundTo(t.spent.div(t.allocated).times(100), 1)),
  ]);
}

/**
 * The Portfolio sheet of a run that tracks several campaigns (docs/outputs-in-workbook.md): one row
 * per campaign — overall status, timeline, phase, budget used, primary KPI percent of target,
 * escalations by severity and the next action, each amount in its campaign's currency — and the
 * budgets summed per currency, never across currencies. Values only.
 *
 * @example portfolioSheetOp({ name: 'Portfolio 2026-11-24', campaigns, timeZone: 'UTC', performanceThresholdPct: 50 })
 */
export function portfolioSheetOp(args: PortfolioSheetArgs): AddSheetOp {
  const { campaigns } = args;
  const s = new SheetLayout(HEADER.length);
  const first = campaigns[0]?.report;
  s.title(`Portfolio — ${campaigns.length} campaigns`);
  s.keyValues([
    ['As of', timestamp(first?.timestamp ?? null, args.timeZone)],
    ['Time zone', args.timeZone],
    [PORTFOLIO_RUN_ID_LABEL, first?.run_id ?? null, { measure: false }],
  ]);
  s.section('Campaigns');
  const table = s.table(
    HEADER,
    campaigns.map(({ report, feedback }) => campaignRow(report, feedback)),
  );
  const rag: RagRule[] = [
    {
      range: { row: table.row + 1, column: PCT_COLUMN, rows: campaigns.length, columns: 1 },
      redBelow: args.performanceThresholdPct,
      greenFrom: 100,
    },
  ];
  s.section('Budgets by currency');
  s.note(
    'Each amount is in its own currency: budgets are summed within a currency, never across currencies.',
    STYLES.subtitle,
  );
  s.table(['Currency', 'Campaigns', 'Allocated', 'Spent', 'Remaining', 'Used'], currencyRows(campaigns));
  const op = s.sheetOp({ name: args.name, rag, charts: [], tabColor: STYLES.section.fill });
  return { ...op, print: { ...op.print, orientation: 'landscape' } };
}
