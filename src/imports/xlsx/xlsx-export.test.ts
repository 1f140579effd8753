import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { renderImportIssue } from '../../engine/messages/render-import-issue';
import { createExportImport } from '../import-export';
import type { ImportedRow } from '../import-types';
import { readXlsxExport, xlsxSheets } from './xlsx-export';
import type { InflateRaw } from './zip-directory';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'imports');
const REAL = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'xlsx');
const inflate: InflateRaw = (b, limit) =>
  Promise.resolve(new Uint8Array(inflateRawSync(b, { maxOutputLength: Math.max(1, limit) })));
const usd = { campaignId: 'C1', campaignCurrency: 'USD' };
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const rowsOf = (rows: readonly ImportedRow[]) => rows.map(({ firstLine: _, ...r }) => r);

function textImport(name: string) {
  const imp = createExportImport(usd);
  imp.push(bytesOf(name));
  return imp.end();
}

describe('an .xlsx export, read from its bytes alone', () => {
  it.each(['google-ads-display-blank', 'meta-ads-day-range'])(
    '%s saved as .xlsx by LibreOffice gives the CSV’s rows',
    async (name) => {
      const { parsed } = await readXlsxExport(bytesOf(`${name}.xlsx`), usd, inflate);
      const csv = textImport(`${name}.csv`);
      if (!parsed.ok || !csv.ok) throw new Error(JSON.stringify([parsed, csv]));
      expect(rowsOf(parsed.rows)).toEqual(rowsOf(csv.rows));
      expect(parsed.rows).toHaveLength(6);
    },
  );

  it('skips sheets without an export, and names cells by sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['Exported by the marketing team']);
    const ws = wb.addWorksheet('Export');
    ws.addRow([]);
    ws.addRow(['Campaign name', 'Day', 'Impressions', 'Link clicks', 'Amount spent (USD)']);
    ws.addRow(['Spring', '2026-11-16', 1000, 'many', 25.5]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { parsed, locate } = await readXlsxExport(bytes, usd, inflate);
    if (parsed.ok) throw new Error('expected a problem');
    expect(parsed.issues.map((i) => renderImportIssue(i, locate))).toEqual([
      'Export!D3, Link clicks "many" is not a number',
    ]);
  });

  it('reads dates of a workbook in the 1904 date system as the days they show, and leaves figures alone', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Export');
    ws.addRow(['Campaign name', 'Day', 'Impressions', 'Link clicks', 'Amount spent (USD)']);
    ws.addRow(['Spring', new Date(Date.UTC(2026, 10, 16)), 1000, 40, 25.5]);
    ws.addRow(['Spring', new Date(Date.UTC(2026, 10, 17)), 1462, 41, 26]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { parsed } = await readXlsxExport(bytes, usd, inflate);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.rows.map((r) => [r.date, r.impressions, r.clicks, r.cost])).toEqual([
      ['2026-11-16', 1000, 40, 25.5],
      ['2026-11-17', 1462, 41, 26],
    ]);
  });

  it('says a real LibreOffice workbook uses the 1904 date system, and reads its cells as stored', async () => {
    const sheets = [];
    for await (const s of xlsxSheets(
      new Uint8Array(readFileSync(join(REAL, 'libreoffice-date-1904.xlsx'))),
      inflate,
    ))
      sheets.push(s);
    expect(sheets).toEqual([
      {
        name: 'Sheet1',
        date1904: true,
        top: 1,
        left: 1,
        cells: [
          [42735, 15],
          [42736, 16],
          [10.6320601851852, 17],
        ],
      },
    ]);
  });

  it('reads a real workbook Excel wrote, sheet by sheet in tab order, empty sheets left out', async () => {
    const names = [];
    for await (const s of xlsxSheets(new Uint8Array(readFileSync(join(REAL, 'excel-issue9.xlsx'))), inflate))
      names.push([s.name, s.cells.length]);
    expect(names).toEqual([['Feuil1', 4]]);
  });

  it('finds the workbook in a real file whose part names use Windows separators', async () => {
    const bytes = new Uint8Array(readFileSync(join(REAL, 'backslash-names-issue-530.xlsx')));
    const sheets = [];
    for await (const s of xlsxSheets(bytes, inflate)) sheets.push(s.name);
    expect(sheets.length).toBeGreaterThan(0);
  });

  it('refuses a damaged real workbook, and a zip that holds no workbook, as unreadable', async () => {
    const damaged = await readXlsxExport(
      new Uint8Array(readFileSync(join(REAL, 'bad-entry-size-issue252.xlsx'))),
      usd,
      inflate,
    );
    // The same real workbook with its workbook part renamed: a zip, but no workbook in it.
    const renamed = Buffer.from(readFileSync(join(REAL, 'excel-issue9.xlsx')));
    for (
      let at = renamed.indexOf('xl/workbook.xml');
      at >= 0;
      at = renamed.indexOf('xl/workbook.xml', at + 1)
    )
      renamed.write('xl/workbooq.xml', at);
    const noWorkbook = await readXlsxExport(new Uint8Array(renamed), usd, inflate);
    expect(damaged.parsed).toMatchObject({
      ok: false,
      issues: [{ code: 'unreadable_workbook', reason: 'not_a_zip' }],
    });
    expect(noWorkbook.parsed).toMatchObject({
      ok: false,
      issues: [{ code: 'unreadable_workbook', reason: 'not_a_zip' }],
    });
  });

  it('refuses a file that is no readable zip', async () => {
    const { parsed } = await readXlsxExport(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]), usd, inflate);
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ code: 'unreadable_workbook', reason: 'not_a_zip' }],
    });
  });
});
