/// <reference types="office-js" />
import type { PlanValue } from '../../../workbook/plan/write-plan';
import { bands, splitRows, type Band } from '../cell-blocks';
import { excelInput, type ExcelInput } from '../cell-values';
import { jsonBytes, requestCost, STEP_MAX_BYTES } from '../request-size';
import { rangeOn, type WriteStep } from '../write-step';

/** One cell to write: its value and, where it needs one, its number format. */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly value: PlanValue;
  readonly numberFormat?: string | undefined;
}

/** Sheet row and column of the first cell of the range a path of 3 proxies names. */
const PATHS_PER_RANGE = 3;

function matrixSteps(
  sheet: string,
  band: Band<ExcelInput>,
  phase: 'values' | 'formats',
  write: (range: Excel.Range, matrix: ExcelInput[][]) => void,
): WriteStep[] {
  const rowBytes = (row: ReadonlyArray<ExcelInput | undefined>) => jsonBytes(row) + 1;
  return splitRows(band, rowBytes, STEP_MAX_BYTES).map(({ band: part, bytes }) => {
    const matrix = part.cells.map((row) => row.map((v) => (v === undefined ? null : v)));
    return {
      phase,
      bytes: bytes + requestCost({ paths: PATHS_PER_RANGE, actions: 1 }),
      queue: (context) => write(rangeOn(context, sheet, part), matrix),
    };
  });
}

function mapBand<T, U>(band: Band<T>, f: (cell: T) => U): Band<U> {
  return { ...band, cells: band.cells.map((row) => row.map((c) => (c === undefined ? undefined : f(c)))) };
}

/**
 * Range writes for cells: the values (text with its quote prefix), then, where any cell of a band
 * has one, the number formats (`null` leaves a cell's format as it is). Bands are split so no step
 * passes `STEP_MAX_BYTES`.
 *
 * @example cellSteps('Tasks', [{ row: 5, column: 4, value: 'completed' }]) // one 'values' step
 */
export function cellSteps(sheet: string, cells: readonly CellWrite[]): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const band of bands(cells)) {
    steps.push(
      ...matrixSteps(
        sheet,
        mapBand(band, (c) => excelInput(c.value)),
        'values',
        (range, m) => {
          range.values = m;
        },
      ),
    );
    if (band.cells.some((row) => row.some((c) => c?.numberFormat !== undefined))) {
      steps.push(
        ...matrixSteps(
          sheet,
          mapBand(band, (c) => c.numberFormat ?? null),
          'formats',
          (range, m) => {
            range.numberFormat = m;
          },
        ),
      );
    }
  }
  return steps;
}

/**
 * The cells of a block of rows (a log's appended rows, a new table's header and rows), each column
 * with its number format where one is given.
 *
 * @example rowCells(3, 1, [['T-1', 46350.5]], [null, 'yyyy-mm-dd hh:mm'])
 */
export function rowCells(
  startRow: number,
  firstColumn: number,
  rows: ReadonlyArray<readonly PlanValue[]>,
  columnFormats: ReadonlyArray<string | null> = [],
): CellWrite[] {
  return rows.flatMap((values, r) =>
    values.map((value, c) => {
      const format = columnFormats[c] ?? null;
      const cell = { row: startRow + r, column: firstColumn + c, value };
      return format === null ? cell : { ...cell, numberFormat: format };
    }),
  );
}
