import { error, type Issue } from '../issues/issue';
import { FIELD_LABELS } from '../model/labels';
import type { Indexed, RowsToCheck } from './rows-to-check';

function duplicatesIn<T>(
  table: 'campaigns' | 'tasks',
  field: string,
  column: string,
  rows: ReadonlyArray<Indexed<T>>,
  idOf: (row: T) => string,
): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  for (const { index, row } of rows) {
    const id = idOf(row);
    const firstIndex = first.get(id);
    if (firstIndex === undefined) first.set(id, index);
    else
      issues.push(
        error([table, index, field], {
          code: 'duplicate_id',
          column,
          value: id,
          firstPath: [table, firstIndex, field],
        }),
      );
  }
  return issues;
}

/**
 * A Campaign ID or Task ID used by more than one row: one issue per later row, pointing at the first.
 * Ids match exactly (case and spaces count).
 *
 * @example duplicateIds(rowsOf(input)) // [{ code: 'duplicate_id', path: ['tasks', 7, 'taskId'], firstPath: ['tasks', 2, 'taskId'], … }]
 */
export function duplicateIds(rows: RowsToCheck): Issue[] {
  return [
    ...duplicatesIn(
      'campaigns',
      'campaignId',
      FIELD_LABELS.campaigns.campaignId,
      rows.campaigns,
      (c) => c.campaignId,
    ),
    ...duplicatesIn('tasks', 'taskId', FIELD_LABELS.tasks.taskId, rows.tasks, (t) => t.taskId),
  ];
}
