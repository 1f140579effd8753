/**
 * What the workbook layer needs from a host (Excel through Office.js, or an .xlsx file through
 * ExcelJS). Three calls, so the Office host needs three `context.sync()` rounds however large the
 * workbook: list what exists, read the chosen ranges, apply the write plan.
 */
import type { WritePlan } from './plan/write-plan';

/** An Excel error value in a cell (`#N/A`, `#DIV/0!`, `#VALUE!`, `#REF!`, …). */
export interface CellErrorValue {
  readonly error: string;
}

/**
 * A cell as a host reads it. Dates arrive as Excel serial numbers (what Excel stores); formulas as
 * their last computed value; rich text as its plain text.
 */
export type RawCell = string | number | boolean | null | CellErrorValue;

export function isCellError(value: RawCell): value is CellErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** An Excel table (ListObject), or a worksheet used as a table (header in its first used row). */
export type SourceRef =
  { readonly kind: 'table'; readonly name: string } | { readonly kind: 'sheet'; readonly name: string };

export interface Inventory {
  /** Worksheets in tab order. */
  readonly sheets: readonly string[];
  /** Tables, with the worksheet each lives on. */
  readonly tables: ReadonlyArray<{ readonly name: string; readonly sheet: string }>;
}

export interface ReadRequest {
  readonly source: SourceRef;
  /** Also return each cell's number format (needed where `0.035` shown as `3.5%` means a percentage). */
  readonly withNumberFormats?: boolean;
}

/** A rectangle of cells read from a table or a sheet. Rows and columns are 1-based sheet positions. */
export interface RawTable {
  readonly source: SourceRef;
  readonly sheet: string;
  /** Sheet row of the header. Data rows follow at headerRow + 1, + 2, … */
  readonly headerRow: number;
  /** Sheet column of the first column. */
  readonly firstColumn: number;
  readonly header: readonly RawCell[];
  /** Data rows, each as wide as the header (missing cells are `null`). Empty rows are kept. */
  readonly rows: ReadonlyArray<readonly RawCell[]>;
  /** Present when requested: the number format of each data cell, parallel to `rows`. */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | null>>;
  /**
   * Merged areas of the sheet (at least those over the range, header included), in sheet rows and
   * columns, where the host can tell (Office: ExcelApi 1.13). A cell covered by a merge, not its
   * first, reads as blank.
   */
  readonly merges?: readonly MergedArea[];
}

/** A merged area of a sheet: its first and last rows and columns (1-based). */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface WorkbookHost {
  /** The workbook's sheets and tables. */
  inventory(): Promise<Inventory>;
  /** The requested ranges, in request order. A source that does not exist is an error (a bug). */
  read(requests: readonly ReadRequest[]): Promise<RawTable[]>;
  /** Applies a plan. Must leave the workbook unchanged when it throws before finishing, where the host can. */
  apply(plan: WritePlan): Promise<void>;
}
