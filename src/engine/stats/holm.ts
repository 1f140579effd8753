/**
 * Holm's step-down adjustment of p-values (Holm 1979): sorted from the smallest, the i-th of m is
 * multiplied by m − i + 1, and no adjusted value is smaller than the one before it. A comparison is
 * significant at 5 % when its adjusted p-value is below 0.05; the chance that any of the family is
 * wrongly called significant stays at most 5 %, however many comparisons are made. Results come in
 * the order given.
 *
 * @example holmAdjust([0.01, 0.04, 0.03]) // [0.03, 0.06, 0.06]
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p || x.i - y.i);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
