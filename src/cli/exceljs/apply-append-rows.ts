import type ExcelJS from 'exceljs';
import type { AppendRowsOp, PlanValue } from '../../workbook/plan/write-plan';
import type { ApplyContext } from './apply-context';
import { assertBlank, sheetNamed } from './sheets';
import { findTable, setTableBox, tableBox } from './table-model';
import { writeValue } from './write-value';

function writeRows(context: ApplyContext, sheet: ExcelJS.Worksheet, op: AppendRowsOp): void {
  op.rows.forEach((values: readonly PlanValue[], i) => {
    values.forEach((value, j) => {
      const format = op.columnFormats[j];
      writeValue(sheet.getCell(op.startRow + i, op.firstColumn + j), value, {
        numberFormat: format === null ? undefined : format,
        date1904: context.date1904,
      });
    });
  });
}

/**
 * Appends rows below a log table (Task Log, Campaign History, Learnings) and grows the table to
 * hold them. The rows must start right below the table, in cells that are empty; a table with a
 * totals row is refused (the rows would have to go above it).
 *
 * @example applyAppendRows(context, { kind: 'appendRows', source: { kind: 'table', name: 'TaskLog' }, sheet: 'Task Log', startRow: 3, firstColumn: 1, rows: [['T-1', 46350.5]], columnFormats: [null, 'yyyy-mm-dd hh:mm'] })
 */
export function applyAppendRows(context: ApplyContext, op: AppendRowsOp): void {
  if (op.rows.length === 0) return;
  const sheet = sheetNamed(context.workbook, op.sheet);
  // A loop, not Math.max(...rows): a spread of 200,000 imported rows overflows the stack.
  const width = op.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const target = {
    top: op.startRow,
    left: op.firstColumn,
    bottom: op.startRow + op.rows.length - 1,
    right: op.firstColumn + width - 1,
  };
  if (op.source.kind === 'table') {
    const found = findTable(context.workbook, op.source.name);
    if (found === null || found.sheet !== sheet) {
      throw new Error(`the workbook has no table ${op.source.name} on sheet ${op.sheet}`);
    }
    const { table } = found;
    const box = tableBox(table);
    if (table.totalsRow) {
      throw new Error(
        `table ${table.name} has a totals row; remove it so that rows can be added below the data`,
      );
    }
    if (op.startRow !== box.bottom + 1 || op.firstColumn !== box.left || target.right > box.right) {
      throw new Error(`rows for table ${table.name} must go right below it, within its columns`);
    }
    assertBlank(sheet, { ...target, right: box.right }, `add rows to table ${table.name}`);
    writeRows(context, sheet, op);
    setTableBox(table, { ...box, bottom: target.bottom });
    return;
  }
  assertBlank(sheet, target, `add rows to sheet ${sheet.name}`);
  writeRows(context, sheet, op);
}
