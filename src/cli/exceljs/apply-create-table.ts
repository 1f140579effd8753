import type ExcelJS from 'exceljs';
import type { CreateTableOp } from '../../workbook/plan/write-plan';
import { cellRef } from './a1';
import type { ApplyContext } from './apply-context';
import { assertNewSheetName } from './sheet-name';
import { writeValue } from './write-value';

/** Drop-downs cover at least this many rows, so a template keeps them as people add rows. */
const VALIDATED_ROWS = 1000;
/** Excel's limit for a list written in the validation itself. */
const MAX_LIST_LENGTH = 255;

function listFormula(choices: readonly string[]): string {
  if (choices.some((c) => /[,"]/.test(c)))
    throw new Error(`drop-down choices cannot hold , or ": ${choices.join(' ')}`);
  const list = choices.join(',');
  if (list.length > MAX_LIST_LENGTH)
    throw new Error(`drop-down list is longer than ${MAX_LIST_LENGTH} characters`);
  return `"${list}"`;
}

/** ExcelJS keeps a sheet's validations here; its type definitions leave the property out. */
type WithValidations = {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

function addValidations(sheet: ExcelJS.Worksheet, op: CreateTableOp, lastRow: number): void {
  const last = Math.max(lastRow, 1 + VALIDATED_ROWS);
  const { dataValidations } = sheet as unknown as WithValidations;
  for (const v of op.validations ?? []) {
    const column = v.column + 1;
    dataValidations.add(`${cellRef(2, column)}:${cellRef(last, column)}`, {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(v.choices)],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: op.header[v.column] ?? '',
      error: `Choose one of: ${v.choices.join(', ')}`,
    });
  }
}

/**
 * Creates a sheet holding a real Excel table (header at A1, filter buttons, banded rows), with
 * number formats and widths per column and drop-down lists where the plan asks. A table without
 * rows keeps one empty data row, as Excel requires.
 *
 * @example applyCreateTable(context, { kind: 'createTable', sheet: 'Task Log', table: 'TaskLog', header: ['Task'], rows: [], columnFormats: [null], columnWidths: [12] })
 */
export function applyCreateTable(context: ApplyContext, op: CreateTableOp): void {
  assertNewSheetName(context.workbook, op.sheet);
  const sheet = context.workbook.addWorksheet(op.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const height = Math.max(op.rows.length, 1);
  sheet.addTable({
    name: op.table,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: op.header.map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: height }, () => op.header.map(() => null)),
  });
  for (let i = 0; i < height; i++) {
    op.header.forEach((_, j) => {
      const format = op.columnFormats[j];
      writeValue(sheet.getCell(2 + i, 1 + j), op.rows[i]?.[j] ?? null, {
        numberFormat: format === null ? undefined : format,
        date1904: context.date1904,
      });
    });
  }
  op.columnWidths.forEach((width, j) => {
    sheet.getColumn(1 + j).width = width;
  });
  addValidations(sheet, op, 1 + height);
}
