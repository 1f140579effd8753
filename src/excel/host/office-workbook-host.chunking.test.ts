/// <reference types="office-js" />
import { WEB_PAYLOAD_LIMIT, type FakeExcel } from '../../../test/support/fake-excel';
import {
  AUTO_EXPANSION_MODES,
  fakeHost,
  inventoried,
  writeSyncs,
} from '../../../test/support/office-host-kit';
import type { WritePlan } from '../../workbook/plan/write-plan';
import type { OfficeWorkbookHost } from './office-workbook-host';

let fake: FakeExcel;
let host: OfficeWorkbookHost;
afterEach(() => fake.uninstall());

const ROWS = 40_000;
const text = (i: number) => `Row ${i}: ${'reason '.repeat(20)}`; // about 150 bytes of JSON a row

function bigPlan(): WritePlan {
  return {
    ops: [
      {
        kind: 'createTable',
        sheet: 'Big Log',
        table: 'BigLog',
        header: ['N', 'Reason'],
        rows: Array.from({ length: ROWS }, (_, i) => [i, text(i)]),
        columnFormats: ['0', null],
        columnWidths: [8, 60],
      },
    ],
    newSheets: ['Big Log'],
  };
}

describe('a plan too big for one request', () => {
  test('is written in several syncs, each under 5 MB, and completely', async () => {
    ({ fake, host } = fakeHost());
    await inventoried(host, fake);
    const progress: Array<[number, number]> = [];
    await host.apply(bigPlan(), (done, total) => progress.push([done, total]));
    // 40,000 rows × ~150 bytes ≈ 6 MB of values: more than one 4 MB batch.
    const writes = writeSyncs(fake);
    expect(writes.length).toBeGreaterThan(1);
    expect(fake.syncs.every((s) => s.requestBytes < WEB_PAYLOAD_LIMIT && s.error === undefined)).toBe(true);
    expect(writes.every((s) => s.calculationSuspended)).toBe(true);
    // Calculation is suspended for every batch, so Excel is asked to recalculate once at the end.
    expect(fake.syncs.at(-1)).toMatchObject({ calculated: 'Recalculate', calculationSuspended: false });
    expect(progress.at(-1)).toEqual([writes.length, writes.length]);
    expect(fake.tables()[0]?.address).toBe(`A1:B${ROWS + 1}`);
    expect(fake.values(`Big Log!A${ROWS + 1}:B${ROWS + 1}`)).toEqual([[ROWS - 1, text(ROWS - 1)]]);
    expect(fake.cell(`Big Log!A${ROWS + 1}`).numberFormat).toBe('0');
  });

  test.each(AUTO_EXPANSION_MODES)(
    'appends to a table block by block with rows.add; it grows by every block (auto-expansion %s)',
    async (tableAutoExpansion) => {
      ({ fake, host } = fakeHost(
        {
          sheets: [
            {
              name: 'Log',
              rows: [
                ['N', 'Reason'],
                [0, 'first'],
              ],
            },
          ],
          tables: [{ name: 'Log', sheet: 'Log', range: 'A1:B2' }],
        },
        { tableAutoExpansion },
      ));
      await host.apply({
        ops: [
          {
            kind: 'appendRows',
            source: { kind: 'table', name: 'Log' },
            sheet: 'Log',
            startRow: 3,
            firstColumn: 1,
            rows: Array.from({ length: ROWS }, (_, i) => [i + 1, text(i + 1)]),
            columnFormats: [null, null],
          },
        ],
        newSheets: [],
      });
      expect(fake.syncCount).toBeGreaterThan(1);
      expect(fake.syncs.every((s) => s.requestBytes < WEB_PAYLOAD_LIMIT)).toBe(true);
      expect(fake.tables()[0]?.address).toBe(`A1:B${ROWS + 2}`);
      expect(fake.values(`Log!A${ROWS + 2}:B${ROWS + 2}`)).toEqual([[ROWS, text(ROWS)]]);
    },
  );
});
