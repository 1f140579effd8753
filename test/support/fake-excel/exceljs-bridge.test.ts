/// <reference types="office-js" />
import ExcelJS from 'exceljs';
import { fromExcelJs, toExcelJs } from './exceljs-bridge';
import { installFakeOffice, type WorkbookDescription } from './index';

const BOOK: WorkbookDescription = {
  sheets: [
    {
      name: 'Tasks',
      cells: {
        A1: 'ID',
        B1: 'Due',
        C1: 'Budget',
        D1: 'Owner',
        A2: 'T-1',
        B2: { value: 46350, numberFormat: 'yyyy-mm-dd' },
        C2: { value: 1200.5, numberFormat: '#,##0.00', style: { bold: true, fill: '#FFC7CE' } },
        D2: { value: 3, formula: '=1+2' },
        A3: 'T-2',
        B3: { value: 46357.5, numberFormat: 'yyyy-mm-dd hh:mm' },
        C3: { error: '#N/A' },
        D3: true,
      },
      columnWidths: { A: 60 },
    },
    { name: 'Archive', visibility: 'Hidden', cells: { A1: 'old' } },
  ],
  tables: [{ name: 'TaskTable', sheet: 'Tasks', range: 'A1:D3', showHeaders: true }],
};

describe('ExcelJS bridge', () => {
  test('a description survives ExcelJS and an .xlsx buffer unchanged', async () => {
    const buffer = await toExcelJs(BOOK).xlsx.writeBuffer();
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(buffer);
    const back = fromExcelJs(loaded);
    expect(back.tables).toEqual(BOOK.tables);
    expect(back.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Tasks', 'Visible'],
      ['Archive', 'Hidden'],
    ]);
    expect(back.sheets[0]?.cells).toEqual(BOOK.sheets[0]?.cells);
    expect(back.sheets[0]?.columnWidths).toEqual({ A: 60 });
  });

  test('the add-in reads through the fake what the CLI reads through ExcelJS', async () => {
    const fake = installFakeOffice(globalThis, { workbook: fromExcelJs(toExcelJs(BOOK)) });
    try {
      await Excel.run(async (context) => {
        const body = context.workbook.tables.getItem('TaskTable').getDataBodyRange().load('values, text');
        await context.sync();
        expect(body.values).toEqual([
          ['T-1', 46350, 1200.5, 3],
          ['T-2', 46357.5, '#N/A', true],
        ]);
        expect(body.text[0]).toEqual(['T-1', '2026-11-24', '1,200.50', '3']);
      });
      expect(fake.describe().sheets[0]?.cells).toEqual(BOOK.sheets[0]?.cells);
    } finally {
      fake.uninstall();
    }
  });
});
