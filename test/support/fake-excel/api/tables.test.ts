/// <reference types="office-js" />
import type { FakeExcel } from '../index';
import { rejection, TASKS, withFake } from '../test-kit';

let fake: FakeExcel;
beforeEach(() => {
  fake = withFake(TASKS);
});
afterEach(() => fake.uninstall());

const table = (context: Excel.RequestContext): Excel.Table => context.workbook.tables.getItem('TaskTable');

describe('tables', () => {
  test('items carry name and worksheet; ranges are header, body and whole', async () => {
    await Excel.run(async (context) => {
      const tables = context.workbook.tables.load('items/name, items/worksheet/name');
      const t = table(context);
      const header = t.getHeaderRowRange().load('address, values');
      const body = t.getDataBodyRange().load('address');
      const whole = t.getRange().load('address');
      await context.sync();
      expect(tables.items.map((x) => [x.name, x.worksheet.name])).toEqual([['TaskTable', 'Tasks']]);
      expect(header.values).toEqual([['ID', 'Task', 'Due', 'Budget']]);
      expect([header.address, body.address, whole.address]).toEqual([
        'Tasks!A1:D1',
        'Tasks!A2:D3',
        'Tasks!A1:D3',
      ]);
    });
  });

  test('rows.add appends and the table grows; cells below move down', async () => {
    fake.load({
      ...TASKS,
      sheets: [
        { name: 'Tasks', rows: [['ID', 'Task'], ['T-1', 'Brief'], [], ['below', 'the table']] },
        { name: 'Settings' },
      ],
      tables: [{ name: 'TaskTable', sheet: 'Tasks', range: 'A1:B2' }],
    });
    await Excel.run(async (context) => {
      const t = table(context);
      t.rows.add(undefined, [
        ['T-2', 'Launch'],
        ['T-3', 'Report'],
      ]);
      const count = t.rows.load('count');
      await context.sync();
      expect(count.count).toBe(3);
    });
    expect(fake.tables()[0]?.address).toBe('A1:B4');
    expect(fake.values('Tasks!A3:B4')).toEqual([
      ['T-2', 'Launch'],
      ['T-3', 'Report'],
    ]);
    expect(fake.values('Tasks!A6:B6')).toEqual([['below', 'the table']]);
  });

  test('rows.add at an index inserts inside the body; each new row takes the format of the row above', async () => {
    await Excel.run(async (context) => {
      table(context).rows.add(1, [['T-1b', 'Review', '2026-11-30', 99]]);
      await context.sync();
    });
    expect(fake.values('Tasks!A2:A4')).toEqual([['T-1'], ['T-1b'], ['T-2']]);
    // Column C's date format came with the row: the typed ISO date is a serial shown as a date.
    expect(fake.cell('Tasks!C3')).toMatchObject({
      value: 46356,
      numberFormat: 'yyyy-mm-dd',
      text: '2026-11-30',
    });
  });

  test('rows.add with the wrong width is InvalidArgument', async () => {
    const error = await rejection(
      Excel.run(async (context) => (table(context).rows.add(undefined, [['only one']]), context.sync())),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('getItemAt reads a row', async () => {
    await Excel.run(async (context) => {
      const row = table(context).rows.getItemAt(1).load('values, index');
      await context.sync();
      expect(row.values).toEqual([['T-2', 'Launch', 46357, 3400.5]]);
      expect(row.index).toBe(1);
    });
  });

  test('a header-only table gets one empty row, which the first rows.add fills (as in the documented example)', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Log');
      const t = sheet.tables.add('A1:B1', true);
      t.name = 'TaskLog';
      t.getHeaderRowRange().values = [['When', 'What']];
      t.rows.add(undefined, [
        [1, 'a'],
        [2, 'b'],
      ]);
      await context.sync();
    });
    expect(fake.tables().find((t) => t.name === 'TaskLog')).toEqual({
      name: 'TaskLog',
      sheet: 'Log',
      address: 'A1:B3',
      showHeaders: true,
      columns: ['When', 'What'],
    });
  });

  test('tables.add without headers inserts a header row named Column1…', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Raw');
      sheet.getRange('A1:B2').values = [
        [1, 2],
        [3, 4],
      ];
      sheet.tables.add('A1:B2', false);
      await context.sync();
    });
    expect(fake.values('Raw!A1:B3')).toEqual([
      ['Column1', 'Column2'],
      [1, 2],
      [3, 4],
    ]);
    expect(fake.tables()[1]?.address).toBe('A1:B3');
  });

  test('columns.add appends a named column; items list the names; getItem finds it', async () => {
    await Excel.run(async (context) => {
      const t = table(context);
      t.columns.add(undefined, [['Status'], ['Done'], ['Open']]);
      const columns = t.columns.load('items/name');
      const status = t.columns.getItem('status').getDataBodyRange().load('values');
      await context.sync();
      expect(columns.items.map((c) => c.name)).toEqual(['ID', 'Task', 'Due', 'Budget', 'Status']);
      expect(status.values).toEqual([['Done'], ['Open']]);
    });
    expect(fake.tables()[0]?.address).toBe('A1:E3');
  });

  test('writing a header cell renames the column; a repeated name gets a number', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Tasks').getRange('B1').values = [['ID']];
      await context.sync();
    });
    expect(fake.tables()[0]?.columns).toEqual(['ID', 'ID2', 'Due', 'Budget']);
  });

  test('values written in the row just below a table extend it', async () => {
    await Excel.run(async (context) => {
      table(context).getDataBodyRange().getRowsBelow(1).values = [['T-3', 'Wrap', '', 10]];
      await context.sync();
    });
    expect(fake.tables()[0]?.address).toBe('A1:D4');
  });

  test.each([
    ['has a space', 'Task Table', 'InvalidArgument'],
    ['looks like a cell', 'AB12', 'InvalidArgument'],
    ['starts with a digit', '1Table', 'InvalidArgument'],
    ['is taken (ignoring case)', 'tasktable', 'ItemAlreadyExists'],
  ])('a table name that %s is refused', async (_why, name, code) => {
    const error = await rejection(
      Excel.run(async (context) => {
        const t = context.workbook.worksheets.getItem('Settings').tables.add('D1:E2', true);
        t.name = name;
        await context.sync();
      }),
    );
    expect(error.code).toBe(code);
  });

  test('a table over another table is refused', async () => {
    const error = await rejection(
      Excel.run(async (context) => (context.workbook.tables.add('Tasks!C2:E4', true), context.sync())),
    );
    expect(error.code).toBe('MergedRangeConflict');
  });

  test('getItemOrNullObject and delete', async () => {
    await Excel.run(async (context) => {
      const t = context.workbook.tables.getItemOrNullObject('TaskTable');
      await context.sync();
      expect(t.isNullObject).toBe(false);
      t.delete();
      await context.sync();
    });
    expect(fake.tables()).toEqual([]);
    expect(fake.cell('Tasks!A1').value).toBeNull();
  });

  test('showHeaders = false drops the header row from the table', async () => {
    await Excel.run(async (context) => {
      table(context).showHeaders = false;
      await context.sync();
    });
    expect(fake.tables()[0]).toMatchObject({ address: 'A2:D3', showHeaders: false });
  });
});
