/**
 * A count with its noun, singular for one.
 *
 * @example countOf(1, 'status change') // '1 status change'
 * @example countOf(3, 'update', 'updates') // '3 updates'
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
