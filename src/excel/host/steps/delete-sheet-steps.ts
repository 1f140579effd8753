import type { DeleteSheetOp } from '../../../workbook/plan/write-plan';
import { requestCost } from '../request-size';
import { worksheet, type WriteStep } from '../write-step';

/**
 * Removes a sheet (with its tables, charts and formats).
 *
 * @example deleteSheetSteps({ kind: 'deleteSheet', name: 'Report CMP-1 2026-11-24' }) // one 'structure' step
 */
export function deleteSheetSteps(op: DeleteSheetOp): WriteStep[] {
  return [
    {
      phase: 'structure',
      bytes: requestCost({ paths: 3, actions: 1, payload: op.name }),
      queue: (context) => worksheet(context, op.name).delete(),
    },
  ];
}
