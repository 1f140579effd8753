/** A cell's stored content, as `host.ts` reads it: errors as `{ error: '#N/A' }`, dates as serials. */
export type CellValue = string | number | boolean | null | { readonly error: string };

/** Formatting the fake keeps per cell (the `Range.format` members the add-in writes). */
export interface CellStyle {
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly fontName?: string;
  readonly wrap?: boolean;
  readonly horizontal?: string;
  readonly vertical?: string;
  /** Borders by `Excel.BorderIndex` (`EdgeBottom`): line style and colour as set. */
  readonly borders?: Readonly<Record<string, { readonly style?: string; readonly color?: string }>>;
}

export interface CellModel {
  value: CellValue;
  /** The formula as written (`=A1*2`), when the cell holds one. */
  formula?: string;
  /** `General` when never set. */
  numberFormat: string;
  /** Set when the text was entered with a leading apostrophe (`'00123`); the apostrophe is not stored. */
  quotePrefix: boolean;
  style: CellStyle;
}

export const GENERAL = 'General';
export const TEXT_FORMAT = '@';

/** Excel's defaults for a cell with no formatting (Office theme). */
export const DEFAULT_STYLE = {
  fill: '#FFFFFF',
  bold: false,
  italic: false,
  fontColor: '#000000',
  fontSize: 11,
  fontName: 'Calibri',
  wrap: false,
  horizontal: 'General',
  vertical: 'Bottom',
} as const;

export function emptyCell(): CellModel {
  return { value: null, numberFormat: GENERAL, quotePrefix: false, style: {} };
}

export function isErrorValue(value: CellValue): value is { readonly error: string } {
  return typeof value === 'object' && value !== null;
}

/** Whether a cell holds nothing worth keeping (no value, no formula, default format). */
export function isBlankCell(cell: CellModel): boolean {
  return (
    cell.value === null &&
    cell.formula === undefined &&
    cell.numberFormat === GENERAL &&
    !cell.quotePrefix &&
    Object.keys(cell.style).length === 0
  );
}

/** What `Range.values` returns for a cell: `''` for empty, the error text for errors. */
export function apiValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  return isErrorValue(value) ? value.error : value;
}

/** `Range.valueTypes` for a cell. */
export function valueType(value: CellValue): 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' {
  if (value === null) return 'Empty';
  if (isErrorValue(value)) return 'Error';
  if (typeof value === 'string') return 'String';
  return typeof value === 'number' ? 'Double' : 'Boolean';
}
