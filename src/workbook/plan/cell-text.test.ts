import { fitCell, MAX_CELL_CHARS } from './cell-text';

describe('fitCell', () => {
  it('leaves values that fit as they are', () => {
    expect(fitCell('=SUM(A1)')).toBe('=SUM(A1)');
    expect(fitCell('x'.repeat(MAX_CELL_CHARS))).toHaveLength(MAX_CELL_CHARS);
    expect(fitCell(12.5)).toBe(12.5);
    expect(fitCell(null)).toBeNull();
  });

  it('cuts longer text to the limit, ending with an ellipsis', () => {
    const cut = fitCell('ab'.repeat(20_000));
    expect(typeof cut).toBe('string');
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(String(cut).endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    // 32,765 'x' then emoji: the cut at 32,766 would fall between the two halves of 😀.
    const text = 'x'.repeat(MAX_CELL_CHARS - 2) + '😀'.repeat(10);
    const cut = String(fitCell(text));
    expect(cut).toBe('x'.repeat(MAX_CELL_CHARS - 2) + '…');
  });
});
