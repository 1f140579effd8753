import type { Task } from '../../engine/model/task';
import type { TrackingInput } from '../../engine/model/tracking-input';
import { parseA1 } from '../address/a1';
import type { TaskLogEntry } from '../read/workbook-logs';
import type { CampaignHistoryRow } from '../tables/log-contracts';
import type { TableLocation } from '../source-map';
import { DATE_TIME_FORMAT, serialAt } from './excel-time';
import type { TaskBefore } from './task-before';
import { TASK_TRACKING_FIELDS } from './task-write-back';
import type { FieldWrite } from './write-back';

const DATE_TIMES: ReadonlySet<string> = new Set(['startedAt', 'completedAt', 'blockedSince']);

/**
 * The writes that put a task's tracked cells back as `before` holds them: only the fields that
 * differ now; date-times as serials in `timeZone` (as the run wrote them), blanks cleared.
 *
 * @example restoreWrites(2, task, before, 'UTC') // [{ index: 2, field: 'status', value: 'pending' }, …]
 */
export function restoreWrites(index: number, now: Task, before: TaskBefore, timeZone: string): FieldWrite[] {
  return TASK_TRACKING_FIELDS.flatMap((field): FieldWrite[] => {
    const value = before[field];
    if (value === now[field]) return [];
    if (DATE_TIMES.has(field) && typeof value === 'number')
      return [{ index, field, value: serialAt(value, timeZone), numberFormat: DATE_TIME_FORMAT }];
    return [{ index, field, value }];
  });
}

/**
 * The TaskUpdates rows a run applied that are still marked applied, by model index: each Task Log
 * row's Update address leads to its row, which must still hold the same Task ID and an Applied At.
 *
 * @example appliedUpdates(runRows, input, sourceMap.taskUpdates) // [0, 2]
 */
export function appliedUpdates(
  rows: readonly TaskLogEntry[],
  input: TrackingInput,
  location: TableLocation | undefined,
): number[] {
  if (location === undefined) return [];
  const found = new Set<number>();
  for (const row of rows) {
    const address = row.update === null ? null : parseA1(row.update);
    if (address === null || address.sheet.toLowerCase() !== location.sheet.toLowerCase()) continue;
    const index = location.rows.indexOf(address.row);
    const update = input.taskUpdates[index];
    if (update !== undefined && update.taskId === row.taskId && update.appliedAt !== null) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

function addresses(json: string | null): string[] {
  if (json === null) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The TaskUpdates rows a run rejected that still carry a rejection, by model index: the Campaign
 * History rows of the run list their addresses; each must still have a `rejected…` Outcome and no
 * Applied At.
 *
 * @example rejectedUpdates(historyRows, input, sourceMap.taskUpdates) // [3]
 */
export function rejectedUpdates(
  rows: readonly CampaignHistoryRow[],
  input: TrackingInput,
  location: TableLocation | undefined,
): number[] {
  if (location === undefined) return [];
  const found = new Set<number>();
  for (const address of rows.flatMap((row) => addresses(row.rejectedUpdates))) {
    const cell = parseA1(address);
    if (cell === null || cell.sheet.toLowerCase() !== location.sheet.toLowerCase()) continue;
    const index = location.rows.indexOf(cell.row);
    const update = input.taskUpdates[index];
    if (update !== undefined && update.appliedAt === null && update.outcome?.startsWith('rejected') === true)
      found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}
