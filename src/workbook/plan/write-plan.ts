import type { SourceRef } from '../host';

/**
 * Everything one run writes, as data. Hosts apply it without deciding anything: positions are
 * absolute (1-based sheet rows and columns) and every string is text — a host must make sure a
 * string beginning with `=`, `+`, `-`, `@`, tab or CR is stored as text, never as a formula.
 * Dates are Excel serial numbers with a date number format.
 */
export type PlanValue = string | number | boolean | null;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** `#RRGGBB` */
  readonly fontColor?: string;
  /** `#RRGGBB` */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly borderBottom?: boolean;
  /** Monospace font (the JSON block). */
  readonly monospace?: boolean;
}

export interface PlanCell {
  readonly row: number;
  readonly column: number;
  readonly value: PlanValue;
  /** An Excel number format code (`#,##0.00`, `0.0%`, `yyyy-mm-dd hh:mm`). */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** A rectangle on one sheet. */
export interface PlanRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Writes cells of an existing input table or sheet (Tasks tracking columns, TaskUpdates outcomes). */
export interface UpdateCellsOp {
  readonly kind: 'updateCells';
  readonly source: SourceRef;
  readonly sheet: string;
  /** Columns the table lacks, added right of its last column before the cells are written. */
  readonly addColumns: ReadonlyArray<{ readonly column: number; readonly header: string }>;
  readonly cells: readonly PlanCell[];
}

/** Appends rows below an existing log table (Task Log, Campaign History, Learnings). */
export interface AppendRowsOp {
  readonly kind: 'appendRows';
  readonly source: SourceRef;
  readonly sheet: string;
  /** Sheet row of the first appended row; the table grows to include the rows. */
  readonly startRow: number;
  readonly firstColumn: number;
  readonly rows: ReadonlyArray<readonly PlanValue[]>;
  /** Number format per column (index from `firstColumn`), where one is needed. */
  readonly columnFormats: ReadonlyArray<string | null>;
}

/** Creates a new sheet holding a new Excel table (a log that does not exist yet). */
export interface CreateTableOp {
  readonly kind: 'createTable';
  /** Sheet and table name. */
  readonly sheet: string;
  readonly table: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly PlanValue[]>;
  readonly columnFormats: ReadonlyArray<string | null>;
  readonly columnWidths: readonly number[];
  /** Drop-down choices per column index (status columns), where wanted. */
  readonly validations?: ReadonlyArray<{ readonly column: number; readonly choices: readonly string[] }>;
}

/** A native chart; hosts that cannot draw charts (the ExcelJS file host) skip it. */
export interface ChartSpec {
  readonly type: 'barClustered' | 'columnClustered';
  readonly title: string;
  /** Categories in the first column, one series per further column, series names in the first row. */
  readonly data: PlanRange;
  /** Top-left cell of the chart and its size in cells. */
  readonly anchor: PlanRange;
}

/** Red/amber/green colouring of a range by its numeric value (percent of target). */
export interface RagRule {
  readonly range: PlanRange;
  /** Values below this are red. */
  readonly redBelow: number;
  /** Values at or above this are green; in between is amber. */
  readonly greenFrom: number;
}

/** Creates a new sheet (Report …, CMO Feedback …) with values only: no formulas. */
export interface AddSheetOp {
  readonly kind: 'addSheet';
  readonly name: string;
  readonly cells: readonly PlanCell[];
  readonly merges: readonly PlanRange[];
  /** Width in characters, by column number. */
  readonly columnWidths: Readonly<Record<number, number>>;
  /** Height in points of rows taller than one line (wrapped text), by row number. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly rag: readonly RagRule[];
  readonly charts: readonly ChartSpec[];
  readonly tabColor?: string;
  readonly print: {
    readonly orientation: 'portrait' | 'landscape';
    /** Printed one page wide, as many pages tall as needed. */
    readonly fitToWidth: 1;
    readonly area: PlanRange;
  };
}

/**
 * Removes a sheet a run created: Revert last run, or a run replacing the same day's Report and CMO
 * Feedback sheets of its campaign (the plan adds the new sheet of the same name after it).
 */
export interface DeleteSheetOp {
  readonly kind: 'deleteSheet';
  readonly name: string;
}

export type PlanOp = UpdateCellsOp | AppendRowsOp | CreateTableOp | AddSheetOp | DeleteSheetOp;

export interface WritePlan {
  readonly ops: readonly PlanOp[];
  /** The sheets this plan adds, in order (for links in the task pane and the CLI's summary). */
  readonly newSheets: readonly string[];
  /**
   * Sheets of an earlier run the same day that this plan deletes before adding their replacements
   * under the same names (`buildTrackPlan`'s `history`); absent when none.
   */
  readonly replacedSheets?: readonly string[];
}
