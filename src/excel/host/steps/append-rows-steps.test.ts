/// <reference types="office-js" />
import type { FakeExcel } from '../../../../test/support/fake-excel';
import { AUTO_EXPANSION_MODES, fakeHost, inventoried } from '../../../../test/support/office-host-kit';
import type { AppendRowsOp } from '../../../workbook/plan/write-plan';
import type { OfficeWorkbookHost } from '../office-workbook-host';

let fake: FakeExcel;
let host: OfficeWorkbookHost;
afterEach(() => fake.uninstall());

const BOOK = {
  sheets: [
    {
      name: 'Task Log',
      rows: [
        ['Time', 'Task ID', 'Reason'],
        [{ value: 46350, numberFormat: 'yyyy-mm-dd hh:mm' }, 'T-1', 'x'],
      ],
      cells: { A6: 'a note the user keeps below the log' },
    },
    { name: 'Notes', rows: [['Learning'], ['one']] },
  ],
  tables: [{ name: 'TaskLog', sheet: 'Task Log', range: 'A1:C2' }],
};

const append = (startRow: number, rows: AppendRowsOp['rows']): AppendRowsOp => ({
  kind: 'appendRows',
  source: { kind: 'table', name: 'TaskLog' },
  sheet: 'Task Log',
  startRow,
  firstColumn: 1,
  rows,
  columnFormats: ['yyyy-mm-dd hh:mm', null, null],
});

describe.each(AUTO_EXPANSION_MODES)(
  'appendRows to a table (Excel auto-expansion %s)',
  (tableAutoExpansion) => {
    beforeEach(async () => {
      ({ fake, host } = fakeHost(BOOK, { tableAutoExpansion }));
      await inventoried(host, fake);
    });

    test('adds the rows to the table; formats by column; text stays text', async () => {
      await host.apply({
        ops: [
          append(3, [
            [46351.25, 'T-2', '+started'],
            [46352.5, 'T-3', null],
          ]),
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

    test('moves what is below the table down instead of writing over it', async () => {
      await host.apply({
        ops: [
          append(3, [
            [46351, 'T-2', 'a'],
            [46351, 'T-3', 'b'],
          ]),
        ],
        newSheets: [],
      });
      expect(fake.cell('Task Log!A8').value).toBe('a note the user keeps below the log');
    });

    test('run after run, no log row is lost: each append lands after the last one', async () => {
      for (const [i, id] of ['T-2', 'T-3', 'T-4'].entries()) {
        const [log] = await host.read([{ source: { kind: 'table', name: 'TaskLog' } }]);
        const next = (log?.headerRow ?? 0) + (log?.rows.length ?? 0) + 1;
        await host.apply({ ops: [append(next, [[46351 + i, id, 'r']])], newSheets: [] });
      }
      expect(fake.tables()[0]?.address).toBe('A1:C5');
      expect(fake.values('Task Log!B2:B5')).toEqual([['T-1'], ['T-2'], ['T-3'], ['T-4']]);
    });
  },
);

describe('appendRows to a sheet used as a table', () => {
  test('writes the rows where the plan says', async () => {
    ({ fake, host } = fakeHost(BOOK));
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
    ({ fake, host } = fakeHost(BOOK));
    for (const table of fake.book.tables) table.showTotals = true;
    await host.read([{ source: { kind: 'table', name: 'TaskLog' } }]);
    const before = fake.describe();
    const error = await host
      .apply({ ops: [append(2, [[1, 'T-2', 'x']])], newSheets: [] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TableHasTotalsRow' });
    expect((error as Error).message).toContain('Turn off its Total Row');
    expect(fake.describe()).toEqual(before);
  });
});
