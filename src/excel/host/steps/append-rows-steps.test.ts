/// <reference types="office-js" />
import type { FakeExcel } from '../../../../test/support/fake-excel';
import { fakeHost } from '../../../../test/support/office-host-kit';
import type { OfficeWorkbookHost } from '../office-workbook-host';

let fake: FakeExcel;
let host: OfficeWorkbookHost;
beforeEach(() => {
  ({ fake, host } = fakeHost({
    sheets: [
      {
        name: 'Task Log',
        rows: [
          ['Time', 'Task ID', 'Reason'],
          [{ value: 46350, numberFormat: 'yyyy-mm-dd hh:mm' }, 'T-1', 'x'],
        ],
      },
      { name: 'Notes', rows: [['Learning'], ['one']] },
    ],
    tables: [{ name: 'TaskLog', sheet: 'Task Log', range: 'A1:C2' }],
  }));
});
afterEach(() => fake.uninstall());

describe('appendRows', () => {
  test('writes below a table, which grows over the rows; formats by column; text stays text', async () => {
    await host.apply({
      ops: [
        {
          kind: 'appendRows',
          source: { kind: 'table', name: 'TaskLog' },
          sheet: 'Task Log',
          startRow: 3,
          firstColumn: 1,
          rows: [
            [46351.25, 'T-2', '+started'],
            [46352.5, 'T-3', null],
          ],
          columnFormats: ['yyyy-mm-dd hh:mm', null, null],
        },
      ],
      newSheets: [],
    });
    expect(fake.tables()[0]?.address).toBe('A1:C4');
    expect(fake.values('Task Log!A3:C4')).toEqual([
      [46351.25, 'T-2', '+started'],
      [46352.5, 'T-3', null],
    ]);
    expect(fake.cell('Task Log!A4').numberFormat).toBe('yyyy-mm-dd hh:mm');
    expect(fake.cell('Task Log!C3').formula).toBeNull();
  });

  test('on a plain sheet, writes the rows where the plan says', async () => {
    await host.apply({
      ops: [
        {
          kind: 'appendRows',
          source: { kind: 'sheet', name: 'Notes' },
          sheet: 'Notes',
          startRow: 3,
          firstColumn: 1,
          rows: [['two']],
          columnFormats: [null],
        },
      ],
      newSheets: [],
    });
    expect(fake.values('Notes!A1:A3')).toEqual([['Learning'], ['one'], ['two']]);
  });
});

describe('appendRows to a table with a totals row', () => {
  test('is refused before anything is written', async () => {
    for (const table of fake.book.tables) table.showTotals = true;
    await host.read([{ source: { kind: 'table', name: 'TaskLog' } }]);
    const before = fake.describe();
    const error = await host
      .apply({
        ops: [
          {
            kind: 'appendRows',
            source: { kind: 'table', name: 'TaskLog' },
            sheet: 'Task Log',
            startRow: 2,
            firstColumn: 1,
            rows: [[1, 'T-2', 'x']],
            columnFormats: [null, null, null],
          },
        ],
        newSheets: [],
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TableHasTotalsRow' });
    expect((error as Error).message).toContain('Turn off its Total Row');
    expect(fake.describe()).toEqual(before);
  });
});
