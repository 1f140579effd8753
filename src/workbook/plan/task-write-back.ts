import type { Task } from '../../engine/model/task';
import type { TrackingInput } from '../../engine/model/tracking-input';
import type { TrackResult } from '../../engine/track-types';
import type { TableLocation } from '../source-map';
import { DATE_TIME_FORMAT, serialAt } from './excel-time';
import { type FieldWrite, writeBackOp } from './write-back';
import type { UpdateCellsOp } from './write-plan';

/** The Tasks fields a run may change, in the order missing columns are added. */
export const TASK_TRACKING_FIELDS = [
  'status',
  'startedAt',
  'completedAt',
  'blockedSince',
  'blocker',
  'attempts',
  'actualHours',
  'actualResult',
] as const satisfies ReadonlyArray<keyof Task>;

const DATE_TIMES: ReadonlySet<string> = new Set(['startedAt', 'completedAt', 'blockedSince']);

/**
 * Writes back the tracking fields that changed, for the tasks the run changed; nothing else.
 *
 * @example taskWriteBackOp(result, input, sourceMap.tasks, 'Europe/Paris') // { kind: 'updateCells', … } or null
 */
export function taskWriteBackOp(
  result: TrackResult,
  input: TrackingInput,
  location: TableLocation,
  timeZone: string,
): UpdateCellsOp | null {
  const writes: FieldWrite[] = [];
  for (const index of result.changedTaskIndexes) {
    const before = input.tasks[index];
    const after = result.tasks[index];
    if (before === undefined || after === undefined) {
      throw new RangeError(`changed task index ${index} is not a task of this run`);
    }
    for (const field of TASK_TRACKING_FIELDS) {
      const value = after[field];
      if (value === before[field]) continue;
      if (DATE_TIMES.has(field) && typeof value === 'number') {
        writes.push({ index, field, value: serialAt(value, timeZone), numberFormat: DATE_TIME_FORMAT });
      } else {
        writes.push({ index, field, value });
      }
    }
  }
  return writeBackOp(location, 'tasks', TASK_TRACKING_FIELDS, writes);
}
