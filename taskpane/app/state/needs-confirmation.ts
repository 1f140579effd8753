import type { RunPreview } from '../../../src/excel/operator-actions';

/**
 * Whether a preview must be confirmed before writing: it changes task statuses or rejects updates.
 * A preview with neither is committed at once.
 *
 * @example needsConfirmation({ ...preview, taskChanges: [], rejectedUpdates: [] }) // false
 */
export function needsConfirmation(preview: RunPreview): boolean {
  return preview.taskChanges.length > 0 || preview.rejectedUpdates.length > 0;
}
