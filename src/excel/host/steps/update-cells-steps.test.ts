/// <reference types="office-js" />
import type { FakeExcel } from '../../../../test/support/fake-excel';
import { fakeHost, inventoried, writeSyncs } from '../../../../test/support/office-host-kit';
import type { UpdateCellsOp } from '../../../workbook/plan/write-plan';
import type { OfficeWorkbookHost } from '../office-workbook-host';
import { updateCellsSteps } from './update-cells-steps';

const TASKS = [
  ['Task ID', 'Status'],
  ['T-1', 'pending'],
  ['T-2', 'pending'],
  ['T-3', 'pending'],
];

let fake: FakeExcel;
let host: OfficeWorkbookHost;
beforeEach(async () => {
  ({ fake, host } = fakeHost({
    sheets: [
      { name: 'Tasks', rows: TASKS, cells: { D10: 'below' } },
      { name: 'Plain', origin: 'B3', rows: TASKS },
    ],
    tables: [{ name: 'Tasks', sheet: 'Tasks', range: 'A1:B4' }],
  }));
  await inventoried(host, fake);
});
afterEach(() => fake.uninstall());

const apply = (op: UpdateCellsOp) => host.apply({ ops: [op], newSheets: [] });

describe('updateCells', () => {
  test('adds missing columns to a table (named, at its end) before writing their cells', async () => {
    await apply({
      kind: 'updateCells',
      source: { kind: 'table', name: 'Tasks' },
      sheet: 'Tasks',
      addColumns: [
        { column: 3, header: 'Started At' },
        { column: 4, header: 'Blocker' },
      ],
      cells: [
        { row: 2, column: 2, value: 'blocked' },
        { row: 2, column: 4, value: '=legal' },
      ],
    });
    expect(fake.tables()[0]).toMatchObject({
      address: 'A1:D4',
      columns: ['Task ID', 'Status', 'Started At', 'Blocker'],
    });
    expect(fake.values('Tasks!A2:D2')).toEqual([['T-1', 'blocked', null, '=legal']]);
    expect(fake.cell('Tasks!D2').formula).toBeNull();
    expect(writeSyncs(fake)).toHaveLength(1);
  });

  test('on a sheet used as a table, a new header goes in its first used row', async () => {
    await apply({
      kind: 'updateCells',
      source: { kind: 'sheet', name: 'Plain' },
      sheet: 'Plain',
      addColumns: [{ column: 4, header: 'Attempts' }],
      cells: [{ row: 5, column: 4, value: 2 }],
    });
    expect(fake.values('Plain!B3:D5')).toEqual([
      ['Task ID', 'Status', 'Attempts'],
      ['T-1', 'pending', null],
      ['T-2', 'pending', 2],
    ]);
  });

  test('groups the cells of consecutive rows into one range write', async () => {
    const cells = [2, 3, 4].map((row) => ({ row, column: 2, value: 'completed' }));
    const steps = updateCellsSteps({
      kind: 'updateCells',
      source: { kind: 'table', name: 'Tasks' },
      sheet: 'Tasks',
      addColumns: [],
      cells: [...cells, { row: 9, column: 1, value: 'far' }],
    });
    expect(steps.map((s) => s.phase)).toEqual(['values', 'values']);
  });
});
