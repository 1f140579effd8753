/// <reference types="office-js" />
import type { FakeExcel, WorkbookDescription } from '../../../test/support/fake-excel';
import { fakeHost, inventoried, writeSyncs } from '../../../test/support/office-host-kit';
import type { WritePlan } from '../../workbook/plan/write-plan';
import type { OfficeWorkbookHost } from './office-workbook-host';

// How the host copes with the ways real Excels differ (docs/excel-host.md): the date system,
// calculation, undo groups, reads Excel on the web answers with null, the cell text limit.
let fake: FakeExcel;
let host: OfficeWorkbookHost;
afterEach(() => fake.uninstall());

/** 2026-11-24 12:00 in the 1900 system, and the same moment as a 1904 workbook stores it. */
const NOON_1900 = 46350.5;
const NOON_1904 = NOON_1900 - 1462;

const book = (date1904: boolean): WorkbookDescription => ({
  date1904,
  sheets: [
    {
      name: 'Tasks',
      rows: [
        ['Task ID', 'Due', 'Hours', 'Budget'],
        [
          'T-1',
          { value: date1904 ? NOON_1904 : NOON_1900, numberFormat: 'yyyy-mm-dd hh:mm' },
          { value: 0.25, numberFormat: '[h]:mm' },
          1500,
        ],
      ],
    },
  ],
  tables: [{ name: 'Tasks', sheet: 'Tasks', range: 'A1:D2' }],
});

const dueWrite = (value: number): WritePlan => ({
  ops: [
    {
      kind: 'updateCells',
      source: { kind: 'table', name: 'Tasks' },
      sheet: 'Tasks',
      addColumns: [],
      cells: [
        { row: 2, column: 2, value, numberFormat: 'yyyy-mm-dd hh:mm' },
        { row: 2, column: 4, value: 1600 },
      ],
    },
  ],
  newSheets: [],
});

describe.each([false, true])('a workbook in the %s date system', (date1904) => {
  const label = date1904 ? '1904' : '1900';
  beforeEach(() => ({ fake, host } = fakeHost(book(date1904))));

  test(`${label}: learns the system in the inventory's own sync`, async () => {
    await host.inventory();
    expect(fake.syncCount).toBe(1);
    await expect(host.dateSystem1904()).resolves.toBe(date1904);
  });

  test(`${label}: dates read as 1900 serials; times, money and formats as they are`, async () => {
    await inventoried(host, fake);
    const [tasks] = await host.read([{ source: { kind: 'table', name: 'Tasks' } }]);
    expect(fake.syncCount).toBe(1);
    expect(tasks?.rows).toEqual([['T-1', NOON_1900, 0.25, 1500]]);
    expect(tasks?.numberFormats).toBeUndefined();
  });

  test(`${label}: plan dates (1900 serials) are written as the same date; other numbers unchanged`, async () => {
    await inventoried(host, fake);
    await host.apply(dueWrite(NOON_1900 + 1));
    expect(fake.cell('Tasks!B2')).toMatchObject({
      value: (date1904 ? NOON_1904 : NOON_1900) + 1,
      text: '2026-11-25 12:00',
    });
    expect(fake.cell('Tasks!D2').value).toBe(1600);
  });
});

