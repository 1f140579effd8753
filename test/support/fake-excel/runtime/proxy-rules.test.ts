/// <reference types="office-js" />
import type { FakeExcel } from '../index';
import { rejection, TASKS, thrown, withFake } from '../test-kit';

let fake: FakeExcel;
beforeEach(() => {
  fake = withFake(TASKS);
});
afterEach(() => fake.uninstall());

describe('properties are readable only after load and sync', () => {
  test('reading before load, and after load but before sync, throws PropertyNotLoaded', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tasks').getRange('A1:B2');
      const before = thrown(() => range.values);
      expect(before).toBeInstanceOf(OfficeExtension.Error);
      expect(before.code).toBe('PropertyNotLoaded');
      expect(before.message).toContain("The property 'values' is not available");
      range.load('values');
      expect(thrown(() => range.values).code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(range.values).toEqual([
        ['ID', 'Task'],
        ['T-1', 'Brief'],
      ]);
      expect(thrown(() => range.address).code).toBe('PropertyNotLoaded');
    });
  });

  test.each([
    ['a comma list', 'address, rowCount'],
    ['an array', ['address', 'rowCount']],
    ['select', { select: 'address,rowCount' }],
    ['the strict form', { address: true, rowCount: true }],
  ])('load with %s', async (_name, option) => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tasks').getRange('B2:C3');
      range.load(option as string);
      await context.sync();
      expect(range.toJSON()).toEqual({ address: 'Tasks!B2:C3', rowCount: 2 });
    });
  });

  test('navigation paths load nested properties; load() with nothing loads every scalar', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tasks').getRange('A1');
      range.load('format/fill/color, format/font/bold');
      const sheet = context.workbook.worksheets.getItem('Settings').load();
      await context.sync();
      expect(range.format.fill.color).toBe('#FFFFFF');
      expect(range.format.font.bold).toBe(false);
      expect(thrown(() => range.format.font.italic).code).toBe('PropertyNotLoaded');
      expect(range.toJSON()).toEqual({ format: { fill: { color: '#FFFFFF' }, font: { bold: false } } });
      expect(sheet.name).toBe('Settings');
      expect(sheet.position).toBe(1);
    });
  });

  test('an unknown property fails the sync with InvalidArgument', async () => {
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tasks').getRange('A1').load('valuez');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('a collection loads its items', async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(thrown(() => sheets.items).code).toBe('PropertyNotLoaded');
      sheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Tasks', 'Settings']);
      expect(thrown(() => sheets.items[0]?.visibility).code).toBe('PropertyNotLoaded');
    });
  });

  test('a property set locally reads back as set, before any sync (as office.js stores it)', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tasks').getRange('E1');
      range.values = [['00123']];
      expect(range.values).toEqual([['00123']]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[123]]);
    });
  });

  test('ClientResult.value throws ValueNotLoaded until the sync', async () => {
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrown(() => count.value).code).toBe('ValueNotLoaded');
      await context.sync();
      expect(count.value).toBe(2);
    });
  });
});

describe('writes are queued and applied at sync, in order', () => {
  test('nothing changes before the sync', async () => {
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Tasks').getRange('E1');
      cell.values = [['first']];
      cell.values = [['second']];
      expect(fake.cell('Tasks!E1').value).toBeNull();
      await context.sync();
      expect(fake.cell('Tasks!E1').value).toBe('second');
    });
  });

  test('number format then value keeps text; value then format converts first', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Tasks');
      const a = sheet.getRange('F1');
      a.numberFormat = [['@']];
      a.values = [['00123']];
      const b = sheet.getRange('G1');
      b.values = [['00123']];
      b.numberFormat = [['@']];
      await context.sync();
    });
    expect(fake.cell('Tasks!F1').value).toBe('00123');
    expect(fake.cell('Tasks!G1').value).toBe(123);
  });

  test('Excel.run flushes what is still queued when the batch resolves', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Tasks').getRange('E2').values = [['flushed']];
    });
    expect(fake.cell('Tasks!E2').value).toBe('flushed');
  });
});

