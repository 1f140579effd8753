import type { Box } from '../sheet-box';
import type { SheetEntry, TableEntry, WorkbookPackage } from '../workbook/workbook-package';
import { NewSheet, type NewTable } from './new-sheet';
import { SheetPatch } from './sheet-patch';

/** A sheet as the run sees it while applying a plan: one of the workbook's, or one it adds. */
export interface LiveSheet {
  name: string;
  readonly existing: SheetEntry | null;
  readonly created: NewSheet | null;
}

/** A table as the run sees it: its range and columns as they become. */
export interface LiveTable {
  readonly name: string;
  sheet: string;
  box: Box;
  readonly columns: string[];
  readonly calculated: ReadonlyArray<string | null>;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly existing: TableEntry | null;
  readonly created: NewTable | null;
  /** Columns added to an existing table. */
  readonly added: string[];
  /** The first data row when the table was read (a calculated column's formula is written for it). */
  readonly firstDataRow: number;
}

/**
 * The state of a workbook while a plan is applied to it: the sheets in tab order (existing and
 * new), the tables, the patches of existing sheets, the sheets removed. Operations change this
 * model only; `serializePackage` then writes the package.
 */
export class EditModel {
  readonly sheets: LiveSheet[];
  readonly tables: LiveTable[];
  readonly patches = new Map<string, SheetPatch>();
  readonly deleted: SheetEntry[] = [];
  /** Names a new table may not take: tables' and defined names' (lower case). */
  readonly takenNames: Set<string>;

  constructor(readonly pkg: WorkbookPackage) {
    this.sheets = pkg.sheets.map((s) => ({ name: s.name, existing: s, created: null }));
    this.tables = pkg.tables.map((t) => ({
      name: t.table.name,
      sheet: t.sheet,
      box: t.table.box,
      columns: t.table.columns.map((c) => c.name),
      calculated: t.table.columns.map((c) => c.calculatedFormula),
      headerRows: t.table.headerRows,
      totalsRows: t.table.totalsRows,
      existing: t,
      created: null,
      added: [],
      firstDataRow: t.table.box.top + t.table.headerRows,
    }));
    this.takenNames = new Set([
      ...pkg.tables.map((t) => t.table.name.toLowerCase()),
      ...pkg.definedNames.map((d) => d.name.toLowerCase()),
    ]);
  }

  sheet(name: string): LiveSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  table(name: string): LiveTable | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  /** The patch of an existing sheet (created on first use). */
  patch(sheet: LiveSheet): SheetPatch {
    const part = sheet.existing?.part ?? '';
    let patch = this.patches.get(part);
    if (patch === undefined) this.patches.set(part, (patch = new SheetPatch(sheet.name)));
    return patch;
  }

  addSheet(name: string): NewSheet {
    const created = new NewSheet(name);
    this.sheets.push({ name, existing: null, created });
    return created;
  }
}
