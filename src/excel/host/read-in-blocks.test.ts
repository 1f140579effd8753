/// <reference types="office-js" />
import type { FakeExcel } from '../../../test/support/fake-excel';
import { fakeHost, inventoried } from '../../../test/support/office-host-kit';
import type { ReadRequest } from '../../workbook/host';
import type { OfficeWorkbookHost } from './office-workbook-host';

let fake: FakeExcel;
let host: OfficeWorkbookHost;
afterEach(() => fake.uninstall());

const ROWS = 3000;
const rows = Array.from({ length: ROWS }, (_, i) => [
  `T-${i}`,
  `Task number ${i}`,
  i % 7 === 0 ? null : i * 1.5,
  'pending',
]);
const REQUESTS: ReadRequest[] = [
  { source: { kind: 'table', name: 'Tasks' }, withNumberFormats: true },
  { source: { kind: 'sheet', name: 'Notes' } },
];

beforeEach(() => {
  ({ fake, host } = fakeHost({
    sheets: [
      { name: 'Tasks', rows: [['ID', 'Title', 'Hours', 'Status'], ...rows, ['Total', null, 1, null]] },
      { name: 'Notes', origin: 'C2', rows: [['Key'], ['a'], ['b']] },
    ],
    tables: [{ name: 'Tasks', sheet: 'Tasks', range: `A1:D${ROWS + 2}` }],
  }));
  for (const table of fake.book.tables) table.showTotals = true;
});

describe('sources too big for one response', () => {
  test('are read in row blocks over more syncs, with the same result', async () => {
    fake.payloadLimitBytes = null;
    await inventoried(host, fake);
    const whole = await host.read(REQUESTS);
    expect(fake.syncCount).toBe(1);
    expect(whole[0]?.rows).toHaveLength(ROWS); // the totals row is not data
    fake.resetSyncLog();
    fake.payloadLimitBytes = 64 * 1024;
    const blocked = await host.read(REQUESTS);
    expect(blocked).toEqual(whole);
    expect(fake.syncs[0]?.error).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake.syncs.filter((s) => s.error === undefined).length).toBeGreaterThan(2);
    expect(fake.syncs.every((s) => s.error !== undefined || s.responseBytes <= 64 * 1024)).toBe(true);
  });
});
