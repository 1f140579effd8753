import {
  ALL_TASK_COLUMNS,
  AS_OF,
  location,
  makeInput,
  makeResult,
} from '../../../test/fixtures/track-fixture';
import { serialAt } from './excel-time';
import { taskWriteBackOp } from './task-write-back';

const SERIAL = serialAt(AS_OF, 'UTC');
const F = 'yyyy-mm-dd hh:mm';

describe('Tasks write-back', () => {
  it('writes only the fields that changed, at the cells the SourceMap gives', () => {
    const input = makeInput();
    const op = taskWriteBackOp(makeResult(input), input, location('Tasks', ALL_TASK_COLUMNS, 4), 'UTC');
    expect(op?.addColumns).toEqual([]);
    // Columns: D Status (4), H Actual Result (8), J Actual Hours (10), L Started At (12),
    // M Completed At (13), N Blocked Since (14), O Blocker (15). Rows 2… hold tasks 0….
    expect(op?.cells).toEqual([
      { row: 2, column: 4, value: 'in_progress' },
      { row: 2, column: 12, value: SERIAL, numberFormat: F },
      { row: 3, column: 4, value: 'blocked' },
      { row: 3, column: 14, value: SERIAL, numberFormat: F },
      { row: 3, column: 15, value: 'Legal review' },
      { row: 4, column: 4, value: 'completed' },
      { row: 4, column: 13, value: SERIAL, numberFormat: F },
      { row: 4, column: 10, value: 5 },
      { row: 4, column: 8, value: 420 },
    ]);
  });

  it('writes a cleared field as a blank cell', () => {
    const input = makeInput();
    const withBlocked = {
      ...input,
      tasks: input.tasks.map((t, i) =>
        i === 1 ? { ...t, status: 'blocked' as const, blockedSince: AS_OF - 1, blocker: 'x' } : t,
      ),
    };
    const result = makeResult(withBlocked, {
      tasks: withBlocked.tasks.map((t, i) =>
        i === 1 ? { ...t, status: 'in_progress', blockedSince: null } : t,
      ),
      changedTaskIndexes: [1],
    });
    const op = taskWriteBackOp(result, withBlocked, location('Tasks', ALL_TASK_COLUMNS, 4), 'UTC');
    expect(op?.cells).toEqual([
      { row: 3, column: 4, value: 'in_progress' },
      { row: 3, column: 14, value: null },
    ]);
  });

  it('adds a missing tracking column right of the last column, only when a value goes there', () => {
    const input = makeInput();
    // A Tasks table with Task ID, Status and an unknown Notes column (3 wide): no tracking columns.
    const loc = location('Tasks', { taskId: 1, status: 2 }, 4, 3);
    const op = taskWriteBackOp(makeResult(input), input, loc, 'UTC');
    // Needed: Started At, Completed At, Blocked Since, Blocker, Actual Hours, Actual Result (in
    // TASK_TRACKING_FIELDS order) → D, E, F, G, H, I. Attempts never changed, so no column.
    expect(op?.addColumns).toEqual([
      { column: 4, header: 'Started At' },
      { column: 5, header: 'Completed At' },
      { column: 6, header: 'Blocked Since' },
      { column: 7, header: 'Blocker' },
      { column: 8, header: 'Actual Hours' },
      { column: 9, header: 'Actual Result' },
    ]);
    expect(op?.cells.find((c) => c.row === 3 && c.column === 7)?.value).toBe('Legal review');
  });

  it('adds no column for a blank value', () => {
    const input = makeInput();
    const result = makeResult(input, {
      tasks: input.tasks.map((t, i) => (i === 0 ? { ...t, status: 'cancelled' } : t)),
      changedTaskIndexes: [0],
    });
    const op = taskWriteBackOp(result, input, location('Tasks', { taskId: 1, status: 2 }, 4), 'UTC');
    expect(op).toEqual({
      kind: 'updateCells',
      source: { kind: 'table', name: 'Tasks' },
      sheet: 'Tasks',
      addColumns: [],
      cells: [{ row: 2, column: 2, value: 'cancelled' }],
    });
  });

  it('writes date-times in the workbook time zone', () => {
    const input = makeInput();
    const op = taskWriteBackOp(
      makeResult(input),
      input,
      location('Tasks', ALL_TASK_COLUMNS, 4),
      'Asia/Kolkata',
    );
    // 09:30Z is 15:00 in Kolkata (UTC+5:30).
    expect(op?.cells[1]?.value).toBeCloseTo(serialAt(AS_OF, 'UTC') + 5.5 / 24, 9);
  });

  it('nothing changed, nothing written', () => {
    const input = makeInput();
    const result = makeResult(input, { tasks: input.tasks, changedTaskIndexes: [] });
    expect(taskWriteBackOp(result, input, location('Tasks', ALL_TASK_COLUMNS, 4), 'UTC')).toBeNull();
  });

  it('keeps text such as formulas as plain strings', () => {
    const input = makeInput();
    const result = makeResult(input, {
      tasks: input.tasks.map((t, i) => (i === 2 ? { ...t, actualResult: '=HYPERLINK("http://x")' } : t)),
      changedTaskIndexes: [2],
    });
    const op = taskWriteBackOp(result, input, location('Tasks', ALL_TASK_COLUMNS, 4), 'UTC');
    expect(op?.cells).toEqual([{ row: 4, column: 8, value: '=HYPERLINK("http://x")' }]);
  });
});
