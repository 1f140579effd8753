import { error, type Issue } from '../issues/issue';
import { fieldLabel } from '../model/labels';
import type { Instant } from '../model/primitives';
import { SETTINGS_KEYS } from '../model/settings';
import type { Indexed, RowsToCheck } from './rows-to-check';
import { valueKind } from './value-kinds';

/** Excel's calendar: 1900-01-01 to 9999-12-31. Outside it an instant is no date a workbook can hold. */
const EARLIEST: Instant = Date.UTC(1900, 0, 1);
const LATEST: Instant = Date.UTC(10000, 0, 1) - 1;

/**
 * Whether an instant is a date a workbook can hold (and `isoTimestamp` can print).
 *
 * @example inWorkbookRange(Date.UTC(2026, 0, 1)) // true
 * @example inWorkbookRange(9e15) // false
 */
export const inWorkbookRange = (at: Instant): boolean => at >= EARLIEST && at <= LATEST;

const outside = (at: Instant | null): at is Instant => at !== null && !inWorkbookRange(at);

function check<T>(table: string, rows: ReadonlyArray<Indexed<T>>, fields: ReadonlyArray<keyof T & string>) {
  const issues: Issue[] = [];
  for (const { index, row } of rows) {
    for (const field of fields) {
      const at = row[field] as Instant | null;
      if (!outside(at)) continue;
      issues.push(
        error([table, index, field], {
          code: 'invalid_value',
          column: fieldLabel(table, field),
          value: String(at),
          expected: valueKind(table, field),
        }),
      );
    }
  }
  return issues;
}

/**
 * Date-times outside the years 1900–9999 (a number that is no date), so no later step has to print
 * a date that does not exist.
 *
 * @example instantsInRange(rowsOf(input)) // [{ code: 'invalid_value', path: ['tasks', 2, 'dueAt'], expected: 'date', … }]
 */
export function instantsInRange(rows: RowsToCheck): Issue[] {
  const asOf = rows.settings?.asOf ?? null;
  return [
    ...check('campaigns', rows.campaigns, ['startAt', 'endAt']),
    ...check('tasks', rows.tasks, ['dueAt', 'startedAt', 'completedAt', 'blockedSince']),
    ...check('taskUpdates', rows.taskUpdates, ['updatedAt', 'appliedAt']),
    ...(outside(asOf)
      ? [
          error(['settings', SETTINGS_KEYS.asOf], {
            code: 'invalid_value',
            column: SETTINGS_KEYS.asOf,
            value: String(asOf),
            expected: 'date_time',
          }),
        ]
      : []),
  ];
}
