/// <reference types="office-js" />
import type { FakeExcel } from '../index';
import { rejection, TASKS, withFake } from '../test-kit';

let fake: FakeExcel;
beforeEach(() => {
  fake = withFake(TASKS);
});
afterEach(() => fake.uninstall());

const tasks = (context: Excel.RequestContext): Excel.Worksheet =>
  context.workbook.worksheets.getItem('Tasks');

describe('Range values and what Excel stores', () => {
  test('a 2-D array must match the range; one value fills every cell', async () => {
    const error = await rejection(
      Excel.run(
        async (context) => ((tasks(context).getRange('F1:G2').values = [['a', 'b']]), context.sync()),
      ),
    );
    expect(error.code).toBe('InvalidArgument');
    await Excel.run(async (context) => {
      (tasks(context).getRange('F1:G2') as unknown as { values: string }).values = 'same';
      await context.sync();
    });
    expect(fake.values('Tasks!F1:G2')).toEqual([
      ['same', 'same'],
      ['same', 'same'],
    ]);
  });

  test('values, text, formulas, numberFormat and valueTypes of what was written', async () => {
    await Excel.run(async (context) => {
      const range = tasks(context).getRange('F1:J1');
      range.values = [['=1+2', "'0042", '12%', 'TRUE', '=A1&"x"']];
      range.load('values, text, formulas, numberFormat, valueTypes');
      await context.sync();
      expect(range.values).toEqual([[3, '0042', 0.12, true, '#NAME?']]);
      expect(range.text).toEqual([['3', '0042', '12%', 'TRUE', '#NAME?']]);
      expect(range.formulas).toEqual([['=1+2', '0042', 0.12, true, '=A1&"x"']]);
      expect(range.numberFormat).toEqual([['General', 'General', '0%', 'General', 'General']]);
      expect(range.valueTypes).toEqual([['Double', 'String', 'Double', 'Boolean', 'Error']]);
    });
    expect(fake.cell('Tasks!G1')).toMatchObject({ value: '0042', quotePrefix: true });
    expect(fake.cell('Tasks!F1')).toMatchObject({ value: 3, formula: '=1+2' });
  });

  test('null in the array leaves a cell alone; empty text clears it', async () => {
    await Excel.run(async (context) => {
      tasks(context).getRange('A2:B2').values = [[null, '']];
      await context.sync();
    });
    expect(fake.values('Tasks!A2:B2')).toEqual([['T-1', null]]);
  });

  test('dates written as ISO text live as serials with a date format', async () => {
    await Excel.run(async (context) => {
      tasks(context).getRange('F1').values = [['2026-11-24']];
      await context.sync();
    });
    expect(fake.cell('Tasks!F1')).toMatchObject({
      value: 46350,
      numberFormat: 'm/d/yyyy',
      text: '11/24/2026',
    });
  });
});

