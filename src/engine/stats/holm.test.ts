import { holmAdjust } from './holm';

describe('holmAdjust', () => {
  it.each<[number[], number[]]>([
    [[], []],
    [[0.04], [0.04]],
    // sorted 0.01, 0.03, 0.04 → ×3, ×2, ×1 = 0.03, 0.06, 0.04 → monotone: 0.03, 0.06, 0.06
    [
      [0.01, 0.04, 0.03],
      [0.03, 0.06, 0.06],
    ],
    // Holm (1979): never above 1
    [
      [0.5, 0.6],
      [1, 1],
    ],
    // ties keep their order and get the same adjustment path
    [
      [0.01, 0.01, 0.2],
      [0.03, 0.03, 0.2],
    ],
  ])('%j → %j', (ps, expected) => {
    const adjusted = holmAdjust(ps);
    expect(adjusted).toHaveLength(expected.length);
    adjusted.forEach((p, i) => expect(p).toBeCloseTo(expected[i] ?? NaN, 12));
  });
});
