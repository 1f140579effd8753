import { cellSteps, rowCells } from './value-steps';

describe('rowCells', () => {
  test('places rows from a cell, each column with its format where given', () => {
    expect(rowCells(3, 2, [['a', 1]], [null, '0.0'])).toEqual([
      { row: 3, column: 2, value: 'a' },
      { row: 3, column: 3, value: 1, numberFormat: '0.0' },
    ]);
  });
});

describe('cellSteps', () => {
  test('a band of values, and its formats only when a cell has one', () => {
    expect(cellSteps('S', [{ row: 1, column: 1, value: 'x' }]).map((s) => s.phase)).toEqual(['values']);
    expect(cellSteps('S', rowCells(1, 1, [[1]], ['0'])).map((s) => s.phase)).toEqual(['values', 'formats']);
  });

  test('large bands are split into steps of at most about 512 KB', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [`${'x'.repeat(300)}${i}`]);
    const steps = cellSteps('S', rowCells(1, 1, rows));
    // 4,000 rows × ~306 bytes ≈ 1.2 MB of values: three steps.
    expect(steps).toHaveLength(3);
    expect(steps.every((s) => s.bytes < 600 * 1024)).toBe(true);
  });
});
