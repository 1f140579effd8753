import type { RawCell } from '../../workbook/host';
import { columnNumber } from '../../workbook/address/a1';
import { attribute, textOf, xmlText } from './xml-text';

/** A sheet's used cells: the grid from its first used row and column, and where that is (1-based). */
export interface SheetGrid {
  readonly top: number;
  readonly left: number;
  readonly cells: ReadonlyArray<readonly RawCell[]>;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW = /<row\b([^>]*)>|<row\b([^>]*)\/>/g;
const VALUE = /<v>([\s\S]*?)<\/v>/;
const REF = /^([A-Za-z]{1,3})(\d+)$/;
/** The row between used rows, shared. */
const NO_CELLS: readonly RawCell[] = Object.freeze([]);

/** A cell's value as Excel stores it: shared or inline text, a number (dates are serials), TRUE/FALSE, an error. */
function valueOf(attrs: string, body: string, shared: readonly string[]): RawCell {
  const type = attribute(attrs, 't') ?? 'n';
  if (type === 'inlineStr') return textOf(body);
  const v = VALUE.exec(body)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case 's':
      return shared[Number(v)] ?? null;
    case 'str':
    case 'd':
      return xmlText(v);
    case 'b':
      return v.trim() === '1';
    case 'e':
      return { error: xmlText(v) };
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : xmlText(v);
    }
  }
}

/**
 * The cells of a worksheet part (`<sheetData>`), as a grid of what the cells hold from the first
 * used row and column: shared strings looked up, formulas as their last value, blank cells `null`,
 * each row ending at its last value. Rows and cells without an
 * `r` follow the one before.
 *
 * @example sheetCells('<sheetData><row r="2"><c r="B2" t="s"><v>0</v></c></row></sheetData>', ['Day']) // { top: 2, left: 2, cells: [['Day']] }
 */
export function sheetCells(xml: string, shared: readonly string[]): SheetGrid | null {
  const start = xml.indexOf('<sheetData');
  const data = start < 0 ? '' : xml.slice(start, xml.indexOf('</sheetData>', start) + 12);
  const rows: Array<{ row: number; cells: Array<[number, RawCell]> }> = [];
  const rowAt: number[] = [];
  ROW.lastIndex = 0;
  for (let m = ROW.exec(data); m !== null; m = ROW.exec(data)) rowAt.push(m.index);
  rowAt.push(data.length);
  let rowNumber = 0;
  for (let i = 0; i + 1 < rowAt.length; i++) {
    const chunk = data.slice(rowAt[i], rowAt[i + 1]);
    const r = Number(attribute(chunk.slice(0, chunk.indexOf('>') + 1), 'r'));
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    const cells: Array<[number, RawCell]> = [];
    let column = 0;
    CELL.lastIndex = 0;
    for (let c = CELL.exec(chunk); c !== null; c = CELL.exec(chunk)) {
      const attrs = c[1] ?? '';
      const ref = REF.exec(attribute(attrs, 'r') ?? '');
      column = ref === null ? column + 1 : columnNumber(ref[1] ?? '');
      const value = valueOf(attrs, c[2] ?? '', shared);
      if (value !== null && value !== '') cells.push([column, value]);
    }
    if (cells.length > 0) rows.push({ row: rowNumber, cells });
  }
  if (rows.length === 0) return null;
  // Loops, not Math.min(...rows): a spread of a million rows overflows the stack.
  let [top, bottom, left] = [Infinity, 0, Infinity];
  for (const r of rows) {
    top = Math.min(top, r.row);
    bottom = Math.max(bottom, r.row);
    for (const [c] of r.cells) left = Math.min(left, c);
  }
  // Each row as long as its own last value (as a CSV line): a stray note far right or far down
  // costs one row, not a rectangle of blanks over the whole export.
  const grid: Array<readonly RawCell[]> = new Array<readonly RawCell[]>(bottom - top + 1).fill(NO_CELLS);
  for (const r of rows) {
    const line: RawCell[] = [];
    grid[r.row - top] = line;
    for (const [c, value] of r.cells) {
      while (line.length < c - left) line.push(null);
      line[c - left] = value;
    }
  }
  return { top, left, cells: grid };
}
