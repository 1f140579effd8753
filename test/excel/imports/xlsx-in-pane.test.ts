import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderImportIssue } from '../../../src/engine/messages/render-import-issue';
import {
  browserInflate,
  FILE_CHUNK_BYTES,
  readExportBytes,
} from '../../../src/excel/actions/read-export-bytes';
import { parseExport } from '../../../src/excel/actions/parse-export';
import { locateInExport, readXlsxExport } from '../../../src/imports/xlsx/xlsx-export';
import { FIXTURES } from './import-workbooks';

const usd = { campaignId: 'C1', campaignCurrency: 'USD' };

describe('an .xlsx export picked in the task pane', () => {
  it('reads an .xlsx export with the browser’s DecompressionStream, as the CLI does with zlib', async () => {
    const xlsx = new Uint8Array(readFileSync(join(FIXTURES, 'meta-ads-day-range.xlsx')));
    const inflate = browserInflate();
    expect(inflate).not.toBeNull();
    const { parsed, locate } = await readExportBytes(xlsx, usd, FILE_CHUNK_BYTES, inflate);
    expect(parsed).toMatchObject({
      ok: true,
      rows: expect.arrayContaining([
        expect.objectContaining({
          adCampaign: 'Spring Prospecting',
          date: '2026-11-16',
          impressions: 10450,
          cost: 85.2,
        }),
      ]),
    });
    expect(parsed.ok && parsed.rows).toHaveLength(6);
    expect(locate(3, 1)).toBe("'meta-ads-day-range'!B3");
  });

  it('says to paste the report where the browser cannot unpack .xlsx', async () => {
    const xlsx = new Uint8Array(readFileSync(join(FIXTURES, 'meta-ads-day-range.xlsx')));
    const { parsed } = await readExportBytes(xlsx, usd, FILE_CHUNK_BYTES, null);
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ code: 'unreadable_workbook', reason: 'no_inflate' }],
    });
    if (!parsed.ok && parsed.issues[0] !== undefined)
      expect(renderImportIssue(parsed.issues[0])).toBe(
        'the file is an Excel workbook that cannot be read: this Excel cannot unpack .xlsx files in the add-in; paste the report into a sheet and use Import pasted range',
      );
  });
});

describe('an .xlsx export parsed as plain data (parseExport, as in the pane’s Web Worker)', () => {
  const options = { campaignId: 'CMP-001', campaignCurrency: 'USD' } as const;
  const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
  const inflate = (() => {
    const found = browserInflate();
    if (found === null) throw new Error('this Node has no DecompressionStream');
    return found;
  })();

  test('a picked .xlsx file: the reader’s rows (the CLI’s), and its sheet as data that names the same cells', async () => {
    const bytes = fixture('meta-ads-day-range.xlsx');
    const done = await parseExport({ kind: 'file', bytes, options });
    expect(structuredClone(done)).toEqual(done);
    const cli = await readXlsxExport(bytes, options, inflate);
    expect(done.parsed).toEqual(cli.parsed);
    expect(done.parsed.ok && done.parsed.rows).toHaveLength(6);
    expect(done.place).toEqual({
      sheet: 'meta-ads-day-range',
      top: expect.any(Number),
      left: expect.any(Number),
    });
    const locate = locateInExport(done.place);
    for (const [line, column] of [
      [1, 0],
      [3, 1],
      [7, null],
    ] as const)
      expect(locate(line, column)).toBe(cli.locate(line, column));
    expect(locate(3, 1)).toBe("'meta-ads-day-range'!B3");
  });

  test('an .xlsx file with a problem: the same message, naming the same cell, as the reader gives in place', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['Exported by the marketing team']);
    const ws = wb.addWorksheet('Export');
    ws.addRow([]);
    ws.addRow(['Campaign name', 'Day', 'Impressions', 'Link clicks', 'Amount spent (USD)']);
    ws.addRow(['Spring', '2026-11-16', 1000, 'many', 25.5]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const done = structuredClone(await parseExport({ kind: 'file', bytes, options }));
    const inPlace = await readXlsxExport(bytes, options, inflate);
    const render = (parsed: typeof done.parsed, locate: typeof inPlace.locate) =>
      parsed.ok ? [] : parsed.issues.map((issue) => renderImportIssue(issue, locate));
    expect(render(done.parsed, locateInExport(done.place))).toEqual([
      'Export!D3, Link clicks "many" is not a number',
    ]);
    expect(render(inPlace.parsed, inPlace.locate)).toEqual(render(done.parsed, locateInExport(done.place)));
  });
});
