import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { renderImportIssue } from '../../engine/messages/render-import-issue';
import { createExportImport } from '../import-export';
import type { ImportedRow } from '../import-types';
import { readXlsxExport } from './xlsx-export';
import type { InflateRaw } from './zip-directory';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'imports');
const inflate: InflateRaw = (b) => Promise.resolve(new Uint8Array(inflateRawSync(b)));
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

  it('refuses a file that is no readable zip', async () => {
    const { parsed } = await readXlsxExport(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]), usd, inflate);
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ code: 'unreadable_workbook', reason: 'not_a_zip' }],
    });
  });
});
