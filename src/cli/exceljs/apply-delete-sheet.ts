import type { DeleteSheetOp } from '../../workbook/plan/write-plan';
import type { ApplyContext } from './apply-context';
import { sheetNamed } from './sheets';

/** Removes a sheet (one a run created, for Revert last run). */
export function applyDeleteSheet(context: ApplyContext, op: DeleteSheetOp): void {
  context.workbook.removeWorksheet(sheetNamed(context.workbook, op.name).id);
}
