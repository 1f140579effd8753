import { error, warning, type Issue } from '../issues/issue';
import { FIELD_LABELS } from '../model/labels';
import type { TrackingInput } from '../model/tracking-input';
import { rowsOf, type RowsToCheck } from '../validate/rows-to-check';
import { parseFigure } from './parse-figure';
import { parseTarget } from './parse-target';

/**
 * Problems with the KPIs table that only the metrics can see:
 * - `invalid_target` (error) for a Target that is not a figure or is not above zero;
 * - `invalid_value` (warning) for an Actual that is not a figure (the KPI then shows DATA PENDING);
 * - `primary_kpi_count` (warning) for a campaign without exactly one primary KPI — checked for active
 *   campaigns and for any campaign that has KPI rows. With none the path is the table; with several
 *   it is the Type of the second primary.
 *
 * @example kpiIssues(input) // [{ code: 'invalid_target', path: ['kpis', 2, 'target'], value: 'soon', ... }]
 */
export function kpiIssues(input: TrackingInput): Issue[] {
  const issues: Issue[] = kpiTargetIssues(rowsOf(input));
  const primaries = new Map<string, number[]>();
  input.kpis.forEach((kpi, i) => {
    if (kpi.actual !== null && parseFigure(kpi.actual) === null) {
      issues.push(
        warning(['kpis', i, 'actual'], {
          code: 'invalid_value',
          column: FIELD_LABELS.kpis.actual,
          value: String(kpi.actual),
          expected: 'number',
        }),
      );
    }
    const list = primaries.get(kpi.campaignId) ?? [];
    if (kpi.type === 'primary') list.push(i);
    primaries.set(kpi.campaignId, list);
  });
  for (const campaign of input.campaigns) {
    const list = primaries.get(campaign.campaignId);
    if (list === undefined && campaign.status !== 'active') continue;
    const count = list?.length ?? 0;
    if (count === 1) continue;
    const second = list?.[1];
    const path = second === undefined ? ['kpis'] : ['kpis', second, 'type'];
    issues.push(warning(path, { code: 'primary_kpi_count', campaignId: campaign.campaignId, count }));
  }
  return issues;
}

/**
 * `invalid_target` for each KPI row whose Target is not a figure above zero, over the rows the
 * cross-row checks see (the valid ones, when others are not), so it is reported with every other error.
 *
 * @example kpiTargetIssues(rowsOf(input)) // [{ code: 'invalid_target', path: ['kpis', 2, 'target'], value: 'soon', … }]
 */
export function kpiTargetIssues(rows: Pick<RowsToCheck, 'kpis'>): Issue[] {
  return rows.kpis.flatMap(({ index, row }) => {
    const target = parseTarget(row.target);
    return target === null || target.value.lte(0)
      ? [error(['kpis', index, 'target'], { code: 'invalid_target', value: String(row.target) })]
      : [];
  });
}
