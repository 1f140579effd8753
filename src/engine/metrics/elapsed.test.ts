import { elapsedFraction } from './elapsed';

describe('elapsedFraction', () => {
  it.each([
    [0, 100, -5, '0'],
    [0, 100, 0, '0'],
    [0, 100, 25, '0.25'],
    [0, 100, 50, '0.5'],
    [0, 100, 100, '1'],
    [0, 100, 250, '1'],
    [0, 3, 1, '0.3333333333333333333333333333333333333333'],
    // an end not after the start: not begun before it, over from it
    [10, 10, 9, '0'],
    [10, 10, 10, '1'],
    [10, 5, 7, '0'],
    [10, 5, 12, '1'],
  ])('start %d, end %d, as of %d → %s', (start, end, asOf, expected) => {
    expect(elapsedFraction(start, end, asOf).toString()).toBe(expected);
  });
});
