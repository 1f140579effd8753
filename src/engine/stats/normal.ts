/**
 * The standard normal distribution, in plain floating point: statistics describe uncertainty, not
 * money, so they never need decimal arithmetic. Accurate to about 1e-12, far beyond what a report
 * prints.
 */

/** The two-sided critical value of a 95 % interval. */
export const Z95 = 1.959963984540054;

const SQRT_PI = Math.sqrt(Math.PI);

/** Horner's rule: coefficients from the highest power down. */
function poly(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}

/**
 * erfc(x) for x ≥ 0: the Maclaurin series of erf up to 3, Laplace's continued fraction beyond
 * (evaluated from its 60th term back), both accurate to about 1e-13.
 */
function erfcNonNegative(x: number): number {
  if (x <= 3) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 80; n += 1) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - (2 / SQRT_PI) * sum;
  }
  let k = x;
  for (let n = 60; n >= 1; n -= 1) k = x + n / 2 / k;
  return Math.exp(-x * x) / (SQRT_PI * k);
}

function erfc(x: number): number {
  return x >= 0 ? erfcNonNegative(x) : 2 - erfcNonNegative(-x);
}

/**
 * P(Z ≤ z) for a standard normal Z.
 *
 * @example normalCdf(1.959963984540054) // 0.975
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * The two-sided p-value of a z statistic: P(|Z| ≥ |z|).
 *
 * @example twoSidedP(1.959963984540054) // 0.05
 */
export function twoSidedP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1,
];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1];

/**
 * The z with P(Z ≤ z) = p: Acklam's rational approximation, polished by two Halley steps against
 * `normalCdf`.
 *
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  let x: number;
  if (p < 0.02425 || p > 0.97575) {
    const q = Math.sqrt(-2 * Math.log(Math.min(p, 1 - p)));
    const tail = poly(C, q) / poly(D, q);
    x = p < 0.5 ? tail : -tail;
  } else {
    const q = p - 0.5;
    x = (poly(A, q * q) * q) / poly(B, q * q);
  }
  for (let step = 0; step < 2; step += 1) {
    const e = normalCdf(x) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    x -= u / (1 + (x * u) / 2);
  }
  return x;
}
