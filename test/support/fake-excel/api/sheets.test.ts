/// <reference types="office-js" />
import type { FakeExcel } from '../index';
import { rejection, TASKS, withFake } from '../test-kit';

let fake: FakeExcel;
beforeEach(() => {
  fake = withFake(TASKS);
});
afterEach(() => fake.uninstall());

describe('worksheets', () => {
  test('add, position, visibility, tab colour, activate, delete', async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const report = sheets.add('Report 2026-11-24');
      report.position = 0;
      report.tabColor = '#00B050';
      report.activate();
      sheets.getItem('Settings').visibility = Excel.SheetVisibility.hidden;
      const unnamed = sheets.add();
      unnamed.load('name');
      const active = sheets.getActiveWorksheet().load('name, position, tabColor');
      await context.sync();
      expect(unnamed.name).toBe('Sheet1');
      expect([active.name, active.position, active.tabColor]).toEqual(['Report 2026-11-24', 0, '#00B050']);
      unnamed.delete();
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(['Report 2026-11-24', 'Tasks', 'Settings']);
    expect(fake.sheet('Settings').visibility).toBe('Hidden');
    expect(fake.activeSheet()).toBe('Report 2026-11-24');
  });

  test.each([
    ['a duplicate (ignoring case)', 'tasks', 'ItemAlreadyExists'],
    ['too long', 'x'.repeat(32), 'InvalidArgument'],
    ['a forbidden character', 'Q1/Q2', 'InvalidArgument'],
    ['an apostrophe at the start', "'Plan", 'InvalidArgument'],
  ])('a sheet name that is %s is refused', async (_why, name, code) => {
    const error = await rejection(
      Excel.run(async (context) => (context.workbook.worksheets.add(name), context.sync())),
    );
    expect(error.code).toBe(code);
  });

  test('deleting a sheet deletes its tables; the last visible sheet cannot go', async () => {
    await Excel.run(
      async (context) => (context.workbook.worksheets.getItem('Tasks').delete(), context.sync()),
    );
    expect(fake.tables()).toEqual([]);
    const error = await rejection(
      Excel.run(
        async (context) => (context.workbook.worksheets.getItem('Settings').delete(), context.sync()),
      ),
    );
    expect(error.code).toBe('InvalidOperation');
  });
});

describe('charts, conditional formats, validation, page layout, freeze panes', () => {
  test('charts.add records type, source, series, title and position', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Tasks');
      const chart = sheet.charts.add(
        Excel.ChartType.barClustered,
        sheet.getRange('B1:B3'),
        Excel.ChartSeriesBy.columns,
      );
      chart.title.text = 'Budget by task';
      chart.setPosition('F2', 'L16');
      await context.sync();
    });
    expect(fake.charts('Tasks')).toEqual([
      expect.objectContaining({
        type: 'BarClustered',
        source: { sheet: 'Tasks', rect: { top: 0, left: 1, bottom: 2, right: 1 } },
        seriesBy: 'Columns',
        title: 'Budget by task',
        anchor: { start: 'F2', end: 'L16' },
      }),
    ]);
  });

  test('an unknown chart type is InvalidArgument', async () => {
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Tasks');
        sheet.charts.add('Pie3DWobbly' as Excel.ChartType, sheet.getRange('B1:B3'));
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('conditional formats: cell-value rules with formats, custom rules', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tasks').getRange('D2:D3');
      const red = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      red.cellValue.format.fill.color = '#FFC7CE';
      red.cellValue.rule = { formula1: '=0.5', operator: 'LessThan' };
      const custom = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      custom.custom.rule.formula = '=$D2>1000';
      custom.custom.format.font.bold = true;
      await context.sync();
    });
    const [red, custom] = fake.conditionalFormats('Tasks');
    expect(red).toMatchObject({
      address: 'D2:D3',
      type: 'CellValue',
      rule: { formula1: '=0.5', operator: 'LessThan' },
      format: { fill: '#FFC7CE' },
    });
    expect(custom).toMatchObject({
      type: 'Custom',
      rule: { formula: '=$D2>1000' },
      format: { bold: true },
      priority: 0,
    });
  });

  test('a Between rule without formula2, or cellValue on a custom format, fails', async () => {
    const between = await rejection(
      Excel.run(async (context) => {
        const cf = context.workbook.worksheets
          .getItem('Tasks')
          .getRange('D2')
          .conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
        cf.cellValue.rule = { formula1: '1', operator: 'Between' };
        await context.sync();
      }),
    );
    expect(between.code).toBe('InvalidArgument');
    const wrongType = await rejection(
      Excel.run(async (context) => {
        const cf = context.workbook.worksheets
          .getItem('Tasks')
          .getRange('D2')
          .conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.cellValue.format.fill.color = '#FFFFFF';
        await context.sync();
      }),
    );
    expect(wrongType.code).toBe('InvalidOperation');
  });

  test('a list validation is stored with its source', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tasks').getRange('E2:E3');
      range.dataValidation.rule = { list: { inCellDropDown: true, source: 'Not Started,In Progress,Done' } };
      const validation = range.dataValidation.load('type');
      await context.sync();
      expect(validation.type).toBe('List');
    });
    expect(fake.validations('Tasks')).toEqual([
      { address: 'E2:E3', rule: { list: { inCellDropDown: true, source: 'Not Started,In Progress,Done' } } },
    ]);
  });

  test('page layout: orientation, fit to one page wide, print area', async () => {
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem('Tasks').pageLayout;
      layout.orientation = Excel.PageOrientation.landscape;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea('A1:D3');
      await context.sync();
    });
    expect(fake.pageLayout('Tasks')).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: 'A1:D3',
    });
  });

  test('zoom is a writable object: reading or changing a member needs it loaded (as the docs warn)', async () => {
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem('Tasks').pageLayout;
      expect(() => {
        layout.zoom.scale = 200;
      }).toThrow(/not available/);
    });
    const error = await rejection(
      Excel.run(
        async (context) => (
          (context.workbook.worksheets.getItem('Tasks').pageLayout.zoom = { scale: 5 }),
          context.sync()
        ),
      ),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('freeze panes', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Tasks');
      sheet.freezePanes.freezeRows(1);
      const location = sheet.freezePanes.getLocationOrNullObject().load('address');
      await context.sync();
      expect(location.address).toBe('Tasks!1:1');
    });
    expect(fake.sheet('Tasks').freeze).toEqual({ rows: 1, columns: 0 });
  });
});
