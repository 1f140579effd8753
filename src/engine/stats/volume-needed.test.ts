import { Z95 } from './normal';
import { volumeFactor } from './volume-needed';

describe('volumeFactor', () => {
  it.each<[number, number, number | null]>([
    [1.2, 0.05, (Z95 / 1.2) ** 2],
    [-1.2, 0.05, (Z95 / 1.2) ** 2],
    // already significant: nothing more needed
    [3, 0.05, 1],
    // at α = 0.05 / 6 (six comparisons) the bar is z = 2.638
    [1.319, 0.05 / 6, 4],
    [0, 0.05, null],
  ])('z %d at α %d → %d', (z, alpha, expected) => {
    const f = volumeFactor(z, alpha);
    if (expected === null) expect(f).toBeNull();
    else expect(f).toBeCloseTo(expected, 2);
  });
});
