import type { Instant } from '../model/primitives';
import type { TaskUpdate } from '../model/task-update';

/**
 * The order updates apply in: by Updated At (a blank one counts as the report time), then by row.
 *
 * @example applyOrder([0, 1, 2], [{ updatedAt: 5 }, { updatedAt: null }, { updatedAt: 5 }], 9) // [0, 2, 1]
 */
export function applyOrder(
  updateIndexes: readonly number[],
  updates: ReadonlyArray<Pick<TaskUpdate, 'updatedAt'>>,
  asOf: Instant,
): number[] {
  const timeOf = (i: number): Instant => updates[i]?.updatedAt ?? asOf;
  return [...updateIndexes].sort((a, b) => timeOf(a) - timeOf(b) || a - b);
}
