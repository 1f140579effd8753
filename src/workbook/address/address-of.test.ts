import type { SourceMap, TableLocation } from '../source-map';
import { addressOf } from './address-of';

const columns = (entries: Record<string, number>): Record<string, number | undefined> =>
  Object.assign(Object.create(null) as Record<string, number | undefined>, entries);

const tasks: TableLocation = {
  source: { kind: 'table', name: 'Tasks' },
  sheet: 'Q1 Tasks',
  headerRow: 3,
  firstColumn: 2,
  width: 8,
  columns: columns({ taskId: 2, status: 5 }),
  rows: [4, 6, 7],
  nextRow: 8,
};
const settings: TableLocation = {
  source: { kind: 'sheet', name: 'Settings' },
  sheet: 'Settings',
  headerRow: 1,
  firstColumn: 1,
  width: 2,
  columns: columns({ key: 1, value: 2 }),
  rows: [2, 3],
  nextRow: 4,
  keyRows: columns({ retryLimit: 1 }),
};
const sourceMap: SourceMap = { tasks, settings };

describe('addressOf', () => {
  it.each([
    [['tasks', 1, 'status'], { sheet: 'Q1 Tasks', row: 6, column: 5, a1: "'Q1 Tasks'!E6" }],
    [['tasks', 0, 'taskId'], { sheet: 'Q1 Tasks', row: 4, column: 2, a1: "'Q1 Tasks'!B4" }],
    // A field without a column (a default) → the row.
    [['tasks', 2, 'critical'], { sheet: 'Q1 Tasks', row: 7, column: 2, a1: "'Q1 Tasks'!B7:I7" }],
    [['tasks', 2], { sheet: 'Q1 Tasks', row: 7, column: 2, a1: "'Q1 Tasks'!B7:I7" }],
    // A column → its header cell; a column the table lacks → the header row.
    [['tasks', 'status'], { sheet: 'Q1 Tasks', row: 3, column: 5, a1: "'Q1 Tasks'!E3" }],
    [['tasks', 'title'], { sheet: 'Q1 Tasks', row: 3, column: 2, a1: "'Q1 Tasks'!B3:I3" }],
    [['tasks'], { sheet: 'Q1 Tasks', row: 3, column: 2, a1: "'Q1 Tasks'!B3:I3" }],
    [['settings', 1, 'value'], { sheet: 'Settings', row: 3, column: 2, a1: 'Settings!B3' }],
    // A setting by field or by label → its Value cell.
    [['settings', 'retryLimit'], { sheet: 'Settings', row: 3, column: 2, a1: 'Settings!B3' }],
    [['settings', 'Retry Limit'], { sheet: 'Settings', row: 3, column: 2, a1: 'Settings!B3' }],
    [['settings', 'timeZone'], { sheet: 'Settings', row: 1, column: 1, a1: 'Settings!A1:B1' }],
    [['settings', 'value'], { sheet: 'Settings', row: 1, column: 2, a1: 'Settings!B1' }],
  ])('%j is %j', (path, address) => {
    expect(addressOf(sourceMap, path)).toEqual(address);
  });

  it.each([
    [['kpis', 0, 'target']],
    [['tasks', 3, 'status']],
    [['tasks', -1]],
    [[]],
    [['__proto__']],
    [['constructor', 0]],
  ])('%j has no address', (path) => {
    expect(addressOf(sourceMap, path)).toBeNull();
  });

  it('never reads a field name from the prototype', () => {
    expect(addressOf(sourceMap, ['tasks', 0, 'toString'])?.a1).toBe("'Q1 Tasks'!B4:I4");
    expect(addressOf(sourceMap, ['tasks', '__proto__'])?.a1).toBe("'Q1 Tasks'!B3:I3");
  });
});
