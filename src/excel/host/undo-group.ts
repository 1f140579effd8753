/// <reference types="office-js" />
import type { WritePlan } from '../../workbook/plan/write-plan';

/**
 * Whether this Excel can merge a run's syncs into one undo step (`Excel.run({ mergeUndoGroup })`,
 * ExcelApi 1.20). Before that, Excel keeps no undo record of an add-in's changes.
 */
export function undoGroupsSupported(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.20');
}

/**
 * Whether a plan can be written as one undo step: not when it deletes sheets (Revert last run), as
 * `Worksheet.delete` is on Microsoft's list of APIs without undo support, which Excel refuses in an
 * undo group (`UndoNotSupported`). docs/excel-host.md, "Undo".
 *
 * @example runsAsOneUndoStep({ ops: [{ kind: 'deleteSheet', name: 'Report' }], newSheets: [] }) // false
 */
export function runsAsOneUndoStep(plan: WritePlan): boolean {
  return !plan.ops.some((op) => op.kind === 'deleteSheet');
}
