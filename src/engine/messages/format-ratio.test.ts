import { clicksNeeded, formatRatio, ratioDigits } from './format-ratio';

describe('ratios as the data support them', () => {
  it.each<[number, number, number, string]>([
    // The interval spans more than 2×: one significant figure.
    [3.003, 1.25, 7.215, 'about 3× (95% interval 1.2–7.3×)'],
    // 4.36–5.73 spans 1.3×: two.
    [5, 4.36, 5.7339, 'about 5.0× (95% interval 4.3–5.8×)'],
    // Narrower than 1.1×: three.
    [2.413, 2.35, 2.48, 'about 2.41× (95% interval 2.35–2.48×)'],
    // Bounds are rounded outwards: 1.98 prints as 1.9, never 2.0.
    [2.6, 1.98, 3.4, 'about 2.6× (95% interval 1.9–3.4×)'],
    [39.97, 30.1, 53.2, 'about 40× (95% interval 30–54×)'],
    // A lower bound just above 1 keeps the digits that show it: 1.052, not 1.0.
    [2.5, 1.052, 5.94, 'about 3× (95% interval 1.05–5.94×)'],
    [Infinity, 2.14, 40, 'at least 2.1× (95% lower bound)'],
  ])('%d (%d–%d) → %s', (ratio, low, high, expected) => {
    expect(formatRatio({ ratio, low, high })).toBe(expected);
  });

  it('puts a word between the size and its interval', () => {
    expect(formatRatio({ ratio: 3.003, low: 1.25, high: 7.215 }, 'lower')).toBe(
      'about 3× lower (95% interval 1.2–7.3×)',
    );
    expect(formatRatio({ ratio: Infinity, low: 2.49, high: 670 }, 'lower')).toBe(
      'at least 2.4× lower (95% lower bound)',
    );
  });

  it('picks the significant figures from the interval', () => {
    expect([ratioDigits(1, 2.5), ratioDigits(1, 1.5), ratioDigits(1, 1.05)]).toEqual([1, 2, 3]);
  });

  it('rounds clicks needed up to two significant figures', () => {
    expect([clicksNeeded(4712), clicksNeeded(37.2), clicksNeeded(120_001)]).toEqual([
      '4,800',
      '38',
      '130,000',
    ]);
  });
});
