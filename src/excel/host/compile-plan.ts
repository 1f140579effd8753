import type { PlanOp, WritePlan } from '../../workbook/plan/write-plan';
import { addSheetSteps } from './steps/add-sheet-steps';
import { appendRowsSteps } from './steps/append-rows-steps';
import { createTableSteps } from './steps/create-table-steps';
import { deleteSheetSteps } from './steps/delete-sheet-steps';
import { updateCellsSteps } from './steps/update-cells-steps';
import { PHASES, type WriteStep } from './write-step';

function opSteps(op: PlanOp): WriteStep[] {
  switch (op.kind) {
    case 'updateCells':
      return updateCellsSteps(op);
    case 'appendRows':
      return appendRowsSteps(op);
    case 'createTable':
      return createTableSteps(op);
    case 'addSheet':
      return addSheetSteps(op);
    case 'deleteSheet':
      return deleteSheetSteps(op);
  }
}

/**
 * Every step of a plan, in the order they are written: all structure (sheets, columns), then the
 * rows appended to logs, then all values, then all formats, then tables, validations, conditional
 * formats, charts and page layout; within a phase, in plan order.
 *
 * @example compilePlan(plan).map((s) => s.phase) // ['structure', …, 'log', …, 'values', …, 'formats', …, 'objects', …]
 */
export function compilePlan(plan: WritePlan): WriteStep[] {
  const steps = plan.ops.flatMap(opSteps);
  return PHASES.flatMap((phase) => steps.filter((s) => s.phase === phase));
}
