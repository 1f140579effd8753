import { median, robustSpread } from './robust';

describe('robust statistics', () => {
  it('median', () => {
    expect([median([3]), median([3, 1, 10, 2]), median([5, 1, 3])]).toEqual([3, 2.5, 3]);
    expect(() => median([])).toThrow(RangeError);
  });

  it('one wild value does not inflate the spread', () => {
    // median 10; deviations 0, 1, 1, 0, 40 → median 1 → × 1.4826
    expect(robustSpread([10, 11, 9, 10, 50])).toBeCloseTo(1.4826, 10);
    expect(robustSpread([7, 7, 7])).toBe(0);
  });
});
