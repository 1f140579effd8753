/// <reference types="office-js" />
import type { FakeExcel } from '../../../test/support/fake-excel';
import { fakeHost, inventoried, writeSyncs } from '../../../test/support/office-host-kit';
import type { WritePlan } from '../../workbook/plan/write-plan';
import { OperatorError } from '../office-error';
import type { OfficeWorkbookHost } from './office-workbook-host';

const BOOK = {
  sheets: [
    {
      name: 'Tasks',
      rows: [
        ['Task ID', 'Status', 'Due Date', 'Note'],
        ['T-1', 'pending', { value: 46350, numberFormat: 'yyyy-mm-dd' }, { error: '#N/A' }],
        ['T-2', 'blocked', null, 'x'],
      ],
    },
    {
      name: 'Settings',
      origin: 'B3',
      rows: [
        ['Key', 'Value'],
        ['As Of', { value: 0.125, numberFormat: '0.0%' }],
      ],
    },
    { name: 'Empty' },
  ],
  tables: [{ name: 'TaskTable', sheet: 'Tasks', range: 'A1:D3' }],
};

let fake: FakeExcel;
let host: OfficeWorkbookHost;
beforeEach(() => ({ fake, host } = fakeHost(BOOK)));
afterEach(() => fake.uninstall());

describe('inventory', () => {
  test('lists sheets in tab order and tables with their sheet, in one sync', async () => {
    await expect(host.inventory()).resolves.toEqual({
      sheets: ['Tasks', 'Settings', 'Empty'],
      tables: [{ name: 'TaskTable', sheet: 'Tasks' }],
    });
    expect(fake.syncCount).toBe(1);
  });
});

describe('read', () => {
  test('reads tables and sheets in one sync: serials, errors, blanks, formats only where asked', async () => {
    await inventoried(host, fake);
    const [table, sheet, empty] = await host.read([
      { source: { kind: 'table', name: 'TaskTable' } },
      { source: { kind: 'sheet', name: 'settings' }, withNumberFormats: true },
      { source: { kind: 'sheet', name: 'Empty' } },
    ]);
    expect(fake.syncCount).toBe(1);
    expect(table).toEqual({
      source: { kind: 'table', name: 'TaskTable' },
      sheet: 'Tasks',
      headerRow: 1,
      firstColumn: 1,
      header: ['Task ID', 'Status', 'Due Date', 'Note'],
      rows: [
        ['T-1', 'pending', 46350, { error: '#N/A' }],
        ['T-2', 'blocked', null, 'x'],
      ],
    });
    expect(sheet).toMatchObject({
      sheet: 'Settings',
      headerRow: 3,
      firstColumn: 2,
      rows: [['As Of', 0.125]],
      numberFormats: [[null, '0.0%']],
    });
    expect(empty).toMatchObject({ sheet: 'Empty', headerRow: 1, firstColumn: 1, header: [], rows: [] });
  });

  test('a missing source is an OperatorError', async () => {
    const error = await host.read([{ source: { kind: 'table', name: 'Nope' } }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperatorError);
    expect(error).toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('apply', () => {
  const plan = (ops: WritePlan['ops']): WritePlan => ({ ops, newSheets: [] });

  test('every string lands as the exact text, never a formula, number, boolean or date', async () => {
    const hostile = [
      '=HYPERLINK("http://x","y")',
      '+1',
      '-2',
      '@SUM(A1)',
      '00123',
      'TRUE',
      '2026-11-24',
      '12%',
      "'quoted",
    ];
    await host.apply(
      plan([
        {
          kind: 'updateCells',
          source: { kind: 'table', name: 'TaskTable' },
          sheet: 'Tasks',
          addColumns: [],
          cells: hostile.map((value, i) => ({ row: 10 + i, column: 2, value })),
        },
      ]),
    );
    hostile.forEach((text, i) => {
      const cell = fake.cell(`Tasks!B${10 + i}`);
      expect({ value: cell.value, formula: cell.formula }).toEqual({ value: text, formula: null });
      expect(cell.numberFormat).toBe('General');
    });
  });

  test('numbers, booleans and blanks keep their type; null clears a cell; formats follow values', async () => {
    await inventoried(host, fake);
    await host.apply(
      plan([
        {
          kind: 'updateCells',
          source: { kind: 'table', name: 'TaskTable' },
          sheet: 'Tasks',
          addColumns: [],
          cells: [
            { row: 2, column: 3, value: 46351.5, numberFormat: 'yyyy-mm-dd hh:mm' },
            { row: 2, column: 4, value: null },
            { row: 3, column: 4, value: true },
          ],
        },
      ]),
    );
    expect(fake.cell('Tasks!C2')).toMatchObject({ value: 46351.5, numberFormat: 'yyyy-mm-dd hh:mm' });
    expect(fake.values('Tasks!A2:D3')).toEqual([
      ['T-1', 'pending', 46351.5, null],
      ['T-2', 'blocked', null, true],
    ]);
    expect(writeSyncs(fake)).toHaveLength(1);
    expect(fake.syncs[0]?.calculationSuspended).toBe(true);
  });
});
