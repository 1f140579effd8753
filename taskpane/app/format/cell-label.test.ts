import { cellLabel, rowLabel, withoutAddress } from './cell-label';

describe('cell labels', () => {
  test('a cell, a range, a quoted sheet', () => {
    expect(cellLabel({ sheet: 'Tasks', row: 7, column: 4, a1: 'Tasks!D7' })).toBe('Tasks, cell D7');
    expect(cellLabel({ sheet: 'Q1 Tasks', row: 1, column: 1, a1: "'Q1 Tasks'!A1:H1" })).toBe(
      'Q1 Tasks, cells A1:H1',
    );
    expect(rowLabel({ sheet: 'TaskUpdates', row: 5, column: 2, a1: 'TaskUpdates!B5' })).toBe(
      'TaskUpdates, row 5',
    );
  });
  test('a message without its address, capitalised', () => {
    expect(withoutAddress('Tasks!D7: status "done" is not one of …', 'Tasks!D7')).toBe(
      'Status "done" is not one of …',
    );
    expect(withoutAddress('Campaigns: the workbook has no table', 'Tasks!A1')).toBe(
      'Campaigns: the workbook has no table',
    );
  });
});
