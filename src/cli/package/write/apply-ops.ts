import type {
  AddSheetOp,
  AppendRowsOp,
  CreateTableOp,
  DeleteSheetOp,
  PlanOp,
  PlanValue,
  UpdateCellsOp,
} from '../../../workbook/plan/write-plan';
import { PackageError } from '../package-error';
import { cellRef, rangeRef, type Box } from '../sheet-box';
import { planWrite, type CellWrite, type StyleBase } from './cell-write';
import type { EditModel, LiveSheet, LiveTable } from './edit-model';
import { shiftFormula } from './shift-formula';

/** Drop-downs cover at least this many rows, so a template keeps them as people add rows. */
const VALIDATED_ROWS = 1000;
/** Excel's limit for a list written in the validation itself. */
const MAX_LIST_LENGTH = 255;
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export interface OpContext {
  readonly model: EditModel;
  /** The used rectangle of a sheet used as a table (read before, or scanned now). */
  readonly usedBox: (sheet: LiveSheet) => Promise<Box | null>;
}

function sheetNamed(model: EditModel, name: string): LiveSheet {
  const sheet = model.sheet(name);
  if (sheet === undefined) throw new PackageError({ code: 'no_sheet', sheet: name });
  return sheet;
}

function tableOn(model: EditModel, name: string, sheet: LiveSheet): LiveTable {
  const table = model.table(name);
  if (table === undefined || table.sheet.toLowerCase() !== sheet.name.toLowerCase())
    throw new PackageError({ code: 'no_table', table: name, sheet: sheet.name });
  return table;
}

function write(model: EditModel, sheet: LiveSheet, row: number, column: number, w: CellWrite): void {
  if (sheet.created !== null) sheet.created.set(row, column, w);
  else model.patch(sheet).set(row, column, w);
}

function requireBlank(model: EditModel, sheet: LiveSheet, box: Box, purpose: string): void {
  if (sheet.created === null) {
    model.patch(sheet).requireBlank(box, purpose);
    return;
  }
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++)
      if (sheet.created.holds(r, c))
        throw new PackageError({
          code: 'not_blank',
          purpose,
          sheet: sheet.name,
          range: rangeRef(box),
          cell: cellRef(r, c),
        });
}

/** A base style taken from another cell of an existing sheet (new sheets start from the default). */
const from = (sheet: LiveSheet, row: number, column: number): StyleBase =>
  sheet.created === null && row >= 1 && column >= 1 ? { kind: 'cell', row, column } : { kind: 'self' };

function checkPlacement(
  columns: UpdateCellsOp['addColumns'],
  right: number,
  existing: readonly string[],
  table: string,
) {
  const names = new Set(existing.map((n) => n.toLowerCase()));
  columns.forEach((c, i) => {
    if (c.column !== right + 1 + i)
      throw new PackageError({ code: 'column_position', column: c.header, expected: right + 1 + i });
    if (names.has(c.header.toLowerCase()))
      throw new PackageError({ code: 'column_exists', table, column: c.header });
    names.add(c.header.toLowerCase());
  });
}

async function updateCells(context: OpContext, op: UpdateCellsOp): Promise<void> {
  const { model } = context;
  const sheet = sheetNamed(model, op.sheet);
  if (op.addColumns.length > 0) {
    if (op.source.kind === 'table') {
      const table = tableOn(model, op.source.name, sheet);
      checkPlacement(op.addColumns, table.box.right, table.columns, table.name);
      const added = {
        ...table.box,
        left: table.box.right + 1,
        right: table.box.right + op.addColumns.length,
      };
      requireBlank(model, sheet, added, `add columns to table ${table.name}`);
      for (const c of op.addColumns) {
        if (table.headerRows > 0)
          write(
            model,
            sheet,
            table.box.top,
            c.column,
            planWrite(c.header, {}, from(sheet, table.box.top, table.box.right)),
          );
        table.columns.push(c.header);
        if (table.existing !== null) table.added.push(c.header);
      }
      table.box = { ...table.box, right: added.right };
      if (table.created !== null) table.created.box = table.box;
    } else {
      const box = await context.usedBox(sheet);
      if (box === null) throw new PackageError({ code: 'empty_sheet', sheet: sheet.name });
      checkPlacement(op.addColumns, box.right, [], sheet.name);
      requireBlank(
        model,
        sheet,
        { ...box, left: box.right + 1, right: box.right + op.addColumns.length },
        `add columns to ${sheet.name}`,
      );
      for (const c of op.addColumns)
        write(model, sheet, box.top, c.column, planWrite(c.header, {}, from(sheet, box.top, box.right)));
    }
  }
  for (const cell of op.cells)
    write(
      model,
      sheet,
      cell.row,
      cell.column,
      planWrite(cell.value, { numberFormat: cell.numberFormat, style: cell.style }, { kind: 'self' }),
    );
}

