/// <reference types="office-js" />
import type { UpdateCellsOp } from '../../../workbook/plan/write-plan';
import { excelInput } from '../cell-values';
import { requestCost } from '../request-size';
import { worksheet, type WriteStep } from '../write-step';
import { cellSteps } from './value-steps';

/**
 * A column the table lacks: on an Excel table, `columns.add` at its end with the header as name; on
 * a sheet used as a table, the header cell in the sheet's first used row (where the reader found the
 * header), located by Excel in the same batch.
 */
function addColumnStep(op: UpdateCellsOp, column: UpdateCellsOp['addColumns'][number]): WriteStep {
  const { source } = op;
  return {
    phase: 'structure',
    bytes: requestCost({ paths: 6, actions: 1, payload: column.header }),
    queue: (context) => {
      if (source.kind === 'table') {
        context.workbook.tables.getItem(source.name).columns.add(undefined, undefined, column.header);
        return;
      }
      const headerRow = worksheet(context, op.sheet).getUsedRange(true).getRow(0).getEntireRow();
      headerRow.getCell(0, column.column - 1).values = [[excelInput(column.header)]];
    },
  };
}

/**
 * Steps of an `updateCells` op: the missing columns (in order, each at the end), then the cells,
 * grouped into range writes.
 *
 * @example updateCellsSteps(op).map((s) => s.phase) // ['structure', 'values', 'formats']
 */
export function updateCellsSteps(op: UpdateCellsOp): WriteStep[] {
  return [...op.addColumns.map((c) => addColumnStep(op, c)), ...cellSteps(op.sheet, op.cells)];
}
