import type ExcelJS from 'exceljs';
import type { Inventory, RawTable, ReadRequest, WorkbookHost } from '../../workbook/host';
import type { PlanOp, WritePlan } from '../../workbook/plan/write-plan';
import { applyAddSheet } from './apply-add-sheet';
import { applyAppendRows } from './apply-append-rows';
import type { ApplyContext } from './apply-context';
import { applyCreateTable } from './apply-create-table';
import { applyDeleteSheet } from './apply-delete-sheet';
import { applyUpdateCells } from './apply-update-cells';
import { NO_PACKAGE_FACTS, type PackageFacts } from './package-facts';
import { readRange } from './read-range';
import { tablesOf } from './table-model';

function applyOp(context: ApplyContext, op: PlanOp): void {
  switch (op.kind) {
    case 'updateCells':
      return applyUpdateCells(context, op);
    case 'appendRows':
      return applyAppendRows(context, op);
    case 'createTable':
      return applyCreateTable(context, op);
    case 'addSheet':
      return applyAddSheet(context, op);
    case 'deleteSheet':
      return applyDeleteSheet(context, op);
  }
}

/**
 * The workbook host over an ExcelJS workbook in memory (the command-line tool). `apply` changes
 * the workbook in memory only; the caller writes the file. When `apply` throws, the workbook may
 * be half changed, so the caller must not write it (the CLI never does).
 *
 * @example
 * const host = new ExcelJsHost(workbook, await readPackageFacts(bytes));
 * const inventory = await host.inventory();
 */
export class ExcelJsHost implements WorkbookHost {
  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly facts: PackageFacts = NO_PACKAGE_FACTS,
  ) {}

  async inventory(): Promise<Inventory> {
    const sheets = this.workbook.worksheets;
    return {
      sheets: sheets.map((s) => s.name),
      tables: sheets.flatMap((s) => tablesOf(s).map((t) => ({ name: t.name, sheet: s.name }))),
    };
  }

  async read(requests: readonly ReadRequest[]): Promise<RawTable[]> {
    return requests.map((r) => readRange(this.workbook, r, this.facts));
  }

  async apply(plan: WritePlan): Promise<void> {
    const context: ApplyContext = {
      workbook: this.workbook,
      date1904: this.workbook.properties.date1904 === true,
    };
    plan.ops.forEach((op) => applyOp(context, op));
  }
}
