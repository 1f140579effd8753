import { columnLetters, localAddress } from '../test/support/fake-excel/core/address';
import { displayText } from '../test/support/fake-excel/core/number-format';
import type { CellStyle } from '../test/support/fake-excel/model/cell';
import { peekCell, usedRect } from '../test/support/fake-excel/model/sheet-cells';
import type { FakeExcel } from '../test/support/fake-excel';

/** One cell as the playground's grid shows it: Excel's displayed text and the few styles it draws. */
export interface GridCell {
  readonly text: string;
  readonly style: Pick<CellStyle, 'fill' | 'bold' | 'italic' | 'fontColor' | 'horizontal'>;
  readonly selected: boolean;
}

/** What the grid shows of the workbook: its sheets, and a window of the active sheet from A1. */
export interface GridView {
  readonly sheets: readonly string[];
  readonly active: string;
  /** The selection on the active sheet (`B3:C4`). */
  readonly selection: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<{ readonly number: number; readonly cells: readonly GridCell[] }>;
  /** Rows and columns the sheet uses beyond the window shown. */
  readonly hidden: { readonly rows: number; readonly columns: number };
}

export interface GridLimits {
  readonly maxRows: number;
  readonly maxColumns: number;
}

const AT_LEAST = { rows: 20, columns: 8 };

/**
 * The active sheet of the in-memory workbook from A1, as far as it is used (or selected) and within
 * `limits`, with Excel's displayed text of each cell. Plain data, so the playground page can draw it
 * from another window.
 *
 * @example gridOf(fake, { maxRows: 200, maxColumns: 30 }).rows[0]?.cells[0]?.text // 'Campaign ID'
 */
export function gridOf(fake: FakeExcel, limits: GridLimits): GridView {
  const active = fake.activeSheet();
  const sheet = fake.sheet(active);
  const used = usedRect(sheet, false);
  const { sheet: selectedSheet, rect: selected } = fake.book.selection;
  const onActive = selectedSheet.name === active;
  const bottom = Math.max(used?.bottom ?? 0, onActive ? selected.bottom : 0, AT_LEAST.rows - 1);
  const right = Math.max(used?.right ?? 0, onActive ? selected.right : 0, AT_LEAST.columns - 1);
  const rowCount = Math.min(bottom + 1, limits.maxRows);
  const columnCount = Math.min(right + 1, limits.maxColumns);
  const isSelected = (row: number, column: number) =>
    onActive &&
    row >= selected.top &&
    row <= selected.bottom &&
    column >= selected.left &&
    column <= selected.right;
  const rows = Array.from({ length: rowCount }, (_, row) => ({
    number: row + 1,
    cells: Array.from({ length: columnCount }, (_, column): GridCell => {
      const cell = peekCell(sheet, row, column);
      const style = cell?.style ?? {};
      return {
        text: cell === undefined ? '' : displayText(cell.value, cell.numberFormat),
        style: {
          ...(style.fill === undefined ? {} : { fill: style.fill }),
          ...(style.bold === undefined ? {} : { bold: style.bold }),
          ...(style.italic === undefined ? {} : { italic: style.italic }),
          ...(style.fontColor === undefined ? {} : { fontColor: style.fontColor }),
          ...(style.horizontal === undefined ? {} : { horizontal: style.horizontal }),
        },
        selected: isSelected(row, column),
      };
    }),
  }));
  return {
    sheets: fake.sheetNames(),
    active,
    selection: onActive ? localAddress(selected) : '',
    columns: Array.from({ length: columnCount }, (_, c) => columnLetters(c)),
    rows,
    hidden: { rows: bottom + 1 - rowCount, columns: right + 1 - columnCount },
  };
}
