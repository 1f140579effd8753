import { TABLE_LABELS } from '../../engine/model/labels';
import { DEFAULT_SETTINGS, SETTINGS_KEYS } from '../../engine/model/settings';
import type { Inventory } from '../host';
import { fitCell } from '../plan/cell-text';
import { normalizeName } from '../names/normalize-name';
import type { CreateTableOp, PlanOp, UpdateCellsOp, WritePlan } from '../plan/write-plan';
import { cellOf } from './model-cells';
import type { SampleWorkbook } from './sample-workbook';
import { settingsRows } from './settings-rows';
import { type InputTable, templateColumns } from './template-columns';

export interface TemplatePlanArgs {
  /** Rows to fill the tables with (`init --sample`), or `null` for empty tables. */
  readonly sample: SampleWorkbook | null;
  /** What the workbook already has: a table present (as a table or a sheet) is left as it is. */
  readonly inventory?: Inventory;
}

const INPUT_TABLES: readonly InputTable[] = ['campaigns', 'tasks', 'kpis', 'channelMetrics', 'taskUpdates'];

function inputTableOp(table: InputTable, sample: SampleWorkbook | null): CreateTableOp {
  const name = TABLE_LABELS[table];
  const columns = templateColumns(table);
  const timeZone = sample?.input.settings.timeZone ?? DEFAULT_SETTINGS.timeZone;
  const rows: ReadonlyArray<Readonly<Record<string, unknown>>> = sample?.input[table] ?? [];
  return {
    kind: 'createTable',
    sheet: name,
    table: name,
    header: columns.map((c) => c.header),
    rows: rows.map((row) => columns.map((c) => fitCell(cellOf(row[c.field], c.kind, timeZone)))),
    columnFormats: columns.map((c) => c.format),
    columnWidths: columns.map((c) => c.width),
    validations: columns.flatMap((c, column) =>
      c.choices === undefined ? [] : [{ column, choices: c.choices }],
    ),
  };
}

function settingsOps(sample: SampleWorkbook | null): PlanOp[] {
  const name = TABLE_LABELS.settings;
  const rows = settingsRows(sample?.input.settings ?? DEFAULT_SETTINGS);
  const create: CreateTableOp = {
    kind: 'createTable',
    sheet: name,
    table: name,
    header: ['Key', 'Value'],
    rows: rows.map((r) => [r.key, r.value]),
    columnFormats: [null, null],
    columnWidths: [28, 24],
    validations: [{ column: 0, choices: Object.values(SETTINGS_KEYS) }],
  };
  // Dates in the Value column get their own format, cell by cell (header on row 1, keys from row 2).
  const cells = rows.flatMap((r, i) =>
    r.format === null ? [] : [{ row: i + 2, column: 2, value: r.value, numberFormat: r.format }],
  );
  const formats: UpdateCellsOp = {
    kind: 'updateCells',
    source: { kind: 'table', name },
    sheet: name,
    addColumns: [],
    cells,
  };
  return cells.length === 0 ? [create] : [create, formats];
}

/**
 * The template: Campaigns, Tasks, KPIs, ChannelMetrics, TaskUpdates and Settings, each an Excel
 * table on a sheet of its name, with drop-downs on every status and choice column, number formats
 * and widths; Settings lists every key with its default. With a sample, the tables hold its rows.
 *
 * @example buildTemplatePlan({ sample: null }).newSheets // ['Campaigns', 'Tasks', 'KPIs', 'ChannelMetrics', 'TaskUpdates', 'Settings']
 */
export function buildTemplatePlan(args: TemplatePlanArgs): WritePlan {
  const existing = new Set(
    [...(args.inventory?.sheets ?? []), ...(args.inventory?.tables ?? []).map((t) => t.name)].map(
      normalizeName,
    ),
  );
  const missing = (label: string) => !existing.has(normalizeName(label));
  const ops: PlanOp[] = [
    ...INPUT_TABLES.filter((t) => missing(TABLE_LABELS[t])).map((t) => inputTableOp(t, args.sample)),
    ...(missing(TABLE_LABELS.settings) ? settingsOps(args.sample) : []),
  ];
  return { ops, newSheets: ops.flatMap((op) => (op.kind === 'createTable' ? [op.sheet] : [])) };
}
