import {
  ALL_UPDATE_COLUMNS,
  AS_OF,
  location,
  makeInput,
  makeResult,
} from '../../../test/fixtures/track-fixture';
import { serialAt } from './excel-time';
import { updateWriteBackOp } from './update-write-back';

const SERIAL = serialAt(AS_OF, 'UTC');
const F = 'yyyy-mm-dd hh:mm';

describe('TaskUpdates write-back', () => {
  it('writes Applied At and Outcome of each processed row', () => {
    const input = makeInput();
    const op = updateWriteBackOp(
      makeResult(input),
      input,
      location('TaskUpdates', ALL_UPDATE_COLUMNS, 4),
      'UTC',
    );
    expect(op?.addColumns).toEqual([]);
    expect(op?.cells).toEqual([
      { row: 2, column: 7, value: SERIAL, numberFormat: F },
      { row: 2, column: 8, value: 'applied' },
      { row: 3, column: 7, value: SERIAL, numberFormat: F },
      { row: 3, column: 8, value: 'applied' },
      { row: 4, column: 7, value: SERIAL, numberFormat: F },
      { row: 4, column: 8, value: 'applied' },
      { row: 5, column: 8, value: 'rejected: completed → in_progress is not allowed' },
    ]);
  });

  it('leaves a row rejected again for the same reason as it is', () => {
    const base = makeInput();
    const outcome = 'rejected: completed → in_progress is not allowed';
    const input = { ...base, taskUpdates: base.taskUpdates.map((u, i) => (i === 3 ? { ...u, outcome } : u)) };
    const result = makeResult(input);
    const op = updateWriteBackOp(
      { ...result, updateOutcomes: result.updateOutcomes.slice(3) },
      input,
      location('TaskUpdates', ALL_UPDATE_COLUMNS, 4),
      'UTC',
    );
    expect(op).toBeNull();
  });

  it('adds Applied At and Outcome when the inbox lacks them', () => {
    const input = makeInput();
    const loc = location('TaskUpdates', { taskId: 1, newStatus: 2, result: 3 }, 4);
    const op = updateWriteBackOp(makeResult(input), input, loc, 'UTC');
    expect(op?.addColumns).toEqual([
      { column: 4, header: 'Applied At' },
      { column: 5, header: 'Outcome' },
    ]);
    expect(op?.cells.filter((c) => c.row === 5)).toEqual([
      { row: 5, column: 5, value: 'rejected: completed → in_progress is not allowed' },
    ]);
  });

  it('adds only Outcome when every processed row was rejected', () => {
    const input = makeInput();
    const result = makeResult(input);
    const loc = location('TaskUpdates', { taskId: 1, newStatus: 2 }, 4);
    const op = updateWriteBackOp(
      { ...result, updateOutcomes: result.updateOutcomes.slice(3) },
      input,
      loc,
      'UTC',
    );
    expect(op?.addColumns).toEqual([{ column: 3, header: 'Outcome' }]);
  });
});
