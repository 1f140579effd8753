import { formatA1 } from '../../workbook/address/a1';
import type { PlanOp, PlanValue, WritePlan } from '../../workbook/plan/write-plan';
import { OperatorError } from '../office-error';
import { cellTextTooLongMessage } from '../office-messages';

/** Excel's largest cell text. */
export const MAX_CELL_TEXT = 32_767;

interface Placed {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: PlanValue;
}

function rowsAt(
  sheet: string,
  row: number,
  column: number,
  rows: ReadonlyArray<readonly PlanValue[]>,
): Placed[] {
  return rows.flatMap((values, r) =>
    values.map((value, c) => ({ sheet, row: row + r, column: column + c, value })),
  );
}

function placed(op: PlanOp): Placed[] {
  switch (op.kind) {
    case 'updateCells':
      return op.cells.map((c) => ({ sheet: op.sheet, ...c }));
    case 'addSheet':
      return op.cells.map((c) => ({ sheet: op.name, ...c }));
    case 'appendRows':
      return rowsAt(op.sheet, op.startRow, op.firstColumn, op.rows);
    case 'createTable':
      return rowsAt(op.sheet, 1, 1, [op.header, ...op.rows]);
    case 'deleteSheet':
      return [];
  }
}

/**
 * Refuses a plan with a text longer than Excel keeps in a cell (32,767 characters), before anything
 * is written, naming the cell: Excel would refuse the batch halfway through a run.
 *
 * @example checkCellTexts(plan) // throws 'Campaign History!J12 would hold 40,000 characters; …'
 */
export function checkCellTexts(plan: WritePlan): void {
  for (const op of plan.ops) {
    for (const cell of placed(op)) {
      if (typeof cell.value === 'string' && cell.value.length > MAX_CELL_TEXT)
        throw new OperatorError(
          'CellTextTooLong',
          cellTextTooLongMessage(
            formatA1({ sheet: cell.sheet, row: cell.row, column: cell.column }),
            cell.value.length,
          ),
        );
    }
  }
}