function appendRows(context: OpContext, op: AppendRowsOp): void {
  if (op.rows.length === 0) return;
  const { model } = context;
  const sheet = sheetNamed(model, op.sheet);
  // A loop, not Math.max(...rows): a spread of 200,000 rows overflows the stack.
  const width = op.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const target: Box = {
    top: op.startRow,
    left: op.firstColumn,
    bottom: op.startRow + op.rows.length - 1,
    right: op.firstColumn + width - 1,
  };
  const format = (j: number) => op.columnFormats[j] ?? undefined;
  if (op.source.kind !== 'table') {
    requireBlank(model, sheet, target, `add rows to sheet ${sheet.name}`);
    op.rows.forEach((values, i) =>
      values.forEach((value, j) =>
        write(
          model,
          sheet,
          op.startRow + i,
          op.firstColumn + j,
          planWrite(value, { numberFormat: format(j) }, { kind: 'self' }),
        ),
      ),
    );
    return;
  }
  const table = tableOn(model, op.source.name, sheet);
  const box = table.box;
  if (table.totalsRows > 0) throw new PackageError({ code: 'totals_row', table: table.name });
  if (op.startRow !== box.bottom + 1 || op.firstColumn !== box.left || target.right > box.right)
    throw new PackageError({
      code: 'rows_not_below',
      table: table.name,
      expected: `from ${cellRef(box.bottom + 1, box.left)}, at most to column ${cellRef(box.bottom + 1, box.right).replace(/\d+$/, '')}`,
    });
  requireBlank(model, sheet, { ...target, right: box.right }, `add rows to table ${table.name}`);
  const tableWidth = box.right - box.left + 1;
  op.rows.forEach((values: readonly PlanValue[], i) => {
    const row = op.startRow + i;
    for (let j = 0; j < tableWidth; j++) {
      const column = box.left + j;
      const base = from(sheet, box.bottom, column);
      const value = values[j];
      const formula = table.calculated[j] ?? null;
      if ((value === undefined || value === null) && formula !== null) {
        const moved = shiftFormula(formula, row - table.firstDataRow, 0);
        write(model, sheet, row, column, { value: { formula: moved }, change: {}, base });
        continue;
      }
      if (value === undefined) continue;
      write(model, sheet, row, column, planWrite(value, { numberFormat: format(j) }, base));
    }
  });
  table.box = { ...box, bottom: target.bottom };
  if (table.created !== null) table.created.box = table.box;
}

/**
 * Throws unless `name` is a sheet name Excel accepts (1–31 characters, none of `: \ / ? * [ ]`,
 * not starting or ending with an apostrophe) that no sheet of the workbook has (ignoring case).
 */
function assertNewSheetName(model: EditModel, name: string): void {
  if (model.pkg.structureLocked) throw new PackageError({ code: 'structure_protected', sheet: name });
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
    throw new PackageError({ code: 'bad_sheet_name', sheet: name });
  if (model.sheet(name) !== undefined) throw new PackageError({ code: 'sheet_exists', sheet: name });
}