describe('errors are raised at sync, like Office', () => {
  test('getRange is lazy: a missing sheet fails only the sync that uses it', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nope');
      await context.sync();
    });
    const error = await rejection(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Nope').getRange('A1');
        range.load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(error.debugInfo.errorLocation).toBe('WorksheetCollection.getItem');
  });

  test('a bad address is InvalidArgument; a table that is not there is ItemNotFound', async () => {
    for (const [batch, code] of [
      [
        (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Tasks').getRange('A0').load('address'),
        'InvalidArgument',
      ],
      [(c: Excel.RequestContext) => c.workbook.tables.getItem('Missing').load('name'), 'ItemNotFound'],
    ] as const) {
      const error = await rejection(Excel.run(async (context) => (batch(context), context.sync())));
      expect(error.code).toBe(code);
    }
  });

  test('the batch stops at the failing action; earlier actions stay applied', async () => {
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Tasks');
        sheet.getRange('E1').values = [['applied']];
        sheet.getRange('E1:F1').values = [['one cell for two']];
        sheet.getRange('E2').values = [['never']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.errorLocation).toBe('Range.values');
    expect(fake.cell('Tasks!E1').value).toBe('applied');
    expect(fake.cell('Tasks!E2').value).toBeNull();
  });

  test('a batch that does not return a promise is refused', async () => {
    const run = Excel.run as unknown as (batch: (c: Excel.RequestContext) => unknown) => Promise<unknown>;
    expect((await rejection(run(() => undefined))).code).toBe('RunMustReturnPromise');
  });
});

describe('null objects', () => {
  test('isNullObject is known after the sync; a missing item reads as null, not as an error', async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Data');
      const present = context.workbook.worksheets.getItemOrNullObject('tasks');
      present.load('name');
      missing.load('name');
      expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('Tasks');
    });
  });

  test('the documented pattern: add the sheet when the null object says it is missing', async () => {
    await Excel.run(async (context) => {
      let data = context.workbook.worksheets.getItemOrNullObject('Data');
      await context.sync();
      if (data.isNullObject) data = context.workbook.worksheets.add('Data');
      data.position = 0;
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(['Data', 'Tasks', 'Settings']);
  });

  test('children of a null object are null; the fake refuses writes to them', async () => {
    const error = await rejection(
      Excel.run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject('Nope');
        const header = table.getHeaderRowRange();
        header.load('address');
        await context.sync();
        expect(header.isNullObject).toBe(true);
        table.name = 'Renamed';
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  test('getUsedRangeOrNullObject is null on a blank sheet; getUsedRange is A1', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Blank');
      const orNull = sheet.getUsedRangeOrNullObject();
      const used = sheet.getUsedRange().load('address');
      await context.sync();
      expect(orNull.isNullObject).toBe(true);
      expect(used.address).toBe('Blank!A1');
    });
  });
});

describe('proxies belong to their context and their run', () => {
  test('an object of one context passed to another is InvalidRequestContext, at the call', async () => {
    await Excel.run(async (first) => {
      const range = first.workbook.worksheets.getItem('Tasks').getRange('A1:B3');
      await Excel.run(async (second) => {
        const charts = second.workbook.worksheets.getItem('Tasks').charts;
        expect(thrown(() => charts.add(Excel.ChartType.columnClustered, range)).code).toBe(
          'InvalidRequestContext',
        );
        expect(thrown(() => second.load(range, 'values')).code).toBe('InvalidRequestContext');
      });
    });
  });

  test('a range kept from a finished run is a stale proxy: InvalidObjectPath', async () => {
    let kept: Excel.Range | undefined;
    await Excel.run(async (context) => {
      kept = context.workbook.worksheets.getItem('Tasks').getRange('A1');
      kept.load('values');
      await context.sync();
    });
    const range = kept as Excel.Range;
    expect(range.values).toEqual([['ID']]);
    expect(thrown(() => (range.values = [['x']])).code).toBe('InvalidObjectPath');
    expect(thrown(() => range.load('address')).code).toBe('InvalidObjectPath');
  });

  test('outside Excel.run, an untracked range is invalid after a sync; a tracked one is not', async () => {
    const context = new Excel.RequestContext();
    const sheet = context.workbook.worksheets.getItem('Tasks');
    const loose = sheet.getRange('A1').load('values');
    const tracked = sheet.getRange('B1').load('values');
    context.trackedObjects.add(tracked);
    await context.sync();
    expect(thrown(() => loose.load('address')).code).toBe('InvalidObjectPath');
    tracked.values = [['kept']];
    await context.sync();
    expect(fake.cell('Tasks!B1').value).toBe('kept');
  });

  test('Excel.run(object, batch) reuses the tracked object of an earlier run', async () => {
    let kept: Excel.Range | undefined;
    await Excel.run(async (context) => {
      kept = context.workbook.worksheets.getItem('Tasks').getRange('C1');
      context.trackedObjects.add(kept);
      await context.sync();
    });
    const range = kept as Excel.Range;
    await Excel.run(range, async (context) => {
      range.values = [['again']];
      await context.sync();
    });
    expect(fake.cell('Tasks!C1').value).toBe('again');
  });
});
