import fc from 'fast-check';
import { bands, solidRects, splitRows } from './cell-blocks';

const position = fc.record({ row: fc.integer({ min: 1, max: 12 }), column: fc.integer({ min: 1, max: 8 }) });
const key = (p: { row: number; column: number }) => `${p.row}:${p.column}`;

describe('bands', () => {
  test('consecutive rows share a band spanning their columns; holes are undefined', () => {
    const cells = [
      { row: 2, column: 1, v: 'a' },
      { row: 3, column: 4, v: 'b' },
      { row: 9, column: 2, v: 'c' },
    ];
    expect(bands(cells)).toEqual([
      {
        row: 2,
        column: 1,
        rows: 2,
        columns: 4,
        cells: [
          [cells[0], undefined, undefined, undefined],
          [undefined, undefined, undefined, cells[1]],
        ],
      },
      { row: 9, column: 2, rows: 1, columns: 1, cells: [[cells[2]]] },
    ]);
  });

  test('a later cell at the same place wins', () => {
    expect(
      bands([
        { row: 1, column: 1, v: 1 },
        { row: 1, column: 1, v: 2 },
      ])[0]?.cells,
    ).toEqual([[{ row: 1, column: 1, v: 2 }]]);
  });

  test('every cell lands once, at its own place, and bands never overlap', () => {
    fc.assert(
      fc.property(fc.array(position, { maxLength: 40 }), (cells) => {
        const seen = new Map<string, number>();
        for (const band of bands(cells)) {
          band.cells.forEach((row, r) =>
            row.forEach((cell, c) => {
              const at = key({ row: band.row + r, column: band.column + c });
              seen.set(at, (seen.get(at) ?? 0) + 1);
              if (cell !== undefined) expect(key(cell)).toBe(at);
            }),
          );
        }
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        for (const cell of cells) expect(seen.has(key(cell))).toBe(true);
      }),
    );
  });
});

describe('solidRects', () => {
  test('joins runs of the same columns on consecutive rows', () => {
    const cells = [
      { row: 1, column: 1 },
      { row: 1, column: 2 },
      { row: 2, column: 1 },
      { row: 2, column: 2 },
      { row: 3, column: 2 },
      { row: 5, column: 2 },
    ];
    expect(solidRects(cells)).toEqual([
      { row: 1, column: 1, rows: 2, columns: 2 },
      { row: 3, column: 2, rows: 1, columns: 1 },
      { row: 5, column: 2, rows: 1, columns: 1 },
    ]);
  });

  test('covers exactly the given positions, each once', () => {
    fc.assert(
      fc.property(fc.array(position, { maxLength: 40 }), (cells) => {
        const covered: string[] = [];
        for (const r of solidRects(cells))
          for (let i = 0; i < r.rows; i += 1)
            for (let j = 0; j < r.columns; j += 1)
              covered.push(key({ row: r.row + i, column: r.column + j }));
        expect(covered.sort()).toEqual([...new Set(cells.map(key))].sort());
      }),
    );
  });
});

describe('splitRows', () => {
  test('cuts a band into row blocks under the byte limit, in order', () => {
    const band = { row: 5, column: 2, rows: 5, columns: 1, cells: [[1], [2], [3], [4], [5]] };
    const parts = splitRows(band, () => 4, 8);
    expect(parts.map((p) => [p.band.row, p.band.rows, p.bytes])).toEqual([
      [5, 2, 8],
      [7, 2, 8],
      [9, 1, 4],
    ]);
    expect(parts.flatMap((p) => p.band.cells)).toEqual(band.cells);
  });

  test('a row bigger than the limit goes alone', () => {
    const band = { row: 1, column: 1, rows: 2, columns: 1, cells: [['x'], ['y']] };
    expect(splitRows(band, () => 100, 10).map((p) => p.band.rows)).toEqual([1, 1]);
  });
});
