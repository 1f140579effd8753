import { LOG_COLUMNS } from '../log-columns';
import { LOG_TABLES, type TableLocation } from '../source-map';
import type { LogBlock } from './log-rows';
import { normalizeName } from '../names/normalize-name';
import type { SheetNames } from './sheet-names';
import type { AppendRowsOp, CreateTableOp, PlanValue } from './write-plan';

type Values = Readonly<Record<string, PlanValue | undefined>>;

/** Column widths (characters) of a new log table: wide for texts, narrow for figures. */
const WIDE = new Set(['title', 'reason', 'learning', 'name', 'before', 'rejectedUpdates']);
const MEDIUM = new Set([
  'time',
  'recordedAt',
  'reportId',
  'feedbackId',
  'reportSheet',
  'feedbackSheet',
  'update',
]);

function width(key: string, header: string): number {
  if (WIDE.has(key)) return 50;
  if (MEDIUM.has(key)) return key.endsWith('Id') ? 38 : 20;
  return Math.max(12, header.length + 2);
}

/** Rows as wide as the existing log, each value under the column its key maps to. */
function appendOp(
  location: TableLocation,
  keys: readonly string[],
  formats: Readonly<Record<string, string | undefined>>,
  rows: readonly Values[],
): AppendRowsOp {
  const placed = keys.flatMap((key) => {
    const column = location.columns[key];
    const i = column === undefined ? -1 : column - location.firstColumn;
    return i >= 0 && i < location.width ? [{ key, i }] : [];
  });
  const blank = (): PlanValue[] => Array.from({ length: location.width }, () => null);
  const columnFormats: Array<string | null> = blank().map(() => null);
  for (const { key, i } of placed) columnFormats[i] = formats[key] ?? null;
  return {
    kind: 'appendRows',
    source: location.source,
    sheet: location.sheet,
    startRow: location.nextRow,
    firstColumn: location.firstColumn,
    rows: rows.map((values) => {
      const row = blank();
      for (const { key, i } of placed) row[i] = values[key] ?? null;
      return row;
    }),
    columnFormats,
  };
}

/**
 * The op that writes a log's rows: `appendRows` below the existing table, with each value in the
 * column its header names (columns the table lacks are not written), or `createTable` on a new sheet.
 * `null` when there is nothing to write.
 *
 * @example logOp(block, undefined, sheetNames, ['Tasks']) // { kind: 'createTable', sheet: 'Task Log', … }
 */
export function logOp(
  block: LogBlock,
  location: TableLocation | undefined,
  names: SheetNames,
  tableNames: readonly string[],
): AppendRowsOp | CreateTableOp | null {
  if (block.rows.length === 0) return null;
  const columns: Readonly<Record<string, string>> = LOG_COLUMNS[block.log];
  const keys = Object.keys(columns);
  const formats = block.formats as Readonly<Record<string, string | undefined>>;
  const rows = block.rows as readonly Values[];

  if (location !== undefined) return appendOp(location, keys, formats, rows);

  const target = LOG_TABLES[block.log];
  return {
    kind: 'createTable',
    sheet: names.plain(target.sheet),
    table: uniqueTableName(target.table, tableNames),
    header: keys.map((k) => columns[k] ?? k),
    rows: rows.map((values) => keys.map((k) => values[k] ?? null)),
    columnFormats: keys.map((k) => formats[k] ?? null),
    columnWidths: keys.map((k) => width(k, columns[k] ?? k)),
  };
}

/**
 * `base`, or `base2`, `base3`, … when the workbook already has a table of that name (ignoring case).
 *
 * @example uniqueTableName('TaskLog', ['tasklog']) // 'TaskLog2'
 */
export function uniqueTableName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map(normalizeName));
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!taken.has(normalizeName(name))) return name;
  }
}
