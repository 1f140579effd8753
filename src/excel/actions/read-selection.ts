/// <reference types="office-js" />
import { formatA1 } from '../../workbook/address/a1';
import type { RawCell } from '../../workbook/host';
import { rawCellOf } from '../host/cell-values';
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

export type SelectionRead = SelectedCells | { readonly kind: 'single_cell' } | { readonly kind: 'empty' };

const TOO_BIG: ReadonlySet<string> = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

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

/** When one sync cannot carry the selection: its size first, then blocks of rows, one sync each. */
async function readInRowBlocks(run: Run, cellsPerSync: number): Promise<SelectionRead> {
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
      const range = rangeOn(context, frame.sheet, rect).load('values');
      await context.sync();
      return range.values;
    });
    for (const line of block) values.push(line);
  }
  return selected(frame.sheet, frame.row, frame.column, values);
}

/**
 * The values of the selected range, in one sync: the selection cut to its used part (selecting whole
 * columns reads only the rows that hold something). One cell, or a selection with no values, is
 * refused. A selection too large for one response (Excel on the web's 5 MB) is read again in row
 * blocks of `cellsPerSync` cells.
 *
 * @example const read = await readSelection(host.run); if (read.kind === 'cells') read.cells[0] // the header row
 */
export async function readSelection(run: Run, cellsPerSync = SYNC_CELLS): Promise<SelectionRead> {
  try {
    return await run(async (context) => {
      const range = context.workbook.getSelectedRange().load('cellCount');
      const used = range.getUsedRangeOrNullObject(true).load('address, values');
      await context.sync();
      if (range.cellCount === 1) return { kind: 'single_cell' };
      if (used.isNullObject) return { kind: 'empty' };
      const at = origin(used.address);
      return selected(at.sheet, at.row, at.column, used.values);
    });
  } catch (error) {
    if (!TOO_BIG.has(officeErrorCode(error) ?? '')) throw error;
    return readInRowBlocks(run, cellsPerSync);
  }
}
