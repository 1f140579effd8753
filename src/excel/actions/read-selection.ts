/// <reference types="office-js" />
import { formatA1 } from '../../workbook/address/a1';
import type { RawCell } from '../../workbook/host';
import { rawCellOf } from '../host/cell-values';
import { datesTo1900, queueDateSystemProbe } from '../host/date-system';
import { SYNC_CELLS } from '../host/read-in-blocks';
import { origin } from '../host/read-sources';
import { rangeOn } from '../host/write-step';
import { officeErrorCode } from '../office-error';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The selected cells that hold values (the selection cut to its used part), where they start. */
export interface SelectedCells {
  readonly kind: 'cells';
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** `Export!A1:H12` */
  readonly address: string;
  readonly cells: RawCell[][];
}

export type SelectionRead =
  | SelectedCells
  | { readonly kind: 'single_cell' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'several_areas' };

export interface SelectionOptions {
  /** Cells read per sync when the selection is read in blocks (default `SYNC_CELLS`). */
  readonly cellsPerSync?: number;
  /**
   * The workbook uses the 1904 date system: dates are read by their formats and moved to 1900.
   * Left out: probed in the selection's own sync (a 1904 workbook then costs one sync more).
   */
  readonly date1904?: boolean;
}

const TOO_BIG: ReadonlySet<string> = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/** Excel on the web may answer a read over its cell limit with `null`: read in blocks then. */
class TooBig extends Error {}

/** Excel's values as cells, converted in place: a pasted export of 200,000 rows is held once. */
function toCells(values: unknown[][]): RawCell[][] {
  for (const r of values) for (let i = 0; i < r.length; i++) r[i] = rawCellOf(r[i]);
  return values as RawCell[][];
}

function selected(sheet: string, row: number, column: number, values: unknown[][]): SelectedCells {
  const cells = toCells(values);
  const width = cells[0]?.length ?? 1;
  const to = { row: row + Math.max(cells.length, 1) - 1, column: column + width - 1 };
  return { kind: 'cells', sheet, row, column, address: formatA1({ sheet, row, column }, to), cells };
}

/** The values of a loaded range, dates moved to 1900 in a 1904 workbook; `TooBig` when Excel said null. */
function valuesOf(range: Excel.Range, date1904: boolean): unknown[][] {
  const values = range.values as unknown[][] | null;
  if (values === null) throw new TooBig();
  return date1904 ? datesTo1900(values, range.numberFormat as unknown[][]) : values;
}

/** When one sync cannot carry the selection: its size first, then blocks of rows, one sync each. */
async function readInRowBlocks(run: Run, cellsPerSync: number, date1904: boolean): Promise<SelectionRead> {
  const frame = await run(async (context) => {
    const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
    used.load('address, rowCount, columnCount');
    await context.sync();
    return used.isNullObject
      ? null
      : { ...origin(used.address), rows: used.rowCount, columns: used.columnCount };
  });
  if (frame === null) return { kind: 'empty' };
  const step = Math.max(1, Math.floor(cellsPerSync / frame.columns));
  const values: unknown[][] = [];
  for (let r = 0; r < frame.rows; r += step) {
    const rect = {
      row: frame.row + r,
      column: frame.column,
      rows: Math.min(step, frame.rows - r),
      columns: frame.columns,
    };
    const block = await run(async (context) => {
      const range = rangeOn(context, frame.sheet, rect).load(date1904 ? 'values, numberFormat' : 'values');
      await context.sync();
      return valuesOf(range, date1904);
    });
    for (const line of block) values.push(line);
  }
  return selected(frame.sheet, frame.row, frame.column, values);
}

/** How many areas are selected (Ctrl+click selects several), in a sync of its own. */
async function areaCount(run: Run): Promise<number> {
  return run(async (context) => {
    const areas = context.workbook.getSelectedRanges().load('areaCount');
    await context.sync();
    return areas.areaCount;
  });
}

/**
 * The values of the selected range, in one sync: the selection cut to its used part (selecting whole
 * columns reads only the rows that hold something). One cell, a selection with no values, or several
 * areas (which `getSelectedRange` refuses) are refused. A selection too large for one response (Excel
 * on the web's 5 MB, refused or answered with `null`) is read again in row blocks. In a 1904 workbook
 * the number formats are read too, so dates come back in the 1900 system like every other read.
 *
 * @example const read = await readSelection(host.run); if (read.kind === 'cells') read.cells[0] // the header row
 */
export async function readSelection(run: Run, options: SelectionOptions = {}): Promise<SelectionRead> {
  const { cellsPerSync = SYNC_CELLS } = options;
  let date1904 = options.date1904;
  try {
    const read = await run(async (context) => {
      const probe = date1904 === undefined ? queueDateSystemProbe(context) : null;
      const range = context.workbook.getSelectedRange().load('cellCount');
      const used = range
        .getUsedRangeOrNullObject(true)
        .load(date1904 === true ? 'address, values, numberFormat' : 'address, values');
      await context.sync();
      date1904 ??= probe?.() ?? false;
      if (range.cellCount === 1) return { kind: 'single_cell' } as const;
      if (used.isNullObject) return { kind: 'empty' } as const;
      const at = origin(used.address);
      if (date1904 && probe !== null)
        return { kind: 'formats_needed', at, address: used.address, values: valuesOf(used, false) } as const;
      return selected(at.sheet, at.row, at.column, valuesOf(used, date1904));
    });
    if (read.kind !== 'formats_needed') return read;
    // A 1904 workbook found by the probe: its dates are known by their formats, read now.
    const formats = await run(async (context) => {
      const range = rangeOn(context, read.at.sheet, {
        ...read.at,
        rows: read.values.length,
        columns: read.values[0]?.length ?? 1,
      }).load('numberFormat');
      await context.sync();
      return range.numberFormat as unknown[][];
    });
    return selected(read.at.sheet, read.at.row, read.at.column, datesTo1900(read.values, formats));
  } catch (error) {
    if (error instanceof TooBig || TOO_BIG.has(officeErrorCode(error) ?? ''))
      return readInRowBlocks(run, cellsPerSync, date1904 ?? false);
    if (officeErrorCode(error) !== null && (await areaCount(run)) > 1) return { kind: 'several_areas' };
    throw error;
  }
}
