import { SeededRandom } from '../testing/seeded-random';
import { wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
  it.each([
    // Hand computation: p = 0.03, z² = 3.8415; centre = (0.03 + 0.0019207) / 1.0038415 = 0.031800;
    // half = 1.96 / 1.0038415 × √(0.03 × 0.97 / 1000 + 3.8415 / 4,000,000) = 0.010702.
    [30, 1000, 0.021098, 0.042502],
    // Newcombe (1998) table I: 0 of 10 → 0 to 0.2775; 1 of 29 → 0.0061 to 0.1718.
    [0, 10, 0, 0.27753],
    [1, 29, 0.00611, 0.17176],
    [10, 10, 0.72247, 1],
  ])('%d of %d → %d to %d', (x, n, low, high) => {
    const i = wilsonInterval(x, n);
    expect(i?.low).toBeCloseTo(low, 4);
    expect(i?.high).toBeCloseTo(high, 4);
  });

  it('has no interval without a trial', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('covers the true rate about 95% of the time (simulated, seeded)', () => {
    const rng = new SeededRandom(20261207);
    const configs: Array<[number, number]> = [
      [200, 0.02],
      [500, 0.05],
      [1000, 0.01],
      [3000, 0.03],
      [150, 0.3],
      [10000, 0.004],
    ];
    const runs = 2000;
    const coverage = configs.map(([n, p]) => {
      let covered = 0;
      for (let i = 0; i < runs; i += 1) {
        const interval = wilsonInterval(rng.binomial(n, p), n);
        if (interval !== null && interval.low <= p && p <= interval.high) covered += 1;
      }
      return covered / runs;
    });
    // Wilson's coverage oscillates around 95% and dips to about 92% when n·p is below 5 (Brown, Cai &
    // DasGupta 2001, fig. 4): 200 × 0.02 = 4 is such a case; every other case has n·p ≥ 10.
    coverage.forEach((c, i) => {
      const [n, p] = configs[i] ?? [0, 0];
      expect(c).toBeGreaterThan(n * p < 5 ? 0.91 : 0.935);
      expect(c).toBeLessThan(0.975);
    });
    const mean = coverage.reduce((s, c) => s + c, 0) / coverage.length;
    expect(mean).toBeGreaterThan(0.94);
    expect(mean).toBeLessThan(0.96);
  });
});