describe('calculation, suspended for each batch', () => {
  beforeEach(async () => {
    ({ fake, host } = fakeHost(book(false)));
    await inventoried(host, fake);
  });

  test('is recalculated once after the last batch in Automatic mode', async () => {
    await host.apply(dueWrite(NOON_1900));
    expect(fake.syncs.map((s) => [s.calculationSuspended, s.calculated ?? null])).toEqual([
      [true, null],
      [false, 'Recalculate'],
    ]);
  });

  test('is left to the person in Manual mode (and Automatic except tables)', async () => {
    fake.calculationMode = 'Manual';
    await host.apply(dueWrite(NOON_1900));
    expect(fake.syncs.some((s) => s.calculated !== undefined)).toBe(false);
    fake.calculationMode = 'AutomaticExceptTables';
    await host.apply(dueWrite(NOON_1900));
    expect(fake.syncs.some((s) => s.calculated !== undefined)).toBe(false);
  });

  test('is recalculated after a batch that failed too, once earlier batches were written', async () => {
    fake.uninstall();
    ({ fake, host } = fakeHost(book(false), { requestBudgetBytes: 1 })); // one step per batch
    await inventoried(host, fake);
    const missing = { ...dueWrite(NOON_1900).ops[0], sheet: 'Missing' } as WritePlan['ops'][number];
    const error = await host
      .apply({ ops: [...dueWrite(NOON_1900 + 1).ops, missing], newSheets: [] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ItemNotFound' });
    expect(fake.cell('Tasks!B2').value).toBe(NOON_1900 + 1); // the first batch was written
    expect(fake.syncs.map((s) => s.error ?? s.calculated ?? 'written')).toEqual([
      'written',
      'ItemNotFound',
      'Recalculate',
    ]);
  });
});

describe('undo (ExcelApi 1.20)', () => {
  beforeEach(async () => {
    ({ fake, host } = fakeHost(book(false)));
    await inventoried(host, fake);
  });

  test('where Excel can group them, a run is one undo step: one Excel.run with mergeUndoGroup', async () => {
    fake.setRequirementSets({ ExcelApi: '1.20' });
    await host.apply(dueWrite(NOON_1900));
    expect(fake.syncs.map((s) => s.mergeUndoGroup)).toEqual([true, true]);
    expect(fake.syncs.at(-1)?.calculated).toBe('Recalculate');
  });

  test('a plan that deletes sheets (Revert) is not grouped: Worksheet.delete has no undo', async () => {
    fake.setRequirementSets({ ExcelApi: '1.20' });
    await host.apply({
      ops: [
        {
          kind: 'addSheet',
          name: 'R',
          cells: [],
          merges: [],
          columnWidths: {},
          rag: [],
          charts: [],
          print: { orientation: 'portrait', fitToWidth: 1, area: { row: 1, column: 1, rows: 1, columns: 1 } },
        },
      ],
      newSheets: ['R'],
    });
    fake.resetSyncLog();
    await host.apply({ ops: [{ kind: 'deleteSheet', name: 'R' }], newSheets: [] });
    expect(fake.sheetNames()).toEqual(['Tasks']);
    expect(fake.syncs.some((s) => s.mergeUndoGroup === true)).toBe(false);
  });

  test('before 1.20, each batch is its own Excel.run, as before', async () => {
    fake.setRequirementSets({ ExcelApi: '1.19' });
    await host.apply(dueWrite(NOON_1900));
    expect(fake.syncs.some((s) => s.mergeUndoGroup === true)).toBe(false);
  });
});

describe('reads Excel on the web answers with null (over 5,000,000 cells)', () => {
  test.each(['null', 'error'] as const)(
    'are read again in blocks (oversized reads: %s)',
    async (oversizedReads) => {
      ({ fake, host } = fakeHost(book(false), { oversizedReads }));
      await inventoried(host, fake);
      const whole = await host.read([{ source: { kind: 'table', name: 'Tasks' } }]);
      fake.readCellLimit = 5; // the table's 8 cells are now "too many" for one read
      fake.resetSyncLog();
      const blocked = await host.read([{ source: { kind: 'table', name: 'Tasks' } }]);
      expect(blocked).toEqual(whole);
      expect(fake.syncCount).toBeGreaterThan(2);
    },
  );
});

describe('a text longer than a cell holds', () => {
  test('is refused before anything is written, naming the cell', async () => {
    ({ fake, host } = fakeHost(book(false)));
    await inventoried(host, fake);
    const before = fake.describe();
    const error = await host
      .apply({
        ops: [
          {
            kind: 'updateCells',
            source: { kind: 'table', name: 'Tasks' },
            sheet: 'Tasks',
            addColumns: [],
            cells: [{ row: 2, column: 1, value: 'x'.repeat(40_000) }],
          },
        ],
        newSheets: [],
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CellTextTooLong' });
    expect((error as Error).message).toMatch(
      /^Tasks!A2 would hold 40,000 characters of text; an Excel cell holds at most 32,767\. Nothing was written\./,
    );
    expect(fake.describe()).toEqual(before);
    expect(writeSyncs(fake)).toHaveLength(0);
  });
});
