/// <reference types="office-js" />
import type { CreateTableOp } from '../../../workbook/plan/write-plan';
import { requestCost } from '../request-size';
import { localA1, rangeOn, worksheet, type WriteStep } from '../write-step';
import { columnWidthSteps } from './style-steps';
import { cellSteps, rowCells } from './value-steps';

/** Data rows a new table has: Excel gives a header-only table one empty row. */
function bodyRows(op: CreateTableOp): number {
  return Math.max(op.rows.length, 1);
}

/**
 * Steps of a `createTable` op: a new sheet; the header and rows at A1 (values, then the column
 * formats); column widths; then the Excel table over them, named, with its drop-downs.
 *
 * @example createTableSteps({ kind: 'createTable', sheet: 'Task Log', table: 'TaskLog', header: ['Time'], rows: [], columnFormats: [null], columnWidths: [20] })
 */
export function createTableSteps(op: CreateTableOp): WriteStep[] {
  const width = op.header.length;
  const widths = Object.fromEntries(op.columnWidths.map((w, i) => [i + 1, w]));
  const tableRect = { row: 1, column: 1, rows: op.rows.length + 1, columns: width };
  const cells = [...rowCells(1, 1, [op.header]), ...rowCells(2, 1, op.rows, op.columnFormats)];
  const validations = (op.validations ?? []).map((v): WriteStep => ({
    phase: 'objects',
    bytes: requestCost({ paths: 5, actions: 1, payload: v.choices }),
    queue: (context) => {
      const rect = { row: 2, column: v.column + 1, rows: bodyRows(op), columns: 1 };
      rangeOn(context, op.sheet, rect).dataValidation.rule = {
        list: { inCellDropDown: true, source: v.choices.join(',') },
      };
    },
  }));
  return [
    {
      phase: 'structure',
      bytes: requestCost({ paths: 2, actions: 1, payload: op.sheet }),
      queue: (context) => void context.workbook.worksheets.add(op.sheet),
    },
    ...cellSteps(op.sheet, cells),
    ...columnWidthSteps(op.sheet, widths),
    {
      phase: 'objects',
      bytes: requestCost({ paths: 4, actions: 2, payload: [op.table, localA1(tableRect)] }),
      queue: (context) => {
        const table = worksheet(context, op.sheet).tables.add(localA1(tableRect), true);
        table.name = op.table;
      },
    },
    ...validations,
  ];
}
