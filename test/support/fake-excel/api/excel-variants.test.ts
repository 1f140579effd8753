/// <reference types="office-js" />
import type { FakeExcel } from '../index';
import { rejection, TASKS, withFake } from '../test-kit';

// The ways real Excels differ that the fake can be set to (docs/testing-office.md, "Variants"):
// date system, table auto-expansion, calculation, undo groups, multi-area selections, cell limits.
let fake: FakeExcel;
afterEach(() => fake.uninstall());

const write = (address: string, values: unknown[][]) =>
  Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Tasks').getRange(address).values = values;
    await context.sync();
  });

describe('the 1904 date system', () => {
  beforeEach(() => (fake = withFake({ ...TASKS, date1904: true })));

  test('a date typed as text becomes a 1904 serial, shown as the same date', async () => {
    await write('E2', [['2026-11-24']]);
    expect(fake.cell('Tasks!E2')).toMatchObject({ value: 46350 - 1462, text: '11/24/2026' });
    await write('E3', [['1903-12-31']]);
    expect(fake.cell('Tasks!E3').value).toBe('1903-12-31'); // no 1904 serial for it: text
  });

  test('DATE(1904,1,1) through workbook.functions tells the system: 0 here, 1462 in a 1900 workbook', async () => {
    const probe = () =>
      Excel.run(async (context) => {
        const result = context.workbook.functions.date(1904, 1, 1).load('value');
        await context.sync();
        return result.value;
      });
    expect(await probe()).toBe(0);
    fake.date1904 = false;
    expect(await probe()).toBe(1462);
    expect(fake.describe().date1904).toBeUndefined();
  });
});

describe('table auto-expansion', () => {
  test.each([
    ['full', 'A1:D5'],
    ['partial', 'A1:D4'],
    ['none', 'A1:D3'],
  ] as const)('%s: rows written below the table leave it at %s', async (mode, address) => {
    fake = withFake(TASKS, { tableAutoExpansion: mode });
    await write('A4:D5', [
      ['T-3', 'Post', 46360, 10],
      ['T-4', 'Mail', 46361, 20],
    ]);
    expect(fake.tables()[0]?.address).toBe(address);
  });

  test('rows.add grows the table whatever the mode, moving what is below it down', async () => {
    fake = withFake(TASKS, { tableAutoExpansion: 'none' });
    await write('A5', [['below the table']]);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('TaskTable').rows.add(undefined, [['T-3', 'Post', 46360, 10]]);
      await context.sync();
    });
    expect(fake.tables()[0]?.address).toBe('A1:D4');
    expect(fake.cell('Tasks!A6').value).toBe('below the table');
  });
});

describe('calculation', () => {
  beforeEach(() => (fake = withFake(TASKS)));

  test('calculate(type) is recorded on its sync; calculationMode reads and sets the mode', async () => {
    fake.calculationMode = 'Manual';
    const mode = await Excel.run(async (context) => {
      const app = context.workbook.application.load('calculationMode');
      context.workbook.application.calculate(Excel.CalculationType.recalculate);
      await context.sync();
      return app.calculationMode;
    });
    expect(mode).toBe('Manual');
    expect(fake.syncs[0]).toMatchObject({ calculated: 'Recalculate', calculationSuspended: false });
  });
});

describe('undo groups (ExcelApi 1.20)', () => {
  beforeEach(() => (fake = withFake(TASKS)));

  test('a merged run is recorded as one; Worksheet.delete cannot be in one (UndoNotSupported)', async () => {
    await Excel.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem('Tasks').getRange('E1').values = [['x']];
      await context.sync();
    });
    expect(fake.syncs[0]?.mergeUndoGroup).toBe(true);
    const error = await rejection(
      Excel.run({ mergeUndoGroup: true }, async (context) => {
        context.workbook.worksheets.getItem('Settings').delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe('UndoNotSupported');
    expect(fake.sheetNames()).toContain('Settings');
  });
});

describe('selections of several areas', () => {
  beforeEach(() => (fake = withFake(TASKS)));

  test('getSelectedRange refuses them; getSelectedRanges counts them', async () => {
    fake.selectAreas('Tasks', ['A1:B2', 'D1:D3']);
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.getSelectedRange().load('address');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidSelection');
    const areas = await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRanges().load('areaCount, address');
      await context.sync();
      return { count: selected.areaCount, address: selected.address };
    });
    expect(areas).toEqual({ count: 2, address: 'Tasks!A1:B2,Tasks!D1:D3' });
  });
});

describe('cell limits', () => {
  beforeEach(() => (fake = withFake(TASKS)));

  test('a cell holds at most 32,767 characters (the quote prefix not counted)', async () => {
    await write('E1', [[`'${'x'.repeat(32_767)}`]]);
    expect(String(fake.cell('Tasks!E1').value)).toHaveLength(32_767);
    const error = await rejection(write('E2', [['x'.repeat(32_768)]]));
    expect(error.code).toBe('InvalidArgument');
  });

  test('officeTheme can be left undefined, as on the web', () => {
    fake.uninstall();
    fake = withFake(TASKS, { officeTheme: null });
    expect(Office.context.officeTheme).toBeUndefined();
  });
});
