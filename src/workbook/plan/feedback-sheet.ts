import type { CmoFeedback, ExecutionStatusReport, FeedbackMetrics } from '../../engine/report/output-schemas';
import { DATE_FORMAT, dateSerial } from './excel-time';
import { METRIC_TEXT } from '../../engine/messages/metric-text';
import { STATUS_TEXT } from './display-text';
import { COUNT_FORMAT, MULTIPLIER_FORMAT } from './number-formats';
import { STATUS_RAG, STYLES, TAB_COLORS } from './palette';
import { type CellSpec, SheetLayout } from './sheet-layout';
import { money, percent, timestamp } from './summary-cells';
import type { AddSheetOp } from './write-plan';

export interface FeedbackSheetArgs {
  readonly name: string;
  readonly feedback: CmoFeedback;
  /** The same campaign's report: its name and overall status head the sheet. */
  readonly report: ExecutionStatusReport;
  readonly timeZone: string;
}

const SPAN = 4;

const METRICS: ReadonlyArray<readonly [keyof FeedbackMetrics, string]> = [
  ['impressions', METRIC_TEXT.impressions],
  ['clicks', METRIC_TEXT.clicks],
  ['conversions', METRIC_TEXT.conversions],
  ['cost', METRIC_TEXT.cost],
  ['ctr', METRIC_TEXT.ctr],
  ['conversion_rate', METRIC_TEXT.conversion_rate],
  ['cpa', METRIC_TEXT.cpa],
  ['roas', METRIC_TEXT.roas],
];

function metricCell(key: keyof FeedbackMetrics, value: number | string, currency: string): CellSpec {
  if (typeof value === 'string') return value;
  switch (key) {
    case 'cost':
    case 'cpa':
      return money(value, currency);
    case 'ctr':
    case 'conversion_rate':
      return percent(value);
    case 'roas':
      return { value, numberFormat: MULTIPLIER_FORMAT };
    case 'impressions':
    case 'clicks':
      return { value, numberFormat: COUNT_FORMAT };
    default:
      return value;
  }
}

/** Figures sit next to their names in the wide Value column. */
function leftAligned(cell: CellSpec): CellSpec {
  if (cell !== null && typeof cell === 'object')
    return { ...cell, style: { ...cell.style, horizontal: 'left' } };
  return { value: cell, style: { horizontal: 'left' } };
}

/**
 * The CMO Feedback sheet of one campaign: execution result, metrics with their labels, learnings,
 * issues by severity, recommendations and confidence, then the feedback's JSON. Values only.
 *
 * @example feedbackSheetOp({ name: 'CMO Feedback CMP-1 2026-11-24', feedback, report, timeZone: 'UTC' })
 */
export function feedbackSheetOp(args: FeedbackSheetArgs): AddSheetOp {
  const { feedback: f, report, timeZone } = args;
  const s = new SheetLayout(SPAN);

  s.title(`CMO Feedback — ${report.campaign_name}`);
  s.banner(`Overall status: ${STATUS_TEXT[report.overall_status]}`, STATUS_RAG[report.overall_status]);
  s.keyValues([
    ['Campaign ID', f.campaign_id],
    ['Mission ID', f.mission_id],
    ['As of', timestamp(f.timestamp, timeZone)],
    ['Time zone', timeZone],
    [
      'Data as of',
      f.data_as_of === null
        ? 'no dated data'
        : { value: dateSerial(f.data_as_of), numberFormat: DATE_FORMAT },
    ],
    ['Confidence in data', { value: f.confidence_in_data, numberFormat: '0" / 100"', style: STYLES.label }],
    ['Feedback ID', f.feedback_id, { measure: false }],
    ['Report ID', f.report_id, { measure: false }],
    ['Run ID', f.run_id, { measure: false }],
  ]);

  s.section('Execution result');
  s.keyValues([['Summary', f.execution_result]]);

  s.section(`Metrics (${f.currency})`);
  s.table(
    ['Metric', 'Value', 'Label'],
    METRICS.map(([key, label]) => [
      label,
      leftAligned(metricCell(key, f.metrics[key], f.currency)),
      f.metric_labels[key] ?? null,
    ]),
  );

  s.section('Learnings');
  s.table(
    ['Label', 'Learning'],
    f.learnings.map((l) => [/^\[[A-Z]+\]/.exec(l)?.[0] ?? null, l]),
  );

  s.section('Issues');
  if (f.issues.length === 0) s.note('No issues.');
  else {
    const sorted = [...f.issues].sort((x, y) => y.severity - x.severity);
    s.table(
      ['Severity (1–10)', 'Description', 'Impact', 'Resolution'],
      sorted.map((i) => [
        { value: i.severity, style: { ...STYLES.issueSeverity(i.severity), horizontal: 'center' } },
        i.description,
        i.impact,
        i.resolution,
      ]),
    );
  }

  s.section('Recommendations');
  if (f.recommendations.length === 0) s.note('No recommendations.');
  else
    s.table(
      ['#', 'Recommendation'],
      f.recommendations.map((text, i) => [{ value: i + 1, style: { horizontal: 'center' } }, text]),
    );

  s.jsonSection('JSON — CMO Feedback', f);
  return s.sheetOp({ name: args.name, rag: [], charts: [], tabColor: TAB_COLORS.feedback });
}
