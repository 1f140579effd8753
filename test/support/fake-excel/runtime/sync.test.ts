/// <reference types="office-js" />
import fc from 'fast-check';
import type { FakeExcel } from '../index';
import { rejection, TASKS, withFake } from '../test-kit';
import { ACTION_OVERHEAD, PATH_OVERHEAD, requestBytes } from './payload';

let fake: FakeExcel;
beforeEach(() => {
  fake = withFake(TASKS);
});
afterEach(() => fake.uninstall());

describe('sync counting', () => {
  test('each context.sync() is a round trip, and so is the flush of pending actions at the end of run', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
      context.workbook.worksheets.getItem('Tasks').getRange('E1').values = [['x']];
      await context.sync();
      context.workbook.worksheets.getItem('Tasks').getRange('E2').values = [['y']];
    });
    expect(fake.syncCount).toBe(3);
    expect(fake.syncs.map((s) => s.implicit)).toEqual([false, false, true]);
    expect(fake.syncs.map((s) => s.operations)).toEqual([1, 1, 1]);
  });

  test('a run with nothing left to send makes no extra round trip', async () => {
    await Excel.run(async (context) => {
      context.workbook.load('name');
      await context.sync();
    });
    expect(fake.syncCount).toBe(1);
  });

  test('suspendApiCalculationUntilNextSync is recorded on the sync that carries it', async () => {
    await Excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('Tasks').getRange('E1').values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem('Tasks').getRange('E2').values = [[2]];
      await context.sync();
    });
    expect(fake.syncs.map((s) => s.calculationSuspended)).toEqual([true, false]);
  });
});

describe('payload sizes', () => {
  test('the request counts each object path and each action with its values', () => {
    // One path "workbook" (8 bytes) and one action "Range.values" (12 bytes) carrying [[["abc"]]] (11 bytes).
    const bytes = requestBytes({
      paths: new Set(['workbook']),
      actions: [{ name: 'Range.values', args: [[['abc']]] }],
    });
    expect(bytes).toBe(PATH_OVERHEAD + 8 + ACTION_OVERHEAD + 12 + 11);
  });

  test('the request grows with the payload (never shrinks when a value gets longer)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.string({ minLength: 1 }),
        (rows, extra) => {
          const size = (values: string[][]): number =>
            requestBytes({
              paths: new Set(['workbook']),
              actions: [{ name: 'Range.values', args: [values] }],
            });
          const longer = rows.map((row, i) => (i === 0 ? [`${row[0] ?? ''}${extra}`, ...row.slice(1)] : row));
          return size(longer) > size(rows);
        },
      ),
    );
  });

  test('recorded request bytes grow with the values written', async () => {
    const write = async (text: string): Promise<number> => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tasks').getRange('E1:E100').values = Array.from(
          { length: 100 },
          () => [text],
        );
        await context.sync();
      });
      return fake.syncs[fake.syncs.length - 1]?.requestBytes ?? 0;
    };
    const short = await write('a');
    const long = await write('a'.repeat(100));
    expect(long - short).toBe(100 * 99);
  });

  test('a request over the limit fails with RequestPayloadSizeLimitExceeded and changes nothing', async () => {
    fake.payloadLimitBytes = 10_000;
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tasks').getRange('E1:E200').values = Array.from(
          { length: 200 },
          () => ['x'.repeat(60)],
        );
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.cell('Tasks!E1').value).toBeNull();
    expect(fake.syncs[0]?.error).toBe('RequestPayloadSizeLimitExceeded');
  });

  test('the default limit is 5 MB, the Excel-on-the-web one; a 6 MB write fails, desktop (null) accepts it', async () => {
    expect(fake.payloadLimitBytes).toBe(5 * 1024 * 1024);
    const big = Array.from({ length: 6000 }, () => ['y'.repeat(1000)]);
    const writeBig = (): Promise<unknown> =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tasks').getRange('H1:H6000').values = big;
        await context.sync();
      });
    expect((await rejection(writeBig())).code).toBe('RequestPayloadSizeLimitExceeded');
    fake.payloadLimitBytes = null;
    await writeBig();
    expect(fake.cell('Tasks!H6000').value).toBe('y'.repeat(1000));
  });

  test('a response over the limit fails with ResponsePayloadSizeLimitExceeded; no loaded values arrive', async () => {
    // 20 cells of 150 characters: the load request is small, the response about 20 × 155 bytes.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Tasks').getRange('E1:E20').values = Array.from(
        { length: 20 },
        () => ['z'.repeat(150)],
      );
    });
    fake.payloadLimitBytes = 2_000;
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tasks').getRange('E1:E20').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  test('reading more than five million cells is RangeExceedsLimit (desktop Excel)', async () => {
    fake.payloadLimitBytes = null;
    fake.oversizedReads = 'error';
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tasks').getRange('A:E').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('RangeExceedsLimit');
  });

  test('on the web the same read comes back null, without an error', async () => {
    fake.payloadLimitBytes = null;
    expect(fake.oversizedReads).toBe('null'); // the default platform is Excel on the web
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tasks').getRange('A:E').load('values, address');
      await context.sync();
      return { values: range.values as unknown, address: range.address };
    });
    expect(values).toEqual({ values: null, address: 'Tasks!A:E' });
  });
});

describe('fault injection', () => {
  test('the next N syncs fail with InvalidOperationInCellEditMode, then syncs work again', async () => {
    fake.failNextSyncs(2);
    const write = (): Promise<unknown> =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tasks').getRange('E1').values = [['done']];
        await context.sync();
      });
    expect((await rejection(write())).code).toBe('InvalidOperationInCellEditMode');
    expect((await rejection(write())).code).toBe('InvalidOperationInCellEditMode');
    expect(fake.cell('Tasks!E1').value).toBeNull();
    await write();
    expect(fake.cell('Tasks!E1').value).toBe('done');
  });

  test('any code can be injected', async () => {
    fake.failNextSyncs(1, 'GeneralException');
    const error = await rejection(
      Excel.run(async (context) => (context.workbook.load('name'), context.sync())),
    );
    expect(error.code).toBe('GeneralException');
  });

  test('in cell edit mode a run fails, unless it asked to wait with delayForCellEdit', async () => {
    fake.setCellEditMode(true);
    const write = (delay: boolean): Promise<unknown> =>
      Excel.run({ delayForCellEdit: delay }, async (context) => {
        context.workbook.worksheets.getItem('Tasks').getRange('E1').values = [[delay ? 'waited' : 'failed']];
        await context.sync();
      });
    expect((await rejection(write(false))).code).toBe('InvalidOperationInCellEditMode');
    const waiting = write(true);
    await Promise.resolve();
    expect(fake.cell('Tasks!E1').value).toBeNull();
    fake.setCellEditMode(false);
    await waiting;
    expect(fake.cell('Tasks!E1').value).toBe('waited');
  });
});
