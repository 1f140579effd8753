import { TASK_STATUSES, UPDATE_STATUSES } from '../../engine/model/statuses';
import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readChoice, readChoiceOrText } from './read-choice';

const context: CellContext = { column: 'Status', timeZone: 'UTC', numberFormat: null };

describe('readChoice', () => {
  const read = readChoice(TASK_STATUSES);
  it.each<[RawCell, string]>([
    ['pending', 'pending'],
    ['In Progress', 'in_progress'],
    ['in-progress', 'in_progress'],
    ['IN_PROGRESS', 'in_progress'],
    ['InProgress', 'in_progress'],
    ['  Completed ', 'completed'],
    ['CANCELLED', 'cancelled'],
  ])('%j is %s', (cell, value) => {
    expect(read(cell, context)).toEqual({ ok: true, value });
  });

  it.each<[RawCell, string]>([
    ['done', 'done'],
    ['canceled', 'canceled'],
    [1, '1'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
  ])('%j is not a status', (cell, value) => {
    expect(read(cell, context)).toEqual({
      ok: false,
      detail: { code: 'invalid_choice', column: 'Status', value, allowed: TASK_STATUSES },
    });
  });

  it('reads blanks and Excel errors', () => {
    expect(read(' ', context)).toEqual({ ok: true, value: null });
    expect(read({ error: '#N/A' }, context)).toMatchObject({ ok: false, detail: { code: 'cell_error' } });
  });
});

describe('readChoiceOrText', () => {
  const read = readChoiceOrText(UPDATE_STATUSES);
  it.each<[RawCell, string]>([
    ['Retry', 'retry'],
    ['In Progress', 'in_progress'],
    [' done ', 'done'],
    ['toString', 'toString'],
  ])('%j is %s', (cell, value) => {
    expect(read(cell, context)).toEqual({ ok: true, value });
  });

  it('refuses Excel errors and too long texts', () => {
    expect(read({ error: '#N/A' }, context)).toMatchObject({ ok: false, detail: { code: 'cell_error' } });
    expect(read('z'.repeat(33_000), context)).toMatchObject({ ok: false, detail: { code: 'text_too_long' } });
  });
});
