import { columnCount, intersects, rowCount, type Rect } from '../core/address';
import { coerceInput } from '../core/coerce';
import { fail } from '../core/errors';
import { displayText } from '../core/number-format';
import { apiValue, GENERAL, valueType, type CellModel } from './cell';
import { editCell, keyPosition, peekCell } from './sheet-cells';
import { autoExpandTables, syncHeaderNames, tablesOn } from './tables';
import type { BookModel, SheetModel } from './types';

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** A 2-D array over the range, one entry per cell (never-written cells read as blank). */
export function readGrid<V>(target: RangeTarget, read: (cell: CellModel | undefined) => V): V[][] {
  const out: V[][] = [];
  const { rect, sheet } = target;
  for (let r = rect.top; r <= rect.bottom; r += 1) {
    const row: V[] = [];
    for (let c = rect.left; c <= rect.right; c += 1) row.push(read(peekCell(sheet, r, c)));
    out.push(row);
  }
  return out;
}

/** Excel's largest cell text. */
export const MAX_CELL_TEXT = 32_767;

/** `Range.text` of a cell, with the workbook's date system. */
export const textReader =
  (date1904: boolean) =>
  (cell: CellModel | undefined): string =>
    cell === undefined ? '' : displayText(cell.value, cell.numberFormat, date1904);

export const readers = {
  values: (cell: CellModel | undefined) => (cell === undefined ? '' : apiValue(cell.value)),
  text: textReader(false),
  formulas: (cell: CellModel | undefined) =>
    cell?.formula ?? (cell === undefined ? '' : apiValue(cell.value)),
  numberFormat: (cell: CellModel | undefined) => cell?.numberFormat ?? GENERAL,
  valueTypes: (cell: CellModel | undefined) => valueType(cell?.value ?? null),
} as const;

/**
 * The per-cell inputs of a write: a 2-D array exactly the size of the range, or one value for every
 * cell. Anything else is Office's `InvalidArgument`.
 */
export function cellInputs(
  target: RangeTarget,
  input: unknown,
  location: string,
): (r: number, c: number) => unknown {
  const rows = rowCount(target.rect);
  const cols = columnCount(target.rect);
  if (input === null || input === undefined)
    fail('InvalidArgument', location, 'null is not a valid value for a range property');
  if (!Array.isArray(input)) return () => input;
  const fits = input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!fits) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : '?'}`;
    fail('InvalidArgument', location, `the input array (${got}) doesn't match the range (${rows}×${cols})`);
  }
  return (r, c) => (input[r] as unknown[])[c];
}

/** `Range.values` / `Range.formulas` = input: Excel's conversion per cell, then tables catch up. */
export function writeValues(book: BookModel, target: RangeTarget, input: unknown, location: string): void {
  const at = cellInputs(target, input, location);
  const { rect, sheet } = target;
  for (let r = rect.top; r <= rect.bottom; r += 1) {
    for (let c = rect.left; c <= rect.right; c += 1) {
      const raw = at(r - rect.top, c - rect.left);
      editCell(sheet, r, c, (cell) => {
        const stored = coerceInput(raw, cell.numberFormat, book.date1904);
        if (stored === 'unchanged') return;
        if (stored === 'invalid')
          fail('InvalidArgument', location, `not a cell value: ${JSON.stringify(raw)}`);
        if (typeof stored.value === 'string' && stored.value.length > MAX_CELL_TEXT)
          fail('InvalidArgument', location, `a cell holds at most ${MAX_CELL_TEXT} characters`);
        cell.value = stored.value;
        cell.quotePrefix = stored.quotePrefix;
        if (stored.formula === undefined) delete cell.formula;
        else cell.formula = stored.formula;
        if (stored.impliedFormat !== undefined) cell.numberFormat = stored.impliedFormat;
      });
    }
  }
  afterContentChange(book, sheet, rect);
}

/** `Range.numberFormat` = input (`''` resets to General; `null` leaves a cell as it is). */
export function writeNumberFormats(target: RangeTarget, input: unknown, location: string): void {
  const at = cellInputs(target, input, location);
  const { rect, sheet } = target;
  for (let r = rect.top; r <= rect.bottom; r += 1) {
    for (let c = rect.left; c <= rect.right; c += 1) {
      const raw = at(r - rect.top, c - rect.left);
      if (raw === null) continue;
      if (typeof raw !== 'string')
        fail('InvalidArgument', location, `a number format is text: ${JSON.stringify(raw)}`);
      editCell(sheet, r, c, (cell) => {
        cell.numberFormat = raw === '' ? GENERAL : raw;
      });
    }
  }
}

/** Table header names follow their cells; tables grow over rows written just below them. */
export function afterContentChange(book: BookModel, sheet: SheetModel, rect: Rect): void {
  for (const table of tablesOn(book, sheet)) {
    if (table.showHeaders && intersects({ ...table.rect, bottom: table.rect.top }, rect))
      syncHeaderNames(table);
  }
  autoExpandTables(book, sheet, rect);
}

/** Clears contents, formats or both (`Range.clear(applyTo)`). */
export function clearRange(book: BookModel, target: RangeTarget, applyTo: string, location: string): void {
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  if (!contents && !formats && applyTo !== 'Hyperlinks' && applyTo !== 'RemoveHyperlinks') {
    fail('InvalidArgument', location, `unknown applyTo "${applyTo}"`);
  }
  const { rect, sheet } = target;
  for (const key of [...sheet.cells.keys()]) {
    const { row, column } = keyPosition(key);
    if (row < rect.top || row > rect.bottom || column < rect.left || column > rect.right) continue;
    editCell(sheet, row, column, (c) => {
      if (contents) {
        c.value = null;
        c.quotePrefix = false;
        delete c.formula;
      }
      if (formats) {
        c.numberFormat = GENERAL;
        c.style = {};
      }
    });
  }
  if (contents) afterContentChange(book, sheet, rect);
}
