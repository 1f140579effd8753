import type { AppendRowsOp } from '../../../workbook/plan/write-plan';
import type { WriteStep } from '../write-step';
import { cellSteps, rowCells } from './value-steps';

/**
 * Steps of an `appendRows` op: the rows are written in place, right below the table, top block
 * first. Excel grows a table over values written in the row directly below it (Microsoft's advice
 * for adding many rows), and writing by position is safe to repeat when a batch is retried —
 * unlike `rows.add`, which would add the rows twice.
 *
 * @example appendRowsSteps({ kind: 'appendRows', source, sheet: 'Task Log', startRow: 9, firstColumn: 1, rows: [['T-1']], columnFormats: [null] })
 */
export function appendRowsSteps(op: AppendRowsOp): WriteStep[] {
  return cellSteps(op.sheet, rowCells(op.startRow, op.firstColumn, op.rows, op.columnFormats));
}
