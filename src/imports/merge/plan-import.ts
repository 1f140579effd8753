import type { ChannelDay, ImportNote, ImportSummary } from '../../engine/issues/import-summary';
import { FIELD_LABELS, TABLE_LABELS } from '../../engine/model/labels';
import type { PlanCell, PlanOp, PlanValue, WritePlan } from '../../workbook/plan/write-plan';
import type { TableLocation } from '../../workbook/source-map';
import type { ExportReading, ImportedRow } from '../import-types';
import type { ChannelMetricsTable } from './channel-metrics-table';
import { DATE_FORMAT, fieldValue, METRIC_FIELDS, planColumns, type ColumnPlan } from './metric-columns';
import { metricKey } from './metric-key';

/** What a re-import does with a channel-day the workbook already has. */
export type ImportMode = 'replace' | 'skip';

export interface ImportPlan {
  readonly plan: WritePlan;
  readonly summary: ImportSummary;
}

const EXAMPLES = 5;
/** Column widths of a new ChannelMetrics table, in METRIC_FIELDS order. */
const WIDTHS = [14, 28, 28, 12, 14, 10, 12, 12, 12, 12, 10];

function appendValues(row: ImportedRow, cols: ColumnPlan, firstColumn: number): PlanValue[] {
  const values: PlanValue[] = Array.from({ length: cols.width }, () => null);
  for (const f of cols.written) values[(cols.column[f] ?? 0) - firstColumn] = fieldValue(row, f);
  return values;
}

function newTable(rows: readonly ImportedRow[]): PlanOp {
  return {
    kind: 'createTable',
    sheet: TABLE_LABELS.channelMetrics,
    table: TABLE_LABELS.channelMetrics,
    header: METRIC_FIELDS.map((f) => FIELD_LABELS.channelMetrics[f]),
    rows: rows.map((r) => METRIC_FIELDS.map((f) => fieldValue(r, f))),
    columnFormats: METRIC_FIELDS.map((f) => (f === 'date' ? DATE_FORMAT : null)),
    columnWidths: WIDTHS,
  };
}

/** Cells of a replaced row: the imported figures, or blanks for a further row of the same key. */
function cellsFor(sheetRow: number, row: ImportedRow | null, cols: ColumnPlan): PlanCell[] {
  if (row === null) {
    return METRIC_FIELDS.flatMap((f) => {
      const column = cols.column[f];
      return column === undefined ? [] : [{ row: sheetRow, column, value: null }];
    });
  }
  return cols.written.flatMap((f) => {
    const column = cols.column[f];
    if (column === undefined || f === 'campaignId' || f === 'channel' || f === 'date') return [];
    return [{ row: sheetRow, column, value: fieldValue(row, f) }];
  });
}

/**
 * Merges imported rows into ChannelMetrics, keyed by (campaign, channel, date). A key the workbook
 * lacks is appended; one it has is replaced in place (`replace`: the imported figures overwrite the
 * first matching row and any further matching rows are cleared, so nothing counts twice) or left
 * alone (`skip`). A metric the export has no column for is left as it is on replaced rows.
 * With no ChannelMetrics table yet, the plan creates one. Pure: returns the plan and its summary.
 *
 * @example
 * const parsed = createExportImport(options).end();
 * if (parsed.ok) planImport(parsed.rows, parsed.reading, parsed.currency, readChannelMetricsTable(raw), 'replace');
 * // { plan: { ops: [{ kind: 'appendRows', … }] }, summary: { added: 4, replaced: 0, skipped: 0, … } }
 */
export function planImport(
  rows: readonly ImportedRow[],
  reading: ExportReading,
  currency: string,
  table: ChannelMetricsTable | null,
  mode: ImportMode,
): ImportPlan {
  const summary = (added: number, replaced: number, skipped: number, extra: ImportNote[]): ImportSummary => ({
    platform: reading.platform,
    confidence: reading.confidence,
    currency,
    rowsRead: reading.rowsRead,
    added,
    replaced,
    skipped,
    dropped: reading.dropped,
    reasons: [...reading.notes, ...extra],
  });
  if (table === null) {
    const ops = rows.length === 0 ? [] : [newTable(rows)];
    return {
      plan: { ops, newSheets: ops.length > 0 ? [TABLE_LABELS.channelMetrics] : [] },
      summary: summary(rows.length, 0, 0, []),
    };
  }
  const loc: TableLocation = table.location;
  const cols = planColumns(loc, rows, reading.absentMetrics);
  const existing = new Map<string, number[]>();
  for (const r of table.rows) {
    const k = metricKey(r.campaignId, r.channel, r.date);
    existing.set(k, [...(existing.get(k) ?? []), r.sheetRow]);
  }
  const appended: PlanValue[][] = [];
  const cells: PlanCell[] = [];
  const replaced: Array<ChannelDay & { rows: number[] }> = [];
  const skipped: ChannelDay[] = [];
  for (const row of rows) {
    const matches = existing.get(metricKey(row.campaignId, row.channel, row.date));
    if (matches === undefined) appended.push(appendValues(row, cols, loc.firstColumn));
    else if (mode === 'skip') skipped.push({ channel: row.channel, date: row.date });
    else {
      replaced.push({ channel: row.channel, date: row.date, rows: matches });
      matches.forEach((sheetRow, i) => cells.push(...cellsFor(sheetRow, i === 0 ? row : null, cols)));
    }
  }
  const ops: PlanOp[] = [];
  if (cells.length > 0 || (cols.added.length > 0 && appended.length > 0)) {
    ops.push({ kind: 'updateCells', source: loc.source, sheet: loc.sheet, addColumns: cols.added, cells });
  }
  if (appended.length > 0) {
    ops.push({
      kind: 'appendRows',
      source: loc.source,
      sheet: loc.sheet,
      startRow: loc.nextRow,
      firstColumn: loc.firstColumn,
      rows: appended,
      columnFormats: Array.from({ length: cols.width }, (_, i) =>
        i === (cols.column.date ?? 0) - loc.firstColumn ? DATE_FORMAT : null,
      ),
    });
  }
  const notes: ImportNote[] = [];
  if (replaced.length > 0)
    notes.push({ code: 'replaced', count: replaced.length, examples: replaced.slice(0, EXAMPLES) });
  if (skipped.length > 0)
    notes.push({ code: 'skipped', count: skipped.length, examples: skipped.slice(0, EXAMPLES) });
  return {
    plan: { ops, newSheets: [] },
    summary: summary(appended.length, replaced.length, skipped.length, notes),
  };
}
