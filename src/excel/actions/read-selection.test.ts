/// <reference types="office-js" />
import { fakeHost } from '../../../test/support/office-host-kit';
import type { FakeExcel } from '../../../test/support/fake-excel';
import type { OfficeWorkbookHost } from '../host/office-workbook-host';
import { readSelection } from './read-selection';

let fake: FakeExcel;
let host: OfficeWorkbookHost;
beforeEach(() => {
  ({ fake, host } = fakeHost({
    sheets: [
      {
        name: 'Export',
        origin: 'C2',
        rows: [
          ['Day', 'Impr.', 'Cost'],
          [{ value: 45795, numberFormat: 'm/d/yyyy' }, 1204, '12,50'],
          [{ value: 45796, numberFormat: 'm/d/yyyy' }, { error: '#NAME?' }, null],
        ],
      },
    ],
  }));
});
afterEach(() => fake.uninstall());

async function select(address: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Export').getRange(address).select();
    await context.sync();
  });
  fake.resetSyncLog();
}

const CELLS = [
  ['Day', 'Impr.', 'Cost'],
  [45795, 1204, '12,50'],
  [45796, { error: '#NAME?' }, null],
];

describe('readSelection', () => {
  it('reads the selected cells as the workbook layer reads cells, in one sync', async () => {
    await select('C2:E4');
    await expect(readSelection(host.run)).resolves.toEqual({
      kind: 'cells',
      sheet: 'Export',
      row: 2,
      column: 3,
      address: 'Export!C2:E4',
      cells: CELLS,
    });
    expect(fake.syncCount).toBe(1);
  });

  it('cuts whole selected columns to the cells that hold values', async () => {
    await select('A:Z');
    await expect(readSelection(host.run)).resolves.toMatchObject({ address: 'Export!C2:E4', cells: CELLS });
    expect(fake.syncCount).toBe(1);
  });

  it.each([
    ['one cell', 'D3', 'single_cell'],
    ['cells without values', 'G2:H9', 'empty'],
  ])('refuses %s', async (_, address, kind) => {
    await select(address);
    await expect(readSelection(host.run)).resolves.toEqual({ kind });
  });

  it('reads a selection too large for one response in blocks of rows, one sync each', async () => {
    fake.uninstall();
    // 300 rows of three 50-character cells: about 47 KB of values, above a 20 KB limit.
    const rows = Array.from({ length: 300 }, (_, r) => [`${r}`.padEnd(50, 'x'), 'y'.repeat(50), r]);
    ({ fake, host } = fakeHost({ sheets: [{ name: 'Export', rows }] }));
    await select('A1:C300');
    fake.payloadLimitBytes = 20_000;
    const read = await readSelection(host.run, { cellsPerSync: 300 });
    expect(read).toMatchObject({ address: 'Export!A1:C300' });
    expect(read.kind === 'cells' && read.cells).toEqual(rows);
    // The one-sync read fails; then the size, then three blocks of 100 rows (300 cells each).
    expect(fake.syncs.map((s) => s.error ?? 'ok')).toEqual([
      'ResponsePayloadSizeLimitExceeded',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('reads in blocks too when Excel on the web answers the whole read with null', async () => {
    await select('C2:E4');
    fake.oversizedReads = 'null';
    fake.readCellLimit = 4; // the 9 cells are "too many" for one read; 3 per block are not
    const read = await readSelection(host.run, { cellsPerSync: 3 });
    expect(read).toMatchObject({ address: 'Export!C2:E4', cells: CELLS });
    expect(fake.syncCount).toBe(5); // null, the size, three blocks
  });

  it('refuses several selected areas with its own reason (getSelectedRange cannot read them)', async () => {
    fake.selectAreas('Export', ['C2:C4', 'E2:E4']);
    await expect(readSelection(host.run)).resolves.toEqual({ kind: 'several_areas' });
  });

  it('reads a 1904 workbook’s dates in the 1900 system, by their formats', async () => {
    fake.uninstall();
    const day = (serial: number) => ({ value: serial - 1462, numberFormat: 'm/d/yyyy' });
    ({ fake, host } = fakeHost({
      date1904: true,
      sheets: [
        {
          name: 'Export',
          origin: 'C2',
          rows: [
            ['Day', 'Impr.', 'Cost'],
            [day(45795), 1204, '12,50'],
            [day(45796), { error: '#NAME?' }, null],
          ],
        },
      ],
    }));
    await select('C2:E4');
    await expect(readSelection(host.run, { date1904: true })).resolves.toMatchObject({ cells: CELLS });
    expect(fake.syncCount).toBe(1);
    // Not known yet: the probe rides in the selection's sync, and the formats take one more.
    fake.resetSyncLog();
    await expect(readSelection(host.run)).resolves.toMatchObject({ cells: CELLS });
    expect(fake.syncCount).toBe(2);
  });
});
