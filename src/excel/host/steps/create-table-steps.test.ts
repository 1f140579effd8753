/// <reference types="office-js" />
import type { FakeExcel } from '../../../../test/support/fake-excel';
import { fakeHost, inventoried, writeSyncs } from '../../../../test/support/office-host-kit';
import type { CreateTableOp } from '../../../workbook/plan/write-plan';
import type { OfficeWorkbookHost } from '../office-workbook-host';
import { pointsOfCharacters } from './style-steps';

let fake: FakeExcel;
let host: OfficeWorkbookHost;
beforeEach(async () => {
  ({ fake, host } = fakeHost());
  await inventoried(host, fake);
});
afterEach(() => fake.uninstall());

const LOG: CreateTableOp = {
  kind: 'createTable',
  sheet: 'Task Log',
  table: 'TaskLog',
  header: ['Time', 'Task ID', 'To'],
  rows: [
    [46350.5, '00123', 'completed'],
    [46351, '=A1', 'blocked'],
  ],
  columnFormats: ['yyyy-mm-dd hh:mm', null, null],
  columnWidths: [20, 12, 14],
  validations: [{ column: 2, choices: ['pending', 'completed', 'blocked'] }],
};

describe('createTable', () => {
  test('a new sheet with a named table over the header and rows, formats, widths and drop-downs', async () => {
    await host.apply({ ops: [LOG], newSheets: ['Task Log'] });
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Task Log']);
    expect(fake.tables()).toEqual([
      {
        name: 'TaskLog',
        sheet: 'Task Log',
        address: 'A1:C3',
        showHeaders: true,
        columns: ['Time', 'Task ID', 'To'],
      },
    ]);
    expect(fake.values('Task Log!A2:C3')).toEqual([
      [46350.5, '00123', 'completed'],
      [46351, '=A1', 'blocked'],
    ]);
    expect(fake.cell('Task Log!A3').numberFormat).toBe('yyyy-mm-dd hh:mm');
    expect(fake.cell('Task Log!B2').numberFormat).toBe('General');
    expect(fake.columnWidth('Task Log', 'A')).toBe(pointsOfCharacters(20));
    expect(fake.validations('Task Log')).toEqual([
      { address: 'C2:C3', rule: { list: { inCellDropDown: true, source: 'pending,completed,blocked' } } },
    ]);
    expect(writeSyncs(fake)).toHaveLength(1);
  });

  test('a table without rows gets Excel’s one empty row, with its drop-down', async () => {
    await host.apply({ ops: [{ ...LOG, rows: [] }], newSheets: ['Task Log'] });
    expect(fake.tables()[0]?.address).toBe('A1:C2');
    expect(fake.validations('Task Log')[0]?.address).toBe('C2');
  });
});
