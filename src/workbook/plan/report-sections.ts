import { renderGaps } from '../../engine/messages/render-gaps';
import type { ExecutionStatusReport } from '../../engine/report/output-schemas';
import { DEVIATION_TEXT, readableDuration } from './display-text';
import { COUNT_FORMAT, HOURS_FORMAT, MULTIPLIER_FORMAT } from './number-formats';
import type { SheetLayout } from './sheet-layout';
import { money, percent, timestamp } from './summary-cells';
import type { ChartSpec, PlanRange } from './write-plan';

/** The lower sections of the Report sheet: blockers, completed tasks, channels and the charts. */

type Channel = ExecutionStatusReport['channel_breakdown'][number];
const NOT_REPORTED = 'not reported';
const CHART_ROWS = 16;
const CHART_COLUMNS = 6;

export function blockersSection(s: SheetLayout, r: ExecutionStatusReport, timeZone: string): void {
  s.section('Blockers');
  if (r.blockers.length === 0) {
    s.note('No blocked tasks.');
    return;
  }
  s.table(
    ['Task', 'Critical', 'Blocked for', 'Blocker', 'Proposed resolution', 'Blocked since'],
    r.blockers.map((x) => [
      x.task_id,
      x.critical ? 'yes' : 'no',
      readableDuration(x.duration),
      x.blocker,
      x.proposed_resolution,
      x.blocked_since === null ? 'unknown' : timestamp(x.blocked_since, timeZone),
    ]),
  );
}

export function completedSection(s: SheetLayout, r: ExecutionStatusReport): void {
  s.section('Completed tasks');
  if (r.completed_tasks.length === 0) {
    s.note('No completed tasks.');
    return;
  }
  const hours = (h: number | null) => (h === null ? null : { value: h, numberFormat: HOURS_FORMAT });
  s.table(
    ['Task', 'Title', 'Expected', 'Actual', 'Est. hours', 'Actual hours', 'Variance', 'Deviations'],
    r.completed_tasks.map((c) => [
      c.task_id,
      c.title,
      c.expected_result,
      c.actual_result,
      hours(c.estimated_hours),
      hours(c.actual_hours),
      percent(c.hours_variance_pct),
      c.deviations.length === 0 ? 'none' : c.deviations.map((d) => DEVIATION_TEXT[d]).join(', '),
    ]),
  );
}

/**
 * The channel table, then a Charts section: the KPI percent-of-target data block with its bar chart,
 * and the spend and CPA column chart drawn from the channel table's first three columns. Each chart
 * gets empty rows of its own, so it covers no cell.
 */
export function channelsAndCharts(s: SheetLayout, r: ExecutionStatusReport): ChartSpec[] {
  const cur = r.budget_status.currency;
  const charts: ChartSpec[] = [];
  s.section('Channels');
  let channels: PlanRange | null = null;
  if (r.channel_breakdown.length === 0) s.note('No channel data yet.');
  else {
    // A figure no row of the channel reports is shown as such, never as 0.
    const unreported = (c: Channel, figure: keyof Channel['blank_rows']) =>
      c.rows > 0 && c.blank_rows[figure] === c.rows;
    channels = s.table(
      ['Channel', 'Spend', 'CPA', 'Clicks', 'Conversions', 'CTR', 'ROAS', 'Label'],
      r.channel_breakdown.map((c) => [
        c.channel,
        unreported(c, 'cost') ? NOT_REPORTED : money(c.cost, cur),
        money(c.cpa, cur),
        unreported(c, 'clicks') ? NOT_REPORTED : { value: c.clicks, numberFormat: COUNT_FORMAT },
        unreported(c, 'conversions') ? NOT_REPORTED : c.conversions,
        percent(c.ctr_pct),
        c.roas === null ? null : { value: c.roas, numberFormat: MULTIPLIER_FORMAT },
        c.label,
      ]),
    );
  }
  if (r.data_gaps.length > 0) {
    const gaps = r.data_gaps.map((g) => ({ ...g, blankRows: g.blank_rows }));
    s.note(
      `Missing figures: ${renderGaps(gaps)}. Totals and rates count only the rows that report their figures.`,
    );
  }

  const measured = r.performance_vs_target.filter((k) => typeof k.pct_of_target === 'number');
  if (measured.length === 0 && channels === null) return charts;
  s.section('Charts');
  const place = (chart: Omit<ChartSpec, 'anchor'>) => {
    const row = s.reserve(CHART_ROWS);
    charts.push({ ...chart, anchor: { row, column: 1, rows: CHART_ROWS - 1, columns: CHART_COLUMNS } });
  };
  if (measured.length > 0) {
    s.note('Chart data: KPI percent of target');
    const data = s.table(
      ['Metric', '% of target'],
      measured.map((k) => [k.metric, percent(k.pct_of_target)]),
    );
    place({ type: 'barClustered', title: 'KPI percent of target', data });
  }
  if (channels !== null) {
    place({
      type: 'columnClustered',
      title: `Spend and CPA by channel (${cur})`,
      data: { ...channels, columns: 3 },
    });
  }
  return charts;
}
