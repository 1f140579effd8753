import { localA1 } from './write-step';

describe('localA1', () => {
  test.each([
    [{ row: 1, column: 1, rows: 1, columns: 1 }, 'A1'],
    [{ row: 2, column: 1, rows: 3, columns: 2 }, 'A2:B4'],
    [{ row: 10, column: 27, rows: 1, columns: 3 }, 'AA10:AC10'],
  ])('%j → %s', (rect, a1) => {
    expect(localA1(rect)).toBe(a1);
  });
});
