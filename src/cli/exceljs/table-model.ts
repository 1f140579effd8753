import type ExcelJS from 'exceljs';
import { parseRangeRef, rangeRef, type Box } from './a1';
import type { PackageFacts } from './package-facts';

/**
 * The part of ExcelJS's table model that its writer uses, whether the table was loaded from a file
 * or added with `addTable`. ExcelJS's own mutating methods (`addRow`, `addColumn`, `commit`) throw
 * on loaded tables (they lack `ref` and `rows`), so the host edits this model directly and writes the
 * cells itself: `tableRef` and `autoFilterRef` are what ExcelJS writes into the table part.
 */
export interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: Array<{ name: string; filterButton?: boolean }>;
}

function isTableModel(value: unknown): value is TableModel {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof TableModel, unknown>>;
  return typeof v.name === 'string' && typeof v.tableRef === 'string' && Array.isArray(v.columns);
}

/**
 * The live models of a sheet's tables: changing them changes what ExcelJS writes.
 *
 * @example tablesOf(sheet).map((t) => t.name) // ['Tasks']
 */
export function tablesOf(sheet: ExcelJS.Worksheet): TableModel[] {
  const tables = (sheet as unknown as { tables?: Record<string, { model?: unknown }> }).tables ?? {};
  return Object.values(tables)
    .map((t) => t.model)
    .filter(isTableModel);
}

/**
 * The table called `name` (Excel table names ignore case), with its sheet.
 *
 * @example findTable(workbook, 'tasks')?.sheet.name // 'Tasks'
 */
export function findTable(
  workbook: ExcelJS.Workbook,
  name: string,
): { sheet: ExcelJS.Worksheet; table: TableModel } | null {
  for (const sheet of workbook.worksheets) {
    const table = tablesOf(sheet).find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (table !== undefined) return { sheet, table };
  }
  return null;
}

/**
 * Where the whole table sits (header, data and totals rows).
 *
 * @example tableBox(table) // { top: 1, left: 1, bottom: 17, right: 16 }
 */
export function tableBox(table: TableModel): Box {
  const box = parseRangeRef(table.tableRef);
  if (box === null) throw new Error(`table ${table.name} has an unreadable range ${table.tableRef}`);
  return box;
}

/**
 * First and last data row (the last is `first - 1` when the table has no data row).
 *
 * @example dataRows(table) // { first: 2, last: 17 }
 */
export function dataRows(table: TableModel): { first: number; last: number } {
  const box = tableBox(table);
  return { first: box.top + (table.headerRow ? 1 : 0), last: box.bottom - (table.totalsRow ? 1 : 0) };
}

/**
 * Moves the table's edges (and its filter range, which excludes the totals row).
 *
 * @example setTableBox(table, { ...tableBox(table), right: 18 }) // two more columns
 */
export function setTableBox(table: TableModel, box: Box): void {
  table.tableRef = rangeRef(box);
  table.autoFilterRef = rangeRef({ ...box, bottom: box.bottom - (table.totalsRow ? 1 : 0) });
}

/**
 * Repairs what ExcelJS 4.4 misreads in tables it loads, from the package itself: a table part
 * without `headerRowCount` (Excel's default, a header row) would be written back as having no
 * header row, and filter buttons not marked hidden would be written back hidden.
 *
 * @example repairLoadedTables(workbook, await readPackageFacts(bytes))
 */
export function repairLoadedTables(workbook: ExcelJS.Workbook, facts: PackageFacts): void {
  for (const sheet of workbook.worksheets) {
    for (const table of tablesOf(sheet)) {
      const known = facts.tables.get(table.name);
      if (known === undefined) continue;
      table.headerRow = known.headerRow;
      table.columns.forEach((column, index) => {
        column.filterButton = known.autoFilter && !known.hiddenButtons.has(index);
      });
      setTableBox(table, tableBox(table));
    }
  }
}
