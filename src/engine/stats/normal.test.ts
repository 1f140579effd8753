import { normalCdf, normalQuantile, twoSidedP, Z95 } from './normal';

describe('the standard normal distribution', () => {
  // Reference values: Abramowitz & Stegun table 26.1 and R's pnorm/qnorm.
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145705],
    [Z95, 0.975],
    [-3, 0.0013498980316301],
    [3.5, 0.9997673709209645],
    [-6, 9.865876450376946e-10],
  ])('Φ(%d) = %d', (z, p) => {
    expect(normalCdf(z)).toBeCloseTo(p, 12);
  });

  it.each([
    [0.975, Z95],
    [0.5, 0],
    [0.01, -2.3263478740408408],
    [0.999, 3.090232306167813],
    [1e-6, -4.753424308822899],
  ])('quantile(%d) = %d', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 9);
  });

  it('two-sided p-values', () => {
    expect(twoSidedP(Z95)).toBeCloseTo(0.05, 12);
    expect(twoSidedP(-Z95)).toBeCloseTo(0.05, 12);
    expect(twoSidedP(0)).toBe(1);
    expect(twoSidedP(5)).toBeCloseTo(5.733031437583878e-7, 15);
  });

  it('refuses a probability outside (0, 1)', () => {
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});
