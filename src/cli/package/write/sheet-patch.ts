import { unionBox, type Box } from '../sheet-box';
import type { CellWrite } from './cell-write';

/**
 * What a run changes in one existing worksheet: the cells it writes, and the rectangles that must be
 * empty before it writes there (new rows below a table, new columns right of it). Collected from the
 * plan's operations, then applied in one streaming pass over the part (`patchSheet`).
 *
 * @example
 * const patch = new SheetPatch('Tasks');
 * patch.requireBlank({ top: 1, left: 17, bottom: 40, right: 17 }, 'add columns to table Tasks');
 * patch.set(2, 17, planWrite('completed', {}, { kind: 'self' }));
 */
export class SheetPatch {
  /** Row → column → write. */
  readonly writes = new Map<number, Map<number, CellWrite>>();
  readonly blanks: Array<{ readonly box: Box; readonly purpose: string }> = [];
  private box: Box | null = null;

  constructor(readonly sheet: string) {}

  set(row: number, column: number, write: CellWrite): void {
    let line = this.writes.get(row);
    if (line === undefined) this.writes.set(row, (line = new Map()));
    line.set(column, write);
    this.box = unionBox(this.box, { top: row, left: column, bottom: row, right: column });
  }

  requireBlank(box: Box, purpose: string): void {
    this.blanks.push({ box, purpose });
  }

  /** The rectangle around every written cell, or `null`. */
  get writtenBox(): Box | null {
    return this.box;
  }

  /** The write planned for a cell, if any. */
  get(row: number, column: number): CellWrite | undefined {
    return this.writes.get(row)?.get(column);
  }
}
