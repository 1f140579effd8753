import type { ChannelDay, ImportNote, ImportSummary } from '../../engine/issues/import-summary';
import { FIELD_LABELS, TABLE_LABELS } from '../../engine/model/labels';
import type { PlanCell, PlanOp, PlanValue, WritePlan } from '../../workbook/plan/write-plan';
import type { TableLocation } from '../../workbook/source-map';
import type { ExportReading, ImportedRow } from '../import-types';
import type { ChannelMetricsTable, ExistingMetricRow } from './channel-metrics-table';
import { DATE_FORMAT, fieldValue, METRIC_FIELDS, planColumns, type ColumnPlan } from './metric-columns';
import { reviewImport, type RowAction } from '../review/import-review';
import { metricKey, sameName } from './metric-key';

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

/** Cells of a replaced row: the imported figures (and ad campaign), or blanks for a cleared row. */
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

const adKey = (name: string | null): string | null => (name === null ? null : sameName(name));

/**
 * An imported row and an existing one of the same channel-day hold the same figures when they name
 * the same ad campaign, or when either names none (a row summed over the channel's ad campaigns).
 */
const overlaps = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

/**
 * The actions for the imported rows of one channel-day, and the existing rows to clear. `replace`:
 * each imported row takes over an existing row of its ad campaign, else one without an ad campaign,
 * else (an import without ad campaigns) any overlapping row; every other overlapping row is cleared.
 * `skip`: an imported row that overlaps any existing row is skipped.
 */
function planDay(
  imports: ReadonlyArray<{ readonly index: number; readonly ad: string | null }>,
  rows: readonly ExistingMetricRow[],
  mode: ImportMode,
  actions: RowAction[],
): ExistingMetricRow[] {
  const existing = rows.map((r) => ({ row: r, ad: adKey(r.adCampaign), taken: false }));
  const overlapping = existing.filter((e) => imports.some((i) => overlaps(i.ad, e.ad)));
  for (const { index, ad } of imports) {
    const hits = overlapping.filter((e) => overlaps(ad, e.ad));
    if (hits.length === 0) actions[index] = { kind: 'append' };
    else if (mode === 'skip') actions[index] = { kind: 'skip' };
    else {
      const free = hits.filter((e) => !e.taken);
      const slot =
        free.find((e) => e.ad === ad) ??
        free.find((e) => e.ad === null) ??
        (ad === null ? free[0] : undefined);
      if (slot === undefined) actions[index] = { kind: 'append' };
      else {
        slot.taken = true;
        actions[index] = { kind: 'replace', sheetRow: slot.row.sheetRow };
      }
    }
  }
  return mode === 'skip' ? [] : overlapping.filter((e) => !e.taken).map((e) => e.row);
}

/**
 * Merges imported rows into ChannelMetrics, one per (campaign, channel, ad campaign, date). A row the
 * workbook lacks is appended; one it has is replaced in place (`replace`: the imported figures
 * overwrite the matching row) or left alone (`skip`). Within a channel-day, a row without an Ad
 * Campaign overlaps every ad campaign of that day (it was summed over them): replacing clears the
 * overlapping rows no imported row took over, so nothing counts twice (docs/imports.md, Re-importing).
 * A metric the export has no column for is left as it is on replaced rows.
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
  const summary = (
    added: number,
    replaced: number,
    skipped: number,
    extra: ImportNote[],
    actions: readonly RowAction[],
  ): ImportSummary => ({
    platform: reading.platform,
    confidence: reading.confidence,
    currency,
    rowsRead: reading.rowsRead,
    added,
    replaced,
    skipped,
    dropped: reading.dropped,
    reasons: [...reading.notes, ...extra],
    review: reviewImport(rows, actions, currency),
  });
  if (table === null) {
    const ops = rows.length === 0 ? [] : [newTable(rows)];
    return {
      plan: { ops, newSheets: ops.length > 0 ? [TABLE_LABELS.channelMetrics] : [] },
      summary: summary(rows.length, 0, 0, [], []),
    };
  }
  const loc: TableLocation = table.location;
  const cols = planColumns(loc, rows, reading.absentMetrics);
  const existing = new Map<string, ExistingMetricRow[]>();
  for (const r of table.rows) {
    const k = metricKey(r.campaignId, r.channel, r.date);
    const same = existing.get(k);
    if (same === undefined) existing.set(k, [r]);
    else same.push(r);
  }
  const days = new Map<string, Array<{ index: number; ad: string | null }>>();
  rows.forEach((row, index) => {
    const k = metricKey(row.campaignId, row.channel, row.date);
    const entry = { index, ad: adKey(row.adCampaign) };
    const day = days.get(k);
    if (day === undefined) days.set(k, [entry]);
    else day.push(entry);
  });
  const actions: RowAction[] = [];
  const cleared: ExistingMetricRow[] = [];
  for (const [k, imports] of days) {
    const there = existing.get(k);
    if (there === undefined) for (const i of imports) actions[i.index] = { kind: 'append' };
    else cleared.push(...planDay(imports, there, mode, actions));
  }
  const appended: PlanValue[][] = [];
  const cells: PlanCell[] = [];
  const replaced: Array<ChannelDay & { rows: number[] }> = [];
  const skipped: ChannelDay[] = [];
  const dayOf = (r: { channel: string; adCampaign: string | null; date: string | null }): ChannelDay => ({
    channel: r.channel,
    adCampaign: r.adCampaign,
    date: r.date,
  });
  rows.forEach((row, index) => {
    const action = actions[index] ?? { kind: 'append' };
    if (action.kind === 'append') appended.push(appendValues(row, cols, loc.firstColumn));
    else if (action.kind === 'skip') skipped.push(dayOf(row));
    else {
      replaced.push({ ...dayOf(row), rows: [action.sheetRow] });
      cells.push(...cellsFor(action.sheetRow, row, cols));
    }
  });
  for (const r of cleared) cells.push(...cellsFor(r.sheetRow, null, cols));
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
  if (cleared.length > 0) {
    const examples = cleared.slice(0, EXAMPLES).map((r) => ({
      channel: r.channel,
      adCampaign: r.adCampaign,
      date: r.date !== null && r.date.startsWith('?') ? null : (r.date as string | null),
      row: r.sheetRow,
    }));
    notes.push({ code: 'cleared', count: cleared.length, examples });
  }
  return {
    plan: { ops, newSheets: [] },
    summary: summary(appended.length, replaced.length, skipped.length, notes, actions),
  };
}
