import type { TrackingInput } from '../../engine/model/tracking-input';
import type { TrackResult } from '../../engine/track-types';
import type { TableLocation } from '../source-map';
import { DATE_TIME_FORMAT, serialAt } from './excel-time';
import { type FieldWrite, writeBackOp } from './write-back';
import type { UpdateCellsOp } from './write-plan';

const FIELDS = ['appliedAt', 'outcome'] as const;

/**
 * Applied At and Outcome of each TaskUpdates row the run processed, where they differ from what
 * the row holds (a row rejected again for the same reason is left as it is).
 *
 * @example updateWriteBackOp(result, input, sourceMap.taskUpdates, 'UTC') // { kind: 'updateCells', … } or null
 */
export function updateWriteBackOp(
  result: TrackResult,
  input: TrackingInput,
  location: TableLocation,
  timeZone: string,
): UpdateCellsOp | null {
  const writes: FieldWrite[] = [];
  for (const outcome of result.updateOutcomes) {
    const index = outcome.updateIndex;
    const before = input.taskUpdates[index];
    if (before === undefined)
      throw new RangeError(`update index ${index} is not a TaskUpdates row of this run`);
    if (outcome.appliedAt !== before.appliedAt) {
      writes.push(
        outcome.appliedAt === null
          ? { index, field: 'appliedAt', value: null }
          : {
              index,
              field: 'appliedAt',
              value: serialAt(outcome.appliedAt, timeZone),
              numberFormat: DATE_TIME_FORMAT,
            },
      );
    }
    if (outcome.outcome !== before.outcome) writes.push({ index, field: 'outcome', value: outcome.outcome });
  }
  return writeBackOp(location, 'taskUpdates', FIELDS, writes);
}
