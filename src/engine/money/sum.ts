import { type Dec, ZERO } from './decimal';

/**
 * The exact decimal sum of numbers as read from cells. Each number counts as the decimal it prints
 * as (`0.1` is one tenth), so sums never drift the way binary floating point does.
 *
 * @example sumExact([0.1, 0.2]).toString() // '0.3'
 */
export function sumExact(values: Iterable<number>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
