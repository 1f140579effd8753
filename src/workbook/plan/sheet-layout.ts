import { fitCell } from './cell-text';
import { CONTINUED, jsonRows } from './json-block';
import { type Rag, STYLES } from './palette';
import type { AddSheetOp, CellStyle, ChartSpec, PlanCell, PlanRange, PlanValue, RagRule } from './write-plan';

/** A cell of a table or a key–value list: a bare value, or a value with its format and style. */
export type CellSpec =
  PlanValue | { readonly value: PlanValue; readonly numberFormat?: string; readonly style?: CellStyle };

const MIN_WIDTH = 10;
const MAX_WIDTH = 50;
/** Points per line of text at the default font (Excel's default row height). */
const LINE_HEIGHT = 15;
/** Wrapping breaks at words, so a line holds somewhat fewer characters than the column is wide. */
const WRAP_SLACK = 1.1;

/**
 * Lines a wrapped text takes in a column `width` characters wide, roughly.
 *
 * @example wrappedLines('x'.repeat(100), 50) // 3 (110 characters' worth at 50 a line)
 */
export function wrappedLines(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((lines, part) => lines + Math.max(1, Math.ceil((part.length * WRAP_SLACK) / width)), 0);
}

function spec(cell: CellSpec): { value: PlanValue; numberFormat?: string; style?: CellStyle } {
  return cell !== null && typeof cell === 'object' ? cell : { value: cell };
}

/** Characters a value takes on screen, roughly, for column widths. */
function shownLength(value: PlanValue, numberFormat: string | undefined): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') {
    if (numberFormat?.startsWith('yyyy')) return numberFormat.length;
    return Math.round(Math.abs(value)).toString().length + 8;
  }
  return value === null ? 0 : 5;
}

/**
 * Lays out a report-style sheet from the top down: titles, sections, key–value lists, tables and a
 * JSON block. Column widths follow the content of lists and tables (10–50 characters); text longer
 * than its column wraps. Every string is written as given, and cut to fit a cell.
 */
export class SheetLayout {
  private readonly cells: PlanCell[] = [];
  private readonly measured: number[] = [];
  private readonly hints = new Map<number, number>();
  readonly merges: PlanRange[] = [];
  private row = 1;

  /** `span`: the columns titles, banners and section bars stretch across. */
  constructor(private readonly span: number) {}

  get nextRow(): number {
    return this.row;
  }

  put(row: number, column: number, cell: CellSpec, measure = true): void {
    const { value, numberFormat, style } = spec(cell);
    const fitted = fitCell(value);
    const planCell: PlanCell = {
      row,
      column,
      value: fitted,
      ...(numberFormat === undefined ? {} : { numberFormat }),
      ...(style === undefined ? {} : { style }),
    };
    this.cells.push(planCell);
    if (measure) {
      this.measured.push(this.cells.length - 1);
      const len = shownLength(fitted, numberFormat);
      this.hints.set(column, Math.max(this.hints.get(column) ?? 0, len));
    }
  }

  private bar(text: string, style: CellStyle): number {
    const row = this.row;
    this.put(row, 1, { value: text, style }, false);
    for (let c = 2; c <= this.span; c += 1) this.put(row, c, { value: null, style }, false);
    this.merges.push({ row, column: 1, rows: 1, columns: this.span });
    this.row += 1;
    return row;
  }

  title(text: string): number {
    return this.bar(text, STYLES.title);
  }

  banner(text: string, rag: Rag): number {
    return this.bar(text, STYLES.banner(rag));
  }

  /** A section bar, preceded by an empty row. */
  section(label: string): number {
    this.row += 1;
    return this.bar(label, STYLES.section);
  }

