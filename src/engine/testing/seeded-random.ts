/**
 * A small seeded pseudo-random generator for simulations in tests (mulberry32): the same seed gives
 * the same numbers on every machine, so a statistical test that passes once always passes.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Standard normal, by Box–Muller. */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Successes in `n` trials of probability `p`: exact for small n·p, by inversion. */
  binomial(n: number, p: number): number {
    // Inversion walks the distribution from 0 up; with n·p in the hundreds (where q^n would underflow) use the normal
    // approximation, which is exact enough at that size for coverage simulations.
    if (n * p > 500 && n * (1 - p) > 500) {
      return Math.max(0, Math.min(n, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * this.normal())));
    }
    if (p > 0.5) return n - this.binomial(n, 1 - p);
    const q = 1 - p;
    const ratio = p / q;
    let probability = q ** n;
    let cumulative = probability;
    const u = this.next();
    let k = 0;
    while (u > cumulative && k < n) {
      probability *= (ratio * (n - k)) / (k + 1);
      k += 1;
      cumulative += probability;
    }
    return k;
  }

  /** A Poisson count of mean `mean`, by inversion (fine up to a few hundred). */
  poisson(mean: number): number {
    if (mean > 500) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    let probability = Math.exp(-mean);
    let cumulative = probability;
    const u = this.next();
    let k = 0;
    while (u > cumulative && k < 10 * mean + 50) {
      k += 1;
      probability *= mean / k;
      cumulative += probability;
    }
    return k;
  }
}
