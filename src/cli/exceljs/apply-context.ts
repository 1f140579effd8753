import type ExcelJS from 'exceljs';
import type { PlanCell } from '../../workbook/plan/write-plan';
import { applyStyle } from './cell-style';
import { writeValue } from './write-value';

/** What every plan operation needs: the workbook and its date system. */
export interface ApplyContext {
  readonly workbook: ExcelJS.Workbook;
  readonly date1904: boolean;
}

/**
 * Writes plan cells (value, number format, style) on a sheet.
 *
 * @example writeCells(context, sheet, [{ row: 1, column: 1, value: 'AT RISK', style: { bold: true } }])
 */
export function writeCells(
  context: ApplyContext,
  sheet: ExcelJS.Worksheet,
  cells: readonly PlanCell[],
): void {
  for (const planCell of cells) {
    const cell = sheet.getCell(planCell.row, planCell.column);
    writeValue(cell, planCell.value, { numberFormat: planCell.numberFormat, date1904: context.date1904 });
    if (planCell.style !== undefined) applyStyle(cell, planCell.style);
  }
}
