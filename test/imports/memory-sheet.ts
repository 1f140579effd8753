import type { RawCell, RawTable } from '../../src/workbook/host';
import type { PlanValue, WritePlan } from '../../src/workbook/plan/write-plan';

/** A one-sheet stand-in for a host: applies a write plan's ChannelMetrics ops to a grid of cells. */
export class MemorySheet {
  private readonly cells = new Map<string, PlanValue>();

  constructor(header: readonly string[], rows: ReadonlyArray<readonly PlanValue[]> = []) {
    header.forEach((h, i) => this.set(1, i + 1, h));
    rows.forEach((r, j) => r.forEach((v, i) => this.set(j + 2, i + 1, v)));
  }

  private set(row: number, column: number, value: PlanValue): void {
    if (value === null) this.cells.delete(`${row},${column}`);
    else this.cells.set(`${row},${column}`, value);
  }

  apply(plan: WritePlan): void {
    for (const op of plan.ops) {
      if (op.kind === 'updateCells') {
        for (const a of op.addColumns) this.set(1, a.column, a.header);
        for (const c of op.cells) this.set(c.row, c.column, c.value);
      } else if (op.kind === 'appendRows') {
        op.rows.forEach((r, j) => r.forEach((v, i) => this.set(op.startRow + j, op.firstColumn + i, v)));
      } else throw new Error(`unexpected op ${op.kind}`);
    }
  }

  private extent(): { rows: number; columns: number } {
    let rows = 1;
    let columns = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      rows = Math.max(rows, r ?? 0);
      columns = Math.max(columns, c ?? 0);
    }
    return { rows, columns };
  }

  /** The grid as a host reads it (`null` for empty cells), header first. */
  grid(): RawCell[][] {
    const { rows, columns } = this.extent();
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this.cells.get(`${r + 1},${c + 1}`) ?? null),
    );
  }

  raw(): RawTable {
    const [header = [], ...rows] = this.grid();
    return {
      source: { kind: 'table', name: 'ChannelMetrics' },
      sheet: 'ChannelMetrics',
      headerRow: 1,
      firstColumn: 1,
      header,
      rows,
    };
  }
}
