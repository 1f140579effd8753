/// <reference types="office-js" />
import type { AppendRowsOp } from '../../../workbook/plan/write-plan';
import { splitRows } from '../cell-blocks';
import { excelInput, type ExcelInput } from '../cell-values';
import { jsonBytes, requestCost, STEP_MAX_BYTES } from '../request-size';
import type { WriteStep } from '../write-step';
import { cellSteps, rowCells } from './value-steps';

/** Paths of one append: the table, its rows, the added row, its range, the range resized. */
const PATHS_PER_APPEND = 5;

type Written = Exclude<ExcelInput, null>;

/** A table's new rows, in chunks that each stay under `STEP_MAX_BYTES`. */
function chunks(op: AppendRowsOp): Array<{ rows: Written[][]; bytes: number }> {
  const rows = op.rows.map((row) => row.map(excelInput));
  const band = { row: 0, column: 0, rows: rows.length, columns: rows[0]?.length ?? 0, cells: rows };
  return splitRows(band, (row) => jsonBytes(row) + 1, STEP_MAX_BYTES).map(({ band: part, bytes }) => ({
    rows: part.cells.map((row) => row.map((v) => v ?? '')),
    bytes,
  }));
}

/**
 * Steps of an `appendRows` op, in the `log` phase: after new sheets and columns, before every other
 * value of the plan.
 *
 * A table's rows are added with `table.rows.add`, whose result is certain: the table grows by
 * exactly those rows, and whatever sits below it moves down instead of being overwritten. Writing
 * below a table and relying on Excel to grow it over the values is not certain (office-js issues
 * #3013 and #3191: bulk writes that grow a table only partly), and a table that did not grow would
 * have its orphaned rows overwritten by the next run. Each chunk also sets the column number
 * formats on the rows it added, found from the added row (`getRange().getResizedRange`), never by
 * position. A batch Excel refuses because a cell is being edited is refused whole, so its retry
 * adds the rows once. A sheet used as a table (no Excel table) gets its rows written where the plan
 * says: the next run finds them in the sheet's used range.
 *
 * @example appendRowsSteps({ kind: 'appendRows', source: { kind: 'table', name: 'TaskLog' }, sheet: 'Task Log', startRow: 9, firstColumn: 1, rows: [['T-1']], columnFormats: [null] })
 */
export function appendRowsSteps(op: AppendRowsOp): WriteStep[] {
  if (op.source.kind === 'sheet') {
    return cellSteps(op.sheet, rowCells(op.startRow, op.firstColumn, op.rows, op.columnFormats)).map(
      (step) => ({ ...step, phase: 'log' }),
    );
  }
  const table = op.source.name;
  const formatted = op.columnFormats.some((f) => f !== null);
  return chunks(op).map(({ rows, bytes }) => {
    const formats = formatted ? rows.map(() => op.columnFormats.map((f) => f)) : null;
    return {
      phase: 'log',
      bytes:
        bytes +
        (formats === null ? 0 : jsonBytes(formats)) +
        requestCost({ paths: PATHS_PER_APPEND, actions: 2 }),
      queue: (context) => {
        const added = context.workbook.tables.getItem(table).rows.add(undefined, rows);
        if (formats !== null) added.getRange().getResizedRange(rows.length - 1, 0).numberFormat = formats;
      },
    };
  });
}
