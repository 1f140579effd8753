import type ExcelJS from 'exceljs';
import type { UpdateCellsOp } from '../../workbook/plan/write-plan';
import { writeCells, type ApplyContext } from './apply-context';
import { usedBox } from './read-range';
import { assertBlank, sheetNamed } from './sheets';
import { findTable, setTableBox, tableBox, type TableModel } from './table-model';
import { writeValue } from './write-value';

type NewColumns = UpdateCellsOp['addColumns'];

function checkPlacement(columns: NewColumns, right: number, existing: readonly string[]): void {
  const names = new Set(existing.map((n) => n.toLowerCase()));
  columns.forEach((c, i) => {
    if (c.column !== right + 1 + i) {
      throw new Error(`a new column ${c.header} must go at column ${right + 1 + i}, not ${c.column}`);
    }
    if (names.has(c.header.toLowerCase())) throw new Error(`the table already has a column ${c.header}`);
    names.add(c.header.toLowerCase());
  });
}

/** Widens a table by the new columns: header cells, table columns, table and filter ranges. */
function addTableColumns(
  context: ApplyContext,
  sheet: ExcelJS.Worksheet,
  table: TableModel,
  columns: NewColumns,
) {
  if (columns.length === 0) return;
  const box = tableBox(table);
  checkPlacement(
    columns,
    box.right,
    table.columns.map((c) => c.name),
  );
  const added = { ...box, left: box.right + 1, right: box.right + columns.length };
  assertBlank(sheet, added, `add columns to table ${table.name}`);
  const filterButton = table.columns[0]?.filterButton ?? true;
  for (const c of columns) {
    if (table.headerRow)
      writeValue(sheet.getCell(box.top, c.column), c.header, { date1904: context.date1904 });
    table.columns.push({ name: c.header, filterButton });
  }
  setTableBox(table, { ...box, right: added.right });
}

/** Adds header cells right of a sheet's header row (a sheet used as a table). */
function addSheetColumns(context: ApplyContext, sheet: ExcelJS.Worksheet, columns: NewColumns): void {
  if (columns.length === 0) return;
  const box = usedBox(sheet);
  if (box === null) throw new Error(`sheet ${sheet.name} is empty; it has no header row to extend`);
  checkPlacement(columns, box.right, []);
  assertBlank(
    sheet,
    { ...box, left: box.right + 1, right: box.right + columns.length },
    `add columns to ${sheet.name}`,
  );
  for (const c of columns)
    writeValue(sheet.getCell(box.top, c.column), c.header, { date1904: context.date1904 });
}

/**
 * Writes cells of an input table or sheet (the Tasks tracking columns, the TaskUpdates outcomes),
 * first adding the columns it lacks. The new columns must be free; nothing else is moved.
 *
 * @example applyUpdateCells(context, { kind: 'updateCells', source: { kind: 'table', name: 'Tasks' }, sheet: 'Tasks', addColumns: [{ column: 9, header: 'Started At' }], cells: [{ row: 3, column: 9, value: 46350.5, numberFormat: 'yyyy-mm-dd hh:mm' }] })
 */
export function applyUpdateCells(context: ApplyContext, op: UpdateCellsOp): void {
  const sheet = sheetNamed(context.workbook, op.sheet);
  if (op.source.kind === 'table') {
    const found = findTable(context.workbook, op.source.name);
    if (found === null || found.sheet !== sheet) {
      throw new Error(`the workbook has no table ${op.source.name} on sheet ${op.sheet}`);
    }
    addTableColumns(context, sheet, found.table, op.addColumns);
  } else {
    addSheetColumns(context, sheet, op.addColumns);
  }
  writeCells(context, sheet, op.cells);
}
