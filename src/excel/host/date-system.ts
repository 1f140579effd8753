/// <reference types="office-js" />
import { showsDate } from '../../workbook/cells/number-format';
import type { PlanCell, PlanOp, PlanValue, WritePlan } from '../../workbook/plan/write-plan';

/** Days between the 1900 date system's serial 0 and the 1904 system's (1904-01-01 is 1462 in 1900). */
export const DAYS_1900_TO_1904 = 1462;

/**
 * Queues the date-system probe on a batch and returns how to read it after the sync: `true` for a
 * 1904 workbook. Office.js has no workbook property for the date system, so the host asks Excel to
 * evaluate `DATE(1904,1,1)` (`workbook.functions`, ExcelApi 1.2): 0 in the 1904 system, 1462 in the
 * 1900 one. It writes nothing and costs no sync of its own. An answer that is neither (the Functions
 * API failing) is taken as 1900, the default of every Excel since 2011.
 *
 * @example const is1904 = queueDateSystemProbe(context); await context.sync(); is1904() // false
 */
export function queueDateSystemProbe(context: Excel.RequestContext): () => boolean {
  const result = context.workbook.functions.date(1904, 1, 1).load('value, error');
  return () => result.value === 0;
}

/** A 1904 workbook's serial as the workbook layer reads dates: in the 1900 system. */
function from1904(value: unknown, format: unknown): unknown {
  return typeof value === 'number' && typeof format === 'string' && showsDate(format)
    ? value + DAYS_1900_TO_1904
    : value;
}

/**
 * The values of a grid read from a 1904 workbook, with every date (a number under a format that
 * shows a date) moved to the 1900 system the workbook layer reads; the grid is changed in place.
 * Times of day and durations (`h:mm`, `[h]:mm`) are the same number in both systems and stay.
 *
 * @example datesTo1900([[44888, 3]], [['yyyy-mm-dd', 'General']]) // [[46350, 3]]
 */
export function datesTo1900(values: unknown[][], formats: readonly (readonly unknown[])[]): unknown[][] {
  values.forEach((row, r) => {
    const rowFormats = formats[r];
    if (rowFormats !== undefined) row.forEach((value, c) => (row[c] = from1904(value, rowFormats[c])));
  });
  return values;
}

const to1904 = (value: PlanValue, format: string | null | undefined): PlanValue =>
  typeof value === 'number' && format !== undefined && showsDate(format) ? value - DAYS_1900_TO_1904 : value;

function cellIn1904(cell: PlanCell): PlanCell {
  const value = to1904(cell.value, cell.numberFormat);
  return value === cell.value ? cell : { ...cell, value };
}

function rowsIn1904(
  rows: ReadonlyArray<readonly PlanValue[]>,
  formats: ReadonlyArray<string | null>,
): PlanValue[][] {
  return rows.map((row) => row.map((value, i) => to1904(value, formats[i])));
}

function opIn1904(op: PlanOp): PlanOp {
  switch (op.kind) {
    case 'updateCells':
    case 'addSheet':
      return { ...op, cells: op.cells.map(cellIn1904) };
    case 'appendRows':
    case 'createTable':
      return { ...op, rows: rowsIn1904(op.rows, op.columnFormats) };
    case 'deleteSheet':
      return op;
  }
}

/**
 * A plan for a 1904 workbook: plans carry dates as 1900-system serials with a date number format
 * (`WritePlan`), and every such value becomes the 1904 serial of the same date, as the CLI writes
 * them into a 1904 file. Other numbers (money, counts, times of day) are left as they are.
 *
 * @example planIn1904(plan).ops[0] // the same op, 46350 under 'yyyy-mm-dd hh:mm' now 44888
 */
export function planIn1904(plan: WritePlan): WritePlan {
  return { ...plan, ops: plan.ops.map(opIn1904) };
}
