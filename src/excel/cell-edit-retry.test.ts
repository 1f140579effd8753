/// <reference types="office-js" />
import type { FakeExcel } from '../../test/support/fake-excel';
import { fakeHost, instantRetry, inventoried } from '../../test/support/office-host-kit';
import { OfficeWorkbookHost } from './host/office-workbook-host';
import { OperatorError } from './office-error';

let fake: FakeExcel;
let host: OfficeWorkbookHost;
beforeEach(async () => {
  ({ fake, host } = fakeHost({ sheets: [{ name: 'Tasks', rows: [['ID'], ['T-1']] }] }));
  await inventoried(host, fake);
});
afterEach(() => fake.uninstall());

const append = () =>
  host.apply({
    ops: [
      {
        kind: 'appendRows',
        source: { kind: 'sheet', name: 'Tasks' },
        sheet: 'Tasks',
        startRow: 3,
        firstColumn: 1,
        rows: [['T-2']],
        columnFormats: [null],
      },
    ],
    newSheets: [],
  });

describe('while the user edits a cell', () => {
  test('a refused batch is built again and written once, after waiting longer each time', async () => {
    const retry = instantRetry(5);
    host = new OfficeWorkbookHost({ retry });
    await inventoried(host, fake);
    fake.failNextSyncs(3);
    await append();
    expect(retry.waits).toEqual([100, 200, 400]);
    expect(fake.syncs.map((s) => s.error ?? s.calculated ?? 'ok')).toEqual([
      'InvalidOperationInCellEditMode',
      'InvalidOperationInCellEditMode',
      'InvalidOperationInCellEditMode',
      'ok',
      'Recalculate',
    ]);
    expect(fake.values('Tasks!A1:A4')).toEqual([['ID'], ['T-1'], ['T-2'], [null]]);
  });

  test('reads are retried too', async () => {
    fake.failNextSyncs(1);
    await expect(host.inventory()).resolves.toMatchObject({ sheets: ['Tasks'] });
  });

  test('gives up after the last retry with a message saying what to do', async () => {
    host = new OfficeWorkbookHost({ retry: instantRetry(2) });
    await inventoried(host, fake);
    fake.setCellEditMode(true);
    const error = await append().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperatorError);
    expect((error as Error).message).toBe('Finish editing the cell (press Enter or Esc), then run again.');
    expect(fake.syncCount).toBe(3);
    expect(fake.values('Tasks!A3')).toEqual([[null]]);
  });

  test('other errors are not retried', async () => {
    fake.failNextSyncs(1, 'AccessDenied');
    const error = await append().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AccessDenied' });
    expect(fake.syncCount).toBe(1);
  });
});
