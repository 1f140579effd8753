import type { ExecutionStatusReport } from '../../engine/report/output-schemas';
import { SEVERITY_ORDER, STATUS_TEXT, TASK_STATUS_TEXT, TIMELINE_TEXT } from './display-text';
import { blockersSection, channelsAndCharts, completedSection } from './report-sections';
import { STATUS_RAG, STYLES, TAB_COLORS } from './palette';
import { SheetLayout } from './sheet-layout';
import { money, percent, timestamp } from './summary-cells';
import type { AddSheetOp, ChartSpec, RagRule } from './write-plan';

export interface ReportSheetArgs {
  readonly name: string;
  readonly report: ExecutionStatusReport;
  readonly timeZone: string;
  /** Settings Performance Threshold %: KPIs below it show red. */
  readonly performanceThresholdPct: number;
}

const SPAN = 8;

/**
 * The Report sheet of one campaign: a readable summary (status banner, tasks, budget, KPIs with
 * red/amber/green percent of target, escalations by severity, blockers, completed tasks, channels,
 * two charts) and the report's JSON below it. Values only, no formulas.
 *
 * @example reportSheetOp({ name: 'Report CMP-1 2026-11-24', report, timeZone: 'UTC', performanceThresholdPct: 50 })
 */
export function reportSheetOp(args: ReportSheetArgs): AddSheetOp {
  const { report: r, timeZone } = args;
  const cur = r.budget_status.currency;
  const s = new SheetLayout(SPAN);
  const rag: RagRule[] = [];
  const charts: ChartSpec[] = [];

  s.title(`Execution Status Report — ${r.campaign_name}`);
  s.banner(`Overall status: ${STATUS_TEXT[r.overall_status]}`, STATUS_RAG[r.overall_status]);
  s.keyValues([
    ['Campaign ID', r.campaign_id],
    ['Mission ID', r.mission_id],
    ['As of', timestamp(r.timestamp, timeZone)],
    ['Time zone', timeZone],
    ['Report ID', r.report_id, { measure: false }],
    ['Run ID', r.run_id, { measure: false }],
  ]);

  const t = r.task_summary;
  s.section('Tasks');
  s.keyValues([
    ['Total', t.total],
    [TASK_STATUS_TEXT.completed, t.completed],
    [TASK_STATUS_TEXT.in_progress, t.in_progress],
    [TASK_STATUS_TEXT.pending, t.pending],
    [TASK_STATUS_TEXT.blocked, t.blocked],
    [TASK_STATUS_TEXT.failed, t.failed],
    [TASK_STATUS_TEXT.cancelled, t.cancelled],
    ['Completion rate', percent(r.task_completion_rate_pct)],
    ['Timeline', TIMELINE_TEXT[r.timeline_adherence]],
    ['Time elapsed', percent(r.elapsed_pct)],
  ]);

  const b = r.budget_status;
  s.section(`Budget (${cur})`);
  s.keyValues([
    ['Allocated', money(b.allocated, cur)],
    ['Spent', money(b.spent, cur)],
    ['Remaining', money(b.remaining, cur)],
    ['Utilization', percent(b.utilization_pct)],
    ['Currency', cur],
  ]);

  s.section('KPIs vs target');
  if (r.performance_vs_target.length === 0) s.note('No KPIs.');
  else {
    const kpis = s.table(
      ['Metric', 'Type', 'Target', 'Actual', '% of target', 'Label'],
      r.performance_vs_target.map((k) => [
        k.metric,
        k.kpi_type,
        k.target,
        k.actual,
        percent(k.pct_of_target),
        k.label,
      ]),
    );
    rag.push({
      range: { row: kpis.row + 1, column: 5, rows: kpis.rows - 1, columns: 1 },
      redBelow: args.performanceThresholdPct,
      greenFrom: 100,
    });
  }

  s.section('Escalations');
  if (r.escalations.length === 0) s.note('No escalations.');
  else {
    const sorted = [...r.escalations].sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
    s.table(
      ['Severity', 'Type', 'Task / metric', 'Description', 'Recommended action'],
      sorted.map((e) => [
        { value: e.severity, style: STYLES.severity(e.severity) },
        e.type,
        e.task_id ?? e.metric ?? null,
        e.description,
        e.recommended_action,
      ]),
    );
  }

  blockersSection(s, r, timeZone);
  completedSection(s, r);
  charts.push(...channelsAndCharts(s, r));

  s.jsonSection('JSON — Execution Status Report', r);
  return s.sheetOp({
    name: args.name,
    rag: rag,
    charts: charts,
    tabColor: TAB_COLORS.report(r.overall_status),
  });
}