describe('navigating ranges', () => {
  test.each([
    ['getCell(1, 2)', (r: Excel.Range) => r.getCell(1, 2), 'Tasks!D3'],
    ['getResizedRange(1, -1)', (r: Excel.Range) => r.getResizedRange(1, -1), 'Tasks!B2:C5'],
    ['getOffsetRange(1, 1)', (r: Excel.Range) => r.getOffsetRange(1, 1), 'Tasks!C3:E5'],
    ['getRow(1)', (r: Excel.Range) => r.getRow(1), 'Tasks!B3:D3'],
    ['getColumn(2)', (r: Excel.Range) => r.getColumn(2), 'Tasks!D2:D4'],
    ['getLastRow()', (r: Excel.Range) => r.getLastRow(), 'Tasks!B4:D4'],
    ['getEntireColumn()', (r: Excel.Range) => r.getEntireColumn(), 'Tasks!B:D'],
    ['getEntireRow()', (r: Excel.Range) => r.getEntireRow(), 'Tasks!2:4'],
  ])('B2:D4.%s is %s', async (_name, derive, address) => {
    await Excel.run(async (context) => {
      const range = derive(tasks(context).getRange('B2:D4')).load('address');
      await context.sync();
      expect(range.address).toBe(address);
    });
  });

  test('leaving the grid is InvalidArgument, at sync', async () => {
    const error = await rejection(
      Excel.run(
        async (context) => (
          tasks(context).getRange('A1').getOffsetRange(-1, 0).load('address'),
          context.sync()
        ),
      ),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('getRangeByIndexes, whole rows and columns, and the used range', async () => {
    await Excel.run(async (context) => {
      const sheet = tasks(context);
      const byIndex = sheet.getRangeByIndexes(1, 0, 2, 4).load('address, rowIndex, columnCount');
      const rows = sheet.getRange('2:3').load('rowCount, columnCount');
      const used = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect([byIndex.address, byIndex.rowIndex, byIndex.columnCount]).toEqual(['Tasks!A2:D3', 1, 4]);
      expect([rows.rowCount, rows.columnCount]).toEqual([2, 16384]);
      expect(used.address).toBe('Tasks!A1:D3');
    });
  });

  test('select() records the selection that getSelectedRange returns', async () => {
    await Excel.run(async (context) => {
      tasks(context).getRange('B2:C3').select();
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(selected.address).toBe('Tasks!B2:C3');
    });
    expect(fake.selection()).toEqual({ sheet: 'Tasks', address: 'B2:C3' });
  });
});

describe('formats', () => {
  test('fill, font, wrap and alignment are stored per cell; a mixed range reads null', async () => {
    await Excel.run(async (context) => {
      const range = tasks(context).getRange('A1:D1');
      range.format.fill.color = '#c00000';
      range.format.font.bold = true;
      range.format.font.color = 'white';
      range.format.wrapText = true;
      range.format.horizontalAlignment = Excel.HorizontalAlignment.center;
      tasks(context).getRange('A1').format.font.size = 14;
      const mixed = tasks(context).getRange('A1:B1').format.font.load('size, bold');
      await context.sync();
      expect(mixed.size).toBeNull();
      expect(mixed.bold).toBe(true);
    });
    expect(fake.cell('Tasks!B1').style).toEqual({
      fill: '#C00000',
      bold: true,
      fontColor: '#FFFFFF',
      wrap: true,
      horizontal: 'Center',
    });
  });

  test('an invalid colour or alignment is InvalidArgument', async () => {
    for (const write of [
      (r: Excel.Range) => (r.format.fill.color = 'not a colour'),
      (r: Excel.Range) => (r.format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment),
    ]) {
      const error = await rejection(
        Excel.run(async (context) => (write(tasks(context).getRange('A1')), context.sync())),
      );
      expect(error.code).toBe('InvalidArgument');
    }
  });

  test('columnWidth in points; autofitColumns widens to the longest text', async () => {
    await Excel.run(async (context) => {
      tasks(context).getRange('A:A').format.columnWidth = 120;
      tasks(context).getRange('B1:B3').format.autofitColumns();
      await context.sync();
    });
    expect(fake.columnWidth('Tasks', 'A')).toBe(120);
    // "Launch" and "Brief" and "Task": 6 characters at most → (6 × 7 + 5) px × 0.75 = 35.25 pt.
    expect(fake.columnWidth('Tasks', 'B')).toBe(35.25);
  });

  test('merge keeps the top-left value; clear removes contents or formats', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Settings');
      sheet.getRange('A1:B1').merge();
      sheet.getRange('A3').values = [['x']];
      sheet.getRange('A3').format.font.bold = true;
      sheet.getRange('A3').clear(Excel.ClearApplyTo.contents);
      await context.sync();
    });
    expect(fake.merges('Settings')).toEqual(['A1:B1']);
    expect(fake.values('Settings!A1:B1')).toEqual([['As Of', null]]);
    expect(fake.cell('Settings!A3')).toMatchObject({ value: null, style: { bold: true } });
  });

  test('insert and delete shift cells; a shift through a table is refused', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Settings');
      sheet.getRange('A1').insert(Excel.InsertShiftDirection.down);
      await context.sync();
    });
    expect(fake.values('Settings!A1:B2')).toEqual([
      [null, '2026-11-24'],
      ['As Of', null],
    ]);
    const error = await rejection(
      Excel.run(
        async (context) => (
          tasks(context).getRange('B2').delete(Excel.DeleteShiftDirection.up),
          context.sync()
        ),
      ),
    );
    expect(error.code).toBe('InsertDeleteConflict');
    await Excel.run(
      async (context) => (
        tasks(context).getRange('1:1').insert(Excel.InsertShiftDirection.down),
        context.sync()
      ),
    );
    expect(fake.tables()[0]?.address).toBe('A2:D4');
  });
});
