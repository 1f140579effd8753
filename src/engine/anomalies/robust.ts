/**
 * The median of some numbers (the mean of the middle two for an even count).
 *
 * @example median([3, 1, 10, 2]) // 2.5
 */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('median of nothing');
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The median absolute deviation scaled to estimate a standard deviation (× 1.4826, which makes it
 * consistent with the normal distribution): a spread that one wild value cannot inflate.
 *
 * @example robustSpread([10, 11, 9, 10, 50]) // 1.4826
 */
export function robustSpread(xs: readonly number[]): number {
  const m = median(xs);
  return 1.4826 * median(xs.map((x) => Math.abs(x - m)));
}
