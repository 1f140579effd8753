/** A rectangle on a sheet, 1-based. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** A rectangle of cells to write together; `undefined` where the rectangle covers no given cell. */
export interface Band<T> extends Rect {
  readonly cells: ReadonlyArray<ReadonlyArray<T | undefined>>;
}

interface Positioned {
  readonly row: number;
  readonly column: number;
}

function byRow<T extends Positioned>(cells: readonly T[]): Map<number, Map<number, T>> {
  const rows = new Map<number, Map<number, T>>();
  for (const cell of cells) {
    const row = rows.get(cell.row) ?? new Map<number, T>();
    row.set(cell.column, cell);
    rows.set(cell.row, row);
  }
  return rows;
}

/**
 * Groups cells into as few range writes as runs of consecutive rows allow: each band spans
 * consecutive rows and every column any of them uses; holes are `undefined` (written as `null`, which
 * leaves a cell as it is). A later cell at the same position replaces an earlier one.
 *
 * @example bands([{ row: 2, column: 1 }, { row: 3, column: 4 }, { row: 9, column: 1 }]).length // 2
 */
export function bands<T extends Positioned>(cells: readonly T[]): Band<T>[] {
  const rows = byRow(cells);
  const order = [...rows.keys()].sort((a, b) => a - b);
  const out: Band<T>[] = [];
  let start = 0;
  for (let i = 1; i <= order.length; i += 1) {
    if (i < order.length && order[i] === (order[i - 1] ?? 0) + 1) continue;
    const bandRows = order.slice(start, i);
    start = i;
    let [left, right] = [Infinity, -Infinity];
    for (const r of bandRows) {
      for (const c of rows.get(r)?.keys() ?? []) [left, right] = [Math.min(left, c), Math.max(right, c)];
    }
    const first = bandRows[0] ?? 0;
    out.push({
      row: first,
      column: left,
      rows: bandRows.length,
      columns: right - left + 1,
      cells: bandRows.map((r) =>
        Array.from({ length: right - left + 1 }, (_, c) => rows.get(r)?.get(left + c)),
      ),
    });
  }
  return out;
}

/**
 * Covers exactly the given positions with rectangles (for formats, which apply to a whole range):
 * runs of adjacent columns in a row, joined with the same run in the rows below.
 *
 * @example solidRects([{ row: 1, column: 1 }, { row: 1, column: 2 }, { row: 2, column: 1 }, { row: 2, column: 2 }])
 * // [{ row: 1, column: 1, rows: 2, columns: 2 }]
 */
export function solidRects(cells: readonly Positioned[]): Rect[] {
  const rows = byRow(cells);
  const open = new Map<string, { row: number; column: number; rows: number; columns: number }>();
  const done: Rect[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const columns = [...(rows.get(r)?.keys() ?? [])].sort((a, b) => a - b);
    const runs: Array<{ column: number; columns: number }> = [];
    for (const c of columns) {
      const last = runs[runs.length - 1];
      if (last !== undefined && last.column + last.columns === c) last.columns += 1;
      else runs.push({ column: c, columns: 1 });
    }
    const next = new Map<string, { row: number; column: number; rows: number; columns: number }>();
    for (const run of runs) {
      const key = `${run.column}:${run.columns}`;
      const above = open.get(key);
      if (above !== undefined && above.row + above.rows === r) {
        above.rows += 1;
        next.set(key, above);
        open.delete(key);
      } else next.set(key, { row: r, column: run.column, rows: 1, columns: run.columns });
    }
    done.push(...open.values());
    open.clear();
    for (const [key, rect] of next) open.set(key, rect);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * Splits a band into bands of consecutive rows, each at most `maxBytes` by `bytesOfRow` (a row
 * bigger than that alone makes a band).
 *
 * @example splitRows(band, (row) => JSON.stringify(row).length, 1_000_000)
 */
export function splitRows<T>(
  band: Band<T>,
  bytesOfRow: (row: ReadonlyArray<T | undefined>) => number,
  maxBytes: number,
): Array<{ band: Band<T>; bytes: number }> {
  const out: Array<{ band: Band<T>; bytes: number }> = [];
  let from = 0;
  let bytes = 0;
  const flush = (to: number) => {
    if (to > from)
      out.push({
        band: { ...band, row: band.row + from, rows: to - from, cells: band.cells.slice(from, to) },
        bytes,
      });
    from = to;
    bytes = 0;
  };
  band.cells.forEach((row, i) => {
    const size = bytesOfRow(row);
    if (i > from && bytes + size > maxBytes) flush(i);
    bytes += size;
  });
  flush(band.cells.length);
  return out;
}
