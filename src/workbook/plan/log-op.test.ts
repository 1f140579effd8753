import { location, makeInput, makeResult } from '../../../test/fixtures/track-fixture';
import { logOp, uniqueTableName } from './log-op';
import { learningsBlock, taskLogBlock } from './log-rows';
import { SheetNames } from './sheet-names';

describe('log ops', () => {
  const input = makeInput();
  const block = taskLogBlock(makeResult(input), input, {}, 'UTC');

  it('creates the table on a new sheet when the workbook has none', () => {
    const op = logOp(block, undefined, new SheetNames(['Tasks']), []);
    expect(op).toMatchObject({
      kind: 'createTable',
      sheet: 'Task Log',
      table: 'TaskLog',
      header: ['Time', 'Run ID', 'Task ID', 'Title', 'From', 'To', 'Reason', 'Update', 'Before'],
      columnFormats: ['yyyy-mm-dd hh:mm', null, null, null, null, null, null, null, null],
    });
    expect(op?.kind === 'createTable' && op.rows[0]?.slice(2, 6)).toEqual([
      'T1',
      'Task T1',
      'pending',
      'in_progress',
    ]);
  });

  it('a new log avoids sheet and table names already taken', () => {
    const op = logOp(block, undefined, new SheetNames(['task log']), ['TaskLog']);
    expect(op).toMatchObject({ sheet: 'Task Log (2)', table: 'TaskLog2' });
  });

  it('appends below an existing table, in its column order, skipping columns it lacks', () => {
    // An existing Task Log in C4:G…: Reason, Task ID, an unknown Notes column, To, Time; 6 rows read.
    const loc = {
      ...location('TaskLog', {}, 6),
      sheet: 'Task Log',
      headerRow: 4,
      firstColumn: 3,
      width: 5,
      columns: { reason: 3, taskId: 4, to: 6, time: 7 },
      nextRow: 11,
    };
    const op = logOp(block, loc, new SheetNames([]), []);
    expect(op).toEqual({
      kind: 'appendRows',
      source: { kind: 'table', name: 'TaskLog' },
      sheet: 'Task Log',
      startRow: 11,
      firstColumn: 3,
      rows: [
        ['started', 'T1', null, 'in_progress', block.rows[0]?.time],
        ['Legal review', 'T2', null, 'blocked', block.rows[1]?.time],
        ['result 420', 'T3', null, 'completed', block.rows[2]?.time],
      ],
      columnFormats: [null, null, null, null, 'yyyy-mm-dd hh:mm'],
    });
  });

  it('nothing to log, no op', () => {
    const result = makeResult();
    const none = { ...result, campaigns: result.campaigns.map((c) => ({ ...c, newLearnings: [] })) };
    expect(logOp(learningsBlock(none, 'UTC'), undefined, new SheetNames([]), [])).toBeNull();
  });

  it('table names compare like sheet names', () => {
    expect(uniqueTableName('Learnings', [])).toBe('Learnings');
    expect(uniqueTableName('Learnings', ['LEARNINGS', 'learnings2'])).toBe('Learnings3');
  });
});