  /** Label in column A, value in B (left-aligned, numbers too); `measure: false` lets a long value (an id) run into empty C. */
  keyValues(
    rows: ReadonlyArray<readonly [string, CellSpec] | readonly [string, CellSpec, { measure: boolean }]>,
  ): void {
    for (const [label, value, opts] of rows) {
      this.put(this.row, 1, { value: label, style: STYLES.label });
      const v = spec(value);
      this.put(this.row, 2, { ...v, style: { horizontal: 'left', ...v.style } }, opts?.measure ?? true);
      this.row += 1;
    }
  }

  /** A header row and data rows from column A; returns the rows it used. */
  table(header: readonly string[], rows: ReadonlyArray<readonly CellSpec[]>): PlanRange {
    const top = this.row;
    header.forEach((h, i) => this.put(top, i + 1, { value: h, style: STYLES.tableHeader }));
    rows.forEach((cells, r) => cells.forEach((cell, i) => this.put(top + 1 + r, i + 1, cell)));
    this.row = top + 1 + rows.length;
    return { row: top, column: 1, rows: rows.length + 1, columns: header.length };
  }

  /** A line of text in column A that may run across the empty cells to its right. */
  note(text: string, style?: CellStyle): void {
    this.put(this.row, 1, style === undefined ? text : { value: text, style }, false);
    this.row += 1;
  }

  /** Leaves `rows` empty rows (room for a chart) and returns the first. */
  reserve(rows: number): number {
    const first = this.row;
    this.row += rows;
    return first;
  }

  /** `JSON.stringify(value, null, 2)` in column A, one line per row; continuation rows marked in B. */
  json(value: unknown): void {
    for (const line of jsonRows(value)) {
      this.put(this.row, 1, { value: line.text, style: STYLES.json }, false);
      if (line.continued) this.put(this.row, 2, { value: CONTINUED, style: STYLES.continued }, false);
      this.row += 1;
    }
  }

  /** A section holding `value` as JSON, with a note on how to read continuation rows. */
  jsonSection(title: string, value: unknown): void {
    this.section(title);
    this.note(
      'One line per row. A row marked “continued” in column B carries on the line above it.',
      STYLES.subtitle,
    );
    this.json(value);
  }

  /** The finished sheet as a plan op: printed portrait, one page wide, over the span's columns. */
  sheetOp(args: {
    readonly name: string;
    readonly rag: readonly RagRule[];
    readonly charts: readonly ChartSpec[];
    readonly tabColor: string;
  }): AddSheetOp {
    const { cells, columnWidths, rowHeights, lastRow } = this.finish();
    return {
      kind: 'addSheet',
      ...args,
      cells,
      merges: this.merges,
      columnWidths,
      rowHeights,
      print: {
        orientation: 'portrait',
        fitToWidth: 1,
        area: { row: 1, column: 1, rows: lastRow, columns: this.span },
      },
    };
  }

  columnWidths(): Record<number, number> {
    const widths: Record<number, number> = {};
    for (const [column, len] of this.hints)
      widths[column] = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, len + 2));
    return widths;
  }

  /**
   * The cells, with wrapping on measured text longer than its column, and the height of every row
   * such text makes taller than one line (spreadsheet applications do not re-fit heights on open).
   */
  finish(): {
    cells: PlanCell[];
    columnWidths: Record<number, number>;
    rowHeights: Record<number, number>;
    lastRow: number;
  } {
    const widths = this.columnWidths();
    const cells = [...this.cells];
    const rowHeights: Record<number, number> = {};
    for (const index of this.measured) {
      const cell = cells[index];
      if (cell === undefined || typeof cell.value !== 'string') continue;
      const width = widths[cell.column] ?? MAX_WIDTH;
      if (cell.value.length > width || cell.value.includes('\n')) {
        cells[index] = { ...cell, style: { ...cell.style, wrap: true } };
        const height = wrappedLines(cell.value, width) * LINE_HEIGHT;
        if (height > (rowHeights[cell.row] ?? LINE_HEIGHT)) rowHeights[cell.row] = height;
      }
    }
    return { cells, columnWidths: widths, rowHeights, lastRow: this.row - 1 };
  }
}
