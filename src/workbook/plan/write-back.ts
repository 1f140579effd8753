import { fieldLabel } from '../../engine/model/labels';
import type { TableLocation } from '../source-map';
import { fitCell } from './cell-text';
import type { PlanCell, PlanValue, UpdateCellsOp } from './write-plan';

/** One value to write into an input table: row by model index, column by model field. */
export interface FieldWrite {
  readonly index: number;
  readonly field: string;
  readonly value: PlanValue;
  readonly numberFormat?: string;
}

/**
 * The `updateCells` op that writes `writes` into an input table. A field the table has no column
 * for gets one, right of the table's last column (in `fieldOrder`), only when a non-blank value
 * must go there; a blank for a missing column is nothing to write. `null` when nothing is written.
 *
 * @example writeBackOp(tasksLocation, 'tasks', ['status'], [{ index: 0, field: 'status', value: 'completed' }])
 */
export function writeBackOp(
  location: TableLocation,
  table: string,
  fieldOrder: readonly string[],
  writes: readonly FieldWrite[],
): UpdateCellsOp | null {
  const missing = new Set(
    writes.filter((w) => w.value !== null && location.columns[w.field] === undefined).map((w) => w.field),
  );
  const added = fieldOrder
    .filter((field) => missing.has(field))
    .map((field, k) => ({ field, column: location.firstColumn + location.width + k }));
  const columnOf = (field: string): number | undefined =>
    location.columns[field] ?? added.find((a) => a.field === field)?.column;

  const cells: PlanCell[] = [];
  for (const w of writes) {
    const column = columnOf(w.field);
    const row = location.rows[w.index];
    if (column === undefined) continue;
    if (row === undefined) {
      throw new RangeError(`${location.sheet}: no row is known for ${table} index ${w.index}`);
    }
    const value = fitCell(w.value);
    cells.push(
      w.numberFormat === undefined
        ? { row, column, value }
        : { row, column, value, numberFormat: w.numberFormat },
    );
  }
  if (cells.length === 0) return null;
  return {
    kind: 'updateCells',
    source: location.source,
    sheet: location.sheet,
    addColumns: added.map((a) => ({ column: a.column, header: fieldLabel(table, a.field) })),
    cells,
  };
}
