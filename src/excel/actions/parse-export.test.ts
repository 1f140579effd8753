import { googleAdsPaste } from '../../../playground/sample-export';
import { importPastedRange } from '../../imports/import-pasted-range';
import { parseExport } from './parse-export';
import { readExportBytes } from './read-export-bytes';

// The playground's small Google Ads export: a title row, a date range, the header, three rows, a total.
const cells = googleAdsPaste('2026-11-24');
const options = { campaignId: 'CMP-001', campaignCurrency: 'USD' } as const;

describe('parseExport: an import’s parse as plain data', () => {
  test('pasted cells: what the range reader makes of them, and it crosses a worker whole', () => {
    const parsed = parseExport({ kind: 'cells', cells, options });
    expect(parsed).toEqual(importPastedRange(cells, options));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    expect(parsed.rows).toHaveLength(3);
    expect(structuredClone(parsed)).toEqual(parsed);
  });

  test('a picked CSV file: what the file reader makes of its bytes', async () => {
    const csv = cells.map((row) => row.map((cell) => `"${String(cell)}"`).join(',')).join('\n');
    const bytes = new TextEncoder().encode(csv);
    const parsed = parseExport({ kind: 'file', bytes, options });
    expect(parsed).toEqual((await readExportBytes(bytes, options)).parsed);
    expect(parsed.ok).toBe(true);
  });
});
