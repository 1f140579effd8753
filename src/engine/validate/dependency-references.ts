import { error, type Issue } from '../issues/issue';
import { FIELD_LABELS, TABLE_LABELS } from '../model/labels';
import type { RowsToCheck } from './rows-to-check';

/**
 * Depends On ids that are no Task ID: one issue per unknown id per cell, in the order written.
 *
 * @example dependencyReferences(rowsOf(input)) // [{ code: 'unknown_reference', path: ['tasks', 4, 'dependsOn'], value: 'T99', table: 'Tasks', … }]
 */
export function dependencyReferences(rows: RowsToCheck): Issue[] {
  const issues: Issue[] = [];
  for (const { index, row } of rows.tasks) {
    for (const id of new Set(row.dependsOn)) {
      if (rows.knownTaskIds.has(id)) continue;
      issues.push(
        error(['tasks', index, 'dependsOn'], {
          code: 'unknown_reference',
          column: FIELD_LABELS.tasks.dependsOn,
          value: id,
          table: TABLE_LABELS.tasks,
        }),
      );
    }
  }
  return issues;
}
