import type { DeleteSheetOp } from '../../workbook/plan/write-plan';
import type { ApplyContext } from './apply-context';
import { sheetNamed } from './sheets';

/**
 * Removes a sheet (one a run created, for Revert last run).
 *
 * @example applyDeleteSheet(context, { kind: 'deleteSheet', name: 'Report CMP-1 2026-11-24' })
 */
export function applyDeleteSheet(context: ApplyContext, op: DeleteSheetOp): void {
  context.workbook.removeWorksheet(sheetNamed(context.workbook, op.name).id);
}
