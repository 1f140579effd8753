import type { Rect } from '../core/address';
import type { CellModel } from './cell';

/** The in-memory workbook the fake serves: what a test inspects and what Office.js calls change. */
export interface BookModel {
  readonly sheets: SheetModel[];
  readonly tables: TableModel[];
  activeSheet: SheetModel;
  selection: { sheet: SheetModel; rect: Rect; areas?: readonly Rect[] };
  /** Next number for sheet, table, chart and column ids. */
  nextId: number;
  /** The workbook uses the 1904 date system: serial 0 is 1904-01-01 (1,462 days after 1900's). */
  date1904: boolean;
  /** Calculation mode (kept in the workbook file, as Excel's calcPr). */
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  /** How Excel grows tables over rows written below them (a property of the Excel, kept on `load`). */
  tableAutoExpansion: TableAutoExpansion;
}

/**
 * How the fake grows a table over values written in the row right below it: `full` (every written
 * row, as the fake always did), `partial` (only the first written row, as office-js issues #3013 and
 * #3191 report for some bulk writes), or `none` (the table stays as it is).
 */
export type TableAutoExpansion = 'full' | 'partial' | 'none';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: Visibility;
  /** `#RRGGBB`, or `''` for none (what Office returns). */
  tabColor: string;
  showGridlines: boolean;
  /** Keyed by `row * MAX_COLUMNS + column` (0-based). */
  readonly cells: Map<number, CellModel>;
  readonly merges: Rect[];
  readonly charts: ChartModel[];
  readonly conditionalFormats: ConditionalFormatModel[];
  readonly validations: ValidationModel[];
  readonly pageLayout: PageLayoutModel;
  freeze: { rows: number; columns: number };
  /** Width in points by 0-based column (Office's unit for `format.columnWidth`). */
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
}

export interface TableModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  /** The whole table: header row (when shown) and data rows. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  /** One per table column, left to right; names are the header texts. */
  readonly columns: Array<{ readonly id: number; name: string }>;
}

export interface ChartModel {
  readonly id: string;
  name: string;
  type: string;
  readonly source: { readonly sheet: string; readonly rect: Rect };
  readonly seriesBy: string;
  title: string;
  /** Cells given to `setPosition` (A1, on the chart's sheet). */
  anchor: { start: string; end: string | null } | null;
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly rect: Rect;
  readonly type: string;
  priority: number;
  stopIfTrue: boolean;
  /** `cellValue`: `{ formula1, formula2?, operator }`; `custom`: `{ formula }`. */
  rule: Record<string, unknown> | null;
  readonly format: {
    fill?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
    numberFormat?: string;
  };
}

export interface ValidationModel {
  readonly rect: Rect;
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  errorAlert: Record<string, unknown> | null;
  prompt: Record<string, unknown> | null;
}

export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: Rect | null;
}
