import { UPDATE_STATUSES, type UpdateStatus } from '../model/statuses';

const KNOWN: ReadonlySet<string> = new Set(UPDATE_STATUSES);

/**
 * A New Status as the tool understands it: trimmed, lower-case, each run of spaces, hyphens and
 * underscores made one `_`. `null` when it is none of the task statuses nor `retry`.
 *
 * @example updateStatusOf(' In Progress ') // 'in_progress'
 * @example updateStatusOf('in-progress') // 'in_progress'
 * @example updateStatusOf('done') // null
 */
export function updateStatusOf(written: string): UpdateStatus | null {
  const trimmed = written.trim();
  if (trimmed.length > 32) return null;
  const normal = trimmed.toLowerCase().replace(/[\s_-]+/g, '_');
  return KNOWN.has(normal) ? (normal as UpdateStatus) : null;
}