function listChoices(choices: readonly string[]): void {
  if (choices.some((c) => /[,"]/.test(c)))
    throw new PackageError({
      code: 'bad_choices',
      detail: `choices cannot hold , or ": ${choices.join(' ')}`,
    });
  if (choices.join(',').length > MAX_LIST_LENGTH)
    throw new PackageError({
      code: 'bad_choices',
      detail: `the list is longer than ${MAX_LIST_LENGTH} characters`,
    });
}

function createTable(context: OpContext, op: CreateTableOp): void {
  const { model } = context;
  assertNewSheetName(model, op.sheet);
  if (!TABLE_NAME.test(op.table) || /^[A-Za-z]{1,3}\d+$/.test(op.table) || /^[rRcC]$/.test(op.table))
    throw new PackageError({ code: 'bad_table_name', name: op.table });
  if (model.takenNames.has(op.table.toLowerCase()) || model.table(op.table) !== undefined)
    throw new PackageError({ code: 'name_taken', name: op.table });
  const sheet = model.addSheet(op.sheet);
  sheet.frozenHeader = true;
  const height = Math.max(op.rows.length, 1);
  sheet.source = { kind: 'table', op, height };
  op.columnWidths.forEach((width, j) => sheet.widths.set(1 + j, width));
  const last = Math.max(1 + height, 1 + VALIDATED_ROWS);
  for (const v of op.validations ?? []) {
    listChoices(v.choices);
    sheet.validations.push({
      box: { top: 2, left: v.column + 1, bottom: last, right: v.column + 1 },
      choices: v.choices,
      title: op.header[v.column] ?? '',
    });
  }
  const box: Box = { top: 1, left: 1, bottom: 1 + height, right: op.header.length };
  const created = { name: op.table, box, columns: [...op.header] };
  sheet.tables.push(created);
  model.takenNames.add(op.table.toLowerCase());
  model.tables.push({
    name: op.table,
    sheet: op.sheet,
    box,
    columns: created.columns,
    calculated: op.header.map(() => null),
    headerRows: 1,
    totalsRows: 0,
    existing: null,
    created,
    added: [],
    firstDataRow: 2,
  });
}

const boxOf = (r: { row: number; column: number; rows: number; columns: number }): Box => ({
  top: r.row,
  left: r.column,
  bottom: r.row + r.rows - 1,
  right: r.column + r.columns - 1,
});

function addSheet(context: OpContext, op: AddSheetOp): void {
  const { model } = context;
  assertNewSheetName(model, op.name);
  const sheet = model.addSheet(op.name);
  sheet.source = { kind: 'cells', cells: op.cells };
  sheet.merges.push(...op.merges.map(boxOf));
  for (const [column, width] of Object.entries(op.columnWidths)) sheet.widths.set(Number(column), width);
  for (const [row, height] of Object.entries(op.rowHeights ?? {})) sheet.heights.set(Number(row), height);
  sheet.rag.push(...op.rag);
  sheet.charts.push(...op.charts);
  sheet.tabColor = op.tabColor ?? null;
  sheet.print = { orientation: op.print.orientation, area: boxOf(op.print.area) };
}

function deleteSheet(context: OpContext, op: DeleteSheetOp): void {
  const { model } = context;
  const sheet = sheetNamed(model, op.name);
  if (model.pkg.structureLocked) throw new PackageError({ code: 'structure_protected', sheet: sheet.name });
  if (model.sheets.length === 1) throw new PackageError({ code: 'last_sheet', sheet: sheet.name });
  model.sheets.splice(model.sheets.indexOf(sheet), 1);
  for (let i = model.tables.length - 1; i >= 0; i--)
    if (model.tables[i]?.sheet.toLowerCase() === sheet.name.toLowerCase()) model.tables.splice(i, 1);
  if (sheet.existing !== null) {
    model.deleted.push(sheet.existing);
    if (sheet.existing.part !== null) model.patches.delete(sheet.existing.part);
  }
}

/**
 * Applies one plan operation to the model of the workbook being written. Every check that could
 * refuse the plan happens here or while the package is written, before any byte is returned.
 *
 * @example await applyOp(context, { kind: 'deleteSheet', name: 'Report C-1 2026-11-24' });
 */
export async function applyOp(context: OpContext, op: PlanOp): Promise<void> {
  switch (op.kind) {
    case 'updateCells':
      return updateCells(context, op);
    case 'appendRows':
      return appendRows(context, op);
    case 'createTable':
      return createTable(context, op);
    case 'addSheet':
      return addSheet(context, op);
    case 'deleteSheet':
      return deleteSheet(context, op);
  }
}
