import { SeededRandom } from '../testing/seeded-random';
import { holmAdjust } from './holm';
import { rateRatio, type RateModel } from './rate-ratio';

describe('rateRatio', () => {
  it('CTR 5.0% against 1.0%: 5× (4.36–5.73), hand-computed', () => {
    // se² = 1/600 − 1/12,000 + 1/300 − 1/30,000 = 0.00488333; se = 0.0698808;
    // exp(ln 5 ± 1.96 × 0.0698808) = 4.3600 and 5.7339; z = 1.609438 / 0.0698808 = 23.03.
    const r = rateRatio({ events: 600, exposure: 12000 }, { events: 300, exposure: 30000 }, 'proportion');
    expect(r?.ratio).toBeCloseTo(5, 12);
    expect(r?.low).toBeCloseTo(4.36, 3);
    expect(r?.high).toBeCloseTo(5.7339, 3);
    expect(r?.z).toBeCloseTo(23.031, 2);
    expect(r?.corrected).toBe(false);
  });

  it('conversions per dollar: 30 for $900 against 6 for $540.555 (Poisson)', () => {
    // rate ratio (30 / 900) / (6 / 540.555) = 3.0031; se = √(1/30 + 1/6) = 0.44721;
    // exp(ln 3.0031 ± 0.87652) = 1.2500 and 7.2150; z = 1.09964 / 0.44721 = 2.4589; p = 0.01394.
    const r = rateRatio({ events: 30, exposure: 900 }, { events: 6, exposure: 540.555 }, 'poisson');
    expect(r?.ratio).toBeCloseTo(3.00308, 4);
    expect(r?.low).toBeCloseTo(1.25, 3);
    expect(r?.high).toBeCloseTo(7.215, 3);
    expect(r?.p).toBeCloseTo(0.01394, 4);
  });

  it('adds 0.5 to the counts when one side has none', () => {
    const r = rateRatio({ events: 20, exposure: 1000 }, { events: 0, exposure: 800 }, 'poisson');
    expect(r?.corrected).toBe(true);
    expect(r?.ratio).toBe(Infinity);
    expect(Number.isFinite(r?.high)).toBe(true);
    expect(r?.low).toBeGreaterThan(1);
  });

  it('treats more events than trials as a Poisson rate', () => {
    const asProportion = rateRatio(
      { events: 120, exposure: 100 },
      { events: 50, exposure: 100 },
      'proportion',
    );
    const asPoisson = rateRatio({ events: 120, exposure: 100 }, { events: 50, exposure: 100 }, 'poisson');
    expect(asProportion).toEqual(asPoisson);
  });

  it('has nothing to say without exposure or without any event', () => {
    expect(rateRatio({ events: 1, exposure: 0 }, { events: 1, exposure: 10 }, 'poisson')).toBeNull();
    expect(rateRatio({ events: 0, exposure: 10 }, { events: 0, exposure: 10 }, 'poisson')).toBeNull();
  });

  it.each<[RateModel, string]>([
    ['proportion', 'CTR-like proportions'],
    ['poisson', 'conversions per money spent'],
  ])('its interval covers the true ratio about 95%% of the time (%s: %s, seeded)', (model) => {
    const rng = new SeededRandom(model === 'proportion' ? 7 : 11);
    const configs: Array<[number, number, number, number]> =
      model === 'proportion'
        ? [
            [5000, 0.02, 8000, 0.01],
            [2000, 0.05, 2000, 0.05],
            [20000, 0.004, 10000, 0.006],
            [800, 0.1, 1500, 0.04],
          ]
        : // exposure (money) and events per unit of money
          [
            [3000, 0.01, 5000, 0.004],
            [1000, 0.05, 1000, 0.05],
            [10000, 0.002, 4000, 0.01],
          ];
    const runs = 2000;
    for (const [m, p, n, q] of configs) {
      let covered = 0;
      for (let i = 0; i < runs; i += 1) {
        const [x, y] =
          model === 'proportion'
            ? [rng.binomial(m, p), rng.binomial(n, q)]
            : [rng.poisson(m * p), rng.poisson(n * q)];
        const r = rateRatio({ events: x, exposure: m }, { events: y, exposure: n }, model);
        const truth = p / q;
        if (r !== null && r.low <= truth && truth <= r.high) covered += 1;
      }
      expect(covered / runs).toBeGreaterThan(0.93);
      expect(covered / runs).toBeLessThan(0.97);
    }
  });

  it('claims a difference between identical channels at most 5% of the time, with Holm over every pair (seeded)', () => {
    const rng = new SeededRandom(99);
    const runs = 2000;
    let claimed = 0;
    for (let i = 0; i < runs; i += 1) {
      const channels = Array.from({ length: 5 }, () => ({
        events: rng.binomial(4000, 0.02),
        exposure: 4000,
      }));
      const ps: number[] = [];
      for (let a = 0; a < channels.length; a += 1)
        for (let b = a + 1; b < channels.length; b += 1) {
          const r = rateRatio(channels[a] ?? channels[0]!, channels[b] ?? channels[0]!, 'proportion');
          if (r !== null) ps.push(r.p);
        }
      if (holmAdjust(ps).some((p) => p < 0.05)) claimed += 1;
    }
    // Holm keeps the family-wise error at or below 5%; with 2,000 runs allow for sampling noise.
    expect(claimed / runs).toBeLessThan(0.06);
  });
});
