import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CreateTableOp, UpdateCellsOp } from '../../src/workbook/plan/write-plan';
import { buildTemplatePlan } from '../../src/workbook/template/build-template-plan';
import { BENCH_AS_OF, engineInput, type EngineWorkload } from './engine-input';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_FORMAT = /[ymdhs]/i;

/** ExcelJS writes a date cell from a JS date whose UTC fields are the wall time. */
const dateOf = (serial: number) => new Date((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);

function addTable(workbook: ExcelJS.Workbook, op: CreateTableOp): void {
  const sheet = workbook.addWorksheet(op.sheet);
  const formats = op.columnFormats;
  const rows = (op.rows.length === 0 ? [op.header.map(() => null)] : op.rows).map((row) =>
    row.map((v, j) => (typeof v === 'number' && DATE_FORMAT.test(formats[j] ?? '') ? dateOf(v) : v)),
  );
  sheet.addTable({
    name: op.table,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: op.header.map((name) => ({ name, filterButton: true })),
    rows,
  });
  formats.forEach((format, j) => {
    if (format !== null) sheet.getColumn(j + 1).numFmt = format;
  });
  op.columnWidths.forEach((width, j) => (sheet.getColumn(j + 1).width = width));
  // Drop-downs over the rows and a thousand more, as the template has them.
  const last = Math.max(rows.length + 1, 1001);
  const { dataValidations } = sheet as unknown as {
    dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
  };
  for (const v of op.validations ?? []) {
    const column = String.fromCharCode(65 + v.column);
    dataValidations.add(`${column}2:${column}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${v.choices.join(',')}"`],
    });
  }
}

function formatCells(workbook: ExcelJS.Workbook, op: UpdateCellsOp): void {
  const sheet = workbook.getWorksheet(op.sheet);
  for (const c of op.cells) {
    const cell = sheet?.getCell(c.row, c.column);
    if (cell === undefined) continue;
    if (c.numberFormat !== undefined) cell.numFmt = c.numberFormat;
    cell.value = typeof c.value === 'number' && c.numberFormat !== undefined ? dateOf(c.value) : c.value;
  }
}

/**
 * Writes a generated workload as an `.xlsx` workbook the way spreadsheet programs save one: the six
 * input tables of the template (`init --sample`'s plan) as Excel tables, text in a shared strings
 * table, dates with date formats. ExcelJS writes it (a producer independent of the tool), so the
 * bench measures the tool reading a file it did not write.
 *
 * @example await writeWorkloadWorkbook('/tmp/bench.xlsx', { campaigns: 10, tasks: 1000, rows: 100_000 });
 */
export async function writeWorkloadWorkbook(path: string, workload: EngineWorkload): Promise<void> {
  const input = engineInput(workload);
  const today = new Date(BENCH_AS_OF).toISOString().slice(0, 10);
  const plan = buildTemplatePlan({ sample: { today, input } });
  const workbook = new ExcelJS.Workbook();
  for (const op of plan.ops) {
    if (op.kind === 'createTable') addTable(workbook, op);
    if (op.kind === 'updateCells') formatCells(workbook, op);
  }
  await writeFile(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}
