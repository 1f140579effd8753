import ExcelJS from 'exceljs';
import { bytesOf, rewritePart, sheetXml } from '../../../test/cli/helpers/xlsx-package';
import { readPackageFacts } from './package-facts';
import { rawCellOf, serialOfExcelJsDate, UNCALCULATED_ERROR } from './read-cell';
import { loadWorkbook } from './workbook-file';

/** Writes cells into sheet S, saves, loads the file back and reads each cell as the host does. */
async function roundTrip(
  cells: Record<string, ExcelJS.CellValue>,
  setup: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void = () => undefined,
): Promise<(ref: string) => unknown> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  for (const [ref, value] of Object.entries(cells)) ws.getCell(ref).value = value;
  setup(wb, ws);
  const { workbook, facts } = await loadWorkbook(await bytesOf(wb));
  const sheet = workbook.getWorksheet('S');
  if (sheet === undefined) throw new Error('sheet S is missing');
  return (ref) => rawCellOf(sheet.getCell(ref), facts.uncalculated.get('S')?.has(ref) ?? false);
}

describe('reading cells from a file', () => {
  it('reads numbers, text, booleans, errors and blanks as they are', async () => {
    const read = await roundTrip({
      A1: 12.5,
      A2: 'T-1',
      A3: true,
      A4: { error: '#N/A' },
      A5: '=not a formula',
    });
    expect([read('A1'), read('A2'), read('A3'), read('A4'), read('A5'), read('Z9')]).toEqual([
      12.5,
      'T-1',
      true,
      { error: '#N/A' },
      '=not a formula',
      null,
    ]);
  });

  it('reads a date as the serial number of the wall time it shows', async () => {
    // 2026-01-15 12:00 is 46037.5: 46037 days after 1899-12-30, plus half a day.
    const read = await roundTrip({ A1: new Date(Date.UTC(2026, 0, 15, 12)) }, (_, ws) => {
      ws.getCell('A1').numFmt = 'yyyy-mm-dd hh:mm';
    });
    expect(read('A1')).toBe(46037.5);
  });

  it('reads dates of a 1904 workbook in the 1900 date system the reader expects', async () => {
    const read = await roundTrip({ A1: new Date(Date.UTC(2026, 0, 15)) }, (wb, ws) => {
      wb.properties.date1904 = true;
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    expect(read('A1')).toBe(46037);
  });

  it('reads a formula as its saved result, shared formulas included', async () => {
    const read = await roundTrip({
      A1: { formula: 'B1*2', result: 4 },
      A2: { formula: 'NA()', result: { error: '#N/A' } },
      A3: { formula: 'IF(1,"","x")', result: '' },
      C1: { formula: 'A1+1', result: 5, shareType: 'shared', ref: 'C1:C2' } as ExcelJS.CellFormulaValue,
      C2: { sharedFormula: 'C1', result: 6 } as ExcelJS.CellSharedFormulaValue,
    });
    expect([read('A1'), read('A2'), read('A3'), read('C1'), read('C2')]).toEqual([
      4,
      { error: '#N/A' },
      null,
      5,
      6,
    ]);
  });

  it('reads a formula that was never calculated as an error, never as its text', async () => {
    const read = await roundTrip({ A1: { formula: 'SUM(B1:B9)' } as ExcelJS.CellFormulaValue });
    expect(read('A1')).toEqual({ error: UNCALCULATED_ERROR });
  });

  it('reads rich text and hyperlinks as their text', async () => {
    const read = await roundTrip({
      A1: { richText: [{ text: 'Brief ', font: { bold: true } }, { text: 'the agency' }] },
      A2: { text: 'brief', hyperlink: 'https://example.com/brief' },
    });
    expect([read('A1'), read('A2')]).toEqual(['Brief the agency', 'brief']);
  });

  it('reads the cells a merge covers as blank, as Excel does', async () => {
    const read = await roundTrip({ A1: 'Q3 launch' }, (_, ws) => ws.mergeCells('A1:C1'));
    expect([read('A1'), read('B1'), read('C1')]).toEqual(['Q3 launch', null, null]);
  });

  it('finds the never-calculated formulas in the package, not the empty-string results', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: '1+1' } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: 'IF(1,"","x")', result: '' };
    const bytes = await bytesOf(wb);
    expect(await sheetXml(bytes, 'S')).toContain('<v></v>');
    expect([...((await readPackageFacts(bytes)).uncalculated.get('S') ?? [])]).toEqual(['A1']);
    // Excel writes a self-closing formula in a shared block; it has no value either.
    const shared = await rewritePart(bytes, 'xl/worksheets/sheet1.xml', (x) =>
      x.replace(/<c r="A2"[\s\S]*?<\/c>/, '<c r="A2"><f t="shared" si="0"/></c>'),
    );
    expect([...((await readPackageFacts(shared)).uncalculated.get('S') ?? [])].sort()).toEqual(['A1', 'A2']);
  });

  it('turns an ExcelJS date into its serial', () => {
    expect(serialOfExcelJsDate(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
  });
});
