import { googleAdsPaste } from '../../../playground/sample-export';
import { importPastedRange } from '../../imports/import-pasted-range';
import { parseExport } from './parse-export';
import { readExportBytes } from './read-export-bytes';

// The playground's small Google Ads export: a title row, a date range, the header, three rows, a total.
const cells = googleAdsPaste('2026-11-24');
const options = { campaignId: 'CMP-001', campaignCurrency: 'USD' } as const;

// An .xlsx file's parse (Node's files and ExcelJS are not for src/excel): test/excel/imports/xlsx-in-pane.test.ts.
describe('parseExport: an import’s parse as plain data', () => {
  test('pasted cells: what the range reader makes of them, and it crosses a worker whole', async () => {
    const done = await parseExport({ kind: 'cells', cells, options });
    expect(done).toEqual({ parsed: importPastedRange(cells, options), place: null });
    if (!done.parsed.ok) throw new Error(JSON.stringify(done.parsed));
    expect(done.parsed.rows).toHaveLength(3);
    expect(structuredClone(done)).toEqual(done);
  });

  test('a picked CSV file: what the file reader makes of its bytes; its issues name lines', async () => {
    const csv = cells.map((row) => row.map((cell) => `"${String(cell)}"`).join(',')).join('\n');
    const bytes = new TextEncoder().encode(csv);
    const done = await parseExport({ kind: 'file', bytes, options });
    expect(done.parsed).toEqual((await readExportBytes(bytes, options)).parsed);
    expect(done.parsed.ok).toBe(true);
    expect(done.place).toBeNull();
  });
});
